package org.shanzhi.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of service items (P4): per agency, each with its type, the materials an
 * application needs, the promised time limit in working days and the legal basis; public;
 * kept by the agency's head (or an administrator for any agency).
 */
@Service
@Validated
public class ServiceItems {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Agencies agencies;

	private final Clock clock;

	ServiceItems(JdbcClient jdbc, Actors actors, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** A service item as the public sees it. */
	public record ServiceItemView(UUID id, UUID agencyId, String agencyName, String code, String name,
			ServiceItemType type, String description, List<String> materials, int timeLimitDays, String legalBasis,
			boolean active, long version) {
	}

	/** A service item to add or change; {@code agencyId} only for an administrator. */
	public record ItemCommand(UUID agencyId,
			@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]+",
					message = "{shanzhi.validation.code}") String code,
			@NotBlank @Size(max = 200) String name, @NotNull ServiceItemType type, @Size(max = 2000) String description,
			@Size(max = 20) List<@NotBlank @Size(max = 200) String> materials, @Min(1) @Max(365) int timeLimitDays,
			@NotBlank @Size(max = 500) String legalBasis, Boolean active) {
	}

	/** The active items, of one agency or of all; nobody needs to sign in. */
	@Transactional(readOnly = true)
	public List<ServiceItemView> published(UUID agencyId) {
		return jdbc
			.sql("""
					select * from portal.service_item where active and (cast(:agency as uuid) is null or agency_id = :agency)
					order by code
					""")
			.param("agency", agencyId)
			.query((rs, n) -> view(rs))
			.list()
			.stream()
			.map(named())
			.toList();
	}

	/** Every item of the actor's agency (also inactive ones), for its head. */
	@Transactional(readOnly = true)
	public List<ServiceItemView> ofMyAgency() {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.OFFICER, Role.ADMIN);
		return jdbc.sql("""
				select * from portal.service_item where :all or agency_id = :agency order by code
				""")
			.param("all", actor.has(Role.ADMIN))
			.param("agency", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query((rs, n) -> view(rs))
			.list()
			.stream()
			.map(named())
			.toList();
	}

	/** An active item by its code; unknown or inactive: 404. */
	@Transactional(readOnly = true)
	public ServiceItemView byCode(String code) {
		return jdbc.sql("select * from portal.service_item where code = :code and active")
			.param("code", code == null ? "" : code)
			.query((rs, n) -> view(rs))
			.optional()
			.map(named())
			.orElseThrow(() -> NotFoundException.forId("service-item", code));
	}

	@Transactional
	public ServiceItemView create(@Valid ItemCommand command) {
		UUID agency = editableAgency(command.agencyId());
		if (jdbc.sql("select count(*) from portal.service_item where code = :code")
			.param("code", command.code())
			.query(Long.class)
			.single() > 0) {
			throw RuleViolationException.conflict("service-item-code-taken", command.code());
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into portal.service_item (id, agency_id, code, name, type, description, materials, time_limit_days,
						  legal_basis, active, created_at, updated_at)
						values (:id, :agency, :code, :name, :type, :description, cast(:materials as jsonb), :days, :basis,
						  :active, :at, :at)
						""")
			.param("id", id)
			.param("agency", agency)
			.param("code", command.code())
			.param("name", command.name().strip())
			.param("type", command.type().name())
			.param("description", command.description())
			.param("materials", JSON.writeValueAsString(command.materials() == null ? List.of() : command.materials()))
			.param("days", command.timeLimitDays())
			.param("basis", command.legalBasis().strip())
			.param("active", command.active() == null || command.active())
			.param("at", now)
			.update();
		return get(id);
	}

	@Transactional
	public ServiceItemView update(UUID id, @Valid ItemCommand command) {
		ServiceItemView item = get(id);
		editableAgency(item.agencyId());
		int updated = jdbc
			.sql("""
					update portal.service_item set name = :name, type = :type, description = :description,
					  materials = cast(:materials as jsonb), time_limit_days = :days, legal_basis = :basis, active = :active,
					  version = version + 1, updated_at = :at
					where id = :id
					""")
			.param("id", id)
			.param("name", command.name().strip())
			.param("type", command.type().name())
			.param("description", command.description())
			.param("materials", JSON.writeValueAsString(command.materials() == null ? List.of() : command.materials()))
			.param("days", command.timeLimitDays())
			.param("basis", command.legalBasis().strip())
			.param("active", command.active() == null || command.active())
			.param("at", OffsetDateTime.now(clock))
			.update();
		if (updated == 0) {
			throw NotFoundException.forId("service-item", id);
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public ServiceItemView get(UUID id) {
		return jdbc.sql("select * from portal.service_item where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.map(named())
			.orElseThrow(() -> NotFoundException.forId("service-item", id));
	}

	private UUID editableAgency(UUID requested) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.ADMIN);
		if (actor.has(Role.ADMIN)) {
			if (requested == null) {
				throw new org.shanzhi.shared.FieldRejectedException("agencyId", "required");
			}
			return requested;
		}
		UUID own = actor.requireAgency();
		if (requested != null && !requested.equals(own)) {
			throw NotFoundException.forId("agency", requested);
		}
		return own;
	}

	/** Names the items' agencies (one read of the agencies per call). */
	private java.util.function.Function<ServiceItemView, ServiceItemView> named() {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		org.shanzhi.security.Actors.runAs(org.shanzhi.security.Actor.SYSTEM, () -> agencies.all())
			.forEach(a -> names.put(a.id(), a.name()));
		return v -> new ServiceItemView(v.id(), v.agencyId(), names.get(v.agencyId()), v.code(), v.name(), v.type(),
				v.description(), v.materials(), v.timeLimitDays(), v.legalBasis(), v.active(), v.version());
	}

	private static ServiceItemView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ServiceItemView(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), null,
				rs.getString("code"), rs.getString("name"), ServiceItemType.valueOf(rs.getString("type")),
				rs.getString("description"),
				JSON.readValue(rs.getString("materials"), new TypeReference<List<String>>() {
				}), rs.getInt("time_limit_days"), rs.getString("legal_basis"), rs.getBoolean("active"),
				rs.getLong("version"));
	}

}
