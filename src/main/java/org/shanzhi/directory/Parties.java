package org.shanzhi.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.internal.PartyStore;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Parties (X2): the city-wide directory of counterparts, shared by all agencies so that
 * nobody enters a party twice (P3). Staff read it; a member of the public reads only
 * their own record.
 */
@Service
@Validated
public class Parties {

	static final Role[] EDITORS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.ADMIN };

	static final Role[] READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR,
			Role.ADMIN };

	/** Roles whose work needs the full resident ID (documents, service of process). */
	static final Role[] IDENTITY_READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR };

	private final PartyStore store;

	private final Actors actors;

	private final Clock clock;

	Parties(PartyStore store, Actors actors, Clock clock) {
		this.store = store;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public PartyView register(@Valid RegisterPartyCommand command) {
		Actor actor = actors.require(EDITORS);
		if (command.kind() == PartyKind.PERSON && isBlank(command.idNumber())) {
			throw new FieldRejectedException("idNumber", "required");
		}
		if (command.kind() == PartyKind.ORGANIZATION && isBlank(command.creditCode())) {
			throw new FieldRejectedException("creditCode", "required");
		}
		if (command.kind() == PartyKind.PERSON && !isBlank(command.creditCode())) {
			throw new FieldRejectedException("creditCode", "notForPerson");
		}
		if (command.kind() == PartyKind.ORGANIZATION && !isBlank(command.idNumber())) {
			throw new FieldRejectedException("idNumber", "notForOrganization");
		}
		store.existing(command).ifPresent(id -> {
			throw RuleViolationException.conflict("party-already-registered", id);
		});
		return store.register(UUID.randomUUID(), command, actor.agencyId(), OffsetDateTime.now(clock));
	}

	/**
	 * The party already registered under the command's resident ID number or credit code,
	 * if any (for the portal's sign-up, run as the platform).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<UUID> existing(RegisterPartyCommand command) {
		actors.require(EDITORS);
		return store.existing(command);
	}

	@Transactional(readOnly = true)
	public PartyView get(UUID id) {
		Actor actor = actors.current();
		if (!actor.isStaff() && !id.equals(actor.partyId())) {
			throw NotFoundException.forId("party", id);
		}
		return store.find(id).orElseThrow(() -> NotFoundException.forId("party", id));
	}

	/**
	 * The parties of a category (staff only), by name, at most {@code limit}: the parties
	 * a risk point concerns (R4).
	 */
	@Transactional(readOnly = true)
	public java.util.List<UUID> ofCategory(PartyCategory category, int limit) {
		if (!actors.current().isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("staff only");
		}
		return store.idsOfCategory(category, limit);
	}

	/**
	 * Every party's id and category, streamed (staff only): for work over all parties,
	 * such as a full risk rescoring.
	 */
	@Transactional(readOnly = true)
	public void forEachParty(java.util.function.BiConsumer<UUID, PartyCategory> sink) {
		if (!actors.current().isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("staff only");
		}
		store.forEachParty(sink);
	}

	/**
	 * The names of parties, for an official document the caller already lets the actor
	 * read (a party reads its mediation agreement, which names the other parties); no
	 * other data. Unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> namesForDocument(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		for (UUID id : ids) {
			store.find(id).ifPresent(p -> names.put(id, p.name()));
		}
		return names;
	}

	/**
	 * The lines that name parties on an official document the caller already lets the
	 * actor read (a mediation agreement names each party with its identity and address):
	 * the name, the identifier (a person's resident ID masked as everywhere, an
	 * organisation's credit code) and the address. Unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> identitiesForDocument(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> lines = new java.util.LinkedHashMap<>();
		for (UUID id : ids) {
			store.find(id).ifPresent(p -> {
				boolean person = p.kind() == PartyKind.PERSON;
				String identifier = p.identifier();
				StringBuilder line = new StringBuilder(p.name());
				if (identifier != null && !identifier.isBlank()) {
					line.append("，").append(person ? "身份证件号码" : "统一社会信用代码").append("：").append(identifier);
				}
				if (p.address() != null && !p.address().isBlank()) {
					line.append("，住所：").append(p.address());
				}
				lines.put(id, line.toString());
			});
		}
		return lines;
	}

	/**
	 * The parties a list's search text names — by name fragment, exact resident ID number
	 * or credit code, as {@link #search} finds them — at most {@code limit}; empty for no
	 * text. Other modules' lists search their rows by party with these.
	 */
	@Transactional(readOnly = true)
	public java.util.List<UUID> idsMatching(String q, int limit) {
		if (q == null || q.isBlank()) {
			return java.util.List.of();
		}
		return search(q.strip(), 0, Math.min(limit, PageView.MAX_SIZE)).items().stream().map(PartyView::id).toList();
	}

	/** By name fragment, exact resident ID number, or credit code (exact or prefix). */
	@Transactional(readOnly = true)
	public PageView<PartyView> search(String q, Integer page, Integer size) {
		return search(q, null, true, page, size);
	}

	/** The columns a list of parties sorts by: {@code name}, {@code createdAt}. */
	public static final java.util.Set<String> SORTS = java.util.Set.of("name", "createdAt");

	/**
	 * As {@link #search(String, Integer, Integer)} in a list page's order: {@code sort}
	 * one of {@link #SORTS} ({@code null}: by name).
	 */
	@Transactional(readOnly = true)
	public PageView<PartyView> search(String q, String sort, boolean ascending, Integer page, Integer size) {
		actors.require(READERS);
		if (q != null && q.length() > 100) {
			throw new FieldRejectedException("q", "tooLong");
		}
		Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		Sort order = "createdAt".equals(sort) ? Sort.by(direction, "createdAt", "id")
				: Sort.by(sort == null ? Sort.Direction.ASC : direction, "name", "id");
		return PageView.of(store.search(q, PageRequests.of(page, size, order)));
	}

	@Transactional
	public PartyView update(UUID id, @Valid UpdatePartyCommand command) {
		actors.require(EDITORS);
		return store.update(id, command, OffsetDateTime.now(clock))
			.orElseThrow(() -> NotFoundException.forId("party", id));
	}

	/**
	 * The unmasked resident ID number of a person; every call is written to the audit
	 * trail.
	 */
	@Transactional
	public String revealIdNumber(UUID id) {
		Actor actor = actors.require(IDENTITY_READERS);
		return store.reveal(id, actor.agencyId()).orElseThrow(() -> NotFoundException.forId("party", id));
	}

	@Transactional(readOnly = true)
	public long count() {
		return store.count();
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
