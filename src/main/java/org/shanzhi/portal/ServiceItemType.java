package org.shanzhi.portal;

/** What a service item is for (P2). */
public enum ServiceItemType {

	/** 咨询: a question answered. */
	CONSULTATION,
	/** 申请行政指导: guidance asked for; accepted, it becomes an act of guidance. */
	GUIDANCE_REQUEST,
	/** 申请行政调解: a dispute brought for mediation. */
	MEDIATION_APPLICATION,
	/** 申请听证: a hearing asked for; accepted, it is scheduled. */
	HEARING_REQUEST,
	/** 行政审批: an approval. */
	APPROVAL,
	/** 投诉举报: a complaint or report. */
	COMPLAINT_REPORT,
	/** 意见建议: feedback. */
	FEEDBACK

}
