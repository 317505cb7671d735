package org.shanzhi.mediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.shared.AuditedEvent;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Notices of the right to apply for mediation (M1; LH15): when a major decision is made,
 * during routine supervision, or when a complaint comes in, the officer tells the party
 * of the right and the channel to apply, and records it. A case can start from a notice.
 */
@Service
@Validated
public class RightNotices {

	/** When the party was told. */
	public enum Context {

		MAJOR_DECISION, ROUTINE_SUPERVISION, COMPLAINT

	}

	/** How the party was told. */
	public enum NoticeChannel {

		IN_PERSON, PHONE, SMS, WECHAT, DOCUMENT, ONLINE

	}

	private final JdbcClient jdbc;

	private final Parties parties;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RightNotices(JdbcClient jdbc, Parties parties, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Records that the party was told of the right to apply for mediation. */
	@Transactional
	public NoticeView record(@Valid Notify command) {
		Actor actor = actors.require(MediationCases.HANDLERS);
		UUID agencyId = actor.requireAgency();
		parties.get(command.partyId());
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql(
				"""
						insert into mediation.right_notice (id, agency_id, party_id, context, subject_type, subject_id, channel, note,
						                                    notified_by, notified_at)
						values (:id, :agency, :party, :context, :subjectType, :subjectId, :channel, :note, :by, :at)
						""")
			.param("id", id)
			.param("agency", agencyId)
			.param("party", command.partyId())
			.param("context", command.context().name())
			.param("subjectType", command.subjectType())
			.param("subjectId", command.subjectId())
			.param("channel", command.channel().name())
			.param("note", command.note() == null || command.note().isBlank() ? null : command.note().strip())
			.param("by", actor.accountId())
			.param("at", now)
			.update();
		events.publishEvent(new RightToMediateNotified(id, agencyId, command.partyId(), command.context(),
				command.channel(), command.subjectId()));
		return get(id);
	}

	/**
	 * The right to mediate told by a 行政处罚事先告知书 of a major decision (M1), recorded by the
	 * system when the notice is issued: no actor's role is checked (the officer's act was
	 * the notice). Subject the enforcement case, channel DOCUMENT, the note naming the
	 * document; once per document number. Returns whether it was recorded now.
	 */
	@Transactional
	boolean recordFromPriorNotice(UUID caseId, UUID agencyId, UUID partyId, String documentNumber, UUID notifiedBy) {
		String note = "行政处罚事先告知书 " + documentNumber + " 告知当事人申请行政调解的权利及途径";
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "right-notice:" + documentNumber)
			.query((rs, n) -> 1)
			.single();
		boolean told = jdbc.sql("""
				select exists (select 1 from mediation.right_notice where subject_type = 'ENFORCEMENT_CASE'
				  and subject_id = :case and context = 'MAJOR_DECISION' and note = :note)
				""").param("case", caseId).param("note", note).query(Boolean.class).single();
		if (told) {
			return false;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into mediation.right_notice (id, agency_id, party_id, context, subject_type, subject_id, channel, note,
						                                    notified_by, notified_at)
						values (:id, :agency, :party, 'MAJOR_DECISION', 'ENFORCEMENT_CASE', :case, 'DOCUMENT', :note, :by, :at)
						""")
			.param("id", id)
			.param("agency", agencyId)
			.param("party", partyId)
			.param("case", caseId)
			.param("note", note)
			.param("by", notifiedBy)
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(new RightToMediateNotified(id, agencyId, partyId, Context.MAJOR_DECISION,
				NoticeChannel.DOCUMENT, caseId));
		return true;
	}

	/**
	 * The notices of a party or about a record, newest first, within the actor's scope.
	 */
	@Transactional(readOnly = true)
	public List<NoticeView> find(UUID partyId, UUID subjectId) {
		actors.require(MediationCases.READERS);
		AgencyScope scope = actors.scope();
		String where = "(:all or agency_id in (:agencies))" + (partyId == null ? "" : " and party_id = :party")
				+ (subjectId == null ? "" : " and subject_id = :subject");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("all", scope.all());
		params.put("agencies", scope.idsForQuery());
		if (partyId != null) {
			params.put("party", partyId);
		}
		if (subjectId != null) {
			params.put("subject", subjectId);
		}
		return jdbc.sql("select * from mediation.right_notice where " + where + " order by notified_at desc limit 100")
			.params(params)
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public NoticeView get(UUID id) {
		AgencyScope scope = actors.scope();
		return jdbc.sql("select * from mediation.right_notice where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.filter(v -> scope.includes(v.agencyId()))
			.orElseThrow(() -> NotFoundException.forId("mediation-notice", id));
	}

	/**
	 * Links a notice to the case that started from it: same agency, its party in the
	 * case.
	 */
	void link(UUID noticeId, UUID caseId, UUID agencyId, java.util.Set<UUID> caseParties) {
		NoticeView n = get(noticeId);
		if (!n.agencyId().equals(agencyId) || !caseParties.contains(n.partyId())) {
			throw RuleViolationException.rule("notice-not-for-this-case");
		}
		if (n.mediationCaseId() != null) {
			throw RuleViolationException.conflict("notice-already-used", n.mediationCaseId());
		}
		jdbc.sql("update mediation.right_notice set mediation_case_id = :c where id = :id")
			.param("c", caseId)
			.param("id", noticeId)
			.update();
	}

	private static NoticeView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new NoticeView(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getObject("party_id", UUID.class), Context.valueOf(rs.getString("context")),
				rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
				NoticeChannel.valueOf(rs.getString("channel")), rs.getString("note"),
				rs.getObject("notified_by", UUID.class),
				rs.getObject("notified_at", OffsetDateTime.class)
					.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE)
					.toOffsetDateTime(),
				rs.getObject("mediation_case_id", UUID.class));
	}

	/** Tells a party of the right to apply for mediation. */
	public record Notify(@NotNull UUID partyId, @NotNull Context context, @NotNull NoticeChannel channel,
			@Size(max = 40) String subjectType, UUID subjectId, @Size(max = 2000) String note) {
	}

	/** A notice as recorded. */
	public record NoticeView(UUID id, UUID agencyId, UUID partyId, Context context, String subjectType, UUID subjectId,
			NoticeChannel channel, String note, UUID notifiedBy, OffsetDateTime notifiedAt, UUID mediationCaseId) {
	}

	/** The party was told of the right to apply for mediation. */
	public record RightToMediateNotified(UUID noticeId, UUID agencyId, UUID partyId, Context context,
			NoticeChannel channel, UUID aboutRecordId) implements AuditedEvent {

		public String subjectType() {
			return "MEDIATION_NOTICE";
		}

		public String subjectId() {
			return noticeId.toString();
		}

		public String action() {
			return "NOTIFIED";
		}

		public Map<String, Object> after() {
			return Map.of("partyId", partyId.toString(), "context", context.name(), "channel", channel.name());
		}
	}

}
