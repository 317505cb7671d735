package org.shanzhi.enforcement;

import java.time.LocalDate;

/**
 * A penalty decision as published (公示, APL art. 48): the public's view, a natural
 * person's name and identifier masked ({@link PenaltyPublications#maskName},
 * {@link PenaltyPublications#maskIdentifier}), the penalties in words.
 *
 * @param decidedOn the day of the decision
 * @param publishedOn the day it was published (its delivery's day, or the day after)
 */
public record PublishedDecision(String documentNumber, String agencyName, String partyName, String partyIdentifier,
		String violation, String penalties, String legalBasis, LocalDate decidedOn, LocalDate publishedOn) {
}
