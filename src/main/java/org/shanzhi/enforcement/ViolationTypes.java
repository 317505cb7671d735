package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.enforcement.internal.ViolationType;
import org.shanzhi.enforcement.internal.ViolationTypeRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Each agency's catalogue of violation types, with the legal basis, the statutory penalty
 * range and the discretion benchmark (裁量基准). The catalogue is public law, so every
 * signed-in user can read it.
 */
@Service
@Validated
public class ViolationTypes {

	static final Role[] EDITORS = { Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.ADMIN };

	private final ViolationTypeRepository types;

	private final Actors actors;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	ViolationTypes(ViolationTypeRepository types, Actors actors, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.types = types;
		this.actors = actors;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public ViolationTypeView define(@Valid DefineViolationTypeCommand command) {
		Actor actor = actors.require(EDITORS);
		UUID agencyId = command.agencyId() != null ? command.agencyId() : actor.agencyId();
		if (agencyId == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		if (!actor.has(Role.ADMIN) && !agencyId.equals(actor.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException("another agency's catalogue");
		}
		if (command.fine()) {
			if (command.fineMin() == null || command.fineMax() == null) {
				throw new FieldRejectedException(command.fineMin() == null ? "fineMin" : "fineMax", "required");
			}
			if (command.fineMin().compareTo(command.fineMax()) > 0) {
				throw RuleViolationException.rule("fine-range-inverted", command.fineMin(), command.fineMax());
			}
			for (DiscretionLevel level : command.benchmark()) {
				if (level.min().compareTo(level.max()) > 0 || level.min().compareTo(command.fineMin()) < 0
						|| level.max().compareTo(command.fineMax()) > 0) {
					throw RuleViolationException.rule("benchmark-outside-range", level.level(), command.fineMin(),
							command.fineMax());
				}
			}
		}
		if (types.findByAgencyIdAndCode(agencyId, command.code()).isPresent()) {
			throw RuleViolationException.conflict("violation-code-taken", command.code());
		}
		ViolationType type = types
			.saveAndFlush(new ViolationType(UUID.randomUUID(), agencyId, command, OffsetDateTime.now(clock)));
		ViolationTypeView view = type.view();
		events.publishEvent(new EnforcementEvents.ViolationTypeDefined(view.id(), agencyId, view.code(), view.title(),
				view.legalBasis().toString()));
		return view;
	}

	/**
	 * The catalogue of an agency (default: the actor's own; all agencies for a
	 * supervisor).
	 */
	@Transactional(readOnly = true)
	public List<ViolationTypeView> list(UUID agencyId) {
		Actor actor = actors.current();
		UUID agency = agencyId != null ? agencyId : actor.agencyId();
		List<ViolationType> found = agency != null ? types.findByAgencyIdOrderByCode(agency)
				: types.findAllByOrderByAgencyIdAscCodeAsc();
		return found.stream().map(ViolationType::view).toList();
	}

	/** For other modules: a violation type by its code in an agency's catalogue. */
	@Transactional(readOnly = true)
	public Optional<ViolationTypeView> find(UUID agencyId, String code) {
		if (agencyId == null || code == null) {
			return Optional.empty();
		}
		return types.findByAgencyIdAndCode(agencyId, code).map(ViolationType::view);
	}

	/**
	 * For other modules: code → title of an agency's catalogue (public law, no actor
	 * check).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> titles(UUID agencyId) {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		types.findByAgencyIdOrderByCode(agencyId).forEach(t -> titles.put(t.view().code(), t.view().title()));
		return titles;
	}

	/** A violation type by code, or 422 naming the unknown code. */
	@Transactional(readOnly = true)
	public ViolationTypeView require(UUID agencyId, String code) {
		return find(agencyId, code).orElseThrow(() -> RuleViolationException.rule("unknown-violation-code", code));
	}

	@Transactional(readOnly = true)
	public Optional<ViolationTypeView> byId(UUID id) {
		return types.findById(id).map(ViolationType::view);
	}

}
