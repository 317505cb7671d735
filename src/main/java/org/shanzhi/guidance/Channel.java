package org.shanzhi.guidance;

/** How the guidance reached the party. */
public enum Channel {

	IN_PERSON, PHONE, SMS, WECHAT, DOCUMENT

}
