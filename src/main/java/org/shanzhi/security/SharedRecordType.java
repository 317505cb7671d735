package org.shanzhi.security;

/**
 * The kinds of record one agency may share with another by an explicit sharing rule (J2).
 * Each names the records the isolation rules open to the receiving agency, read only.
 */
public enum SharedRecordType {

	/** Enforcement cases and inspections: the violations found. 违法信息 */
	VIOLATIONS,

	/** Acts of guidance and their follow-up visits: the guidance outcomes. 行政指导结果 */
	GUIDANCE_OUTCOMES,

	/** The agency's risk warnings on parties: the risk grades seen. 风险预警 */
	RISK_WARNINGS

}
