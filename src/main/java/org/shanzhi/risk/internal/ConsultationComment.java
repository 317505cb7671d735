package org.shanzhi.risk.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shanzhi.risk.RiskCommands.CommentAnswer;
import org.shanzhi.shared.RuleViolationException;

/** A comment on a catalogue in consultation (R2), and its answer; answered once. */
@Entity
@Table(name = "consultation_comment", schema = "risk")
public class ConsultationComment {

	@Id
	private UUID id;

	@Column(name = "catalogue_id")
	private UUID catalogueId;

	@Column(name = "risk_point_id")
	private UUID riskPointId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "party_id")
	private UUID partyId;

	@Column(name = "account_id")
	private UUID accountId;

	private String channel;

	private String content;

	@Column(name = "submitted_at")
	private OffsetDateTime submittedAt;

	private String answer;

	@Column(name = "answer_reason")
	private String answerReason;

	@Column(name = "answered_by")
	private UUID answeredBy;

	@Column(name = "answered_at")
	private OffsetDateTime answeredAt;

	protected ConsultationComment() {
	}

	public ConsultationComment(UUID id, UUID catalogueId, UUID riskPointId, String authorName, UUID partyId,
			UUID accountId, boolean online, String content, OffsetDateTime at) {
		this.id = id;
		this.catalogueId = catalogueId;
		this.riskPointId = riskPointId;
		this.authorName = authorName;
		this.partyId = partyId;
		this.accountId = accountId;
		this.channel = online ? "ONLINE" : "RECORDED";
		this.content = content.strip();
		this.submittedAt = at;
	}

	public void answer(CommentAnswer how, String reason, UUID by, OffsetDateTime at) {
		if (answer != null) {
			throw RuleViolationException.conflict("comment-answered");
		}
		this.answer = how.name();
		this.answerReason = reason.strip();
		this.answeredBy = by;
		this.answeredAt = at;
	}

	public UUID id() {
		return id;
	}

	public UUID catalogueId() {
		return catalogueId;
	}

	public org.shanzhi.risk.Consultations.CommentView view(boolean withAuthor) {
		return new org.shanzhi.risk.Consultations.CommentView(id, catalogueId, riskPointId,
				withAuthor ? authorName : org.shanzhi.shared.Masking.personName(authorName), channel, content,
				submittedAt, answer == null ? null : CommentAnswer.valueOf(answer), answerReason, answeredAt);
	}

}
