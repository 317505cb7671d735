package org.shanzhi.joint.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.joint.JointAction;
import org.shanzhi.joint.JointActions;
import org.shanzhi.joint.MatterCatalogue;
import org.shanzhi.joint.Referrals;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.ListColumns;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListPage;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The joint actions' pages (J1): the agency's actions; planning one (the parties chosen
 * by a search or drawn by risk, the matters of each agency); an action with its
 * participants, conflicts and findings, and the step each user may take now (answer,
 * start, record a finding, conclude, cancel, refer); the combined notice to each party.
 */
@Controller
@RequestMapping("/joint")
class JointWebController {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private final JointActions actions;

	private final Referrals referrals;

	private final MatterCatalogue matters;

	private final Agencies agencies;

	private final Parties parties;

	private final Accounts accounts;

	private final Actors actors;

	private final org.springframework.context.MessageSource messages;

	JointWebController(JointActions actions, Referrals referrals, MatterCatalogue matters, Agencies agencies,
			Parties parties, Accounts accounts, Actors actors, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.actions = actions;
		this.referrals = referrals;
		this.matters = matters;
		this.agencies = agencies;
		this.parties = parties;
		this.accounts = accounts;
		this.actors = actors;
	}

	/** The list's columns, the leading agency named from {@code names}. */
	static ListColumns<JointActions.ActionView> columns(Map<UUID, String> names) {
		return ListColumns.of(JointActions.ActionView.class)
			.text("number", "joint.number", JointActions.ActionView::number)
			.text("title", "joint.title", JointActions.ActionView::title)
			.time("day", "joint.day", "yyyy-MM-dd", JointActions.ActionView::day)
			.text("lead", "joint.lead", a -> names.get(a.leadAgencyId()))
			.plainCode("status", "common.status", "joint.status.", JointActions.ActionView::status)
			.number("visitsSaved", "joint.visitsSaved",
					a -> a.status() == JointAction.Status.CONCLUDED ? a.visitsSaved() : null);
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) JointAction.Status status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
		List<JointActions.ActionView> mine = actions.mine();
		Map<UUID, String> names = agencies.names();
		ListColumns<JointActions.ActionView> columns = columns(names);
		ListQuery query = ListQuery.parse(q, sort, page, columns, "day,desc");
		model.addAttribute("list", ListPage.inMemory(ofStatus(mine, status), columns, query,
				a -> a.number() + " " + a.title() + " " + names.get(a.leadAgencyId()), "/joint/export.xlsx"));
		model.addAttribute("status", status);
		model.addAttribute("statuses", JointAction.Status.values());
		model.addAttribute("agencyNames", names);
		model.addAttribute("visitsSaved",
				mine.stream()
					.filter(a -> a.status() == JointAction.Status.CONCLUDED)
					.mapToInt(JointActions.ActionView::visitsSaved)
					.sum());
		return "joint/list";
	}

	/** The joint actions as searched, filtered and sorted, as Excel in words. */
	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) JointAction.Status status,
			@RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Map<UUID, String> names = agencies.names();
		ListColumns<JointActions.ActionView> columns = columns(names);
		ListQuery query = ListQuery.parse(q, sort, 0, columns, "day,desc");
		ListExport.send(response, messages, "nav.joint", columns, ListPage.arrange(ofStatus(actions.mine(), status),
				columns, query, a -> a.number() + " " + a.title() + " " + names.get(a.leadAgencyId())));
	}

	private static List<JointActions.ActionView> ofStatus(List<JointActions.ActionView> all,
			JointAction.Status status) {
		return status == null ? all : all.stream().filter(a -> a.status() == status).toList();
	}

	@GetMapping("/new")
	String plan(@RequestParam(required = false) PartyCategory category, @RequestParam(defaultValue = "10") int count,
			@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate day, Model model) {
		LocalDate on = day == null ? LocalDate.now(ZONE).plusDays(1) : day;
		model.addAttribute("day", on);
		model.addAttribute("category", category);
		model.addAttribute("count", count);
		model.addAttribute("q", q);
		model.addAttribute("categories", PartyCategory.values());
		if (category != null) {
			attempt(model, () -> {
				model.addAttribute("candidates", actions.draw(category, count, on));
				return null;
			});
		}
		if (q != null && !q.isBlank()) {
			attempt(model, () -> {
				model.addAttribute("found", parties.search(q, 0, 20).items());
				return null;
			});
		}
		return planForm(model);
	}

	private String planForm(Model model) {
		Map<AgencyView, List<MatterCatalogue.Matter>> catalogue = new LinkedHashMap<>();
		UUID mine = actors.current().agencyId();
		for (AgencyView a : agencies.all()) {
			if (a.kind() == AgencyKind.SUPERVISOR) {
				continue;
			}
			List<MatterCatalogue.Matter> list = matters.mattersOf(a.id());
			if (!list.isEmpty() || a.id().equals(mine)) {
				catalogue.put(a, list);
			}
		}
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("myAgency", mine);
		return "joint/new";
	}

	@PostMapping
	String planned(@RequestParam(required = false) String title, @RequestParam(required = false) LocalDate day,
			@RequestParam(name = "targets", required = false) List<UUID> targets,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		Map<UUID, List<String>> byAgency = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			if (key.startsWith("m_")) {
				try {
					byAgency.put(UUID.fromString(key.substring(2)), List.copyOf(new LinkedHashSet<>(values)));
				}
				catch (IllegalArgumentException ex) {
					// not a matter field
				}
			}
		});
		JointActions.ActionView action = attempt(model,
				() -> actions.plan(new JointActions.Plan(title == null ? "" : title, day,
						targets == null ? Set.of() : new LinkedHashSet<>(targets), byAgency)));
		if (action == null) {
			model.addAttribute("day", day);
			model.addAttribute("planTitle", title);
			model.addAttribute("categories", PartyCategory.values());
			model.addAttribute("count", 10);
			if (targets != null && !targets.isEmpty()) {
				model.addAttribute("chosen", parties.namesForDocument(targets));
			}
			return planForm(model);
		}
		return "redirect:/joint/" + action.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		JointActions.ActionView action = actions.get(id);
		Actor me = actors.current();
		Map<UUID, String> names = agencies.names();
		model.addAttribute("action", action);
		model.addAttribute("agencyNames", names);
		model.addAttribute("partyNames", parties.namesForDocument(action.targets()));
		Set<UUID> officerIds = new LinkedHashSet<>();
		action.participants().forEach(p -> officerIds.addAll(p.officers()));
		action.findings().forEach(f -> officerIds.add(f.officerId()));
		model.addAttribute("officerNames", accounts.displayNames(officerIds));
		JointAction.Participant mine = action.participants()
			.stream()
			.filter(p -> p.agencyId().equals(me.agencyId()))
			.findFirst()
			.orElse(null);
		model.addAttribute("mine", mine);
		model.addAttribute("lead", action.leadAgencyId().equals(me.agencyId()));
		model.addAttribute("onAction", mine != null && mine.officers().contains(me.accountId()));
		model.addAttribute("today", LocalDate.now(ZONE));
		if (mine != null && mine.answer() == JointAction.Answer.INVITED && me.agencyId() != null) {
			model.addAttribute("colleagues", accounts.colleagues());
		}
		if (mine != null) {
			model.addAttribute("myMatters",
					matters.mattersOf(me.agencyId()).stream().filter(m -> mine.matters().contains(m.code())).toList());
		}
		model.addAttribute("referrals", referrals.list(id));
		model.addAttribute("results", JointAction.Result.values());
		return "joint/show";
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) List<UUID> officers, @RequestParam long version, Model model) {
		return step(id, model,
				() -> actions.answer(id, accept, officers == null ? Set.of() : new LinkedHashSet<>(officers), version));
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable UUID id, @RequestParam long version, Model model) {
		return step(id, model, () -> actions.start(id, version));
	}

	@PostMapping("/{id}/findings")
	String record(@PathVariable UUID id, @RequestParam(required = false) UUID partyId,
			@RequestParam(required = false) String matter, @RequestParam(required = false) JointAction.Result result,
			@RequestParam(required = false) String note, @RequestParam(required = false) String requirement,
			@RequestParam(required = false) LocalDate deadline, @RequestParam long version, Model model) {
		return step(id, model, () -> actions.record(id, new JointActions.FindingInput(partyId,
				matter == null ? "" : matter, result, blank(note), blank(requirement), deadline), version));
	}

	@PostMapping("/{id}/conclusion")
	String conclude(@PathVariable UUID id, @RequestParam long version, Model model) {
		return step(id, model, () -> actions.conclude(id, version));
	}

	@PostMapping("/{id}/cancellation")
	@SuccessNotice("notice.cancelled")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam long version,
			Model model) {
		return step(id, model, () -> actions.cancel(id, reason, version));
	}

	@PostMapping("/{id}/referral")
	String refer(@PathVariable UUID id, @RequestParam(required = false) UUID toAgencyId,
			@RequestParam(required = false) String reason, Model model) {
		return step(id, model, () -> referrals
			.refer(new Referrals.Request(Referrals.Kind.JOINT_ACTION, id, toAgencyId, reason == null ? "" : reason)));
	}

	@GetMapping("/{id}/notices/{partyId}")
	String notice(@PathVariable UUID id, @PathVariable UUID partyId, Model model) {
		JointActions.ActionView action = actions.get(id);
		model.addAttribute("action", action);
		model.addAttribute("notice", actions.notice(id, partyId));
		return "joint/notice";
	}

	private String step(UUID id, Model model, Supplier<?> work) {
		Object done = attempt(model, work);
		return done == null ? show(id, model) : "redirect:/joint/" + id;
	}

	static <T> T attempt(Model model, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "joint.incomplete");
			return null;
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	@Bean
	static NavigationEntry jointNavigation() {
		return new NavigationEntry("nav.joint", "/joint", 38, Set.of("OFFICER", "AGENCY_HEAD", "SUPERVISOR"),
				"nav.group.enforcement");
	}

}
