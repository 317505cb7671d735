package org.shanzhi.enforcement;

/**
 * Where and by when a decision's fine is paid (罚缴分离, APL art. 67): the designated
 * account, the number of the payment notice (缴款通知书) and the days from delivery.
 */
public record PaymentTerms(String account, String noticeNumber, int dueDays) {
}
