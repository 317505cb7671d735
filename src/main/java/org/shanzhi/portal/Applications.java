package org.shanzhi.portal;

import io.swagger.v3.oas.annotations.media.Schema;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.notification.Channel;
import org.shanzhi.notification.Notifications;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.DataProtection;
import org.shanzhi.security.Role;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RateLimitedException;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.shared.RuleViolationException;
import org.shanzhi.shared.UploadRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online applications (P2): submitted on the web, at a kiosk, through the open API or by
 * an officer for a walk-in party at the hall, with attachments (PDF, JPEG, PNG by their
 * content; 5 MB each, five at most), an {@code Idempotency-Key} so a repeated submission
 * creates nothing new, a random tracking number, and a due date the promised working days
 * after submission. The agency's officers accept, ask for more material or refuse with
 * reasons, and complete with the outcome; the applicant supplements material, follows the
 * application by account or by tracking number and phone — a wrong number and a wrong
 * phone answer alike — and rates it once completed. Every change is noticed to the
 * applicant's phone. A phone or an account submits at most ten an hour.
 */
@Service
@Validated
public class Applications {

	static final int MAX_FILES = 5;

	static final int MAX_FILE_MB = 5;

	static final int SUBMISSIONS_PER_HOUR = 10;

	static final Role[] HANDLERS = { Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR };

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ServiceItems items;

	private final DataProtection protection;

	private final WorkingDays workingDays;

	private final Notifications notifications;

	private final Parties parties;

	private final Actors actors;

	private final Clock clock;

	private final ApplicationRouting routing;

	Applications(JdbcClient jdbc, ServiceItems items, DataProtection protection, WorkingDays workingDays,
			Notifications notifications, Parties parties, Actors actors, Clock clock, ApplicationRouting routing) {
		this.routing = routing;
		this.jdbc = jdbc;
		this.items = items;
		this.protection = protection;
		this.workingDays = workingDays;
		this.notifications = notifications;
		this.parties = parties;
		this.actors = actors;
		this.clock = clock;
	}

	/** Where an application came in. */
	public enum Intake {

		WEB, KIOSK, API, WALK_IN

	}

	/**
	 * Who applies: name, mobile phone, and a resident ID number or a credit code. A party
	 * signed in may leave it out: the platform knows it (P3).
	 */
	@Schema(description = "a person gives idNumber (GB 11643), an enterprise creditCode (GB 32100)",
			example = "{\"name\":\"张三\",\"phone\":\"13800138000\",\"idNumber\":\"41990019900307123X\"}")
	public record Applicant(@Size(max = 100) String name, @Size(max = 20) String phone, @Size(max = 18) String idNumber,
			@Size(max = 18) String creditCode) {
	}

	/**
	 * An application: the service item, the applicant, what is asked, and the details its
	 * type needs (a mediation application names the other side in {@code respondent}, a
	 * complaint or report whom it is about in {@code complainedOf} (被投诉人); a hearing
	 * request the decision in {@code caseNumber}).
	 */
	public record Submission(@NotBlank @Size(max = 40) String serviceItemCode, @Valid Applicant applicant,
			@NotBlank @Size(max = 4000) String content, @Size(max = 10) Map<String, @Size(max = 500) String> details) {
	}

	/** A file as uploaded. */
	public record Upload(String filename, String contentType, byte[] content) {
	}

	/** What the applicant keeps: the tracking number, the status, the due date. */
	public record Receipt(UUID id, String trackingNumber, ApplicationStatus status, LocalDate dueBy) {
	}

	/** A step of an application's course, as its applicant sees it. */
	public record Step(ApplicationStatus status, String note, boolean byApplicant, OffsetDateTime at) {
	}

	/** A file of an application, without its content. */
	public record AttachmentLine(UUID id, String filename, String contentType, int size, String sha256,
			boolean byApplicant, OffsetDateTime createdAt) {
	}

	/** An application as its applicant follows it: nothing of anyone's personal data. */
	public record Tracking(String trackingNumber, String serviceItemCode, String serviceItemName, String agencyName,
			ServiceItemType type, ApplicationStatus status, OffsetDateTime submittedAt, LocalDate dueBy, String outcome,
			List<Step> history, List<AttachmentLine> attachments, Integer stars, boolean ratable, Hearing hearing) {
	}

	/** An application as its agency handles it. */
	public record ApplicationView(UUID id, String trackingNumber, String serviceItemCode, String serviceItemName,
			UUID agencyId, ServiceItemType type, Intake channel, ApplicationStatus status, String applicantName,
			String phoneMasked, String identifierMasked, UUID partyId, String content, Map<String, String> details,
			LocalDate dueBy, boolean overdue, String outcome, OffsetDateTime createdAt, long version,
			List<Step> history, List<AttachmentLine> attachments, Integer stars, String ratingComment,
			String linkedType, UUID linkedId, Hearing hearing) {
	}

	/** A line of a list. */
	public record Line(UUID id, String trackingNumber, String serviceItemName, ServiceItemType type,
			ApplicationStatus status, String applicantName, LocalDate dueBy, boolean overdue,
			OffsetDateTime createdAt) {
	}

	// ---- submitting

	/**
	 * Submits an application. With an idempotency key already used by the same client,
	 * returns the first receipt and creates nothing.
	 */
	@Transactional
	public Receipt submit(@Valid Submission submission, List<Upload> uploads, Intake intake, String idempotencyKey,
			String client) {
		return submit(submission, uploads, List.of(), intake, idempotencyKey, client);
	}

	/**
	 * Submits an application; a signed-in party may name files it sent with earlier
	 * applications ({@code reuse}) instead of sending them again (P3).
	 */
	@Transactional
	public Receipt submit(@Valid Submission submission, List<Upload> uploads, List<UUID> reuse, Intake intake,
			String idempotencyKey, String client) {
		Actor actor = actors.currentIfAny().orElse(null);
		if (intake == Intake.WALK_IN) {
			actor = actors.require(HANDLERS);
		}
		ServiceItems.ServiceItemView item;
		try {
			item = items.byCode(submission.serviceItemCode());
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException("serviceItemCode", "unknownServiceItem");
		}
		checkDetails(item.type(), submission.details());
		Applicant who = applicant(submission.applicant(), actor, intake);
		String phone = PublicAccounts.mobile(who.phone());
		String phoneIndex = protection.blindIndex("phone:" + phone);
		// a repeated submission is recognised by the key and who submits: the account, or
		// the applicant's phone
		String idempotencyClient = actor != null && actor.accountId() != null ? "account:" + actor.accountId()
				: "phone:" + phoneIndex;
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			if (idempotencyKey.length() > 100) {
				throw new FieldRejectedException("Idempotency-Key", "textTooLong");
			}
			String requestHash = org.shanzhi.shared.Hashes
				.sha256Hex(submission.serviceItemCode() + "\u0000" + submission.content() + "\u0000" + who.name()
						+ "\u0000" + phone + "\u0000" + submission.details());
			int inserted = jdbc.sql("""
					insert into portal.idempotency_key (client, key, request_hash, created_at)
					values (:client, :key, :hash, :at)
					on conflict do nothing
					""")
				.param("client", idempotencyClient)
				.param("key", idempotencyKey)
				.param("hash", requestHash)
				.param("at", OffsetDateTime.now(clock))
				.update();
			if (inserted == 0) {
				var first = jdbc.sql("""
						select tracking_number, request_hash from portal.idempotency_key
						where client = :client and key = :key
						""")
					.param("client", idempotencyClient)
					.param("key", idempotencyKey)
					.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
					.optional()
					.orElse(null);
				if (first != null && first[0] != null) {
					// the same key for another request: not a repetition, and no receipt
					// of
					// someone else's
					if (!requestHash.equals(first[1])) {
						throw RuleViolationException.conflict("idempotency-key-reused");
					}
					return receipt(first[0]);
				}
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (intake != Intake.WALK_IN) {
			long recent = jdbc.sql("""
					select count(*) from portal.application
					where (phone_index = :p or account_id = :account) and created_at > :since and entered_by is null
					""")
				.param("p", phoneIndex)
				.param("account", actor == null || !actor.isPublic() ? new UUID(0, 0) : actor.accountId())
				.param("since", now.minusHours(1))
				.query(Long.class)
				.single();
			if (recent >= SUBMISSIONS_PER_HOUR) {
				throw new RateLimitedException("submissions-per-hour", 3600);
			}
		}
		List<Checked> files = check(uploads);
		UUID id = UUID.randomUUID();
		String number = trackingNumber();
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate due = workingDays.plusWorkingDays(today, item.timeLimitDays());
		String identifier = who.idNumber() != null && !who.idNumber().isBlank()
				? ResidentIdNumbers.normalize(who.idNumber()) : who.creditCode();
		jdbc.sql(
				"""
						insert into portal.application (id, tracking_number, service_item_id, agency_id, type, channel, status,
						  applicant_name, phone_sealed, phone_index, phone_masked, identifier_sealed, identifier_masked, party_id,
						  account_id, entered_by, content, details, due_by, created_at, updated_at)
						values (:id, :number, :item, :agency, :type, :channel, 'SUBMITTED', :name, :phoneSealed, :phoneIndex,
						  :phoneMasked, :identifierSealed, :identifierMasked, :party, :account, :enteredBy, :content,
						  cast(:details as jsonb), :due, :at, :at)
						""")
			.param("id", id)
			.param("number", number)
			.param("item", item.id())
			.param("agency", item.agencyId())
			.param("type", item.type().name())
			.param("channel", intake.name())
			.param("name", who.name().strip())
			.param("phoneSealed", protection.encrypt(phone))
			.param("phoneIndex", phoneIndex)
			.param("phoneMasked", org.shanzhi.shared.Masking.phone(phone))
			.param("identifierSealed",
					identifier == null || identifier.isBlank() ? null : protection.encrypt(identifier))
			.param("identifierMasked", mask(identifier))
			.param("party", actor != null && actor.isPublic() ? actor.partyId() : null)
			.param("account", actor != null && actor.isPublic() ? actor.accountId() : null)
			.param("enteredBy", intake == Intake.WALK_IN ? actor.accountId() : null)
			.param("content", submission.content().strip())
			.param("details", JSON.writeValueAsString(submission.details() == null ? Map.of() : submission.details()))
			.param("due", due)
			.param("at", now)
			.update();
		step(id, ApplicationStatus.SUBMITTED, intake == Intake.WALK_IN ? "窗口代为录入" : null, intake != Intake.WALK_IN,
				now);
		store(id, files, true, now);
		if (reuse != null && !reuse.isEmpty()) {
			if (actor == null || !actor.isPublic()) {
				throw new FieldRejectedException("reuse", "unknownRecord");
			}
			if (reuse.size() + files.size() > MAX_FILES) {
				throw new FieldRejectedException("attachments", "tooManyFiles");
			}
			int copied = jdbc.sql("""
					insert into portal.attachment (id, application_id, filename, content_type, size, sha256, content,
					  by_applicant, created_at)
					select gen_random_uuid(), :app, f.filename, f.content_type, f.size, f.sha256, f.content, true, :at
					from portal.attachment f join portal.application a on a.id = f.application_id
					where f.id in (:ids) and f.by_applicant and a.account_id = :account
					""")
				.param("app", id)
				.param("at", now)
				.param("ids", reuse)
				.param("account", actor.accountId())
				.update();
			if (copied != new java.util.HashSet<>(reuse).size()) {
				throw new FieldRejectedException("reuse", "unknownRecord");
			}
		}
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			jdbc.sql(
					"update portal.idempotency_key set tracking_number = :number where client = :client and key = :key")
				.param("number", number)
				.param("client", idempotencyClient)
				.param("key", idempotencyKey)
				.update();
		}
		notifications.send(Channel.SMS, phone, "APPLICATION_SUBMITTED",
				"【善治】您申请的“" + item.name() + "”已提交，查询编号 " + number + "，承诺于 " + due + " 前办结。");
		return new Receipt(id, number, ApplicationStatus.SUBMITTED, due);
	}

	private Receipt receipt(String number) {
		return jdbc.sql("select id, tracking_number, status, due_by from portal.application where tracking_number = :n")
			.param("n", number)
			.query((rs, n) -> new Receipt(rs.getObject(1, UUID.class), rs.getString(2),
					ApplicationStatus.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)))
			.single();
	}

	/**
	 * The applicant: as entered, or the signed-in party's own data for what is left out.
	 */
	private Applicant applicant(Applicant given, Actor actor, Intake intake) {
		Applicant a = given == null ? new Applicant(null, null, null, null) : given;
		if (actor != null && actor.isPublic() && actor.partyId() != null && intake != Intake.WALK_IN) {
			PartyView party = Actors.runAs(Actor.SYSTEM, () -> parties.get(actor.partyId()));
			String phone = blank(a.phone()) ? accountPhone(actor.username(), party.phone()) : a.phone();
			return new Applicant(blank(a.name()) ? party.name() : a.name(), phone, null,
					party.creditCode() == null ? null : party.creditCode());
		}
		if (blank(a.name())) {
			throw new FieldRejectedException("applicant.name", "required");
		}
		if (blank(a.phone())) {
			throw new FieldRejectedException("applicant.phone", "required");
		}
		if (!blank(a.idNumber()) && !ResidentIdNumbers.isValid(a.idNumber())) {
			throw new FieldRejectedException("applicant.idNumber", "residentId");
		}
		if (!blank(a.creditCode()) && !CreditCodes.isValid(a.creditCode())) {
			throw new FieldRejectedException("applicant.creditCode", "creditCode");
		}
		return a;
	}

	private static String accountPhone(String username, String partyPhone) {
		// p-13800000000 or e-<credit code>-13800000000
		String tail = username.substring(username.lastIndexOf('-') + 1);
		return tail.matches(PublicAccounts.MOBILE) ? tail : partyPhone;
	}

	private static void checkDetails(ServiceItemType type, Map<String, String> details) {
		Map<String, String> d = details == null ? Map.of() : details;
		for (String key : d.keySet()) {
			if (!key.matches("[a-zA-Z]{1,40}")) {
				throw new FieldRejectedException("details", "fieldKey");
			}
		}
		if (type == ServiceItemType.MEDIATION_APPLICATION && blank(d.get("respondent"))) {
			throw new FieldRejectedException("details.respondent", "required");
		}
		if (type == ServiceItemType.COMPLAINT_REPORT && blank(d.get("complainedOf"))) {
			// a complaint names whom it is about (被投诉人)
			throw new FieldRejectedException("details.complainedOf", "required");
		}
		if (type == ServiceItemType.HEARING_REQUEST && blank(d.get("caseNumber"))) {
			throw new FieldRejectedException("details.caseNumber", "required");
		}
	}

	private record Checked(Upload upload, String type, String sha256) {
	}

	/**
	 * Files accepted by their content, not their declared type; at most five, 5 MB each.
	 */
	static List<Checked> check(List<Upload> uploads) {
		List<Checked> out = new ArrayList<>();
		if (uploads == null) {
			return out;
		}
		if (uploads.size() > MAX_FILES) {
			throw new FieldRejectedException("attachments", "tooManyFiles");
		}
		for (Upload u : uploads) {
			String name = u.filename() == null || u.filename().isBlank() ? "file" : u.filename().strip();
			if (name.length() > 200) {
				throw new FieldRejectedException("attachments", "textTooLong");
			}
			byte[] c = u.content() == null ? new byte[0] : u.content();
			if (c.length == 0) {
				throw UploadRejectedException.unsupported(name);
			}
			if (c.length > MAX_FILE_MB * 1024 * 1024) {
				throw UploadRejectedException.tooLarge(name, MAX_FILE_MB);
			}
			String type = sniff(c);
			if (type == null) {
				throw UploadRejectedException.unsupported(name);
			}
			out.add(new Checked(new Upload(name, type, c), type, org.shanzhi.shared.Hashes.sha256Hex(c)));
		}
		return out;
	}

	static String sniff(byte[] c) {
		if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
			return "application/pdf";
		}
		if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
			return "image/png";
		}
		if (c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		return null;
	}

	private void store(UUID applicationId, List<Checked> files, boolean byApplicant, OffsetDateTime now) {
		for (Checked f : files) {
			jdbc.sql("""
					insert into portal.attachment (id, application_id, filename, content_type, size, sha256, content,
					  by_applicant, created_at)
					values (:id, :app, :name, :type, :size, :sha, :content, :by, :at)
					""")
				.param("id", UUID.randomUUID())
				.param("app", applicationId)
				.param("name", f.upload().filename())
				.param("type", f.type())
				.param("size", f.upload().content().length)
				.param("sha", f.sha256())
				.param("content", f.upload().content())
				.param("by", byApplicant)
				.param("at", now)
				.update();
		}
	}

	private static String trackingNumber() {
		StringBuilder b = new StringBuilder("SZ");
		for (int i = 0; i < 10; i++) {
			b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}

	// ---- following

	/**
	 * An application by its tracking number and the applicant's phone; a wrong number or
	 * a wrong phone: 404 alike.
	 */
	@Transactional(readOnly = true)
	public Tracking track(String trackingNumber, String phone) {
		return tracking(byNumberAndPhone(trackingNumber, phone));
	}

	/** An application of the signed-in party by its tracking number. */
	@Transactional(readOnly = true)
	public Tracking trackMine(String trackingNumber) {
		return tracking(mine(trackingNumber));
	}

	/** The signed-in party's applications, newest first. */
	@Transactional(readOnly = true)
	public List<Line> mine() {
		Actor actor = actors.require(Role.PUBLIC);
		return jdbc.sql("""
				select a.*, s.name as item_name from portal.application a
				join portal.service_item s on s.id = a.service_item_id
				where a.account_id = :account
				order by a.created_at desc limit 200
				""").param("account", actor.accountId()).query((rs, n) -> line(rs)).list();
	}

	/**
	 * The files the signed-in party sent with its earlier applications, each content
	 * once, newest first: what it need not send again (P3).
	 */
	@Transactional(readOnly = true)
	public List<AttachmentLine> myFiles() {
		Actor actor = actors.require(Role.PUBLIC);
		return jdbc.sql("""
				select distinct on (f.sha256) f.id, f.filename, f.content_type, f.size, f.sha256, f.by_applicant,
				  f.created_at
				from portal.attachment f join portal.application a on a.id = f.application_id
				where f.by_applicant and a.account_id = :account
				order by f.sha256, f.created_at desc
				""")
			.param("account", actor.accountId())
			.query((rs, n) -> new AttachmentLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(AttachmentLine::createdAt).reversed())
			.limit(50)
			.toList();
	}

	private Row byNumberAndPhone(String trackingNumber, String phone) {
		String p;
		try {
			p = PublicAccounts.mobile(phone);
		}
		catch (FieldRejectedException ex) {
			throw NotFoundException.forId("application", trackingNumber);
		}
		return row("a.tracking_number = :number and a.phone_index = :phone",
				Map.of("number", normalize(trackingNumber), "phone", protection.blindIndex("phone:" + p)))
			.orElseThrow(() -> NotFoundException.forId("application", trackingNumber));
	}

	private Row mine(String trackingNumber) {
		Actor actor = actors.require(Role.PUBLIC);
		// an account sees what it submitted, never what an officer linked to its party
		return row("a.tracking_number = :number and a.account_id = :account",
				Map.of("number", normalize(trackingNumber), "account", actor.accountId()))
			.orElseThrow(() -> NotFoundException.forId("application", trackingNumber));
	}

	private static String normalize(String number) {
		return number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private Tracking tracking(Row r) {
		Integer stars = stars(r.id());
		return new Tracking(r.trackingNumber(), r.itemCode(), r.itemName(), r.agencyName(), r.type(), r.status(),
				r.createdAt(), r.dueBy(), r.outcome(), history(r.id()), attachments(r.id()), stars,
				r.status() == ApplicationStatus.COMPLETED && stars == null, hearing(r.id(), false));
	}

	// ---- the agency's queue

	/** The agency's applications, of a status or all open ones, oldest due first. */
	@Transactional(readOnly = true)
	public List<Line> queue(ApplicationStatus status) {
		Actor actor = actors.require(HANDLERS);
		return jdbc.sql("""
				select a.*, s.name as item_name from portal.application a
				join portal.service_item s on s.id = a.service_item_id
				where a.agency_id = :agency
				  and (cast(:status as varchar) is null and a.status in ('SUBMITTED', 'MATERIAL_REQUESTED', 'ACCEPTED')
				       or a.status = cast(:status as varchar))
				order by a.due_by, a.created_at limit 500
				""")
			.param("agency", actor.requireAgency())
			.param("status", status == null ? null : status.name())
			.query((rs, n) -> line(rs))
			.list();
	}

	/** An application of the actor's agency. */
	@Transactional(readOnly = true)
	public ApplicationView get(UUID id) {
		Actor actor = actors.require(HANDLERS);
		Row r = row("a.id = :id and a.agency_id = :agency", Map.of("id", id, "agency", actor.requireAgency()))
			.orElseThrow(() -> NotFoundException.forId("application", id));
		return view(r);
	}

	/** What an officer decides. */
	public enum Action {

		ACCEPT(ApplicationStatus.ACCEPTED), REQUEST_MATERIAL(ApplicationStatus.MATERIAL_REQUESTED),
		REFUSE(ApplicationStatus.REFUSED), COMPLETE(ApplicationStatus.COMPLETED);

		final ApplicationStatus target;

		Action(ApplicationStatus target) {
			this.target = target;
		}

	}

	/**
	 * A decision with its note: reasons for a refusal, the material asked for, the
	 * outcome of a completion; {@code version} as read.
	 */
	public record Decision(@NotNull Action action, @Size(max = 4000) String note, Long version,
			@Valid ApplicationRouting.Handling handling) {

		public Decision(Action action, String note, Long version) {
			this(action, note, version, null);
		}

	}

	/**
	 * Moves the application as decided (409 from a status that does not allow it, or
	 * after someone else's change) and notices the applicant.
	 */
	@Transactional
	public ApplicationView decide(UUID id, @Valid Decision decision) {
		return decide(id, decision, List.of());
	}

	/**
	 * A decision with the agency's documents (a written answer, a decision, a notice),
	 * which the applicant downloads online.
	 */
	@Transactional
	public ApplicationView decide(UUID id, @Valid Decision decision, List<Upload> documents) {
		ApplicationView current = get(id);
		List<Checked> files = check(documents);
		ApplicationStatus target = decision.action().target;
		if (!current.status().canMoveTo(target)) {
			throw RuleViolationException.conflict("application-status", current.status().name(), target.name());
		}
		if (decision.action() != Action.ACCEPT && blank(decision.note())) {
			throw new FieldRejectedException("note", "required");
		}
		ApplicationRouting.Link link = null;
		if (decision.action() == Action.ACCEPT) {
			link = routing.onAccept(current, items.byCode(current.serviceItemCode()).legalBasis(), decision.handling());
		}
		if (decision.action() == Action.COMPLETE) {
			routing.beforeComplete(current);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update portal.application set status = :target, updated_at = :at, version = version + 1,
				  outcome = case when :target in ('COMPLETED', 'REFUSED') then :note else outcome end,
				  linked_type = coalesce(:linkedType, linked_type), linked_id = coalesce(:linkedId, linked_id)
				where id = :id and status = :from and version = :version
				""")
			.param("linkedType", link == null ? null : link.type())
			.param("linkedId", link == null ? null : link.id())
			.param("target", target.name())
			.param("at", now)
			.param("note", decision.note() == null ? null : decision.note().strip())
			.param("id", id)
			.param("from", current.status().name())
			.param("version", decision.version() == null ? current.version() : decision.version())
			.update();
		if (updated == 0) {
			throw RuleViolationException.conflict("application-changed");
		}
		store(id, files, false, now);
		String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
		if (link != null && link.notice() != null) {
			note = note == null ? link.notice() : note + "；" + link.notice();
		}
		step(id, target, note, false, now);
		notice(id, current.trackingNumber(), current.serviceItemName(), target);
		return get(id);
	}

	/** The record of a scheduled hearing, once held. */
	@Transactional
	public ApplicationView recordHearing(UUID id, String record) {
		ApplicationView app = get(id);
		if (blank(record) || record.length() > 8000) {
			throw new FieldRejectedException("record", blank(record) ? "required" : "textTooLong");
		}
		if (app.status() != ApplicationStatus.ACCEPTED || app.hearing() == null) {
			throw RuleViolationException.conflict("hearing-not-scheduled");
		}
		jdbc.sql("update portal.hearing set record = :record, held_at = :at where application_id = :id")
			.param("record", record.strip())
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		return get(id);
	}

	/** A hearing: when, where or at which link, whether held. */
	public record Hearing(OffsetDateTime scheduledAt, String place, String onlineLink, OffsetDateTime heldAt,
			String record) {
	}

	private Hearing hearing(UUID id, boolean withRecord) {
		return jdbc.sql(
				"select scheduled_at, place, online_link, held_at, record from portal.hearing where application_id = :id")
			.param("id", id)
			.query((rs, n) -> new Hearing(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), withRecord ? rs.getString(5) : null))
			.optional()
			.orElse(null);
	}

	/** The applicant supplements material asked for: back to SUBMITTED. */
	@Transactional
	public Tracking supplement(String trackingNumber, String phone, String note, List<Upload> uploads) {
		Row r = phone == null ? mine(trackingNumber) : byNumberAndPhone(trackingNumber, phone);
		if (r.status() != ApplicationStatus.MATERIAL_REQUESTED) {
			throw RuleViolationException.conflict("application-status", r.status().name(), "SUBMITTED");
		}
		List<Checked> files = check(uploads);
		if (files.isEmpty() && blank(note)) {
			throw new FieldRejectedException("attachments", "required");
		}
		if (note != null && note.length() > 4000) {
			throw new FieldRejectedException("note", "textTooLong");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int updated = jdbc.sql("""
				update portal.application set status = 'SUBMITTED', updated_at = :at, version = version + 1
				where id = :id and status = 'MATERIAL_REQUESTED'
				""").param("at", now).param("id", r.id()).update();
		if (updated == 0) {
			throw RuleViolationException.conflict("application-changed");
		}
		store(r.id(), files, true, now);
		step(r.id(), ApplicationStatus.SUBMITTED, blank(note) ? "补充材料" : note.strip(), true, now);
		return tracking(row("a.id = :id", Map.of("id", r.id())).orElseThrow());
	}

	/** A rating of a completed service, once (S5). */
	public record Rating(@NotNull @Min(1) @Max(5) Integer stars, @Size(max = 1000) String comment) {
	}

	@Transactional
	public Tracking rate(String trackingNumber, String phone, @Valid Rating rating) {
		Row r = phone == null ? mine(trackingNumber) : byNumberAndPhone(trackingNumber, phone);
		if (r.status() != ApplicationStatus.COMPLETED) {
			throw RuleViolationException.conflict("application-not-completed");
		}
		int inserted = jdbc.sql("""
				insert into portal.rating (application_id, agency_id, stars, comment, created_at)
				values (:id, :agency, :stars, :comment, :at) on conflict do nothing
				""")
			.param("id", r.id())
			.param("agency", r.agencyId())
			.param("stars", rating.stars())
			.param("comment", rating.comment() == null ? null : rating.comment().strip())
			.param("at", OffsetDateTime.now(clock))
			.update();
		if (inserted == 0) {
			throw RuleViolationException.conflict("application-already-rated");
		}
		return tracking(r);
	}

	/** A file: to the handling agency, or to the applicant signed in or by phone. */
	@Transactional(readOnly = true)
	public Upload attachment(UUID applicationId, UUID attachmentId, String trackingNumber, String phone) {
		UUID owner;
		if (trackingNumber != null) {
			owner = (phone == null ? mine(trackingNumber) : byNumberAndPhone(trackingNumber, phone)).id();
		}
		else {
			owner = get(applicationId).id();
		}
		return jdbc.sql("""
				select filename, content_type, content from portal.attachment where id = :id and application_id = :app
				""")
			.param("id", attachmentId)
			.param("app", owner)
			.query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("attachment", attachmentId));
	}

	/** Ratings per agency (S5): how many, the mean. */
	public record RatingFigures(UUID agencyId, long ratings, double meanStars) {
	}

	@Transactional(readOnly = true)
	public List<RatingFigures> ratingFigures() {
		actors.require(Role.SUPERVISOR, Role.ADMIN, Role.AGENCY_HEAD);
		return jdbc.sql("""
				select agency_id, count(*), round(avg(stars), 2) from portal.rating group by agency_id order by 3 desc
				""")
			.query((rs, n) -> new RatingFigures(rs.getObject(1, UUID.class), rs.getLong(2), rs.getDouble(3)))
			.list();
	}

	// ---- reading rows

	private record Row(UUID id, String trackingNumber, String itemCode, String itemName, UUID agencyId,
			String agencyName, ServiceItemType type, Intake channel, ApplicationStatus status, String applicantName,
			String phoneMasked, byte[] phoneSealed, String identifierMasked, UUID partyId, String content,
			Map<String, String> details, LocalDate dueBy, String outcome, OffsetDateTime createdAt, long version,
			String linkedType, UUID linkedId) {
	}

	private java.util.Optional<Row> row(String where, Map<String, Object> params) {
		var spec = jdbc.sql("""
				select a.*, s.code as item_code, s.name as item_name from portal.application a
				join portal.service_item s on s.id = a.service_item_id where
				""" + where);
		for (var e : params.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
				rs.getString("item_code"), rs.getString("item_name"), rs.getObject("agency_id", UUID.class),
				items.get(rs.getObject("service_item_id", UUID.class)).agencyName(),
				ServiceItemType.valueOf(rs.getString("type")), Intake.valueOf(rs.getString("channel")),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
				rs.getString("phone_masked"), rs.getBytes("phone_sealed"), rs.getString("identifier_masked"),
				rs.getObject("party_id", UUID.class), rs.getString("content"),
				JSON.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() {
				}), rs.getObject("due_by", LocalDate.class), rs.getString("outcome"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"), rs.getString("linked_type"),
				rs.getObject("linked_id", UUID.class)))
			.optional();
	}

	private Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate due = rs.getObject("due_by", LocalDate.class);
		ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
		return new Line(rs.getObject("id", UUID.class), rs.getString("tracking_number"), rs.getString("item_name"),
				ServiceItemType.valueOf(rs.getString("type")), status, rs.getString("applicant_name"), due,
				!status.ended() && due.isBefore(LocalDate.now(clock.withZone(ZONE))),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	private ApplicationView view(Row r) {
		var rating = jdbc.sql("select stars, comment from portal.rating where application_id = :id")
			.param("id", r.id())
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getString(2) })
			.optional()
			.orElse(null);
		return new ApplicationView(r.id(), r.trackingNumber(), r.itemCode(), r.itemName(), r.agencyId(), r.type(),
				r.channel(), r.status(), r.applicantName(), r.phoneMasked(), r.identifierMasked(), r.partyId(),
				r.content(), r.details(), r.dueBy(),
				!r.status().ended() && r.dueBy().isBefore(LocalDate.now(clock.withZone(ZONE))), r.outcome(),
				r.createdAt(), r.version(), history(r.id()), attachments(r.id()),
				rating == null ? null : (Integer) rating[0], rating == null ? null : (String) rating[1], r.linkedType(),
				r.linkedId(), hearing(r.id(), true));
	}

	private List<Step> history(UUID id) {
		return jdbc.sql(
				"select status, note, by_applicant, at from portal.application_event where application_id = :id order by at, id")
			.param("id", id)
			.query((rs, n) -> new Step(ApplicationStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getBoolean(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	private List<AttachmentLine> attachments(UUID id) {
		return jdbc.sql("""
				select id, filename, content_type, size, sha256, by_applicant, created_at from portal.attachment
				where application_id = :id order by created_at, filename
				""")
			.param("id", id)
			.query((rs, n) -> new AttachmentLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	private Integer stars(UUID id) {
		return jdbc.sql("select stars from portal.rating where application_id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private void step(UUID id, ApplicationStatus status, String note, boolean byApplicant, OffsetDateTime at) {
		jdbc.sql("""
				insert into portal.application_event (id, application_id, status, note, by_applicant, at)
				values (:id, :app, :status, :note, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("app", id)
			.param("status", status.name())
			.param("note", note)
			.param("by", byApplicant)
			.param("at", at)
			.update();
	}

	private void notice(UUID id, String number, String itemName, ApplicationStatus status) {
		byte[] sealed = jdbc.sql("select phone_sealed from portal.application where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
		String what = switch (status) {
			case ACCEPTED -> "已受理";
			case MATERIAL_REQUESTED -> "需要补充材料，请登录或凭查询编号查看";
			case REFUSED -> "未予受理，理由请凭查询编号查看";
			case COMPLETED -> "已办结，欢迎评价";
			case SUBMITTED -> "已提交";
		};
		notifications.send(Channel.SMS, protection.decrypt(sealed), "APPLICATION_" + status.name(),
				"【善治】您的申请“" + itemName + "”（" + number + "）" + what + "。");
	}

	private static String mask(String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return null;
		}
		return identifier.length() == 18 && ResidentIdNumbers.isValid(identifier) ? ResidentIdNumbers.mask(identifier)
				: identifier;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
