package org.shanzhi.guidance.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shanzhi.enforcement.ViolationTypeView;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.RectificationInput;
import org.shanzhi.joint.JointAction;
import org.shanzhi.joint.JointActions;
import org.shanzhi.joint.JointEvents;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Guidance given during a joint action becomes the giving agency's own act of guidance
 * (J1, G4): a reminder (提示) on the matter, by the officer who recorded it, on the
 * action's day, with the matter's legal basis from the agency's catalogue; a follow-up
 * requirement with a deadline starts the rectification loop (G5), escalating to the
 * matter's violation if not corrected. All acts of one action are written together after
 * it concluded, or none.
 */
@Component
class JointGuidance {

	private final JointActions actions;

	private final GuidanceActs acts;

	private final ViolationTypes types;

	JointGuidance(JointActions actions, GuidanceActs acts, ViolationTypes types) {
		this.actions = actions;
		this.acts = acts;
		this.types = types;
	}

	@ApplicationModuleListener
	void on(JointEvents.ActionConcluded concluded) {
		JointActions.ActionView action = Actors.runAs(Actor.SYSTEM, () -> actions.get(concluded.actionId()));
		give("联合执法（" + action.number() + "）", action.day(), action.findings());
	}

	/** Guidance another department's system reported for its agency (J2). */
	@org.springframework.context.event.EventListener
	void on(JointEvents.ExternalFindingsReceived received) {
		give("部门间交换（" + received.reference() + "）", received.day(), received.findings());
	}

	private void give(String label, java.time.LocalDate day, List<JointAction.Finding> findings) {
		for (JointAction.Finding f : findings) {
			if (f.result() != JointAction.Result.GUIDANCE_GIVEN) {
				continue;
			}
			ViolationTypeView type = Actors.runAs(Actor.SYSTEM, () -> types.require(f.agencyId(), f.matter()));
			Actor officer = new Actor(f.officerId(), "joint-action", label, Set.of(Role.OFFICER), f.agencyId(), null);
			String content = label + "检查中，就“" + type.title() + "”给予提示"
					+ (f.note() == null || f.note().isBlank() ? "。" : "：" + f.note().strip());
			RectificationInput rectification = f.requirement() != null && !f.requirement().isBlank()
					&& f.deadline() != null ? new RectificationInput(f.requirement().strip(), f.deadline(), f.matter())
							: null;
			Actors.runAs(officer,
					() -> acts.give(new GiveGuidanceCommand(f.partyId(), GuidanceForm.REMIND.name(),
							DocumentForm.SIMPLE, Channel.IN_PERSON, truncate(label + "提示：" + type.title(), 200),
							content, List.of(type.legalBasis()), null, Map.of("item", truncate(type.title(), 4000)),
							null, null, null, null, null, rectification, day, false, false)));
		}
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

}
