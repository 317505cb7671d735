package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.EnforcementCases;
import org.shanzhi.enforcement.InspectionView;
import org.shanzhi.enforcement.Inspections;
import org.shanzhi.enforcement.OpenCaseCommand;
import org.shanzhi.enforcement.RecordInspectionCommand;
import org.shanzhi.joint.JointAction;
import org.shanzhi.joint.JointActions;
import org.shanzhi.joint.JointEvents;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A concluded joint action becomes each participating agency's own records (J1): one
 * inspection per agency and party, by the officer who recorded its findings, on the
 * action's day, with the matters checked and whether a violation was found, and an
 * enforcement case opened from that inspection for each violation found — all written
 * together, after the action concluded, or not at all. Guidance given on the day becomes
 * acts of guidance in the guidance module.
 */
@Component
class JointInspections {

	private final JointActions actions;

	private final Inspections inspections;

	private final EnforcementCases cases;

	JointInspections(JointActions actions, Inspections inspections, EnforcementCases cases) {
		this.actions = actions;
		this.inspections = inspections;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(JointEvents.ActionConcluded concluded) {
		JointActions.ActionView action = Actors.runAs(Actor.SYSTEM, () -> actions.get(concluded.actionId()));
		record("联合执法 " + action.number(), action.day(), action.findings());
	}

	/** Findings another department's system posted for its agency (J2). */
	@org.springframework.context.event.EventListener
	void on(JointEvents.ExternalFindingsReceived received) {
		record("部门间交换 " + received.reference(), received.day(), received.findings());
	}

	private void record(String label, LocalDate day, List<JointAction.Finding> all) {
		Map<List<UUID>, List<JointAction.Finding>> byAgencyAndParty = all.stream()
			.collect(Collectors.groupingBy(f -> List.of(f.agencyId(), f.partyId()), LinkedHashMap::new,
					Collectors.toList()));
		byAgencyAndParty.forEach((key, findings) -> {
			JointAction.Finding first = findings.get(0);
			Actor officer = new Actor(first.officerId(), "joint-action", label, Set.of(Role.OFFICER), first.agencyId(),
					null);
			String text = findings.stream().map(f -> f.matter() + "：" + switch (f.result()) {
				case NO_VIOLATION -> "未发现违法";
				case VIOLATION -> "发现违法";
				case GUIDANCE_GIVEN -> "已给予行政指导";
			} + (f.note() == null || f.note().isBlank() ? "" : "（" + f.note().strip() + "）")
					+ (f.requirement() == null || f.requirement().isBlank() ? "" : "；整改要求：" + f.requirement().strip()))
				.collect(Collectors.joining("\n"));
			boolean violation = findings.stream().anyMatch(f -> f.result() == JointAction.Result.VIOLATION);
			String place = label.length() > 200 ? label.substring(0, 200) : label;
			Actors.runAs(officer, () -> {
				InspectionView inspection = inspections.record(new RecordInspectionCommand(first.partyId(), day, place,
						text.length() > 4000 ? text.substring(0, 4000) : text, violation));
				for (JointAction.Finding f : findings) {
					if (f.result() == JointAction.Result.VIOLATION) {
						String facts = label + " 检查发现："
								+ (f.note() == null || f.note().isBlank() ? f.matter() : f.note().strip());
						cases.registerFromFindings(OpenCaseCommand.ordinary(f.partyId(), f.matter(), day, facts,
								CaseOrigin.INSPECTION, inspection.id(), List.of(), null, List.of()));
					}
				}
				return null;
			});
		});
	}

}
