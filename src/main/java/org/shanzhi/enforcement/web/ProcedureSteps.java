package org.shanzhi.enforcement.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.PenaltyKind;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.ui.Model;

/**
 * What the procedure part of the case page needs beside the case: its 办案进程 (the statuses
 * of the procedure, each done, skipped, current or still to come), the kinds of penalty,
 * and for the head the officers of the agency who may preside over a hearing (not on the
 * case).
 */
final class ProcedureSteps {

	/** The statuses of the ordinary procedure, in order. */
	static final List<CaseStatus> COURSE = List.of(CaseStatus.REGISTERED, CaseStatus.OPEN, CaseStatus.INVESTIGATED,
			CaseStatus.AWAITING_REVIEW, CaseStatus.AWAITING_DISCUSSION, CaseStatus.NOTIFIED, CaseStatus.HEARING,
			CaseStatus.AWAITING_DECISION, CaseStatus.DECIDED, CaseStatus.DELIVERED, CaseStatus.CLOSED);

	/** One status of the course as the stepper shows it. */
	record Step(CaseStatus status, String state) {
	}

	private ProcedureSteps() {
	}

	static void addTo(Model model, CaseView c, Agencies agencies, Actors actors) {
		model.addAttribute("course", course(c));
		model.addAttribute("penaltyKinds", PenaltyKind.values());
		model.addAttribute("nowLocal",
				java.time.LocalDateTime.now(org.shanzhi.shared.PeopleTime.ZONE)
					.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
					.toString());
		model.addAttribute("penaltyRows",
				java.util.stream.IntStream.range(0, ProcedureForms.PENALTY_ROWS).boxed().toList());
		if (actors.current().has(Role.AGENCY_HEAD) && c.agencyId().equals(actors.current().agencyId())
				&& c.allows("hearing-notice")) {
			Set<UUID> onCase = new HashSet<>();
			c.officers().forEach(o -> onCase.add(o.officerId()));
			List<OfficerView> candidates = agencies.officersOf(c.agencyId())
				.stream()
				.filter(o -> !onCase.contains(o.id()))
				.toList();
			model.addAttribute("presidingCandidates", candidates);
		}
	}

	/**
	 * The course of the case: each status done, skipped (not needed), current or to come.
	 */
	static List<Step> course(CaseView c) {
		List<Step> steps = new ArrayList<>();
		int current = COURSE.indexOf(c.status() == CaseStatus.ENFORCEMENT_APPLIED ? CaseStatus.DELIVERED : c.status());
		int last = current;
		if (current < 0) {
			// not filed, or transferred: the course stops where it was left
			last = c.status() == CaseStatus.NOT_FILED ? 0 : lastReached(c);
		}
		for (int i = 0; i < COURSE.size(); i++) {
			CaseStatus s = COURSE.get(i);
			String state;
			if (i == current) {
				state = "current";
			}
			else if (i <= last) {
				state = reached(c, s) ? "done" : "skipped";
			}
			else {
				state = current < 0 ? "skipped" : "todo";
			}
			if (current < 0 && i > last) {
				continue;
			}
			steps.add(new Step(s, state));
		}
		if (current < 0) {
			steps.add(new Step(c.status(), "current"));
		}
		return steps;
	}

	private static int lastReached(CaseView c) {
		int last = 0;
		for (int i = 0; i < COURSE.size(); i++) {
			if (reached(c, COURSE.get(i))) {
				last = i;
			}
		}
		return last;
	}

	/** Whether the case went through the status (its record is there). */
	private static boolean reached(CaseView c, CaseStatus s) {
		return switch (s) {
			case REGISTERED -> true;
			case OPEN -> c.filedOn() != null;
			case INVESTIGATED -> c.report() != null || c.findings() != null;
			case AWAITING_REVIEW -> c.reviews() != null && !c.reviews().isEmpty();
			case AWAITING_DISCUSSION -> c.discussion() != null;
			case NOTIFIED -> c.notices() != null && !c.notices().isEmpty();
			case HEARING -> c.hearing() != null;
			case AWAITING_DECISION -> c.decision() != null;
			case DECIDED -> c.decision() != null;
			case DELIVERED -> c.decision() != null && c.decision().deliveredAt() != null;
			case CLOSED -> c.closedAt() != null;
			default -> false;
		};
	}

}
