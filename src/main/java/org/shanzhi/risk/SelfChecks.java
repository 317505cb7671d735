package org.shanzhi.risk;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyView;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-check and self-correction (R4, LY9 自查自纠): a party signed in answers every risk
 * point of the catalogues in effect for its category — compliant, at risk, or unsure —
 * and gets its own list of risks with the guidance measures, kept on its account.
 */
@Service
@Validated
public class SelfChecks {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final RiskCatalogues catalogues;

	private final Parties parties;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	SelfChecks(RiskCatalogues catalogues, Parties parties, Actors actors, JdbcClient jdbc, Clock clock) {
		this.catalogues = catalogues;
		this.parties = parties;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The points the signed-in party checks itself against: those of its category. */
	@Transactional(readOnly = true)
	public List<RiskCatalogues.PublishedPoint> questions() {
		PartyView party = me();
		return catalogues.published(party.category(), null, null);
	}

	/** Saves a self-check answering every point; returns it with the party's risks. */
	@Transactional
	public SelfCheckView check(@Valid Answers answers) {
		Actor actor = actors.current();
		PartyView party = me();
		List<RiskCatalogues.PublishedPoint> points = catalogues.published(party.category(), null, null);
		if (points.isEmpty()) {
			throw RuleViolationException.rule("no-catalogue-for-category");
		}
		Map<UUID, RiskCatalogues.PublishedPoint> byId = new HashMap<>();
		points.forEach(p -> byId.put(p.id(), p));
		Map<UUID, Answer> given = new HashMap<>();
		for (int i = 0; i < answers.answers().size(); i++) {
			PointAnswer a = answers.answers().get(i);
			if (!byId.containsKey(a.riskPointId())) {
				throw new FieldRejectedException("answers[" + i + "].riskPointId", "unknownRecord");
			}
			given.put(a.riskPointId(), a.answer());
		}
		long missing = points.stream().filter(p -> !given.containsKey(p.id())).count();
		if (missing > 0) {
			throw RuleViolationException.rule("self-check-incomplete", missing);
		}
		List<Item> items = new ArrayList<>();
		for (RiskCatalogues.PublishedPoint p : points) {
			items.add(new Item(p.id(), p.agencyName(), p.title(), p.grade(), given.get(p.id()), p.guidanceMeasures(),
					p.legalBasis().stream().map(b -> b.law() + b.article()).reduce((x, y) -> x + "；" + y).orElse("")));
		}
		int risks = (int) items.stream().filter(Item::atRisk).count();
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into risk.self_check (id, party_id, account_id, party_category, answers, risks, created_at)
				values (:id, :party, :account, :category, cast(:answers as jsonb), :risks, :at)
				""")
			.param("id", id)
			.param("party", party.id())
			.param("account", actor.accountId())
			.param("category", party.category().name())
			.param("answers", JSON.writeValueAsString(items))
			.param("risks", risks)
			.param("at", now)
			.update();
		return SelfCheckView.of(id, party.category(), beijing(now), risks, items);
	}

	/** The signed-in party's self-checks, newest first. */
	@Transactional(readOnly = true)
	public List<SelfCheckView> mine() {
		return select(me().id(), null, 50);
	}

	/** One of the signed-in party's self-checks. */
	@Transactional(readOnly = true)
	public SelfCheckView get(UUID id) {
		return select(me().id(), id, 1).stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("self-check", id));
	}

	private List<SelfCheckView> select(UUID partyId, UUID id, int limit) {
		return jdbc
			.sql("select id, party_category, created_at, risks, answers::text from risk.self_check"
					+ " where party_id = :party and (cast(:id as uuid) is null or id = cast(:id as uuid))"
					+ " order by created_at desc limit :limit")
			.param("party", partyId)
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> SelfCheckView.of(rs.getObject(1, UUID.class), PartyCategory.valueOf(rs.getString(2)),
					beijing(rs.getObject(3, OffsetDateTime.class)), rs.getInt(4),
					JSON.readValue(rs.getString(5), new TypeReference<List<Item>>() {
					})))
			.list();
	}

	/** Times are shown, like every time, in Beijing time. */
	private static OffsetDateTime beijing(OffsetDateTime t) {
		return t.atZoneSameInstant(RiskCatalogues.ZONE).toOffsetDateTime();
	}

	private PartyView me() {
		Actor actor = actors.current();
		if (!actor.isPublic() || actor.partyId() == null) {
			throw new AccessDeniedException("a party's own self-check");
		}
		return parties.get(actor.partyId());
	}

	public enum Answer {

		/** The party meets the point's requirements. */
		COMPLIANT,
		/** The party sees the risk in its own business. */
		AT_RISK,
		/** The party cannot tell: treated as a risk to look into. */
		UNSURE

	}

	public record PointAnswer(@NotNull UUID riskPointId, @NotNull Answer answer) {
	}

	public record Answers(@NotEmpty @Size(max = 500) List<@Valid @NotNull PointAnswer> answers) {
	}

	/** A point as answered, with what to do about it. */
	public record Item(UUID riskPointId, String agencyName, String title, Grade grade, Answer answer,
			String guidanceMeasures, String legalBasis) {

		public boolean atRisk() {
			return answer != Answer.COMPLIANT;
		}

	}

	/** A self-check and the party's risks in it, the highest grades first. */
	public record SelfCheckView(UUID id, PartyCategory partyCategory, OffsetDateTime checkedAt, int risks,
			List<Item> items, List<Item> riskList) {

		static SelfCheckView of(UUID id, PartyCategory category, OffsetDateTime at, int risks, List<Item> items) {
			return new SelfCheckView(id, category, at, risks, items,
					items.stream().filter(Item::atRisk).sorted(java.util.Comparator.comparing(Item::grade)).toList());
		}

	}

}
