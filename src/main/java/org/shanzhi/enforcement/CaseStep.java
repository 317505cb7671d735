package org.shanzhi.enforcement;

/**
 * The steps of a case, each named as its path under
 * {@code /api/v1/enforcement-cases/{id}/} (the names {@code nextSteps} lists). Which
 * status allows which step is the table of {@code internal.CaseTransitions}; a step from
 * another status answers 409 {@code case-transition-not-allowed}.
 */
public enum CaseStep {

	/** 立案审批: the head files the registered case or refuses to. */
	FILING("filing"),
	/** The head names an officer to the case, or takes one off it. */
	OFFICERS("officers"),
	/** 回避: an application for an officer to step aside, and the head's decision. */
	RECUSAL("recusal"),
	/** 询问笔录 and 现场检查笔录. */
	RECORDS("records"),
	/** 证据先行登记保存 (APL art. 56), its approval and disposal. */
	PRESERVATIONS("preservations"),
	/** 案件调查终结报告. */
	INVESTIGATION("investigation"),
	/** What the leniency lists propose for the case. */
	PROPOSAL("proposal"),
	/** 法制审核 (APL art. 58). */
	REVIEW("review"),
	/** 集体讨论 (APL art. 57(2)). */
	COLLECTIVE_DISCUSSION("collective-discussion"),
	/** 行政处罚事先告知 (APL art. 44). */
	PRIOR_NOTICE("prior-notice"),
	/** 陈述申辩 and their answers. */
	STATEMENTS("statements"),
	/** 听证申请 (APL art. 63). */
	HEARING_REQUEST("hearing-request"),
	/** 听证通知 (APL art. 64). */
	HEARING_NOTICE("hearing-notice"),
	/** 听证笔录 and the hearing's report (APL art. 64(8), 65). */
	HEARING_RECORD("hearing-record"),
	/** 作出决定 (APL art. 57), by the head. */
	DECISION("decision"),
	/**
	 * 移送 to a public-security organ, a procuratorate or a supervisory commission (APL
	 * art. 27).
	 */
	TRANSFER("transfer"),
	/** 延长办案期限 (APL art. 60). */
	EXTENSIONS("extensions"),
	/** 送达 (APL art. 61). */
	DELIVERIES("deliveries"),
	/** 罚款缴纳 recorded with its payment reference (罚缴分离, APL art. 67). */
	PAYMENTS("payments"),
	/** 延期或者分期缴纳 (APL art. 66). */
	PAYMENT_ARRANGEMENTS("payment-arrangements"),
	/** 催告 (Administrative Coercion Law art. 54). */
	PAYMENT_REMINDER("payment-reminder"),
	/** 申请人民法院强制执行 (ACL art. 53). */
	ENFORCEMENT_APPLICATION("enforcement-application"),
	/** The court's ruling on the application. */
	ENFORCEMENT_RESULT("enforcement-application/result"),
	/** 回访 of a decided case (Luohe art. 13(8)). */
	FOLLOW_UPS("follow-ups"),
	/** 公示撤回 when the decision is revoked. */
	REVOCATION("revocation"),
	/** 结案. */
	CLOSE("close"),
	/** Moved to the agency that accepted its referral (J1). */
	REFERRAL("referral");

	private final String path;

	CaseStep(String path) {
		this.path = path;
	}

	/** The step's name in paths and in {@code nextSteps}. */
	public String path() {
		return path;
	}

}
