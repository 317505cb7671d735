package org.shanzhi.portal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.guidance.ActStatus;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.mediation.CaseParty;
import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.portal.ApplicationStatus;
import org.shanzhi.portal.Applications;
import org.shanzhi.portal.Surveys;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.PeopleTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in citizen's or enterprise's portal home ({@code /my}), where they land
 * after signing in: first what waits for them (待您办理: a consent or a signature a mediation
 * asks for, a mediation session coming, material an application lacks, a survey not yet
 * answered, guidance to answer, a rectification deadline), each leading to the page where
 * they act; then their applications, mediation cases, guidance and surveys, each read
 * through its module's facade, which keeps to the party's own records.
 */
@Controller
class PortalHomeWebController {

	/** How many of each kind of record the home lists; the whole list is a click away. */
	static final int SHOWN = 5;

	private final Applications applications;

	private final Surveys surveys;

	private final MediationCases mediation;

	private final GuidanceActs guidance;

	private final Parties parties;

	private final Agencies agencies;

	private final Actors actors;

	private final java.time.Clock clock;

	PortalHomeWebController(Applications applications, Surveys surveys, MediationCases mediation, GuidanceActs guidance,
			Parties parties, Agencies agencies, Actors actors, java.time.Clock clock) {
		this.clock = clock;
		this.applications = applications;
		this.surveys = surveys;
		this.mediation = mediation;
		this.guidance = guidance;
		this.parties = parties;
		this.agencies = agencies;
		this.actors = actors;
	}

	/**
	 * Something that waits for the party: what (a message key of
	 * {@code portal.home.action.*}), about which record (its title, in the party's
	 * words), by or at when, and where they act.
	 */
	record ActionItem(String kind, String title, LocalDate dueOn, OffsetDateTime at, String href, boolean urgent) {

		LocalDate when() {
			return dueOn != null ? dueOn : at == null ? null : at.atZoneSameInstant(PeopleTime.ZONE).toLocalDate();
		}

	}

	@GetMapping("/my")
	String home(Model model) {
		Actor me = actors.current();
		if (!me.isPublic()) {
			throw new AccessDeniedException("the parties' own home");
		}
		LocalDate today = LocalDate.now(clock.withZone(PeopleTime.ZONE));
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<ActionItem> actions = new ArrayList<>();

		List<Applications.Line> mine = applications.mine();
		for (Applications.Line a : mine) {
			if (a.status() == ApplicationStatus.MATERIAL_REQUESTED) {
				// no date: the application's due date is the agency's, not the
				// applicant's
				actions.add(new ActionItem("supplement", a.serviceItemName() + " " + a.trackingNumber(), null, null,
						"/my/applications/" + a.trackingNumber(), true));
			}
		}

		List<MediationCaseView> cases = List.of();
		List<Surveys.MySurvey> surveyList = List.of();
		List<GuidanceActView> acts = List.of();
		if (me.partyId() != null) {
			model.addAttribute("party", parties.get(me.partyId()));
			cases = mediation.search(null, null, false, 0, 50).items();
			for (MediationCaseView c : cases) {
				mediationActions(c, me, now, actions);
			}
			surveyList = surveys.mine();
			for (Surveys.MySurvey s : surveyList) {
				if (s.running() && !s.answered()) {
					actions
						.add(new ActionItem("survey", s.title(), s.closesOn(), null, "/my/surveys/" + s.id(), false));
				}
			}
			acts = guidance.mine();
			for (GuidanceActView a : acts) {
				guidanceActions(a, today, actions);
			}
		}
		actions.sort(Comparator.comparing((ActionItem i) -> !i.urgent())
			.thenComparing(ActionItem::when, Comparator.nullsLast(Comparator.naturalOrder())));

		model.addAttribute("actions", actions);
		model.addAttribute("applications", mine.stream().limit(SHOWN).toList());
		model.addAttribute("applicationCount", mine.size());
		model.addAttribute("cases", cases.stream().limit(SHOWN).toList());
		model.addAttribute("caseCount", cases.size());
		model.addAttribute("surveys", surveyList.stream().limit(SHOWN).toList());
		model.addAttribute("surveyCount", surveyList.size());
		model.addAttribute("acts", acts.stream().limit(SHOWN).toList());
		model.addAttribute("actCount", acts.size());
		Map<java.util.UUID, String> agencyNames = acts.isEmpty() ? Map.of() : agencies.names();
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("today", today);
		return "portal/my-home";
	}

	/** A consent or a signature of the party's own, and a session coming. */
	private static void mediationActions(MediationCaseView c, Actor me, OffsetDateTime now, List<ActionItem> actions) {
		CaseParty myself = c.parties()
			.stream()
			.filter(p -> !p.isAgency() && p.partyId().equals(me.partyId()))
			.findFirst()
			.orElse(null);
		if (myself == null) {
			return;
		}
		String href = "/my/mediation/" + c.id();
		if (c.status() == MediationStatus.AWAITING_CONSENT && myself.consented() == null) {
			actions.add(new ActionItem("consent", c.number(), null, c.createdAt(), href, true));
		}
		if (c.status() == MediationStatus.AWAITING_SIGNATURES && !myself.signed()) {
			actions.add(new ActionItem("sign", c.number(), null,
					c.agreement() == null ? null : c.agreement().proposedAt(), href, true));
		}
		if (!c.status().closed() && c.acceptance() != null && c.acceptance().accepted()
				&& c.acceptance().sessionAt() != null && c.acceptance().sessionAt().isAfter(now)) {
			actions.add(new ActionItem("session", c.number(), null, c.acceptance().sessionAt(), href, false));
		}
	}

	/** Guidance to answer, and a rectification whose outcome is not yet recorded. */
	private static void guidanceActions(GuidanceActView a, LocalDate today, List<ActionItem> actions) {
		String href = "/my/guidance/" + a.id();
		if (a.status() == ActStatus.ISSUED && a.response() == null && !GuidanceForm.FOLLOW_UP.name().equals(a.form())) {
			actions.add(new ActionItem("respond", a.subject(), null, null, href, false));
		}
		// a rectification whose outcome is not recorded, up to a month past its deadline
		// (the
		// officer records the outcome then; older ones are the guidance list's)
		if (a.rectification() != null && a.rectification().corrected() == null
				&& !a.rectification().deadline().isBefore(today.minusDays(30))) {
			actions.add(
					new ActionItem("rectify", a.subject(), a.rectification().deadline(), null, href, a.overdue(today)));
		}
	}

}
