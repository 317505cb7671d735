package org.shanzhi.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.Channel;
import org.shanzhi.guidance.DocumentForm;
import org.shanzhi.guidance.GiveGuidanceCommand;
import org.shanzhi.guidance.GuidanceActs;
import org.shanzhi.guidance.Principle;
import org.shanzhi.mediation.DisputeType;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationCommands;
import org.shanzhi.mediation.Origin;
import org.shanzhi.mediation.PartyRole;
import org.shanzhi.mediation.Procedure;
import org.shanzhi.mediation.RightNotices;
import org.shanzhi.security.DataProtection;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What accepting an application sets going (P2), done by the accepting officer through
 * the owning modules: a mediation application starts a mediation case between the
 * applicant and the respondent the officer identified; a guidance request becomes an act
 * of simple guidance to the applicant; a hearing request is scheduled (time, and a place
 * or an online link) and the applicant noticed; a complaint or report records the notice
 * of the right to apply for mediation that the mediation module asks for on a complaint.
 * The applicant's party is the signed-in one, the one the officer names, or found or
 * registered from the resident ID number or credit code given.
 */
@Component
public class ApplicationRouting {

	private final JdbcClient jdbc;

	private final Parties parties;

	private final MediationCases mediation;

	private final RightNotices notices;

	private final GuidanceActs guidance;

	private final DataProtection protection;

	private final Clock clock;

	ApplicationRouting(JdbcClient jdbc, Parties parties, MediationCases mediation, RightNotices notices,
			GuidanceActs guidance, DataProtection protection, Clock clock) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.mediation = mediation;
		this.notices = notices;
		this.guidance = guidance;
		this.protection = protection;
		this.clock = clock;
	}

	/**
	 * How an accepted application is taken on: the applicant's and the respondent's
	 * parties, the dispute and procedure of a mediation, the hearing's time and place or
	 * link, the channel of requested guidance.
	 */
	public record Handling(UUID applicantPartyId, UUID respondentPartyId, DisputeType disputeType, Procedure procedure,
			OffsetDateTime hearingAt, @Size(max = 200) String hearingPlace, @Size(max = 500) String hearingLink,
			Channel guidanceChannel) {
	}

	/** A linked record: what the application became. */
	record Link(String type, UUID id, String notice) {
	}

	Link onAccept(Applications.ApplicationView app, String itemLegalBasis, Handling handling) {
		Handling h = handling == null ? new Handling(null, null, null, null, null, null, null, null) : handling;
		return switch (app.type()) {
			case MEDIATION_APPLICATION -> {
				if (h.respondentPartyId() == null) {
					throw new FieldRejectedException("handling.respondentPartyId", "required");
				}
				UUID applicant = applicantParty(app, h, true);
				if (applicant.equals(h.respondentPartyId())) {
					throw new FieldRejectedException("handling.respondentPartyId", "invalid");
				}
				var started = mediation
					.start(new MediationCommands.Start(h.procedure() == null ? Procedure.GENERAL : h.procedure(),
							Origin.APPLICATION, h.disputeType() == null ? DisputeType.CONSUMER : h.disputeType(),
							"（网上申请 " + app.trackingNumber() + "）" + app.content(),
							List.of(new MediationCommands.PartyInput(applicant, PartyRole.APPLICANT),
									new MediationCommands.PartyInput(h.respondentPartyId(), PartyRole.RESPONDENT))));
				yield new Link("MEDIATION_CASE", started.id(), "已立案调解，案号 " + started.number());
			}
			case GUIDANCE_REQUEST -> {
				UUID applicant = applicantParty(app, h, true);
				String basis = itemLegalBasis.length() > 100 ? itemLegalBasis.substring(0, 100) : itemLegalBasis;
				String topic = app.content().length() > 200 ? app.content().substring(0, 200) : app.content();
				var act = guidance.give(new GiveGuidanceCommand(applicant, "COACH", DocumentForm.SIMPLE,
						h.guidanceChannel() == null ? Channel.PHONE : h.guidanceChannel(), app.serviceItemName(),
						"依申请给予辅导：" + app.content(), List.of(new LegalBasis(basis, "依申请")),
						Set.of(Principle.LAWFUL, Principle.VOLUNTARY, Principle.BENEFICIAL), Map.of("topic", topic),
						null, null, null, null, null, null, null, false, false));
				yield new Link("GUIDANCE_ACT", act.id(), "已安排行政指导");
			}
			case HEARING_REQUEST -> {
				if (h.hearingAt() == null || !h.hearingAt().isAfter(OffsetDateTime.now(clock))) {
					throw new FieldRejectedException("handling.hearingAt", "notInPast");
				}
				if (blank(h.hearingPlace()) && blank(h.hearingLink())) {
					throw new FieldRejectedException("handling.hearingPlace", "required");
				}
				if (!blank(h.hearingLink()) && !h.hearingLink().matches("https://[^\\s<>\"]+")) {
					throw new FieldRejectedException("handling.hearingLink", "invalid");
				}
				jdbc.sql("""
						insert into portal.hearing (application_id, scheduled_at, place, online_link, noticed_at)
						values (:id, :at, :place, :link, :now)
						""")
					.param("id", app.id())
					.param("at", h.hearingAt())
					.param("place", blank(h.hearingPlace()) ? null : h.hearingPlace().strip())
					.param("link", blank(h.hearingLink()) ? null : h.hearingLink().strip())
					.param("now", OffsetDateTime.now(clock))
					.update();
				String when = h.hearingAt()
					.atZoneSameInstant(org.shanzhi.shared.PeopleTime.ZONE)
					.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
				yield new Link("HEARING", app.id(), "听证定于 " + when + "，"
						+ (blank(h.hearingPlace()) ? "网上举行：" + h.hearingLink() : "地点：" + h.hearingPlace()));
			}
			case COMPLAINT_REPORT -> {
				UUID applicant = applicantParty(app, h, false);
				if (applicant == null) {
					yield new Link(null, null, "如与经营者存在民事纠纷，您有权申请行政调解");
				}
				var notice = notices.record(new RightNotices.Notify(applicant, RightNotices.Context.COMPLAINT,
						RightNotices.NoticeChannel.ONLINE, "PORTAL_APPLICATION", app.id(),
						"网上投诉举报 " + app.trackingNumber() + " 受理时告知"));
				yield new Link("RIGHT_NOTICE", notice.id(), "如与经营者存在民事纠纷，您有权申请行政调解");
			}
			default -> new Link(null, null, null);
		};
	}

	/** Before completing: a hearing request needs its hearing held and recorded. */
	void beforeComplete(Applications.ApplicationView app) {
		if (app.type() == ServiceItemType.HEARING_REQUEST
				&& jdbc.sql("select count(*) from portal.hearing where application_id = :id and record is not null")
					.param("id", app.id())
					.query(Long.class)
					.single() == 0) {
			throw RuleViolationException.rule("hearing-not-recorded");
		}
	}

	/**
	 * The applicant's party: signed in, named by the officer, or found or registered from
	 * the identifier given; required for a mediation or guidance.
	 */
	private UUID applicantParty(Applications.ApplicationView app, Handling h, boolean required) {
		if (app.partyId() != null) {
			return app.partyId();
		}
		if (h.applicantPartyId() != null) {
			parties.get(h.applicantPartyId());
			return h.applicantPartyId();
		}
		byte[][] sealed = jdbc.sql("select identifier_sealed, phone_sealed from portal.application where id = :id")
			.param("id", app.id())
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) })
			.single();
		if (sealed[0] == null) {
			if (required) {
				throw new FieldRejectedException("handling.applicantPartyId", "required");
			}
			return null;
		}
		String identifier = protection.decrypt(sealed[0]);
		boolean person = ResidentIdNumbers.isValid(identifier);
		RegisterPartyCommand command = new RegisterPartyCommand(person ? PartyKind.PERSON : PartyKind.ORGANIZATION,
				app.applicantName(), person ? identifier : null, person ? null : identifier,
				person ? PartyCategory.RESIDENT : PartyCategory.OTHER, null, protection.decrypt(sealed[1]));
		java.util.Optional<UUID> known = parties.existing(command);
		UUID party;
		if (known.isPresent()) {
			// the identity is known: linked only when the phone is the one on its record,
			// otherwise the officer confirms who applies
			String phone = parties.get(known.get()).phone();
			if (phone == null || !phone.replaceAll("[^0-9]", "").endsWith(command.phone())) {
				if (required) {
					throw new FieldRejectedException("handling.applicantPartyId", "partyPhoneMismatch");
				}
				return null;
			}
			party = known.get();
		}
		else {
			party = parties.register(command).id();
		}
		jdbc.sql("update portal.application set party_id = :p where id = :id")
			.param("p", party)
			.param("id", app.id())
			.update();
		return party;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
