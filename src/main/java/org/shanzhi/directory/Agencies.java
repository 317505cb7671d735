package org.shanzhi.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.internal.AgencyStore;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Agencies and their officers (X1). The list of agencies is public knowledge; officers of
 * an agency are visible to that agency, to agencies sharing with it, and to supervisors.
 */
@Service
@Validated
public class Agencies {

	private final AgencyStore store;

	private final Actors actors;

	private final Clock clock;

	Agencies(AgencyStore store, Actors actors, Clock clock) {
		this.store = store;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgencyView> all() {
		return store.all();
	}

	/**
	 * Every agency's name by id, in the directory's order (public knowledge, like the
	 * list).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> names() {
		java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
		store.all().forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

	@Transactional(readOnly = true)
	public AgencyView get(UUID id) {
		return store.find(id).orElseThrow(() -> NotFoundException.forId("agency", id));
	}

	@Transactional(readOnly = true)
	public Optional<AgencyView> findByCode(String code) {
		return store.findByCode(code);
	}

	@Transactional
	public AgencyView register(@Valid RegisterAgencyCommand command) {
		actors.require(Role.ADMIN);
		if (store.findByCode(command.code()).isPresent()) {
			throw RuleViolationException.conflict("agency-code-taken", command.code());
		}
		if (command.parentId() != null && store.find(command.parentId()).isEmpty()) {
			throw NotFoundException.forId("agency", command.parentId());
		}
		return store.register(UUID.randomUUID(), command, OffsetDateTime.now(clock));
	}

	@Transactional
	public OfficerView registerOfficer(@Valid RegisterOfficerCommand command) {
		actors.require(Role.ADMIN);
		get(command.agencyId());
		if (store.certificateTaken(command.certificateNumber())) {
			throw RuleViolationException.conflict("officer-certificate-taken", command.certificateNumber());
		}
		return store.registerOfficer(UUID.randomUUID(), command, OffsetDateTime.now(clock));
	}

	/** An officer, or 404 when it belongs to an agency the actor may not see. */
	@Transactional(readOnly = true)
	public OfficerView officer(UUID id) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN);
		return store.officer(id, actors.scope()).orElseThrow(() -> NotFoundException.forId("officer", id));
	}

	/**
	 * An officer of the agency, for the facades that name officers on their records (a
	 * case's officers): empty when unknown or of another agency; no role check, nothing
	 * thrown, so a caller's transaction is never marked for rollback.
	 */
	@Transactional(readOnly = true)
	public Optional<OfficerView> findOfficer(UUID agencyId, UUID officerId) {
		if (agencyId == null || officerId == null) {
			return Optional.empty();
		}
		return store.officer(officerId, new org.shanzhi.security.AgencyScope(false, java.util.Set.of(agencyId)));
	}

	/** Officers of an agency, empty when the actor may not see that agency's staff. */
	@Transactional(readOnly = true)
	public List<OfficerView> officersOf(UUID agencyId) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN);
		get(agencyId);
		return store.officersOf(agencyId, actors.scope());
	}

	@Transactional(readOnly = true)
	public long officerCount(UUID agencyId) {
		return store.officerCount(agencyId);
	}

}
