package org.shanzhi.enforcement;

/**
 * The course of an enforcement case under the Administrative Penalty Law (API.md,
 * "Penalty procedure"): registered (案源登记), filed (立案, then 调查取证) or not filed (不予立案),
 * investigated (调查终结), the legal review (法制审核) and the collective discussion (集体讨论) where
 * required, notified (事先告知), heard (听证), awaiting the decision, decided, delivered (送达,
 * execution running), enforcement applied for at the court, closed (结案); transferred (移送)
 * ends it from filing to the decision. Which step is allowed from which status is the
 * table of {@code internal.CaseTransitions}.
 */
public enum CaseStatus {

	REGISTERED, NOT_FILED, OPEN, INVESTIGATED, AWAITING_REVIEW, AWAITING_DISCUSSION, NOTIFIED, HEARING,
	AWAITING_DECISION, DECIDED, DELIVERED, ENFORCEMENT_APPLIED, CLOSED, TRANSFERRED;

	/** A status no step leaves. */
	public boolean isFinal() {
		return this == NOT_FILED || this == CLOSED;
	}

}
