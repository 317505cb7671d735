package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.shanzhi.documents.DocumentNumbers;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.SharedRecordType;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of the cases (API.md, "documents"): each issued once, inside the
 * transaction of the step that issues it, with the next number of the agency for its kind
 * and year (e.g. 河市监罚〔2026〕0001号) and its content as issued, from which its PDF is
 * printed again at any time. A later notice is a new document ({@code prior-notice-2}).
 */
@Service
public class CaseDocuments {

	static final ZoneId SHANGHAI = org.shanzhi.shared.PeopleTime.ZONE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final DocumentNumbers numbers;

	private final DocumentRenderer renderer;

	private final CaseRepository cases;

	private final Actors actors;

	CaseDocuments(JdbcClient jdbc, DocumentNumbers numbers, DocumentRenderer renderer, CaseRepository cases,
			Actors actors) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.renderer = renderer;
		this.cases = cases;
		this.actors = actors;
	}

	/**
	 * Issues a document of the case: numbered with the agency's next number of
	 * {@code numberKind} (e.g. 罚; {@code null}: a record without a number, such as a 笔录
	 * of a hearing), its content made for that number. Runs in the step's transaction.
	 * @param kind the kind in the case, e.g. {@code decision}, {@code inquiry-record-1}
	 * @return the document as listed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseDocumentView issue(UUID caseId, UUID agencyId, String kind, String numberKind, String title,
			OffsetDateTime now, Function<String, OfficialDocument> content) {
		String number = numberKind == null ? null
				: numbers
					.next(agencyId, numberKind, now.atZoneSameInstant(SHANGHAI).getYear(), "ENFORCEMENT_CASE", caseId)
					.text();
		OfficialDocument document = content.apply(number);
		jdbc.sql("""
				insert into enforcement.case_document (id, case_id, agency_id, kind, number, title, issued_at, content)
				values (:id, :case, :agency, :kind, :number, :title, :at, cast(:content as jsonb))
				""")
			.param("id", UUID.randomUUID())
			.param("case", caseId)
			.param("agency", agencyId)
			.param("kind", kind)
			.param("number", number)
			.param("title", title)
			.param("at", now)
			.param("content", JSON.writeValueAsString(document))
			.update();
		return new CaseDocumentView(kind, number, title, now, null, href(caseId, kind));
	}

	/**
	 * The kind of the next document of a numbered series in the case, e.g.
	 * {@code inquiry-record-3} after two.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String nextInSeries(UUID caseId, String series) {
		int n = jdbc.sql("select count(*) from enforcement.case_document where case_id = :case and kind ~ :pattern")
			.param("case", caseId)
			.param("pattern", "^" + series + "-[0-9]+$")
			.query(Integer.class)
			.single();
		return series + "-" + (n + 1);
	}

	/**
	 * The kind of a document the case usually has once, e.g.
	 * {@code legal-review-opinion}, and then {@code legal-review-opinion-2}, {@code -3}
	 * for a second and third.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String nextOf(UUID caseId, String kind) {
		if (issued(caseId, kind).isEmpty()) {
			return kind;
		}
		int n = jdbc.sql("select count(*) from enforcement.case_document where case_id = :case and kind ~ :pattern")
			.param("case", caseId)
			.param("pattern", "^" + kind + "-[0-9]+$")
			.query(Integer.class)
			.single();
		return kind + "-" + (n + 2);
	}

	/** Records the delivery of a document of the case (its first delivery stays). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void delivered(UUID caseId, String kind, OffsetDateTime at) {
		jdbc.sql("""
				update enforcement.case_document set delivered_at = :at
				 where case_id = :case and kind = :kind and delivered_at is null
				""").param("at", at).param("case", caseId).param("kind", kind).update();
	}

	/**
	 * The document of that kind in the case, when issued (no access check: the caller's).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CaseDocumentView> issued(UUID caseId, String kind) {
		return jdbc
			.sql("select kind, number, title, issued_at, delivered_at from enforcement.case_document "
					+ "where case_id = :case and kind = :kind")
			.param("case", caseId)
			.param("kind", kind)
			.query((rs, n) -> view(caseId, rs))
			.optional();
	}

	/** The documents of a case the reader may read, in the order they were issued. */
	@Transactional(readOnly = true)
	public List<CaseDocumentView> list(UUID caseId) {
		readable(caseId);
		return jdbc
			.sql("select kind, number, title, issued_at, delivered_at from enforcement.case_document "
					+ "where case_id = :case order by issued_at, kind")
			.param("case", caseId)
			.query((rs, n) -> view(caseId, rs))
			.list();
	}

	/** The document's PDF; 409 {@code document-not-issuable} for a kind not issued. */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID caseId, String kind) {
		CaseStatus status = readable(caseId).status();
		return renderer.pdf(content(caseId, kind, status.name()));
	}

	/**
	 * The document as issued; 409 {@code document-not-issuable} for a kind not issued.
	 */
	@Transactional(readOnly = true)
	public OfficialDocument content(UUID caseId, String kind) {
		return content(caseId, kind, cases.findById(caseId).map(c -> c.status().name()).orElse(""));
	}

	private OfficialDocument content(UUID caseId, String kind, String status) {
		return jdbc.sql("select content from enforcement.case_document where case_id = :case and kind = :kind")
			.param("case", caseId)
			.param("kind", kind)
			.query(String.class)
			.optional()
			.map(text -> JSON.readValue(text, OfficialDocument.class))
			.orElseThrow(() -> RuleViolationException.conflict("document-not-issuable", kind, status));
	}

	/** The date a document is signed on: the day of {@code now} in Shanghai. */
	public static LocalDate day(OffsetDateTime now) {
		return now.atZoneSameInstant(SHANGHAI).toLocalDate();
	}

	private org.shanzhi.enforcement.internal.EnforcementCase readable(UUID caseId) {
		actors.require(EnforcementCases.READERS);
		AgencyScope scope = actors.readScope(SharedRecordType.VIOLATIONS);
		return cases.findById(caseId)
			.filter(c -> scope.includes(c.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", caseId));
	}

	private static CaseDocumentView view(UUID caseId, java.sql.ResultSet rs) throws java.sql.SQLException {
		String kind = rs.getString("kind");
		return new CaseDocumentView(kind, rs.getString("number"), rs.getString("title"),
				rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("delivered_at", OffsetDateTime.class),
				href(caseId, kind));
	}

	static String href(UUID caseId, String kind) {
		return "/api/v1/enforcement-cases/" + caseId + "/documents/" + kind + ".pdf";
	}

}
