package org.shanzhi.leniency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.leniency.internal.LeniencyEntry;
import org.shanzhi.leniency.internal.LeniencyList;
import org.shanzhi.leniency.internal.LeniencyListRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The two leniency lists of each agency (L1) and their versions (L2): drafts are edited
 * by the agency's head or legal reviewer, then published with an effective date;
 * published versions never change and stay readable; the public reads the published ones.
 */
@Service
@Validated
public class LeniencyLists {

	static final Role[] EDITORS = { Role.AGENCY_HEAD, Role.LEGAL_REVIEWER };

	private final LeniencyListRepository lists;

	private final ViolationTypes violationTypes;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeniencyLists(LeniencyListRepository lists, ViolationTypes violationTypes, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.lists = lists;
		this.violationTypes = violationTypes;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** A new version, as a draft, or published at once when the command says so. */
	@Transactional
	public ListVersionView draft(@Valid DraftListCommand command) {
		Actor actor = actors.require(EDITORS);
		UUID agencyId = command.agencyId() != null ? command.agencyId() : actor.agencyId();
		if (agencyId == null || !agencyId.equals(actor.agencyId())) {
			throw NotFoundException.forId("agency", command.agencyId());
		}
		checkEntries(agencyId, command.kind(), command.entries());
		if (lists.findFirstByAgencyIdAndKindAndStatus(agencyId, command.kind(), "DRAFT").isPresent()) {
			throw RuleViolationException.conflict("list-draft-exists", command.kind().name());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		LeniencyList list = new LeniencyList(UUID.randomUUID(), agencyId, command.kind(),
				lists.lastVersionNo(agencyId, command.kind()) + 1, command.title(), command.effectiveFrom(),
				command.entries(), now);
		events.publishEvent(new LeniencyEvents.ListDrafted(list.id(), agencyId, list.kind(), list.versionNo(),
				list.entries().size()));
		if (command.publish()) {
			publish(list, command.effectiveFrom(), actor, now);
		}
		return view(lists.saveAndFlush(list));
	}

	/**
	 * Replaces a draft's content; a stale {@code version} answers 409 and changes
	 * nothing.
	 */
	@Transactional
	public ListVersionView update(UUID id, @Valid UpdateDraftCommand command) {
		Actor actor = actors.require(EDITORS);
		LeniencyList list = ownList(id, actor);
		if (list.version() != command.version()) {
			throw RuleViolationException.conflict("stale-version", command.version(), list.version());
		}
		checkEntries(list.agencyId(), list.kind(), command.entries());
		list.edit(command.title(), command.effectiveFrom(), command.entries(), OffsetDateTime.now(clock));
		events.publishEvent(new LeniencyEvents.DraftEdited(list.id(), list.agencyId(), list.entries().size()));
		return view(lists.saveAndFlush(list));
	}

	@Transactional
	public ListVersionView publish(UUID id, LocalDate effectiveFrom, Long expectedVersion) {
		Actor actor = actors.require(EDITORS);
		LeniencyList list = ownList(id, actor);
		if (expectedVersion != null && list.version() != expectedVersion) {
			throw RuleViolationException.conflict("stale-version", expectedVersion, list.version());
		}
		publish(list, effectiveFrom != null ? effectiveFrom : list.effectiveFrom(), actor, OffsetDateTime.now(clock));
		return view(lists.saveAndFlush(list));
	}

	private void publish(LeniencyList list, LocalDate effectiveFrom, Actor actor, OffsetDateTime now) {
		if (effectiveFrom == null) {
			throw new FieldRejectedException("effectiveFrom", "required");
		}
		for (LeniencyList other : lists.findByAgencyIdAndKindAndStatusOrderByEffectiveFromAsc(list.agencyId(),
				list.kind(), "PUBLISHED")) {
			if (!effectiveFrom.isAfter(other.effectiveFrom())) {
				throw RuleViolationException.rule("list-version-overlap", effectiveFrom, other.versionNo(),
						other.effectiveFrom());
			}
		}
		list.publish(effectiveFrom, actor.accountId(), now);
	}

	/**
	 * The versions of an agency's lists, newest first (drafts only for its own staff).
	 */
	@Transactional(readOnly = true)
	public List<ListVersionView> ofAgency(UUID agencyId) {
		Actor actor = actors.current();
		UUID agency = agencyId != null ? agencyId : actor.agencyId();
		if (agency == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		boolean own = agency.equals(actor.agencyId()) || actor.seesAllAgencies();
		return views(lists.findByAgencyIdOrderByKindAscVersionNoDesc(agency)
			.stream()
			.filter(l -> own || "PUBLISHED".equals(l.status()))
			.toList());
	}

	@Transactional(readOnly = true)
	public ListVersionView get(UUID id) {
		Actor actor = actors.current();
		return lists.findById(id)
			.filter(l -> "PUBLISHED".equals(l.status()) || l.agencyId().equals(actor.agencyId())
					|| actor.seesAllAgencies())
			.map(this::view)
			.orElseThrow(() -> NotFoundException.forId("leniency-list", id));
	}

	/**
	 * Published versions, for the public (no sign-in): every agency's, or one agency's.
	 */
	@Transactional(readOnly = true)
	public List<ListVersionView> published(UUID agencyId) {
		List<LeniencyList> found = (agencyId != null) ? lists.findByAgencyIdAndStatus(agencyId, "PUBLISHED")
				: lists.findByStatus("PUBLISHED");
		return views(found).stream()
			.sorted(java.util.Comparator.comparing(ListVersionView::agencyId)
				.thenComparing(ListVersionView::kind)
				.thenComparing(ListVersionView::versionNo, java.util.Comparator.reverseOrder()))
			.toList();
	}

	private void checkEntries(UUID agencyId, ListKind kind, List<EntryInput> entries) {
		for (int i = 0; i < entries.size(); i++) {
			EntryInput e = entries.get(i);
			if (!kind.allows(e.treatment())) {
				throw new FieldRejectedException("entries[" + i + "].treatment", "treatmentNotForList");
			}
		}
		Map<String, String> catalogue = violationTypes.titles(agencyId);
		for (EntryInput e : entries) {
			if (!catalogue.containsKey(e.violationCode())) {
				throw RuleViolationException.rule("unknown-violation-code", e.violationCode());
			}
		}
	}

	private LeniencyList ownList(UUID id, Actor actor) {
		return lists.findById(id)
			.filter(l -> l.agencyId().equals(actor.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("leniency-list", id));
	}

	ListVersionView view(LeniencyList l) {
		return views(List.of(l)).get(0);
	}

	/**
	 * Views of versions, reading each agency's catalogue titles and each list's published
	 * start dates once for the lot.
	 */
	private List<ListVersionView> views(List<LeniencyList> found) {
		Map<UUID, Map<String, String>> titles = new HashMap<>();
		Map<String, List<LocalDate>> starts = new HashMap<>();
		List<ListVersionView> views = new ArrayList<>();
		for (LeniencyList l : found) {
			Map<String, String> titleOf = titles.computeIfAbsent(l.agencyId(), violationTypes::titles);
			LocalDate effectiveTo = null;
			if ("PUBLISHED".equals(l.status())) {
				effectiveTo = starts
					.computeIfAbsent(l.agencyId() + "/" + l.kind(), key -> lists
						.findByAgencyIdAndKindAndStatusOrderByEffectiveFromAsc(l.agencyId(), l.kind(), "PUBLISHED")
						.stream()
						.map(LeniencyList::effectiveFrom)
						.toList())
					.stream()
					.filter(d -> d.isAfter(l.effectiveFrom()))
					.findFirst()
					.map(d -> d.minusDays(1))
					.orElse(null);
			}
			List<EntryView> entries = new ArrayList<>();
			for (LeniencyEntry e : l.entries()) {
				entries.add(new EntryView(e.id(), e.position(), e.violationCode(),
						titleOf.getOrDefault(e.violationCode(), e.violationCode()), e.legalBasis(), e.conditions(),
						e.conditionsSchema(), e.treatment(), e.notes()));
			}
			views.add(new ListVersionView(l.id(), l.agencyId(), l.kind(), l.versionNo(), "v" + l.versionNo(), l.title(),
					l.status(), l.effectiveFrom(), effectiveTo, l.publishedAt(), entries, l.createdAt(), l.version()));
		}
		return views;
	}

}
