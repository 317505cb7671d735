package org.shanzhi.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.AgencyMeasures;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The indicator system of a year (S2): indicators with a weight (together exactly 100), a
 * formula and, unless scored by hand, the platform measure they read. A supervisor
 * defines it; defining it again replaces it (earlier runs keep the weights they used).
 */
@Service
@Validated
public class IndicatorSystems {

	/** How an indicator is scored. */
	public enum Formula {

		RATE, DEDUCTION, MANUAL

	}

	/** An indicator as defined. */
	public record Indicator(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") String code,
			@NotBlank @Size(max = 100) String name, @NotNull Formula formula, @Size(max = 40) String measure,
			@NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal weight,
			@DecimalMin("0") @DecimalMax("1") BigDecimal floor, @DecimalMin("0") @DecimalMax("1") BigDecimal target,
			@DecimalMin("0") @DecimalMax("100") BigDecimal perItem) {
	}

	private final JdbcClient jdbc;

	private final Actors actors;

	private final List<AgencyMeasures> sources;

	private final Clock clock;

	IndicatorSystems(JdbcClient jdbc, Actors actors, List<AgencyMeasures> sources, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.sources = sources;
		this.clock = clock;
	}

	/** The measures the modules offer, by code. */
	public Map<String, AgencyMeasures.Kind> measures() {
		Map<String, AgencyMeasures.Kind> all = new LinkedHashMap<>();
		sources.forEach(s -> s.measures().forEach(m -> all.put(m.code(), m.kind())));
		return all;
	}

	/** Replaces the year's indicator system; the weights must add up to exactly 100. */
	@Transactional
	public List<Indicator> define(int year, @NotEmpty @Size(max = 30) List<@Valid @NotNull Indicator> indicators) {
		Actor actor = actors.require(Role.SUPERVISOR);
		if (year < 2000 || year > 2100) {
			throw new FieldRejectedException("year", "invalid");
		}
		Map<String, AgencyMeasures.Kind> measures = measures();
		BigDecimal sum = BigDecimal.ZERO;
		Set<String> codes = new HashSet<>();
		for (Indicator i : indicators) {
			if (!codes.add(i.code())) {
				throw RuleViolationException.rule("indicator-code-twice", i.code());
			}
			sum = sum.add(i.weight());
			if (i.formula() == Formula.MANUAL) {
				if (i.measure() != null && !i.measure().isBlank()) {
					throw RuleViolationException.rule("indicator-manual-has-measure", i.code());
				}
				continue;
			}
			AgencyMeasures.Kind kind = i.measure() == null ? null : measures.get(i.measure());
			if (kind == null) {
				throw RuleViolationException.rule("indicator-unknown-measure", i.code(), i.measure());
			}
			if (i.formula() == Formula.RATE && kind != AgencyMeasures.Kind.RATE) {
				throw RuleViolationException.rule("indicator-rate-of-count", i.code(), i.measure());
			}
			if (i.formula() == Formula.DEDUCTION && i.perItem() == null) {
				throw new FieldRejectedException("perItem", "required");
			}
			BigDecimal floor = i.floor() == null ? BigDecimal.ZERO : i.floor();
			BigDecimal target = i.target() == null ? BigDecimal.ONE : i.target();
			if (target.compareTo(floor) <= 0) {
				throw RuleViolationException.rule("indicator-target-not-above-floor", i.code());
			}
		}
		if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
			throw RuleViolationException.rule("weights-not-100", sum.stripTrailingZeros().toPlainString());
		}
		jdbc.sql("delete from supervision.indicator where year = :y").param("y", year).update();
		int position = 0;
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Indicator i : indicators) {
			jdbc.sql(
					"""
							insert into supervision.indicator (year, code, name, formula, measure, weight, floor_value, target,
							    per_item, position, defined_by, defined_at)
							values (:y, :code, :name, :formula, :measure, :weight, :floor, :target, :perItem, :position, :by, :at)
							""")
				.param("y", year)
				.param("code", i.code())
				.param("name", i.name().strip())
				.param("formula", i.formula().name())
				.param("measure", i.formula() == Formula.MANUAL ? null : i.measure())
				.param("weight", i.weight())
				.param("floor", i.floor() == null ? BigDecimal.ZERO : i.floor())
				.param("target", i.target() == null ? BigDecimal.ONE : i.target())
				.param("perItem", i.perItem())
				.param("position", position++)
				.param("by", actor.accountId())
				.param("at", now)
				.update();
		}
		return of(year);
	}

	/** The year's indicators in their order (empty when not defined). */
	@Transactional(readOnly = true)
	public List<Indicator> of(int year) {
		actors.require(Role.SUPERVISOR, Role.AGENCY_HEAD, Role.ADMIN, Role.OFFICER);
		return jdbc.sql("""
				select code, name, formula, measure, weight, floor_value, target, per_item from supervision.indicator
				where year = :y order by position
				""")
			.param("y", year)
			.query((rs, n) -> new Indicator(rs.getString(1), rs.getString(2), Formula.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
					rs.getBigDecimal(8)))
			.list();
	}

	/** The suggested system: the platform's measures and the supervisors' inspection. */
	public static List<Indicator> suggested() {
		return List.of(
				new Indicator("GUIDED_FIRST", "指导先行率（作出处罚决定的案件中先行指导的比例）", Formula.RATE, "GUIDANCE_BEFORE_PENALTY",
						new BigDecimal("15"), new BigDecimal("0"), new BigDecimal("0.6"), null),
				new Indicator("MEDIATION", "行政调解成功率", Formula.RATE, "MEDIATION_SUCCESS", new BigDecimal("10"),
						new BigDecimal("0.3"), new BigDecimal("0.9"), null),
				new Indicator("FOLLOW_UP", "回访完成率", Formula.RATE, "FOLLOW_UP_COMPLETION", new BigDecimal("10"),
						new BigDecimal("0.5"), new BigDecimal("1"), null),
				new Indicator("RECTIFIED", "整改到位率", Formula.RATE, "RECTIFICATION_RATE", new BigDecimal("15"),
						new BigDecimal("0.5"), new BigDecimal("1"), null),
				new Indicator("WARNINGS", "风险预警及时处置率", Formula.RATE, "WARNINGS_HANDLED_IN_TIME", new BigDecimal("10"),
						new BigDecimal("0.5"), new BigDecimal("1"), null),
				new Indicator("SATISFACTION", "服务满意度", Formula.RATE, "SERVICE_SATISFACTION", new BigDecimal("10"),
						new BigDecimal("0.6"), new BigDecimal("1"), null),
				new Indicator("COMPLAINTS", "执法作风投诉（每件扣 2 分）", Formula.DEDUCTION, "CONDUCT_COMPLAINTS",
						new BigDecimal("10"), null, null, new BigDecimal("2")),
				new Indicator("TRAINING", "培训考试合格率", Formula.RATE, "TRAINING_COMPLETION", new BigDecimal("5"),
						new BigDecimal("0.5"), new BigDecimal("1"), null),
				new Indicator("INSPECTION", "监督检查评分（司法局实地检查）", Formula.MANUAL, null, new BigDecimal("15"), null, null,
						null));
	}

}
