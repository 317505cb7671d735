package org.shanzhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.enforcement.internal.CaseRepository;
import org.shanzhi.enforcement.internal.EnforcementCase;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The steps of the ordinary procedure between the report and the decision, and the
 * deliveries (API.md, "Penalty procedure"): the collective discussion, the prior notice,
 * the statements, the hearing, the extensions, the transfer. Each loads the case for its
 * agency, checks the role, lets the aggregate decide, and issues the step's document.
 */
@Service
@Validated
public class CaseProcedures {

	static final ZoneId SHANGHAI = org.shanzhi.shared.PeopleTime.ZONE;

	private final EnforcementCases facade;

	private final CaseRepository cases;

	private final Actors actors;

	private final Accounts accounts;

	private final Agencies agencies;

	private final Parties parties;

	private final CaseDocuments documents;

	private final ProcedurePapers papers;

	private final PenaltyTimeLimits timeLimits;

	private final WorkingDays workingDays;

	private final Clock clock;

	CaseProcedures(EnforcementCases facade, CaseRepository cases, Actors actors, Accounts accounts, Agencies agencies,
			Parties parties, CaseDocuments documents, ProcedurePapers papers, PenaltyTimeLimits timeLimits,
			WorkingDays workingDays, Clock clock) {
		this.facade = facade;
		this.cases = cases;
		this.actors = actors;
		this.accounts = accounts;
		this.agencies = agencies;
		this.parties = parties;
		this.documents = documents;
		this.papers = papers;
		this.timeLimits = timeLimits;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** 集体讨论, presided by the head. */
	@Transactional
	public CaseView discuss(UUID id, @Valid ProcedureCommands.Discuss d) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		OffsetDateTime now = now();
		ProcedureRecords.Discussion discussion = new ProcedureRecords.Discussion(d.heldAt(), d.presidedByHead(),
				d.attendees().stream().map(a -> new ProcedureRecords.Attendee(a.name(), a.position())).toList(),
				d.opinions().strip(), d.conclusion(), now);
		c.discuss(discussion);
		documents.issue(c.id(), c.agencyId(), documents.nextOf(c.id(), "discussion-record"), null, "集体讨论记录", now,
				number -> papers.discussion(c.view(), discussion));
		return cases.saveAndFlush(c).view();
	}

	/** 行政处罚事先告知, by a case officer or the head. */
	@Transactional
	public ProcedureRecords.PriorNotice notifyPriorly(UUID id, @Valid ProcedureCommands.Notify n) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		requireCaseOfficerOrHead(c, actor);
		for (int i = 0; i < n.penalties().size(); i++) {
			n.penalties().get(i).requireComplete("penalties[" + i + "]");
		}
		if (n.penalties().isEmpty()) {
			throw new org.shanzhi.shared.FieldRejectedException("penalties", "required");
		}
		OffsetDateTime now = now();
		boolean person = parties.get(c.partyId()).kind() == PartyKind.PERSON;
		boolean hearingDue = ProcedureRules.hearingDue(n.penalties(), timeLimits.of(c.agencyId()), person);
		String kind = documents.nextInSeries(c.id(), "prior-notice");
		ProcedureRecords.PriorNotice draft = new ProcedureRecords.PriorNotice(UUID.randomUUID(), kind, null,
				n.treatment(), List.copyOf(n.penalties()), n.facts().strip(), n.reasons().strip(),
				List.copyOf(n.legalBasis()), n.hearingRight(), mediationRight(c, hearingDue), blankToNull(n.newFacts()),
				now, null, null, null);
		// the aggregate checks first; the notice is numbered once it is allowed
		c.notifyPriorly(draft, hearingDue);
		String number = documents
			.issue(c.id(), c.agencyId(), kind, "告", "行政处罚事先告知书", now, num -> papers.priorNotice(c.view(), draft, num))
			.number();
		ProcedureRecords.PriorNotice notice = c.numberLastNotice(number);
		cases.saveAndFlush(c);
		return notice;
	}

	/**
	 * Whether the notice tells the right to mediate (M1): a major decision — a case the
	 * report found major, or penalties that give a hearing.
	 */
	private static boolean mediationRight(EnforcementCase c, boolean hearingDue) {
		return hearingDue || c.proceedings().report() != null && c.proceedings().report().major();
	}

	/**
	 * A statement, a defence or a waiver: recorded by an officer, or sent by the party.
	 */
	@Transactional
	public ProcedureRecords.Statement state(UUID id, @Valid ProcedureCommands.State s) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.PUBLIC);
		EnforcementCase c = actor.isPublic() ? ofParty(id, actor) : facade.loadForChange(id, actor);
		if (!"WAIVER".equals(s.kind()) && (s.content() == null || s.content().isBlank())) {
			throw new org.shanzhi.shared.FieldRejectedException("content", "required");
		}
		ProcedureRecords.Statement statement = new ProcedureRecords.Statement(UUID.randomUUID(), s.kind(),
				blankToNull(s.content()), s.receivedAt(), actor.isPublic() ? "ONLINE" : s.channel(),
				Boolean.TRUE.equals(s.waivesHearing()), actor.accountId(), null, null, null);
		c.state(statement, today());
		cases.saveAndFlush(c);
		return statement;
	}

	/** The officers' answer to a statement. */
	@Transactional
	public ProcedureRecords.Statement answer(UUID id, UUID statementId, @Valid ProcedureCommands.Answer a) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		requireCaseOfficerOrHead(c, actor);
		ProcedureRecords.Statement answered = c.answerStatement(statementId, a.adopted(), a.reasons().strip(), now(),
				today());
		cases.saveAndFlush(c);
		return answered;
	}

	/** 听证申请, by the party or recorded by an officer. */
	@Transactional
	public CaseView requestHearing(UUID id, @Valid ProcedureCommands.RequestHearing r) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.PUBLIC);
		EnforcementCase c = actor.isPublic() ? ofParty(id, actor) : facade.loadForChange(id, actor);
		c.requestHearing(r.requestedAt(), r.channel(), r.requestedAt().atZoneSameInstant(SHANGHAI).toLocalDate());
		return cases.saveAndFlush(c).view();
	}

	/** 听证通知 by the head. */
	@Transactional
	public CaseDocumentView noticeHearing(UUID id, @Valid ProcedureCommands.NoticeHearing n) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		if ((n.place() == null || n.place().isBlank()) && n.onlineLink() == null) {
			throw new org.shanzhi.shared.FieldRejectedException("place", "required");
		}
		OfficerView presiding = agencies.findOfficer(c.agencyId(), n.presidingOfficerId())
			.orElseThrow(() -> new org.shanzhi.shared.FieldRejectedException("presidingOfficerId", "unknownOfficer"));
		OffsetDateTime now = now();
		int before = workingDays.workingDaysBetween(today(), n.scheduledAt().atZoneSameInstant(SHANGHAI).toLocalDate());
		ProcedureRecords.HearingNotice draft = new ProcedureRecords.HearingNotice(null, n.scheduledAt(),
				blankToNull(n.place()), n.onlineLink(), presiding.id(), presiding.name(), n.clerkId(), n.open());
		c.noticeHearing(draft, before);
		CaseDocumentView doc = documents.issue(c.id(), c.agencyId(), "hearing-notice", "听", "听证通知书", now,
				number -> papers.hearingNotice(c.view(), draft, number, now));
		c.numberHearingNotice(doc.number());
		cases.saveAndFlush(c);
		return doc;
	}

	/** 听证笔录 and the report, by the presiding officer. */
	@Transactional
	public CaseView recordHearing(UUID id, @Valid ProcedureCommands.RecordHearing r) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER);
		EnforcementCase c = facade.loadForChange(id, actor);
		OffsetDateTime now = now();
		ProcedureRecords.HearingMinutes minutes = new ProcedureRecords.HearingMinutes(r.heldAt(),
				r.attendees().stream().map(a -> new ProcedureRecords.HearingAttendee(a.name(), a.role())).toList(),
				r.record().strip(), r.partySigned(), blankToNull(r.refusalNote()), r.partyAbsent(),
				new ProcedureRecords.HearingReport(r.report().summary().strip(), r.report().recommendation().strip()));
		c.recordHearing(minutes, accounts.officerOf(actor.accountId()).orElse(null), now);
		documents.issue(c.id(), c.agencyId(), "hearing-record", null, "听证笔录", now,
				number -> papers.hearingRecord(c.view(), minutes));
		documents.issue(c.id(), c.agencyId(), "hearing-report", null, "听证报告", now,
				number -> papers.hearingReport(c.view(), minutes));
		return cases.saveAndFlush(c).view();
	}

	/** 延长办案期限 by the head. */
	@Transactional
	public CaseView extend(UUID id, @Valid ProcedureCommands.Extend e) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		c.extend(e.days(), e.reason(), actor.accountId(), today(), now());
		return cases.saveAndFlush(c).view();
	}

	/** 移送 by the head, with the 移送书. */
	@Transactional
	public CaseView transfer(UUID id, @Valid ProcedureCommands.TransferOut t) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		OffsetDateTime now = now();
		org.shanzhi.enforcement.internal.CaseTransitions.require(CaseStep.TRANSFER, c.status());
		String number = documents
			.issue(c.id(), c.agencyId(), "transfer", "移", "案件移送书", now, num -> papers.transfer(c.view(), t, num, now))
			.number();
		c.transferOut(new ProcedureRecords.Transfer(t.organKind(), t.organ().strip(), t.reason().strip(), number, now));
		return cases.saveAndFlush(c).view();
	}

	/** 送达 of an issued document by a case officer (送达回证 for the paper methods). */
	@Transactional
	public ProcedureRecords.Delivery deliver(UUID id, @Valid ProcedureCommands.Deliver d) {
		Actor actor = actors.require(Role.OFFICER, Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		requireCaseOfficerOrHead(c, actor);
		CaseDocumentView doc = documents.issued(c.id(), d.documentKind())
			.orElseThrow(() -> RuleViolationException.conflict("document-not-issuable", d.documentKind(),
					c.status().name()));
		OffsetDateTime now = now();
		if ("ELECTRONIC".equals(d.method())) {
			// the party's agreement to electronic delivery (APL art. 61) is recorded in
			// its space
			throw RuleViolationException.rule("electronic-delivery-not-consented");
		}
		OffsetDateTime deliveredAt = switch (d.method()) {
			case "PUBLIC_NOTICE" -> now.plusDays(30);
			case "POST" -> d.deliveredAt();
			default -> d.deliveredAt() == null ? now : d.deliveredAt();
		};
		if (deliveredAt != null && deliveredAt.isAfter(now) && !"PUBLIC_NOTICE".equals(d.method())) {
			throw new org.shanzhi.shared.FieldRejectedException("deliveredAt", "notInFuture");
		}
		boolean paper = List.of("IN_PERSON", "LEFT_AT_ADDRESS", "POST").contains(d.method());
		String receiptKind = paper ? documents.nextInSeries(c.id(), "delivery-receipt") : null;
		ProcedureRecords.Delivery draft = new ProcedureRecords.Delivery(UUID.randomUUID(), d.documentKind(),
				doc.number(), d.method(), d.recipient().strip(),
				deliveredAt == null || deliveredAt.isAfter(now) ? "SENT" : "DELIVERED", now, deliveredAt, null, null,
				blankToNull(d.witness()), blankToNull(d.postalTrackingNumber()), d.receiptEvidenceId(),
				blankToNull(d.lateReason()));
		ProcedureRecords.Delivery delivery = c.deliver(draft, effects(c, now));
		if (receiptKind != null) {
			String receipt = documents
				.issue(c.id(), c.agencyId(), receiptKind, "送", "送达回证", now,
						num -> papers.receipt(c.view(), delivery, num, now))
				.number();
			c.numberReceipt(delivery.id(), receipt);
		}
		cases.saveAndFlush(c);
		return c.proceedings()
			.deliveries()
			.stream()
			.filter(x -> x.id().equals(delivery.id()))
			.findFirst()
			.orElseThrow();
	}

	/** The head revokes the decision; its 公示 is withdrawn. */
	@Transactional
	public CaseView revoke(UUID id, @Valid ProcedureCommands.Revoke r) {
		Actor actor = actors.require(Role.AGENCY_HEAD);
		EnforcementCase c = facade.loadForChange(id, actor);
		c.revoke(new ProcedureRecords.Revocation(r.reason().strip(), r.by(), actor.accountId(), now()));
		return cases.saveAndFlush(c).view();
	}

	/** What the day's run of the procedure's clock did. */
	public record Advanced(int delivered, int awaitingDecision) {
	}

	/**
	 * The procedure's day (run by the scheduler as the system): deliveries whose day has
	 * come take effect, and notified cases whose periods ended with every statement
	 * answered await the decision.
	 */
	@Transactional
	public Advanced advanceDue() {
		OffsetDateTime now = now();
		LocalDate today = today();
		int delivered = 0;
		int awaiting = 0;
		for (EnforcementCase c : cases.findByStatusIn(java.util.EnumSet.of(CaseStatus.NOTIFIED, CaseStatus.HEARING,
				CaseStatus.AWAITING_DECISION, CaseStatus.DECIDED, CaseStatus.DELIVERED, CaseStatus.OPEN,
				CaseStatus.INVESTIGATED, CaseStatus.AWAITING_REVIEW, CaseStatus.AWAITING_DISCUSSION))) {
			boolean pending = c.proceedings()
				.deliveries()
				.stream()
				.anyMatch(d -> "SENT".equals(d.status()) && d.deliveredAt() != null && !d.deliveredAt().isAfter(now));
			boolean changed = false;
			if (pending) {
				delivered += c.completeDueDeliveries(effects(c, now));
				changed = true;
			}
			if (c.awaitDecisionIfDue(today)) {
				awaiting++;
				changed = true;
			}
			if (changed) {
				cases.save(c);
			}
		}
		return new Advanced(delivered, awaiting);
	}

	/** The deliveries of a case. */
	@Transactional(readOnly = true)
	public List<ProcedureRecords.Delivery> deliveries(UUID id) {
		facade.get(id);
		return cases.findById(id).orElseThrow().proceedings().deliveries();
	}

	/** What a delivery on the case does, as of {@code now}. */
	private EnforcementCase.DeliveryEffects effects(EnforcementCase c, OffsetDateTime now) {
		LocalDate decided = c.view().decision() == null || c.view().decision().decidedAt() == null ? null
				: c.view().decision().decidedAt().atZoneSameInstant(SHANGHAI).toLocalDate();
		int statementDays = timeLimits.of(c.agencyId()).statementWorkingDays();
		return new EnforcementCase.DeliveryEffects() {

			@Override
			public OffsetDateTime now() {
				return now;
			}

			@Override
			public boolean decisionLate(OffsetDateTime deliveredAt) {
				return decided != null
						&& CaseDocuments.day(deliveredAt).isAfter(workingDays.plusWorkingDays(decided, 7));
			}

			@Override
			public LocalDate statementDue(LocalDate on) {
				return workingDays.plusWorkingDays(on, statementDays);
			}

			@Override
			public void documentDelivered(ProcedureRecords.Delivery x) {
				documents.delivered(c.id(), x.documentKind(), x.deliveredAt());
			}

		};
	}

	private EnforcementCase ofParty(UUID id, Actor actor) {
		return cases.findById(id)
			.filter(k -> actor.partyId() != null && actor.partyId().equals(k.partyId()))
			.orElseThrow(() -> NotFoundException.forId("enforcement-case", id));
	}

	/** 403 unless the actor is one of the case's acting officers or its head. */
	private void requireCaseOfficerOrHead(EnforcementCase c, Actor actor) {
		if (actor.has(Role.AGENCY_HEAD)) {
			return;
		}
		UUID officer = accounts.officerOf(actor.accountId()).orElse(null);
		if (officer == null || c.view().officers().stream().noneMatch(o -> o.officerId().equals(officer))) {
			throw new AccessDeniedException("only the case's officers");
		}
		c.requireNotRecused(officer);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
