package org.shanzhi.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.PartyKind;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.ListExport;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.PageRequests;
import org.shanzhi.shared.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 公示 of penalty decisions (APL art. 48), read by everybody without signing in: the
 * ordinary-procedure decisions imposing a penalty, published when delivered and withdrawn
 * when revoked (then 404 and out of the lists). Only what may be published is kept: a
 * natural person's name and identifier are masked before they are written.
 * <p>
 * Masking: a person's name keeps its surname — the first character, or the first two of a
 * compound surname (欧阳, 司马, …) when the name is longer than two characters — and every
 * other character is a {@code *} (张三 → 张*, 张三丰 → 张**, 欧阳修 → 欧阳*, 欧阳娜娜 → 欧阳**); an
 * identifier keeps its first 6 and last 4 characters with a {@code *} for each between
 * (410302199001011234 → 410302********1234). An organisation's name and credit code are
 * published as they are.
 */
@Service
public class PenaltyPublications {

	/** The compound surnames kept whole when a person's name is masked. */
	static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
			"长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "申屠", "澹台", "公冶", "太史", "钟离", "闻人", "赫连", "呼延",
			"百里", "东郭", "万俟", "濮阳", "淳于", "单于", "拓跋", "第五", "左丘", "公羊", "谷梁", "壤驷", "巫马", "漆雕", "乐正", "宰父", "羊舌", "梁丘",
			"鲜于", "仲孙", "叔孙", "子车", "颛孙", "亓官");

	private static final String COLUMNS = "document_number, agency_name, party_name, party_identifier, violation, "
			+ "penalties, legal_basis, decided_on, published_on";

	private final JdbcClient jdbc;

	PenaltyPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the decisions published and not withdrawn, newest first: of an agency,
	 * with {@code q} in the party's name as shown, the document number or the violation,
	 * decided between {@code from} and {@code to} (both included).
	 */
	@Transactional(readOnly = true)
	public PageView<PublishedDecision> search(UUID agencyId, String q, LocalDate from, LocalDate to, Integer page,
			Integer size) {
		PageRequest paging = PageRequests.of(page, size, Sort.unsorted());
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(agencyId, q, from, to, params);
		long total = jdbc.sql("select count(*) from enforcement.penalty_publication where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<PublishedDecision> items = jdbc
			.sql("select " + COLUMNS + " from enforcement.penalty_publication where " + where
					+ " order by published_on desc, decided_on desc, document_number desc limit :limit offset :offset")
			.params(params)
			.param("limit", paging.getPageSize())
			.param("offset", paging.getOffset())
			.query((rs, n) -> view(rs))
			.list();
		return new PageView<>(items, paging.getPageNumber(), paging.getPageSize(), total);
	}

	/**
	 * Every decision {@link #search} finds (an export), up to
	 * {@link ListExport#MAX_ROWS}.
	 */
	@Transactional(readOnly = true)
	public List<PublishedDecision> all(UUID agencyId, String q, LocalDate from, LocalDate to) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(agencyId, q, from, to, params);
		return jdbc
			.sql("select " + COLUMNS + " from enforcement.penalty_publication where " + where
					+ " order by published_on desc, decided_on desc, document_number desc limit " + ListExport.MAX_ROWS)
			.params(params)
			.query((rs, n) -> view(rs))
			.list();
	}

	/** The decision published under that number; 404 when unknown or withdrawn. */
	@Transactional(readOnly = true)
	public PublishedDecision get(String documentNumber) {
		return jdbc
			.sql("select " + COLUMNS + " from enforcement.penalty_publication "
					+ "where document_number = :number and withdrawn_at is null")
			.param("number", documentNumber == null ? "" : documentNumber)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("penalty-decision", documentNumber));
	}

	/**
	 * Publishes a decision (in the caller's transaction); a number published or withdrawn
	 * before stays as it is (an event delivered again, or a revocation that came first).
	 * @return whether it was published now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean publish(Publication p) {
		return jdbc
			.sql("""
					insert into enforcement.penalty_publication (document_number, case_id, agency_id, agency_name, party_kind,
					    party_name, party_identifier, violation, penalties, legal_basis, decided_on, published_on, published_at)
					values (:number, :case, :agency, :agencyName, :kind, :name, :identifier, :violation, :penalties, :basis,
					    :decidedOn, :publishedOn, :at)
					on conflict (document_number) do nothing
					""")
			.param("number", p.documentNumber())
			.param("case", p.caseId())
			.param("agency", p.agencyId())
			.param("agencyName", p.agencyName())
			.param("kind", p.partyKind().name())
			.param("name", maskName(p.partyKind(), p.partyName()))
			.param("identifier", maskIdentifier(p.partyKind(), p.partyIdentifier()))
			.param("violation", cut(p.violation(), 200))
			.param("penalties", cut(p.penalties(), 4000))
			.param("basis", cut(p.legalBasis(), 400))
			.param("decidedOn", p.decidedOn())
			.param("publishedOn", CaseDocuments.day(p.at()))
			.param("at", p.at())
			.update() == 1;
	}

	/**
	 * Withdraws the publication of a revoked decision (in the caller's transaction): from
	 * now on 404 and out of the lists. A revocation arriving before the publication is
	 * kept, so that the publication does not show it afterwards.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(String documentNumber, UUID caseId, UUID agencyId, String reason, OffsetDateTime at) {
		int withdrawn = jdbc.sql("""
				update enforcement.penalty_publication set withdrawn_at = :at, withdrawal_reason = :reason
				 where document_number = :number and withdrawn_at is null
				""").param("at", at).param("reason", cut(reason, 2000)).param("number", documentNumber).update();
		if (withdrawn == 0) {
			jdbc.sql("""
					insert into enforcement.penalty_publication (document_number, case_id, agency_id, withdrawn_at,
					    withdrawal_reason)
					values (:number, :case, :agency, :at, :reason)
					on conflict (document_number) do nothing
					""")
				.param("number", documentNumber)
				.param("case", caseId)
				.param("agency", agencyId)
				.param("at", at)
				.param("reason", cut(reason, 2000))
				.update();
		}
	}

	/** What a decision's publication is made of, before masking. */
	public record Publication(String documentNumber, UUID caseId, UUID agencyId, String agencyName, PartyKind partyKind,
			String partyName, String partyIdentifier, String violation, String penalties, String legalBasis,
			LocalDate decidedOn, OffsetDateTime at) {
	}

	/**
	 * A party's name as published: a natural person's surname and a * for each other
	 * character.
	 */
	public static String maskName(PartyKind kind, String name) {
		if (kind != PartyKind.PERSON || name == null) {
			return name;
		}
		String n = name.strip();
		int codePoints = n.codePointCount(0, n.length());
		if (codePoints < 2) {
			return n;
		}
		int kept = codePoints > 2 && COMPOUND_SURNAMES.contains(n.substring(0, n.offsetByCodePoints(0, 2))) ? 2 : 1;
		return n.substring(0, n.offsetByCodePoints(0, kept)) + "*".repeat(codePoints - kept);
	}

	/**
	 * A party's identifier as published: a natural person's first 6 and last 4 characters
	 * with a * for each between; an organisation's credit code whole.
	 */
	public static String maskIdentifier(PartyKind kind, String identifier) {
		if (kind != PartyKind.PERSON || identifier == null) {
			return identifier;
		}
		String id = identifier.strip();
		if (id.length() <= 10) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

	private static String where(UUID agencyId, String q, LocalDate from, LocalDate to, Map<String, Object> params) {
		if (q != null && q.strip().length() > 100) {
			throw new FieldRejectedException("q", "tooLong");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new FieldRejectedException("to", "beforeFrom");
		}
		List<String> conditions = new ArrayList<>(List.of("withdrawn_at is null"));
		if (agencyId != null) {
			conditions.add("agency_id = :agency");
			params.put("agency", agencyId);
		}
		if (q != null && !q.isBlank()) {
			conditions.add("search_text like :pattern escape '\\'");
			params.put("pattern", new ListQuery(q.strip(), null, true, 0).likePattern().toLowerCase(Locale.ROOT));
		}
		if (from != null) {
			conditions.add("decided_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			conditions.add("decided_on <= :to");
			params.put("to", to);
		}
		return String.join(" and ", conditions);
	}

	private static PublishedDecision view(ResultSet rs) throws SQLException {
		return new PublishedDecision(rs.getString("document_number"), rs.getString("agency_name"),
				rs.getString("party_name"), rs.getString("party_identifier"), rs.getString("violation"),
				rs.getString("penalties"), rs.getString("legal_basis"), rs.getObject("decided_on", LocalDate.class),
				rs.getObject("published_on", LocalDate.class));
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
