package org.shanzhi.guidance;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern.Flag;
import jakarta.validation.constraints.Size;

import org.shanzhi.guidance.internal.CustomForm;
import org.shanzhi.guidance.internal.CustomFormRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The forms of guidance an agency uses: the eight statutory ones and those it defined
 * itself (LY8), without code changes. Checks an act's {@code details} against its form.
 */
@Service
@Validated
public class GuidanceForms {

	static final Pattern FIELD_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private final CustomFormRepository custom;

	private final Actors actors;

	private final Clock clock;

	GuidanceForms(CustomFormRepository custom, Actors actors, Clock clock) {
		this.custom = custom;
		this.actors = actors;
		this.clock = clock;
	}

	/** The forms the agency may use: the eight, then its own. */
	@Transactional(readOnly = true)
	public List<FormInfo> available(UUID agencyId) {
		List<FormInfo> all = new ArrayList<>();
		for (GuidanceForm f : GuidanceForm.values()) {
			all.add(new FormInfo(f.name(), true, null, f.fields()));
		}
		if (agencyId != null) {
			custom.findByAgencyIdOrderByCode(agencyId)
				.forEach(c -> all.add(new FormInfo(c.view().code(), false, c.view().name(), c.view().fields())));
		}
		return all;
	}

	/** One form the agency may use, by its code. */
	@Transactional(readOnly = true)
	public java.util.Optional<FormInfo> find(UUID agencyId, String code) {
		if (GuidanceForm.isBuiltIn(code)) {
			return java.util.Optional.of(new FormInfo(code, true, null, GuidanceForm.valueOf(code).fields()));
		}
		return agencyId == null ? java.util.Optional.empty() : custom.findByAgencyIdAndCode(agencyId, code)
			.map(c -> new FormInfo(c.view().code(), false, c.view().name(), c.view().fields()));
	}

	/** Defines a form of the actor's agency (AGENCY_HEAD, LEGAL_REVIEWER). */
	@Transactional
	public CustomFormView define(@Valid DefineFormCommand command) {
		Actor actor = actors.require(Role.AGENCY_HEAD, Role.LEGAL_REVIEWER);
		UUID agency = actor.requireAgency();
		if (GuidanceForm.isBuiltIn(command.code())) {
			throw RuleViolationException.rule("form-code-statutory", command.code());
		}
		if (custom.findByAgencyIdAndCode(agency, command.code()).isPresent()) {
			throw RuleViolationException.conflict("form-code-taken", command.code());
		}
		List<GuidanceForm.FieldSpec> fields = new ArrayList<>();
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (int i = 0; i < command.fields().size(); i++) {
			FieldInput f = command.fields().get(i);
			if (!FIELD_KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
				throw new FieldRejectedException("fields[" + i + "].key", "fieldKey");
			}
			fields.add(new GuidanceForm.FieldSpec(f.key(), f.required(), f.label().strip()));
		}
		return custom
			.saveAndFlush(new CustomForm(UUID.randomUUID(), agency, command.code(), command.name().strip(), fields,
					OffsetDateTime.now(clock)))
			.view();
	}

	/**
	 * The act's details, checked against its form: every required field filled, no field
	 * the form does not have (400 naming {@code details.<key>}); texts stripped.
	 */
	Map<String, String> checkDetails(UUID agencyId, String form, Map<String, String> details) {
		List<GuidanceForm.FieldSpec> fields = fieldsOf(agencyId, form);
		Map<String, String> given = details == null ? Map.of() : details;
		Map<String, String> kept = new LinkedHashMap<>();
		for (String key : given.keySet()) {
			if (fields.stream().noneMatch(f -> f.key().equals(key))) {
				throw new FieldRejectedException("details." + key, "unknownField");
			}
		}
		for (GuidanceForm.FieldSpec f : fields) {
			String value = given.get(f.key());
			if (value == null || value.isBlank()) {
				if (f.required()) {
					throw new FieldRejectedException("details." + f.key(), "required");
				}
				continue;
			}
			kept.put(f.key(), value.strip());
		}
		return kept;
	}

	List<GuidanceForm.FieldSpec> fieldsOf(UUID agencyId, String form) {
		return find(agencyId, form).map(FormInfo::fields)
			.orElseThrow(() -> new FieldRejectedException("form", "unknownGuidanceForm"));
	}

	/** A form as offered to an officer: statutory (label from the messages) or custom. */
	public record FormInfo(String code, boolean statutory, String name, List<GuidanceForm.FieldSpec> fields) {
	}

	public record DefineFormCommand(
			@NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}",
					flags = Flag.UNICODE_CASE) String code,
			@NotBlank @Size(max = 40) String name, @NotEmpty @Size(max = 12) List<@Valid @NotNull FieldInput> fields) {
	}

	public record FieldInput(
			@Schema(description = "starts with a small letter, letters and digits only, unique in the form",
					pattern = "[a-z][A-Za-z0-9]*", example = "attendees") @NotBlank @Size(max = 40) String key,
			@NotBlank @Size(max = 40) String label, boolean required) {
	}

}
