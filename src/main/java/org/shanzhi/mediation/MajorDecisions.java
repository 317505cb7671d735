package org.shanzhi.mediation;

import java.math.BigDecimal;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.enforcement.CaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which enforcement decisions are major (重大执法决定) for the notice of the right to mediate
 * (M1, LH15): a fine of a large amount (较大数额罚款, 行政处罚法 第六十三条), whose threshold the
 * province sets separately for citizens and for organisations; configure
 * {@code shanzhi.mediation.major-fine.person} and {@code .organization} to the local
 * rule.
 */
@Component
public class MajorDecisions {

	private final Parties parties;

	private final BigDecimal person;

	private final BigDecimal organization;

	MajorDecisions(Parties parties, @Value("${shanzhi.mediation.major-fine.person:5000}") BigDecimal person,
			@Value("${shanzhi.mediation.major-fine.organization:50000}") BigDecimal organization) {
		this.parties = parties;
		this.person = person;
		this.organization = organization;
	}

	/** Whether the case was decided with a fine of a large amount for its party. */
	public boolean isMajor(CaseView c) {
		if (c.decision() == null || !c.decision().treatment().imposesFine() || c.decision().amount() == null) {
			return false;
		}
		BigDecimal threshold = parties.get(c.partyId()).kind() == PartyKind.PERSON ? person : organization;
		return c.decision().amount().compareTo(threshold) >= 0;
	}

}
