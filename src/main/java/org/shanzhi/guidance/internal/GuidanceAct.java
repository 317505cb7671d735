package org.shanzhi.guidance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.shanzhi.enforcement.CaseGuided;
import org.shanzhi.enforcement.CaseOrigin;
import org.shanzhi.enforcement.EscalationRequested;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.ActStatus;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.GuidanceActView;
import org.shanzhi.guidance.GuidanceEvents;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.guidance.Principle;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A guidance act (行政指导) and its course. The constructor checks the rules every act must
 * meet (a written act rests on a legal basis, lawfulness is always applied, a follow-up
 * names the act it visits, a deadline lies ahead); the party's response and the
 * rectification outcome are transitions that check the current status (409 otherwise) and
 * register their events. A rectification not made escalates to ordinary enforcement: the
 * act asks for a case with an id it chose, so both name each other.
 */
@Entity
@Table(name = "guidance_act", schema = "guidance")
public class GuidanceAct extends AbstractAggregateRoot<GuidanceAct> {

	@Id
	private UUID id;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "party_name")
	private String partyName;

	@Column(name = "party_category")
	private String partyCategory;

	@Column(name = "officer_id")
	private UUID officerId;

	private String form;

	@Enumerated(EnumType.STRING)
	@Column(name = "document_form")
	private DocumentForm documentForm;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String subject;

	private String content;

	@Convert(converter = JsonColumns.Details.class)
	@ColumnTransformer(write = "?::jsonb")
	private Map<String, String> details;

	@Convert(converter = JsonColumns.Strings.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<String> principles;

	@Convert(converter = JsonColumns.Bases.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "legal_basis")
	private List<LegalBasis> legalBasis;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "risk_point_id")
	private UUID riskPointId;

	@Column(name = "inspection_id")
	private UUID inspectionId;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "follow_up_of")
	private UUID followUpOf;

	@Convert(converter = JsonColumns.FollowUp.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "follow_up")
	private FollowUpResult followUp;

	private boolean major;

	private boolean complex;

	@Enumerated(EnumType.STRING)
	private ActStatus status;

	@Column(name = "response_accepted")
	private Boolean responseAccepted;

	@Column(name = "response_note")
	private String responseNote;

	@Column(name = "response_by")
	private UUID responseBy;

	@Column(name = "response_at")
	private OffsetDateTime responseAt;

	@Column(name = "rect_requirement")
	private String rectRequirement;

	@Column(name = "rect_deadline")
	private LocalDate rectDeadline;

	@Column(name = "rect_violation_code")
	private String rectViolationCode;

	@Column(name = "rect_corrected")
	private Boolean rectCorrected;

	@Column(name = "rect_note")
	private String rectNote;

	@Column(name = "rect_by")
	private UUID rectBy;

	@Column(name = "rect_at")
	private OffsetDateTime rectAt;

	@Column(name = "escalated_case_id")
	private UUID escalatedCaseId;

	@Column(name = "search_terms")
	private String[] searchTerms;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	/**
	 * {@code null} until first saved, so that saving a new aggregate inserts without a
	 * select first.
	 */
	@Version
	private Long version;

	protected GuidanceAct() {
	}

	/**
	 * A new act. {@code today} is the date the rules are checked against; an
	 * {@code imported} act (a past record brought onto the platform) may have a deadline
	 * in the past.
	 */
	public GuidanceAct(NewAct a, LocalDate today, boolean imported) {
		Set<Principle> applied = check(a, today, imported);
		List<LegalBasis> bases = a.legalBasis() == null ? List.of() : List.copyOf(a.legalBasis());
		boolean followUpForm = GuidanceForm.FOLLOW_UP.name().equals(a.form());
		this.id = a.id();
		this.agencyId = a.agencyId();
		this.partyId = a.partyId();
		this.partyName = a.partyName();
		this.partyCategory = a.partyCategory();
		this.officerId = a.officerId();
		this.form = a.form();
		this.documentForm = a.documentForm();
		this.channel = a.channel();
		this.subject = a.subject().strip();
		this.content = a.content().strip();
		this.details = a.details() == null ? Map.of() : new LinkedHashMap<>(a.details());
		this.principles = applied.stream().map(Enum::name).toList();
		this.legalBasis = bases;
		this.documentNumber = a.documentNumber();
		this.issuedOn = a.issuedOn();
		this.riskPointId = a.riskPointId();
		this.inspectionId = a.inspectionId();
		this.caseId = a.caseId();
		this.followUpOf = a.followUpOf();
		this.followUp = a.followUp();
		this.major = a.major();
		this.complex = a.complex();
		this.status = followUpForm ? ActStatus.COMPLETED : ActStatus.ISSUED;
		if (a.rectificationDeadline() != null) {
			this.rectRequirement = a.rectificationRequirement().strip();
			this.rectDeadline = a.rectificationDeadline();
			this.rectViolationCode = blankToNull(a.rectificationViolationCode());
		}
		this.searchTerms = a.searchTerms().toArray(String[]::new);
		this.createdAt = a.createdAt();
		if (caseId != null) {
			registerEvent(new CaseGuided(caseId, id, issuedOn));
		}
		registerEvent(new GuidanceEvents.GuidanceGiven(id, agencyId, partyId, officerId, form, documentForm,
				documentNumber, issuedOn, rectDeadline, imported));
	}

	/**
	 * The rules every new act meets, checked before anything is written: lawfulness
	 * applied, a written act on a legal basis, a follow-up naming its act and result, a
	 * deadline ahead of today (unless imported) and after the act. Returns the principles
	 * applied (all five when none were named).
	 */
	public static Set<Principle> check(NewAct a, LocalDate today, boolean imported) {
		Set<Principle> applied = a.principles() == null || a.principles().isEmpty() ? EnumSet.allOf(Principle.class)
				: EnumSet.copyOf(a.principles());
		if (!applied.contains(Principle.LAWFUL)) {
			throw RuleViolationException.rule("guidance-must-be-lawful");
		}
		if (a.documentForm() == DocumentForm.WRITTEN && (a.legalBasis() == null || a.legalBasis().isEmpty())) {
			throw RuleViolationException.rule("written-guidance-needs-legal-basis");
		}
		boolean followUpForm = GuidanceForm.FOLLOW_UP.name().equals(a.form());
		if (followUpForm && (a.followUpOf() == null || a.followUp() == null)) {
			throw RuleViolationException.rule("follow-up-needs-subject-act");
		}
		if (!followUpForm && a.followUp() != null) {
			throw RuleViolationException.rule("follow-up-result-only-for-follow-up");
		}
		if (a.rectificationDeadline() != null) {
			if (!imported && a.rectificationDeadline().isBefore(today)) {
				throw RuleViolationException.rule("deadline-in-past", a.rectificationDeadline(), today);
			}
			if (!a.rectificationDeadline().isAfter(a.issuedOn())) {
				throw RuleViolationException.rule("deadline-after-issue", a.rectificationDeadline(), a.issuedOn());
			}
		}
		return applied;
	}

	/**
	 * Records the party's response. Guidance is non-binding: a decline is recorded and
	 * carries no penalty by itself. Once responded, or once the rectification outcome is
	 * known, the response cannot change (409).
	 */
	public void respond(boolean accepted, String note, UUID recordedBy, OffsetDateTime now) {
		if (status == ActStatus.COMPLETED) {
			throw RuleViolationException.conflict("guidance-transition-not-allowed", "respond", status.name());
		}
		if (responseAccepted != null) {
			throw RuleViolationException.conflict("guidance-response-recorded",
					responseAccepted ? "ACCEPTED" : "DECLINED");
		}
		if (status.outcomeRecorded()) {
			throw RuleViolationException.conflict("guidance-transition-not-allowed", "respond", status.name());
		}
		this.responseAccepted = accepted;
		this.responseNote = blankToNull(note);
		this.responseBy = recordedBy;
		this.responseAt = now;
		this.status = accepted ? ActStatus.ACCEPTED : ActStatus.DECLINED;
		registerEvent(new GuidanceEvents.ResponseRecorded(id, agencyId, partyId, accepted, responseNote));
	}

	/**
	 * Records whether the rectification was made. Corrected may be recorded at any time;
	 * not corrected only once the deadline has passed, and it asks enforcement to open a
	 * case (with {@code caseIdIfEscalated}) for the violation code of the outcome or the
	 * requirement. Recorded once (409 after).
	 */
	public void recordOutcome(boolean corrected, String note, String violationCode, LocalDate today, UUID officer,
			OffsetDateTime now, UUID caseIdIfEscalated) {
		if (rectDeadline == null) {
			throw RuleViolationException.conflict("guidance-without-rectification");
		}
		if (status.outcomeRecorded()) {
			throw RuleViolationException.conflict("rectification-outcome-recorded", status.name());
		}
		String code = blankToNull(violationCode) != null ? violationCode.strip() : rectViolationCode;
		if (!corrected) {
			if (!today.isAfter(rectDeadline)) {
				throw RuleViolationException.rule("not-corrected-before-deadline", rectDeadline);
			}
			if (code == null) {
				throw RuleViolationException.rule("escalation-needs-violation-code");
			}
		}
		this.rectCorrected = corrected;
		this.rectNote = blankToNull(note);
		this.rectBy = officer;
		this.rectAt = now;
		this.status = corrected ? ActStatus.CORRECTED : ActStatus.NOT_CORRECTED;
		if (!corrected) {
			this.rectViolationCode = code;
			this.escalatedCaseId = caseIdIfEscalated;
			registerEvent(new EscalationRequested(caseIdIfEscalated, CaseOrigin.GUIDANCE, id, agencyId, officer,
					partyId, code, issuedOn, escalationFacts()));
		}
		registerEvent(new GuidanceEvents.RectificationOutcomeRecorded(id, agencyId, partyId, corrected, rectDeadline,
				escalatedCaseId, rectNote));
	}

	private String escalationFacts() {
		String facts = "行政指导" + (documentNumber == null ? "" : "（" + documentNumber + "）") + "要求当事人于" + rectDeadline
				+ "前整改：" + rectRequirement + "。期限届满，当事人未整改" + (rectNote == null ? "。" : "：" + rectNote);
		return facts.length() > 4000 ? facts.substring(0, 4000) : facts;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public UUID id() {
		return id;
	}

	public UUID agencyId() {
		return agencyId;
	}

	public UUID partyId() {
		return partyId;
	}

	public UUID officerId() {
		return officerId;
	}

	public ActStatus status() {
		return status;
	}

	public String subject() {
		return subject;
	}

	public LocalDate rectificationDeadline() {
		return rectDeadline;
	}

	/** The events registered and not yet published (for the unit tests of the course). */
	public List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public GuidanceActView view() {
		GuidanceActView.Response response = responseAccepted == null ? null
				: new GuidanceActView.Response(responseAccepted, responseNote, responseBy, responseAt);
		GuidanceActView.Rectification rect = rectDeadline == null ? null : new GuidanceActView.Rectification(
				rectRequirement, rectDeadline, rectViolationCode, rectCorrected, rectNote, rectBy, rectAt);
		Set<Principle> applied = EnumSet.noneOf(Principle.class);
		principles.forEach(p -> applied.add(Principle.valueOf(p)));
		return new GuidanceActView(id, agencyId, partyId, partyName, partyCategory, officerId, form, documentForm,
				channel, subject, content, details, applied, legalBasis, documentNumber, issuedOn, riskPointId,
				inspectionId, caseId, followUpOf, followUp, major, complex, status, rect, response, escalatedCaseId,
				createdAt, version == null ? 0 : version);
	}

	/** Everything a new act is made of, checked by the facade before it gets here. */
	public record NewAct(UUID id, UUID agencyId, UUID partyId, String partyName, String partyCategory, UUID officerId,
			String form, DocumentForm documentForm, Channel channel, String subject, String content,
			Map<String, String> details, Set<Principle> principles, List<LegalBasis> legalBasis, String documentNumber,
			LocalDate issuedOn, UUID riskPointId, UUID inspectionId, UUID caseId, UUID followUpOf,
			FollowUpResult followUp, boolean major, boolean complex, String rectificationRequirement,
			LocalDate rectificationDeadline, String rectificationViolationCode, List<String> searchTerms,
			OffsetDateTime createdAt) {

		/** The same act with its document number, under which it is also found. */
		public NewAct numbered(String number, List<String> numberTerms) {
			List<String> terms = new java.util.ArrayList<>(searchTerms);
			numberTerms.stream().filter(t -> !terms.contains(t)).forEach(terms::add);
			return new NewAct(id, agencyId, partyId, partyName, partyCategory, officerId, form, documentForm, channel,
					subject, content, details, principles, legalBasis, number, issuedOn, riskPointId, inspectionId,
					caseId, followUpOf, followUp, major, complex, rectificationRequirement, rectificationDeadline,
					rectificationViolationCode, terms, createdAt);
		}

	}

}
