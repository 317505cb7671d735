package org.shanzhi.enforcement;

/**
 * Proposes the treatment of a violation from the published leniency lists. The leniency
 * module implements it, so that enforcement does not depend on leniency while a decision
 * can still compare itself with the proposal (L3).
 */
public interface TreatmentAdvisor {

	TreatmentProposal propose(CaseFacts facts);

}
