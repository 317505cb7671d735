package org.shanzhi.enforcement;

/**
 * The decision on preserved things within 7 working days (APL art. 56; 市场监督管理行政处罚程序规定
 * 第三十四条): released, sealed up or seized, sent for testing, or transferred.
 */
public enum PreservationDisposal {

	RELEASE, SEAL_UP_OR_SEIZE, TEST, TRANSFER

}
