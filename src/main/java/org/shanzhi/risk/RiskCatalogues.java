package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.risk.internal.ConsultationCommentRepository;
import org.shanzhi.risk.internal.PointContent;
import org.shanzhi.risk.internal.RiskCatalogue;
import org.shanzhi.risk.internal.RiskCatalogueRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.Role;
import org.shanzhi.shared.ChineseText;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The agencies' catalogues of risk points (R1-R3): points written into the draft of the
 * agency's catalogue for a party category and graded with the agency's matrix, the
 * consultation opened and the catalogue published by the agency head, new versions drawn
 * from the published one, and the catalogues in effect as the public reads them.
 */
@Service
@Validated
public class RiskCatalogues {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	static final Role[] WRITERS = { Role.OFFICER, Role.AGENCY_HEAD };

	static final Role[] READERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR,
			Role.ADMIN };

	private final RiskCatalogueRepository catalogues;

	private final ConsultationCommentRepository comments;

	private final Agencies agencies;

	private final ViolationTypes violationTypes;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	RiskCatalogues(RiskCatalogueRepository catalogues, ConsultationCommentRepository comments, Agencies agencies,
			ViolationTypes violationTypes, Actors actors, JdbcClient jdbc, Clock clock) {
		this.catalogues = catalogues;
		this.comments = comments;
		this.agencies = agencies;
		this.violationTypes = violationTypes;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a point to the draft of the actor's agency's catalogue for the point's
	 * category, opening a new draft (the next version) when there is none; refused (409)
	 * while that catalogue is in consultation.
	 */
	@Transactional
	public RiskPointView addPoint(@Valid RiskCommands.PointInput input) {
		Actor actor = actors.require(WRITERS);
		UUID agency = actor.requireAgency();
		PointContent content = content(agency, input);
		RiskCatalogue c = catalogues.open(agency, input.partyCategory().name())
			.orElseGet(() -> newDraft(agency, input.partyCategory(), actor));
		UUID pointId = c.addPoint(content);
		catalogues.saveAndFlush(c);
		return c.pointViews().stream().filter(p -> p.id().equals(pointId)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public RiskPointView point(UUID id) {
		actors.require(READERS);
		return catalogueOfPoint(id).pointViews()
			.stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> NotFoundException.forId("risk-point", id));
	}

	/** Changes a point of a draft; its category is its catalogue's. */
	@Transactional
	public RiskPointView changePoint(UUID id, @Valid RiskCommands.PointInput input) {
		Actor actor = actors.require(WRITERS);
		RiskCatalogue c = own(catalogueOfPoint(id), actor);
		if (!c.partyCategory().equals(input.partyCategory().name())) {
			throw RuleViolationException.rule("point-category-fixed", c.partyCategory());
		}
		c.changePoint(id, content(c.agencyId(), input));
		catalogues.saveAndFlush(c);
		return point(id);
	}

	@Transactional
	public void removePoint(UUID id) {
		Actor actor = actors.require(WRITERS);
		RiskCatalogue c = own(catalogueOfPoint(id), actor);
		c.removePoint(id);
		catalogues.saveAndFlush(c);
	}

	@Transactional(readOnly = true)
	public RiskCatalogueView catalogue(UUID id) {
		actors.require(READERS);
		return load(id).view();
	}

	/** The catalogues of the actor's agency (or of {@code agencyId} for supervisors). */
	@Transactional(readOnly = true)
	public List<RiskCatalogueView> catalogues(UUID agencyId) {
		Actor actor = actors.require(READERS);
		UUID agency = agencyId == null ? actor.requireAgency() : agencyId;
		if (!actors.scope().includes(agency)) {
			throw new AccessDeniedException("another agency's catalogues");
		}
		return catalogues.ofAgency(agency).stream().map(RiskCatalogue::view).toList();
	}

	/** Opens the draft's consultation (AGENCY_HEAD). */
	@Transactional
	public RiskCatalogueView openConsultation(UUID id, @Valid RiskCommands.Consultation command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		RiskCatalogue c = own(load(id), actor);
		c.openConsultation(command.opensOn(), command.closesOn(), command.channels(), today());
		return catalogues.saveAndFlush(c).view();
	}

	/**
	 * Publishes a catalogue whose consultation closed with every comment answered
	 * (AGENCY_HEAD); it is in effect from its date until a later version's.
	 */
	@Transactional
	public RiskCatalogueView publish(UUID id, @Valid RiskCommands.Publish command) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		RiskCatalogue c = own(load(id), actor);
		c.publish(command.effectiveFrom(), command.consultationSummary(), comments.unanswered(id), actor.accountId(),
				today(), OffsetDateTime.now(clock));
		return catalogues.saveAndFlush(c).view();
	}

	/**
	 * A new draft version from a published catalogue, its points copied, to be revised,
	 * put to consultation and published in turn.
	 */
	@Transactional
	public RiskCatalogueView revise(UUID publishedId) {
		Actor actor = actors.require(WRITERS);
		RiskCatalogue published = own(load(publishedId), actor);
		if (published.status() != CatalogueStatus.PUBLISHED) {
			throw RuleViolationException.conflict("catalogue-transition-not-allowed", "revise",
					published.status().name());
		}
		if (catalogues.open(published.agencyId(), published.partyCategory()).isPresent()) {
			throw RuleViolationException.conflict("catalogue-draft-exists");
		}
		RiskCatalogue draft = newDraft(published.agencyId(), PartyCategory.valueOf(published.partyCategory()), actor);
		for (RiskPointView p : published.pointViews()) {
			draft.copyPoint(new PointContent(p.title(), p.violationForm(), p.causes(), p.harm(), p.likelihood(),
					p.legalBasis(), p.harmRating(), p.likelihoodRating(), p.proposedGrade(), p.grade(),
					p.overrideReason(), p.guidanceMethod(), p.guidanceMeasures(), p.violationCode(),
					terms(p.title(), p.violationForm(), p.causes(), p.harm(), p.guidanceMeasures())));
		}
		return catalogues.saveAndFlush(draft).view();
	}

	/** The agency's grading matrix: its own, or the platform's default. */
	@Transactional(readOnly = true)
	public GradeMatrix matrix(UUID agencyId) {
		return jdbc.sql("select cells from risk.grade_matrix where agency_id = :a")
			.param("a", agencyId)
			.query(String.class)
			.optional()
			.map(GradeMatrix::new)
			.orElse(GradeMatrix.DEFAULT);
	}

	/** Sets the matrix of the head's agency; points graded from now on use it. */
	@Transactional
	public GradeMatrix setMatrix(@Valid GradeMatrix matrix) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		jdbc.sql("""
				insert into risk.grade_matrix (agency_id, cells, updated_by, updated_at) values (:a, :cells, :by, now())
				on conflict (agency_id) do update set cells = excluded.cells, updated_by = excluded.updated_by,
				  updated_at = now()
				""")
			.param("a", actor.requireAgency())
			.param("cells", matrix.cells())
			.param("by", actor.accountId())
			.update();
		return matrix;
	}

	/**
	 * The points of the catalogues in effect today, as the public reads them (R3): of a
	 * category, of an agency, matching the words of {@code q}; by agency, category and
	 * position.
	 */
	@Transactional(readOnly = true)
	public List<PublishedPoint> published(PartyCategory category, UUID agencyId, String q) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today());
		StringBuilder where = new StringBuilder();
		if (category != null) {
			where.append(" and c.party_category = :category");
			params.put("category", category.name());
		}
		if (agencyId != null) {
			where.append(" and c.agency_id = :agency");
			params.put("agency", agencyId);
		}
		List<String> words = q == null ? List.of() : ChineseText.queryTerms(q);
		if (!words.isEmpty()) {
			where.append(" and p.search_terms @> cast(:terms as text[])");
			params.put("terms", words.toArray(String[]::new));
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		agencies.all().forEach(a -> names.put(a.id(), a.name()));
		return jdbc
			.sql("""
					with current as (
					  select distinct on (agency_id, party_category) id, agency_id, party_category, version_no, effective_from
					  from risk.risk_catalogue
					  where status = 'PUBLISHED' and effective_from <= :today
					  order by agency_id, party_category, effective_from desc, version_no desc)
					select p.id, c.id, c.agency_id, c.party_category, c.version_no, c.effective_from, p.position, p.title,
					       p.violation_form, p.causes, p.harm, p.likelihood, p.legal_basis::text, p.grade, p.guidance_method,
					       p.guidance_measures
					from current c join risk.risk_point p on p.catalogue_id = c.id
					where true"""
					+ where + " order by c.agency_id, c.party_category, p.position limit 2000")
			.params(params)
			.query((rs, n) -> new PublishedPoint(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), names.get(rs.getObject(3, UUID.class)), rs.getString(4), rs.getInt(5),
					rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getString(12), bases(rs.getString(13)), Grade.valueOf(rs.getString(14)),
					rs.getString(15), rs.getString(16)))
			.list();
	}

	/**
	 * The catalogues the public may see with their consultation (R2): those in
	 * consultation (open for comments today, or closed and awaiting publication) and, by
	 * id, published ones; no draft.
	 */
	@Transactional(readOnly = true)
	public List<RiskCatalogueView> inConsultation() {
		return catalogues.findAll()
			.stream()
			.filter(c -> c.status() == CatalogueStatus.CONSULTATION && c.openForComments(today()))
			.map(RiskCatalogue::view)
			.toList();
	}

	/** A catalogue in consultation or published, as the public sees it; no draft. */
	@Transactional(readOnly = true)
	public RiskCatalogueView publicView(UUID id) {
		return catalogues.findById(id)
			.filter(c -> c.status() != CatalogueStatus.DRAFT)
			.map(RiskCatalogue::view)
			.orElseThrow(() -> NotFoundException.forId("risk-catalogue", id));
	}

	/** A point of a catalogue in effect, as published. */
	public record PublishedPoint(UUID id, UUID catalogueId, UUID agencyId, String agencyName, String partyCategory,
			int versionNo, LocalDate effectiveFrom, int position, String title, String violationForm, String causes,
			String harm, String likelihood, List<LegalBasis> legalBasis, Grade grade, String guidanceMethod,
			String guidanceMeasures) {
	}

	/**
	 * The title of a point of a published or draft catalogue of {@code agencyId}, for the
	 * guidance acts that name it (G4, R4).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> titleFor(UUID pointId, UUID agencyId) {
		return jdbc
			.sql("select p.title from risk.risk_point p join risk.risk_catalogue c on c.id = p.catalogue_id"
					+ " where p.id = :p and c.agency_id = :a")
			.param("p", pointId)
			.param("a", agencyId)
			.query(String.class)
			.optional();
	}

	private PointContent content(UUID agency, RiskCommands.PointInput in) {
		Grade proposed = null;
		Grade grade = in.grade();
		String override = blank(in.overrideReason()) ? null : in.overrideReason().strip();
		if (in.harmRating() != null || in.likelihoodRating() != null) {
			if (in.harmRating() == null) {
				throw new FieldRejectedException("harmRating", "required");
			}
			if (in.likelihoodRating() == null) {
				throw new FieldRejectedException("likelihoodRating", "required");
			}
			proposed = matrix(agency).propose(in.harmRating(), in.likelihoodRating());
			if (grade == null) {
				grade = proposed;
			}
			if (grade != proposed && override == null) {
				throw RuleViolationException.rule("grade-override-needs-reason", proposed.name(), grade.name());
			}
			if (grade == proposed) {
				override = null;
			}
		}
		else if (grade == null) {
			throw new FieldRejectedException("grade", "required");
		}
		else {
			override = null;
		}
		String code = blank(in.violationCode()) ? null : in.violationCode().strip();
		if (code != null && violationTypes.find(agency, code).isEmpty()) {
			throw new FieldRejectedException("violationCode", "unknownRecord");
		}
		return new PointContent(in.title().strip(), in.violationForm().strip(), in.causes().strip(), in.harm().strip(),
				in.likelihood().strip(), in.legalBasis(), in.harmRating(), in.likelihoodRating(), proposed, grade,
				override, blank(in.guidanceMethod()) ? null : in.guidanceMethod().strip(),
				in.guidanceMeasures().strip(), code,
				terms(in.title(), in.violationForm(), in.causes(), in.harm(), in.guidanceMeasures()));
	}

	private static List<String> terms(String... texts) {
		return ChineseText.terms(texts);
	}

	private RiskCatalogue newDraft(UUID agency, PartyCategory category, Actor actor) {
		int next = catalogues.lastVersion(agency, category.name()) + 1;
		String title = agencies.get(agency).name() + "行政相对人违法风险点清单（"
				+ CATEGORY_NAMES.getOrDefault(category, category.name()) + "，第" + next + "版）";
		return new RiskCatalogue(UUID.randomUUID(), agency, category.name(), next, title, actor.accountId(),
				OffsetDateTime.now(clock));
	}

	private RiskCatalogue catalogueOfPoint(UUID pointId) {
		AgencyScope scope = actors.scope();
		return catalogues.ofPoint(pointId)
			.filter(c -> scope.includes(c.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("risk-point", pointId));
	}

	private RiskCatalogue load(UUID id) {
		AgencyScope scope = actors.scope();
		return catalogues.findById(id)
			.filter(c -> scope.includes(c.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("risk-catalogue", id));
	}

	private static RiskCatalogue own(RiskCatalogue c, Actor actor) {
		if (!c.agencyId().equals(actor.agencyId())) {
			throw new AccessDeniedException("only the catalogue's agency changes it");
		}
		return c;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private static List<LegalBasis> bases(String json) {
		List<LegalBasis> list = new ArrayList<>();
		JSON.readTree(json)
			.forEach(n -> list.add(new LegalBasis(n.get("law").asString(), n.get("article").asString())));
		return list;
	}

	/** The Chinese names of the party categories in catalogue titles. */
	public static final Map<PartyCategory, String> CATEGORY_NAMES = Map.ofEntries(
			Map.entry(PartyCategory.CATERING, "餐饮服务"), Map.entry(PartyCategory.FOOD_PRODUCTION, "食品生产"),
			Map.entry(PartyCategory.RETAIL, "商品零售"), Map.entry(PartyCategory.PHARMACY, "药品零售"),
			Map.entry(PartyCategory.CONSTRUCTION, "建筑施工"), Map.entry(PartyCategory.TRANSPORT, "道路运输"),
			Map.entry(PartyCategory.MANUFACTURING, "工业制造"), Map.entry(PartyCategory.HAZARDOUS_CHEMICALS, "危险化学品"),
			Map.entry(PartyCategory.MEDICAL, "医疗机构"), Map.entry(PartyCategory.EDUCATION, "教育培训"),
			Map.entry(PartyCategory.ACCOMMODATION, "住宿"), Map.entry(PartyCategory.ENTERTAINMENT, "娱乐场所"),
			Map.entry(PartyCategory.REAL_ESTATE, "房地产"), Map.entry(PartyCategory.MINING, "矿山"),
			Map.entry(PartyCategory.AGRICULTURE, "农业"), Map.entry(PartyCategory.EMPLOYER, "用人单位"),
			Map.entry(PartyCategory.RESIDENT, "居民"), Map.entry(PartyCategory.OTHER, "其他"));

}
