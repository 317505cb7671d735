package org.shanzhi.guidance;

/**
 * Written (行政指导书, numbered) or simple (oral, phone, SMS, WeChat, 简易行政指导书) (G3).
 */
public enum DocumentForm {

	WRITTEN, SIMPLE

}
