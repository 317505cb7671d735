package org.shanzhi.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Guidance in advance (R4, LY9 指导提前): from a published risk point, one action gives the
 * same guidance to every party of the point's category, or to a chosen group, before any
 * violation: one act per party, naming the point, its legal basis and measures, written
 * ones numbered. All or nothing: one refusal leaves no act behind.
 */
@Service
@Validated
public class GuidanceInAdvance {

	/** The most parties one action reaches; a larger group is sent in parts. */
	public static final int MAX_PARTIES = 500;

	private final RiskCatalogues catalogues;

	private final GuidanceActs guidance;

	private final Parties parties;

	private final Actors actors;

	GuidanceInAdvance(RiskCatalogues catalogues, GuidanceActs guidance, Parties parties, Actors actors) {
		this.catalogues = catalogues;
		this.guidance = guidance;
		this.parties = parties;
		this.actors = actors;
	}

	/** Gives the guidance; returns the acts created. */
	@Transactional
	public Result give(UUID pointId, @Valid Batch batch) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		RiskPointView point = catalogues.point(pointId);
		if (!point.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the catalogue's agency guides from it");
		}
		RiskCatalogueView catalogue = catalogues.catalogue(point.catalogueId());
		if (catalogue.status() != CatalogueStatus.PUBLISHED) {
			throw RuleViolationException.rule("point-not-published", catalogue.status().name());
		}
		List<UUID> targets;
		if (batch.partyIds() == null || batch.partyIds().isEmpty()) {
			targets = parties.ofCategory(PartyCategory.valueOf(point.partyCategory()), MAX_PARTIES + 1);
		}
		else {
			targets = List.copyOf(new LinkedHashSet<>(batch.partyIds()));
		}
		if (targets.isEmpty()) {
			throw RuleViolationException.rule("no-parties-to-guide", point.partyCategory());
		}
		if (targets.size() > MAX_PARTIES) {
			throw RuleViolationException.rule("too-many-parties", MAX_PARTIES);
		}
		String subject = blank(batch.subject()) ? "风险提示：" + point.title() : batch.subject().strip();
		String content = blank(batch.content()) ? point.violationForm() + "。防范措施：" + point.guidanceMeasures()
				: batch.content().strip();
		Map<String, String> details = new HashMap<>(defaults(batch.form(), point));
		if (batch.details() != null) {
			details.putAll(batch.details());
		}
		List<GuidanceActView> acts = new ArrayList<>();
		for (UUID partyId : targets) {
			acts.add(guidance.give(new GiveGuidanceCommand(partyId, batch.form(), batch.documentForm(), batch.channel(),
					subject, content, point.legalBasis(), null, details, pointId, null, null, null, null, null, null,
					false, false)));
		}
		return new Result(pointId, acts.size(), acts.stream().map(GuidanceActView::id).toList(),
				acts.stream().map(GuidanceActView::documentNumber).filter(n -> n != null).toList());
	}

	/** The fields of the statutory forms filled from the point, unless given. */
	private static Map<String, String> defaults(String form, RiskPointView p) {
		return switch (form) {
			case "GUIDE" -> Map.of("policy", p.guidanceMeasures(), "audience",
					RiskCatalogues.CATEGORY_NAMES.getOrDefault(PartyCategory.valueOf(p.partyCategory()), ""));
			case "REMIND" -> Map.of("item", p.title());
			case "COACH" -> Map.of("topic", p.title());
			case "ADVISE" -> Map.of("recommendation", p.guidanceMeasures());
			case "PERSUADE" -> Map.of("violation", p.violationForm(), "said", p.guidanceMeasures());
			default -> Map.of();
		};
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * The guidance to give: the parties (all of the point's category when left out), the
	 * form, document form and channel; subject, content and the form's fields default to
	 * the point's.
	 */
	public record Batch(@Size(max = MAX_PARTIES) List<@NotNull UUID> partyIds, @NotBlank @Size(max = 40) String form,
			@NotNull DocumentForm documentForm, @NotNull Channel channel, @Size(max = 200) String subject,
			@Size(max = 8000) String content,
			@Size(max = 20) Map<@Size(max = 40) String, @Size(max = 4000) String> details) {
	}

	/** The acts created, and the numbers of the written ones. */
	public record Result(UUID riskPointId, int acts, List<UUID> actIds, List<String> documentNumbers) {
	}

}
