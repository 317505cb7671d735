package org.shanzhi.leniency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.enforcement.EnforcementRecords;
import org.shanzhi.enforcement.Treatment;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.leniency.internal.Assessment;
import org.shanzhi.leniency.internal.AssessmentRepository;
import org.shanzhi.leniency.internal.LeniencyEntry;
import org.shanzhi.leniency.internal.LeniencyList;
import org.shanzhi.leniency.internal.LeniencyListRepository;
import org.shanzhi.leniency.internal.policy.AssessmentFacts;
import org.shanzhi.leniency.internal.policy.ConditionPolicy;
import org.shanzhi.leniency.internal.policy.PolicyOutcome;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment of a violation against the leniency lists (L3): the no-penalty list
 * first, then the lighter/mitigated list, each in the version in force on the day the
 * violation occurred; an entry applies when every one of its conditions holds. The
 * offence history comes from enforcement's records. Every assessment is kept, with its
 * reasons.
 */
@Service
@Validated
public class Assessments {

	static final Role[] ASSESSORS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.SUPERVISOR,
			Role.ADMIN };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LeniencyListRepository lists;

	private final AssessmentRepository assessments;

	private final EnforcementRecords records;

	private final ViolationTypes violationTypes;

	private final List<ConditionPolicy> policies;

	private final MessageSource messages;

	private final Actors actors;

	private final Clock clock;

	private final org.shanzhi.directory.Parties parties;

	Assessments(LeniencyListRepository lists, AssessmentRepository assessments, EnforcementRecords records,
			ViolationTypes violationTypes, List<ConditionPolicy> policies, MessageSource messages, Actors actors,
			Clock clock, org.shanzhi.directory.Parties parties) {
		this.parties = parties;
		this.lists = lists;
		this.assessments = assessments;
		this.records = records;
		this.violationTypes = violationTypes;
		this.policies = policies;
		this.messages = messages;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public AssessmentView assess(@Valid AssessCommand command) {
		return assess(command, null);
	}

	@Transactional
	public AssessmentView assess(@Valid AssessCommand command, UUID caseId) {
		Actor actor = actors.require(ASSESSORS);
		UUID agencyId = command.agencyId() != null ? command.agencyId() : actor.agencyId();
		if (agencyId == null || !actors.scopeOf(actor).includes(agencyId)) {
			throw NotFoundException.forId("agency", command.agencyId());
		}
		LocalDate today = LocalDate.now(clock);
		if (command.occurredOn().isAfter(today)) {
			throw new FieldRejectedException("occurredOn", "notInFuture");
		}
		AssessCommand.Facts f = command.facts();
		if (f.correctedOn() != null && f.correctedOn().isAfter(today)) {
			throw new FieldRejectedException("facts.correctedOn", "notInFuture");
		}
		violationTypes.require(agencyId, command.violationCode());
		if (caseId == null) {
			parties.get(command.partyId()); // 404 for an unknown party
		}
		AssessmentFacts facts = new AssessmentFacts(command.occurredOn(), f.discoveredOn(),
				f.decisionDate() != null ? f.decisionDate() : today, f.harm(), f.firstOffence(), f.corrected(),
				f.correctedOn(), f.commitmentSigned(), f.rectificationVerified(),
				(from, before, same) -> records.establishedViolations(command.partyId(),
						same ? command.violationCode() : null, from, before, caseId, 20));

		List<String> reasons = new ArrayList<>();
		List<AssessmentView.ConditionResult> results = new ArrayList<>();
		Treatment treatment = Treatment.STANDARD;
		LeniencyList chosenList = null;
		LeniencyEntry chosen = null;
		Map<ListKind, LeniencyList> inForce = new java.util.EnumMap<>(ListKind.class);
		lists.allInForce(agencyId, command.occurredOn()).forEach(l -> inForce.put(l.kind(), l));
		for (ListKind kind : ListKind.values()) {
			LeniencyList list = inForce.get(kind);
			String listName = text(new DefaultMessageSourceResolvable("leniency.kind." + kind));
			if (list == null) {
				reasons.add(text("leniency.reason.no-list", listName, command.occurredOn()));
				continue;
			}
			String listLabel = text("leniency.reason.list-label", listName, list.versionNo(), list.effectiveFrom());
			List<LeniencyEntry> matching = list.entries()
				.stream()
				.filter(e -> e.violationCode().equals(command.violationCode()))
				.toList();
			if (matching.isEmpty()) {
				reasons.add(text("leniency.reason.no-entry", listLabel, command.violationCode()));
				continue;
			}
			for (LeniencyEntry entry : matching) {
				boolean all = true;
				List<String> parts = new ArrayList<>();
				for (ConditionPolicy policy : policies) {
					if (!policy.appliesTo(entry.conditions())) {
						continue;
					}
					PolicyOutcome outcome = policy.evaluate(entry.conditions(), facts);
					String reason = text(outcome);
					all &= outcome.held();
					parts.add((outcome.held() ? "✓ " : "✗ ") + reason);
					results.add(new AssessmentView.ConditionResult(kind.name(), entry.position(), outcome.policy(),
							outcome.held(), reason));
				}
				String verdict = text(all ? "leniency.reason.entry-applies" : "leniency.reason.entry-fails", listLabel,
						entry.position(), text(new DefaultMessageSourceResolvable("treatment." + entry.treatment())));
				reasons.add(verdict + (parts.isEmpty() ? "" : "：" + String.join("；", parts)));
				if (all) {
					treatment = entry.treatment();
					chosenList = list;
					chosen = entry;
					break;
				}
			}
			if (chosen != null) {
				break;
			}
		}
		if (chosen == null) {
			reasons.add(text("leniency.reason.standard"));
		}
		int prior = records
			.establishedViolations(command.partyId(), null, command.occurredOn().minusYears(5), command.occurredOn(),
					caseId, 20)
			.size();
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID id = UUID.randomUUID();
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("treatment", treatment.name());
		outcome.put("reasons", reasons);
		outcome.put("conditions", results);
		assessments
			.save(new Assessment(id, agencyId, command.partyId(), caseId, command.violationCode(), command.occurredOn(),
					JSON.writeValueAsString(f), treatment, chosenList == null ? null : chosenList.id(),
					chosen == null ? null : chosen.id(), JSON.writeValueAsString(outcome), actor.accountId(), now));
		return new AssessmentView(id, agencyId, command.partyId(), caseId, command.violationCode(),
				command.occurredOn(), treatment, chosen == null ? null : chosen.id(),
				chosenList == null ? null : "v" + chosenList.versionNo(), chosenList == null ? null : chosenList.id(),
				chosenList == null ? null : chosenList.kind(), chosenList == null ? null : chosenList.effectiveFrom(),
				reasons, results, prior, now);
	}

	private String text(org.springframework.context.MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
