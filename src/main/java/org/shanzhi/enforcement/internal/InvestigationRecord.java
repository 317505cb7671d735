package org.shanzhi.enforcement.internal;

import java.time.OffsetDateTime;
import java.util.List;
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
import org.shanzhi.enforcement.ActingOfficer;
import org.shanzhi.enforcement.AddRecordCommand;
import org.shanzhi.enforcement.InvestigationEvents;
import org.shanzhi.enforcement.InvestigationRecordView;
import org.shanzhi.enforcement.Interviewee;
import org.shanzhi.enforcement.RecordKind;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A record of the investigation (询问笔录, 现场检查笔录), made once and kept as made: an inquiry
 * names whom it heard; a record the party did not sign names the witness of the refusal;
 * an urgent one states the urgency. The caller has checked the case's step, the officers
 * and the prohibited periods.
 */
@Entity
@Table(name = "investigation_record", schema = "enforcement")
public class InvestigationRecord extends AbstractAggregateRoot<InvestigationRecord> {

	@Id
	private UUID id;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "agency_id")
	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private RecordKind kind;

	@Column(name = "document_kind")
	private String documentKind;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "held_at")
	private OffsetDateTime heldAt;

	private String place;

	@Convert(converter = InvestigationColumns.Officers.class)
	@ColumnTransformer(write = "?::jsonb")
	private List<ActingOfficer> officers;

	@Convert(converter = InvestigationColumns.Person.class)
	@ColumnTransformer(write = "?::jsonb")
	private Interviewee interviewee;

	private String content;

	@Convert(converter = InvestigationColumns.Ids.class)
	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "evidence_ids")
	private List<UUID> evidenceIds;

	@Column(name = "party_signed")
	private boolean partySigned;

	@Column(name = "refusal_witness")
	private String refusalWitness;

	private boolean urgent;

	private String urgency;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	@Column(name = "recorded_by_name")
	private String recordedByName;

	@Column(name = "created_at")
	private OffsetDateTime createdAt;

	@Version
	private long version;

	protected InvestigationRecord() {
	}

	/**
	 * Checks the record's own rules (422 {@code inquiry-needs-interviewee},
	 * {@code refusal-needs-witness}, {@code urgent-needs-urgency}) before anything is
	 * issued for it.
	 */
	public static void check(AddRecordCommand c) {
		if (c.kind() == RecordKind.INQUIRY && c.interviewee() == null) {
			throw RuleViolationException.rule("inquiry-needs-interviewee");
		}
		if (!c.partySigned() && blank(c.refusalWitness())) {
			throw RuleViolationException.rule("refusal-needs-witness");
		}
		if (c.isUrgent() && blank(c.urgency())) {
			throw RuleViolationException.rule("urgent-needs-urgency");
		}
	}

	public InvestigationRecord(UUID id, UUID caseId, UUID agencyId, AddRecordCommand c, List<ActingOfficer> officers,
			String documentKind, String documentNumber, UUID recordedBy, String recordedByName, OffsetDateTime now) {
		check(c);
		this.id = id;
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.kind = c.kind();
		this.documentKind = documentKind;
		this.documentNumber = documentNumber;
		this.heldAt = c.heldAt();
		this.place = c.place().strip();
		this.officers = List.copyOf(officers);
		this.interviewee = c.interviewee() == null ? null : new Interviewee(c.interviewee().name().strip(),
				blankToNull(c.interviewee().idNumber()), c.interviewee().relation().strip());
		this.content = c.content().strip();
		this.evidenceIds = c.evidence();
		this.partySigned = c.partySigned();
		this.refusalWitness = c.partySigned() ? null : c.refusalWitness().strip();
		this.urgent = c.isUrgent();
		this.urgency = c.isUrgent() ? c.urgency().strip() : null;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.createdAt = now;
		registerEvent(new InvestigationEvents.RecordMade(caseId, agencyId, id, kind, documentNumber, heldAt,
				officers.stream().map(ActingOfficer::name).toList(), partySigned, urgent));
	}

	public InvestigationRecordView view() {
		return new InvestigationRecordView(id, caseId, kind, documentKind, documentNumber, heldAt, place, officers,
				interviewee, content, evidenceIds, partySigned, refusalWitness, urgent, urgency, recordedByName,
				createdAt);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String blankToNull(String s) {
		return blank(s) ? null : s.strip();
	}

}
