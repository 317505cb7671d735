package org.shanzhi.enforcement;

/**
 * Where a 先行登记保存 stands: asked for, approved by the head (to be decided on within 7
 * working days), refused, disposed of, or lapsed (released: no decision in time, APL art.
 * 56).
 */
public enum PreservationStatus {

	REQUESTED, APPROVED, REJECTED, DISPOSED, LAPSED

}
