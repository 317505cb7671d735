package org.shanzhi.mediation;

/** A party's place in a dispute: 申请人, 被申请人, 利害关系人. */
public enum PartyRole {

	APPLICANT, RESPONDENT, INTERESTED

}
