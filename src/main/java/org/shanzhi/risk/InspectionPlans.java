package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Inspection plans drawn by risk (R6 targeting): for a period, the top parties by their
 * current score, mixed with a share drawn at random from the others — random checks (双随机)
 * stay lawful and keep the ranking honest. The draw's seed is recorded, so anyone can
 * check the random part.
 */
@Service
@Validated
public class InspectionPlans {

	private final Parties parties;

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	private final ActiveModel activeModel;

	InspectionPlans(Parties parties, JdbcClient jdbc, Actors actors, Clock clock, ActiveModel activeModel) {
		this.activeModel = activeModel;
		this.parties = parties;
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public PlanView draw(@Valid Draw command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		UUID agency = actor.requireAgency();
		if (command.periodTo().isBefore(command.periodFrom())) {
			throw RuleViolationException.rule("period-reversed");
		}
		Map<UUID, double[]> scores = new HashMap<>();
		Map<UUID, String> grades = new HashMap<>();
		jdbc.sql("select party_id, score, grade from risk.party_score").query((java.sql.ResultSet rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			scores.put(id, new double[] { rs.getDouble(2) });
			grades.put(id, rs.getString(3));
		});
		List<UUID> candidates = new ArrayList<>();
		parties.forEachParty((id, category) -> {
			if (command.partyCategory() == null || command.partyCategory() == category) {
				candidates.add(id);
			}
		});
		if (candidates.isEmpty()) {
			throw RuleViolationException.rule("no-parties-to-guide",
					command.partyCategory() == null ? "" : command.partyCategory().name());
		}
		int size = Math.min(command.size(), candidates.size());
		int byRisk = (int) Math.round(size * (1 - command.randomShare().doubleValue()));
		candidates.sort((a, b) -> {
			double sa = scores.containsKey(a) ? scores.get(a)[0] : Double.NEGATIVE_INFINITY;
			double sb = scores.containsKey(b) ? scores.get(b)[0] : Double.NEGATIVE_INFINITY;
			int c = Double.compare(sb, sa);
			return c != 0 ? c : a.compareTo(b);
		});
		List<UUID> risky = candidates.subList(0, byRisk);
		List<UUID> rest = new ArrayList<>(candidates.subList(byRisk, candidates.size()));
		long seed = new Random().nextLong();
		Collections.shuffle(rest, new Random(seed));
		List<UUID> random = rest.subList(0, size - byRisk);
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into risk.inspection_plan (id, agency_id, period_from, period_to, party_category, size, random_share,
						  seed, model_version, created_by, created_at)
						values (:id, :agency, :from, :to, :category, :size, :share, :seed, :model, :by, :at)
						""")
			.param("id", id)
			.param("agency", agency)
			.param("from", command.periodFrom())
			.param("to", command.periodTo())
			.param("category", command.partyCategory() == null ? null : command.partyCategory().name())
			.param("size", size)
			.param("share", command.randomShare())
			.param("seed", seed)
			.param("model", activeModel.current().version())
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		int position = 0;
		for (UUID party : risky) {
			target(id, ++position, party, "RISK", scores.get(party), grades.get(party));
		}
		for (UUID party : random) {
			target(id, ++position, party, "RANDOM", scores.get(party), grades.get(party));
		}
		return get(id);
	}

	private void target(UUID plan, int position, UUID party, String selection, double[] score, String grade) {
		jdbc.sql("""
				insert into risk.inspection_plan_target (plan_id, position, party_id, selection, score, grade)
				values (:plan, :position, :party, :selection, :score, :grade)
				""")
			.param("plan", plan)
			.param("position", position)
			.param("party", party)
			.param("selection", selection)
			.param("score", score == null ? null : score[0])
			.param("grade", grade)
			.update();
	}

	@Transactional(readOnly = true)
	public PlanView get(UUID id) {
		actors.require(RiskCatalogues.READERS);
		PlanView plan = jdbc.sql("""
				select id, agency_id, period_from, period_to, party_category, size, random_share, seed, model_version,
				  created_at from risk.inspection_plan where id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new PlanView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6),
					rs.getDouble(7), rs.getLong(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
					new ArrayList<>()))
			.optional()
			.filter(p -> actors.scope().includes(p.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("inspection-plan", id));
		jdbc.sql("select position, party_id, selection, score, grade from risk.inspection_plan_target"
				+ " where plan_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> plan.targets()
				.add(new Target(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3),
						(java.math.BigDecimal) rs.getObject(4), rs.getString(5))))
			.list();
		return plan;
	}

	/** The plan to draw: its period, how many parties, the random share, the category. */
	public record Draw(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
			@NotNull @Min(1) @Max(10000) Integer size,
			@NotNull @DecimalMin("0.0") @DecimalMax("1.0") java.math.BigDecimal randomShare,
			PartyCategory partyCategory) {
	}

	public record PlanView(UUID id, UUID agencyId, LocalDate periodFrom, LocalDate periodTo, String partyCategory,
			int size, double randomShare, long seed, String modelVersion, OffsetDateTime createdAt,
			List<Target> targets) {
	}

	/** A party to inspect: drawn by RISK (with its score and grade) or at RANDOM. */
	public record Target(int position, UUID partyId, String selection, java.math.BigDecimal score, String grade) {
	}

}
