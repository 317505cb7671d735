package org.shanzhi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.directory.Parties;
import org.shanzhi.risk.internal.ConsultationComment;
import org.shanzhi.risk.internal.ConsultationCommentRepository;
import org.shanzhi.risk.internal.RiskCatalogue;
import org.shanzhi.risk.internal.RiskCatalogueRepository;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The public consultation of draft catalogues (R2): the public and the parties comment
 * online while it is open; officers record the comments received by other means; each
 * comment is answered (adopted, partly, not adopted, and why) before publication, and the
 * comments and answers are published with the catalogue, the public's names masked.
 */
@Service
@Validated
public class Consultations {

	private final RiskCatalogueRepository catalogues;

	private final ConsultationCommentRepository comments;

	private final Parties parties;

	private final Actors actors;

	private final Clock clock;

	Consultations(RiskCatalogueRepository catalogues, ConsultationCommentRepository comments, Parties parties,
			Actors actors, Clock clock) {
		this.catalogues = catalogues;
		this.comments = comments;
		this.parties = parties;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * A comment: online by anyone while the consultation is open (a party signed in is
	 * named by its record), or recorded by an officer of the agency during or after it,
	 * until publication.
	 */
	@Transactional
	public CommentView comment(UUID catalogueId, @Valid RiskCommands.Comment command) {
		Actor actor = actors.currentIfAny().orElse(null);
		RiskCatalogue c = catalogues.findById(catalogueId)
			.filter(x -> x.status() != CatalogueStatus.DRAFT)
			.orElseThrow(() -> NotFoundException.forId("risk-catalogue", catalogueId));
		boolean officer = actor != null && actor.isStaff() && c.agencyId().equals(actor.agencyId());
		if (c.status() == CatalogueStatus.PUBLISHED) {
			throw RuleViolationException.rule("consultation-closed");
		}
		if (!officer && !c.openForComments(LocalDate.now(clock.withZone(RiskCatalogues.ZONE)))) {
			throw RuleViolationException.rule("consultation-closed");
		}
		if (command.riskPointId() != null && !c.hasPoint(command.riskPointId())) {
			throw new FieldRejectedException("riskPointId", "unknownRecord");
		}
		UUID partyId = actor != null && actor.isPublic() ? actor.partyId() : null;
		String author = partyId != null ? parties.get(partyId).name() : command.authorName();
		if (author == null || author.isBlank()) {
			throw new FieldRejectedException("authorName", "required");
		}
		ConsultationComment comment = new ConsultationComment(UUID.randomUUID(), catalogueId, command.riskPointId(),
				author.strip(), partyId, actor == null ? null : actor.accountId(), !officer, command.content(),
				OffsetDateTime.now(clock));
		return comments.saveAndFlush(comment).view(true);
	}

	/** Answers a comment (an officer or the head of the catalogue's agency); once. */
	@Transactional
	public CommentView answer(UUID commentId, @Valid RiskCommands.Answer command) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		ConsultationComment comment = comments.findById(commentId)
			.orElseThrow(() -> NotFoundException.forId("consultation-comment", commentId));
		RiskCatalogue c = catalogues.findById(comment.catalogueId()).orElseThrow();
		if (!c.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("consultation-comment", commentId);
		}
		if (c.status() == CatalogueStatus.PUBLISHED) {
			throw RuleViolationException.conflict("consultation-closed");
		}
		comment.answer(command.answer(), command.reason(), actor.accountId(), OffsetDateTime.now(clock));
		return comments.saveAndFlush(comment).view(true);
	}

	/**
	 * The comments on a catalogue: every detail to its agency's staff; to anyone else
	 * once the catalogue is published or in consultation, the public's names masked.
	 */
	@Transactional(readOnly = true)
	public List<CommentView> of(UUID catalogueId) {
		Actor actor = actors.currentIfAny().orElse(null);
		RiskCatalogue c = catalogues.findById(catalogueId)
			.orElseThrow(() -> NotFoundException.forId("risk-catalogue", catalogueId));
		boolean staff = actor != null && actor.isStaff() && actors.scope().includes(c.agencyId());
		if (!staff && c.status() == CatalogueStatus.DRAFT) {
			throw NotFoundException.forId("risk-catalogue", catalogueId);
		}
		return comments.ofCatalogue(catalogueId).stream().map(x -> x.view(staff)).toList();
	}

	/** A comment and its answer. */
	public record CommentView(UUID id, UUID catalogueId, UUID riskPointId, String authorName, String channel,
			String content, OffsetDateTime submittedAt, RiskCommands.CommentAnswer answer, String answerReason,
			OffsetDateTime answeredAt) {
	}

}
