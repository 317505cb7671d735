package org.shanzhi.mediation.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Parties;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationCommands;
import org.shanzhi.mediation.MediationDocuments;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.mediation.Origin;
import org.shanzhi.mediation.PartyRole;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.mediation.Referral;
import org.shanzhi.mediation.RightNotices;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.RecordSection;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mediator's pages: the list of cases, starting a case from a party's page, and the
 * case page that walks through consents, acceptance, sessions and the agreement or the
 * termination, with the documents to print. A refused step shows its rule on the page.
 */
@Controller
@RequestMapping("/mediation")
class MediationWebController {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final MediationCases cases;

	private final org.springframework.context.MessageSource messages;

	private final MediationDocuments documents;

	private final Parties parties;

	private final RightNotices notices;

	private final org.shanzhi.enforcement.EnforcementCases enforcement;

	private final org.shanzhi.mediation.Mediators mediators;

	private final org.shanzhi.directory.Agencies agencies;

	private final org.shanzhi.security.Actors actors;

	private final org.shanzhi.mediation.MajorDecisions majorDecisions;

	MediationWebController(MediationCases cases, MediationDocuments documents, Parties parties, RightNotices notices,
			org.shanzhi.enforcement.EnforcementCases enforcement, org.shanzhi.mediation.Mediators mediators,
			org.shanzhi.directory.Agencies agencies, org.shanzhi.security.Actors actors,
			org.shanzhi.mediation.MajorDecisions majorDecisions, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.majorDecisions = majorDecisions;
		this.agencies = agencies;
		this.actors = actors;
		this.mediators = mediators;
		this.notices = notices;
		this.enforcement = enforcement;
		this.cases = cases;
		this.documents = documents;
		this.parties = parties;
	}

	@GetMapping
	String list(@RequestParam(required = false) MediationStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		if (actors.current().isPublic()) {
			return "redirect:/my/mediation";
		}
		ListQuery query = ListQuery.parse(q, sort, page, columns(Map.of()), null);
		var result = cases.list(listing(status, overdue, query), query, ListPage.PAGE_SIZE);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", MediationStatus.values());
		Map<UUID, String> names = partyNames(result.items());
		Map<UUID, String> lines = new java.util.HashMap<>();
		result.items().forEach(c -> lines.put(c.id(), partiesOf(c, names)));
		model.addAttribute("partyLines", lines);
		model.addAttribute("list", ListPage.of(result, columns(Map.of()), query, "/mediation/export.xlsx"));
		return "mediation/list";
	}

	/** The list as searched, filtered and sorted, as an Excel workbook in words. */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) MediationStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		ListQuery query = ListQuery.parse(q, sort, 0, columns(Map.of()), null);
		List<MediationCaseView> rows = cases.all(listing(status, overdue, query), query);
		ListExport.send(response, messages, "mediation.listTitle", columns(partyNames(rows)), rows);
	}

	private MediationCases.Listing listing(MediationStatus status, boolean overdue, ListQuery query) {
		return new MediationCases.Listing(null, status, overdue, query.q(),
				query.q() == null ? List.of() : parties.idsMatching(query.q(), 200));
	}

	/** The columns of the list, the parties named from {@code names}. */
	static ListColumns<MediationCaseView> columns(Map<UUID, String> names) {
		return ListColumns.of(MediationCaseView.class)
			.text("number", "mediation.number", MediationCaseView::number)
			.plain("parties", "mediation.parties", c -> partiesOf(c, names))
			.plainCode("disputeType", "mediation.disputeType", "mediation.dispute.", MediationCaseView::disputeType)
			.plainCode("procedure", "mediation.procedure", "mediation.procedure.", MediationCaseView::procedure)
			.plainCode("status", "mediation.status", "mediation.status.", MediationCaseView::status)
			.time("startedAt", "mediation.startedAt", "yyyy-MM-dd", MediationCaseView::createdAt);
	}

	/** The parties' names, applicants first, as one line. */
	static String partiesOf(MediationCaseView c, Map<UUID, String> names) {
		return String.join("、",
				c.parties()
					.stream()
					.filter(p -> names.containsKey(p.partyId()))
					.sorted(java.util.Comparator.comparing(p -> p.role() == PartyRole.APPLICANT ? 0 : 1))
					.map(p -> names.get(p.partyId()))
					.toList());
	}

	private Map<UUID, String> partyNames(List<MediationCaseView> rows) {
		Set<UUID> ids = new java.util.LinkedHashSet<>();
		rows.forEach(c -> c.parties().forEach(p -> ids.add(p.partyId())));
		return parties.namesForDocument(ids);
	}

	@GetMapping("/new")
	String newCase(@RequestParam UUID partyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID noticeId, Model model) {
		model.addAttribute("applicant", parties.get(partyId));
		model.addAttribute("noticeId", noticeId);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("candidates", q == null || q.isBlank() ? List.of()
				: parties.search(q.length() > 100 ? q.substring(0, 100) : q, 0, 20).items());
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("types", DisputeType.values());
		UUID own = actors.current().agencyId();
		boolean organ = own != null && agencies.get(own).kind() == org.shanzhi.directory.AgencyKind.SUPERVISOR;
		model.addAttribute("organ", organ);
		if (organ) {
			model.addAttribute("respondentAgencies",
					agencies.all()
						.stream()
						.filter(a -> a.kind() != org.shanzhi.directory.AgencyKind.SUPERVISOR)
						.toList());
		}
		return "mediation/new";
	}

	@PostMapping
	@SuccessNotice("notice.registered")
	String start(@RequestParam UUID applicantId, @RequestParam(required = false) UUID respondentId,
			@RequestParam Procedure procedure, @RequestParam Origin origin, @RequestParam DisputeType disputeType,
			@RequestParam(required = false) String summary,
			@RequestParam(defaultValue = "false") boolean requiresDecision,
			@RequestParam(required = false) UUID noticeId, @RequestParam(required = false) UUID respondentAgencyId,
			@RequestParam(required = false) String disputedAct, Model model) {
		List<MediationCommands.PartyInput> list = new ArrayList<>();
		list.add(new MediationCommands.PartyInput(applicantId, PartyRole.APPLICANT));
		if (respondentId != null) {
			list.add(new MediationCommands.PartyInput(respondentId, PartyRole.RESPONDENT));
		}
		try {
			MediationCaseView c = cases
				.start(new MediationCommands.Start(procedure, origin, disputeType, limit(summary, 4000), list,
						requiresDecision, noticeId, respondentAgencyId, limit(disputedAct, 500)));
			return "redirect:/mediation/" + c.id();
		}
		catch (RuntimeException ex) {
			refusal(ex, model);
			return newCase(applicantId, null, noticeId, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		MediationCaseView c = cases.get(id);
		model.addAttribute("kase", c);
		model.addAttribute("names", names(c));
		model.addAttribute("agencyName", agencies.get(c.agencyId()).name());
		model.addAttribute("referrals", Referral.values());
		model.addAttribute("sessionKinds", org.shanzhi.mediation.SessionKind.values());
		boolean staff = actors.current().isStaff();
		model.addAttribute("assignments", staff ? mediators.assignments(id) : List.of());
		model.addAttribute("mediators", staff ? mediators.list(c.agencyId()) : List.of());
		model.addAttribute("now", LocalDateTime.now(ZONE).withSecond(0).withNano(0));
		return "mediation/show";
	}

	/**
	 * The names of the case's parties as the pages show them: parties of the directory,
	 * and the respondent agency of a reconsideration mediation.
	 */
	Map<UUID, String> names(MediationCaseView c) {
		return documents.names(c);
	}

	@PostMapping("/{id}/consents")
	String consent(@PathVariable UUID id, @RequestParam UUID partyId, @RequestParam boolean consented, Model model) {
		return act(id, model, () -> cases.consent(id, new MediationCommands.Consent(partyId, consented)));
	}

	@PostMapping("/{id}/acceptance")
	String acceptance(@PathVariable UUID id, @RequestParam boolean accepted,
			@RequestParam(required = false) String sessionAt, @RequestParam(required = false) String place,
			@RequestParam(required = false) String notes, @RequestParam(required = false) String reason, Model model) {
		return act(id, model, () -> cases.decideAcceptance(id, new MediationCommands.Acceptance(accepted,
				limit(reason, 2000), time(sessionAt, "sessionAt"), limit(place, 200), limit(notes, 2000))));
	}

	@PostMapping("/{id}/sessions")
	String session(@PathVariable UUID id, @RequestParam(required = false) String heldAt,
			@RequestParam(required = false) List<UUID> present, @RequestParam(required = false) String others,
			@RequestParam(required = false) String statements, @RequestParam(required = false) String focus,
			@RequestParam(required = false) String transcript, @RequestParam(required = false) String experts,
			@RequestParam(required = false) org.shanzhi.mediation.SessionKind kind,
			@RequestParam(defaultValue = "false") boolean rightsAcknowledged,
			@RequestParam(required = false) String defences, @RequestParam(required = false) String crossExamination,
			@RequestParam(required = false) String invited, Model model) {
		return act(id, model, () -> {
			Map<UUID, String> names = names(cases.get(id));
			List<String> attendees = new ArrayList<>();
			List<UUID> partiesPresent = present == null ? List.of() : present;
			partiesPresent.forEach(p -> attendees.add(names.getOrDefault(p, p.toString())));
			attendees.addAll(lines(others));
			OffsetDateTime at = heldAt == null || heldAt.isBlank() ? OffsetDateTime.now(ZONE) : time(heldAt, "heldAt");
			return cases.holdSession(id,
					new MediationCommands.Session(at, attendees, partiesPresent, limit(statements, 8000),
							limit(focus, 2000), limit(transcript, 20000), lines(experts), kind, rightsAcknowledged,
							limit(defences, 8000), limit(crossExamination, 8000), lines(invited)));
		});
	}

	@PostMapping("/{id}/agreement-proposal")
	String propose(@PathVariable UUID id, @RequestParam(required = false) String factsFound,
			@RequestParam(required = false) String terms, @RequestParam(required = false) String performBy,
			Model model) {
		return act(id, model, () -> cases.proposeAgreement(id,
				new MediationCommands.Proposal(limit(factsFound, 4000), limit(terms, 4000), date(performBy))));
	}

	@PostMapping("/{id}/signatures")
	String sign(@PathVariable UUID id, @RequestParam UUID partyId, jakarta.servlet.http.HttpServletRequest request,
			Model model) {
		return act(id, model, () -> cases.sign(id, new MediationCommands.Signing(partyId), request.getRemoteAddr()));
	}

	@PostMapping("/{id}/agreement-proposal/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
		return act(id, model, () -> cases.withdrawProposal(id, new MediationCommands.Withdrawal(limit(reason, 2000))));
	}

	@PostMapping("/{id}/agreement")
	String agreement(@PathVariable UUID id, @RequestParam(required = false) String factsFound,
			@RequestParam(required = false) String terms, @RequestParam(required = false) List<UUID> signed,
			@RequestParam(required = false) String performBy, Model model) {
		List<MediationCommands.Signature> signatures = signed == null ? List.of()
				: signed.stream().map(p -> new MediationCommands.Signature(p, null)).toList();
		return act(id, model, () -> cases.agree(id, new MediationCommands.Agreement(limit(factsFound, 4000),
				limit(terms, 4000), signatures, date(performBy))));
	}

	@PostMapping("/{id}/mediators")
	String assign(@PathVariable UUID id, @RequestParam UUID mediatorId, Model model) {
		return act(id, model, () -> mediators.assign(id, mediatorId));
	}

	@PostMapping("/{id}/mediators/{mediatorId}/recusal")
	String recuse(@PathVariable UUID id, @PathVariable UUID mediatorId, @RequestParam(required = false) String reason,
			Model model) {
		return act(id, model, () -> mediators.recuse(id, mediatorId, limit(reason, 2000)));
	}

	@PostMapping("/{id}/termination")
	@SuccessNotice("notice.terminated")
	String termination(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Referral referral, Model model) {
		return act(id, model,
				() -> cases.terminate(id, new MediationCommands.Termination(limit(reason, 2000), referral)));
	}

	@GetMapping("/{id}/documents/{kind}.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("mediation-" + kind + ".pdf").build().toString())
			.body(documents.pdf(id, kind));
	}

	/** The mediation cases of a party (a section of the party's page). */
	@GetMapping("/sections/party/{id}")
	String ofParty(@PathVariable UUID id, Model model) {
		model.addAttribute("cases", cases.search(id, null, 0, 50).items());
		model.addAttribute("partyId", id);
		return "mediation/list :: party";
	}

	/**
	 * The right-to-mediate notices about an enforcement case, and the form to record one
	 * (a section of the case's page).
	 */
	@GetMapping("/sections/case/{id}")
	String ofCase(@PathVariable UUID id, Model model) {
		var kase = enforcement.get(id);
		List<RightNotices.NoticeView> told = notices.find(null, id);
		model.addAttribute("notices", told);
		// a major decision prompts the officer to tell the party of the right to mediate
		// (M1)
		model.addAttribute("promptMajor", told.isEmpty() && majorDecisions.isMajor(kase));
		model.addAttribute("caseId", id);
		model.addAttribute("partyId", kase.partyId());
		model.addAttribute("channels", RightNotices.NoticeChannel.values());
		return "mediation/list :: notices";
	}

	@PostMapping("/notices")
	String notify(@RequestParam UUID partyId, @RequestParam RightNotices.Context context,
			@RequestParam RightNotices.NoticeChannel channel, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) String note) {
		notices.record(new RightNotices.Notify(partyId, context, channel, caseId == null ? null : "ENFORCEMENT_CASE",
				caseId, limit(note, 2000)));
		return caseId == null ? "redirect:/parties/" + partyId : "redirect:/cases/" + caseId;
	}

	private String act(UUID id, Model model, java.util.function.Supplier<Object> action) {
		try {
			action.get();
			return "redirect:/mediation/" + id;
		}
		catch (RuntimeException ex) {
			refusal(ex, model);
			return show(id, model);
		}
	}

	static void refusal(RuntimeException ex, Model model) {
		org.shanzhi.shared.FormErrors.refusal(ex, model, "mediation.incomplete");
	}

	private static OffsetDateTime time(String local, String field) {
		if (local == null || local.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
		}
		catch (RuntimeException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

	private static java.time.LocalDate date(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(s);
		}
		catch (RuntimeException ex) {
			throw new FieldRejectedException("performBy", "type");
		}
	}

	private static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split("[\\n,，、]+"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.limit(20)
			.map(s -> limit(s, 100))
			.toList();
	}

	private static String limit(String s, int max) {
		return s == null ? null : s.length() > max ? s.substring(0, max) : s;
	}

	@Bean
	static NavigationEntry mediationNavigation() {
		return new NavigationEntry("nav.mediation", "/mediation", 35,
				Set.of("MEDIATOR", "OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"), "nav.group.service");
	}

	@Bean
	static RecordSection caseMediationSection() {
		return new RecordSection("ENFORCEMENT_CASE", "mediation.noticesSection", "/mediation/sections/case/{id}", 20,
				Set.of("MEDIATOR", "OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR", "ADMIN"));
	}

	@Bean
	static RecordSection partyMediationSection() {
		return new RecordSection("PARTY", "mediation.section", "/mediation/sections/party/{id}", 20,
				Set.of("MEDIATOR", "OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "SUPERVISOR", "ADMIN"));
	}

}
