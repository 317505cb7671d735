package org.shanzhi.joint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What planning a joint action needs from the other modules (J1), as extension points
 * they provide: the enforcement module tells which parties were already visited, the risk
 * module ranks parties by their risk score.
 */
public final class JointTargeting {

	private JointTargeting() {
	}

	/** An earlier visit of a party by an agency. */
	public record Visit(UUID partyId, UUID agencyId, LocalDate on) {
	}

	/** The inspections of parties in a period (enforcement module). */
	public interface VisitHistory {

		List<Visit> visits(Collection<UUID> parties, LocalDate from, LocalDate to);

	}

	/** A party's current risk score and grade. */
	public record Ranked(UUID partyId, double score, String grade) {
	}

	/** The parties' risk scores, highest first, at most {@code limit} (risk module). */
	public interface RiskRanking {

		List<Ranked> highest(Collection<UUID> parties, int limit);

	}

}
