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
	/** 调查终结. */
	INVESTIGATION("investigation"),
	/** What the leniency lists propose for the case. */
	PROPOSAL("proposal"),
	/** 作出决定. */
	DECISION("decision"),
	/** 法制审核. */
	REVIEW("review"),
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
