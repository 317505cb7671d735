package org.shanzhi.joint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.DataProtection;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.Hashes;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exchange with other departments' systems (J2). Outbound, the shared events go through
 * the event externalisation (log or Kafka, {@code docs/exchange.md}). Inbound, a client
 * registered by an administrator for one agency posts findings signed with its secret:
 * HMAC-SHA256 over {@code timestamp + "." + body}, hex, in {@code X-Shanzhi-Signature},
 * with {@code X-Shanzhi-Client} and {@code X-Shanzhi-Timestamp} (epoch seconds, within
 * five minutes). An unknown or revoked client, a stale timestamp or a bad signature is
 * refused (401) before the body is read; an unknown party or a matter outside the
 * agency's catalogue is refused (422) with nothing written; the same event id again
 * answers as the first time.
 */
@Service
public class Exchange {

	static final Duration SKEW = Duration.ofMinutes(5);

	private static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	private static final ObjectMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	private final Actors actors;

	private final DataProtection protection;

	private final Parties parties;

	private final org.shanzhi.directory.Agencies agencies;

	private final MatterCatalogue matters;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Exchange(JdbcClient jdbc, Actors actors, DataProtection protection, Parties parties,
			org.shanzhi.directory.Agencies agencies, MatterCatalogue matters, Validator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.actors = actors;
		this.protection = protection;
		this.parties = parties;
		this.matters = matters;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** A registered client; the secret is shown once, when registered. */
	public record ClientView(UUID id, String name, UUID agencyId, OffsetDateTime createdAt, OffsetDateTime revokedAt,
			String secret) {
	}

	/** An administrator registers another department's system for one agency. */
	@Transactional
	public ClientView register(String name, UUID agencyId) {
		Actor actor = actors.require(Role.ADMIN);
		if (name == null || name.isBlank()) {
			throw new FieldRejectedException("name", "required");
		}
		if (name.length() > 100) {
			throw new FieldRejectedException("name", "textTooLong");
		}
		if (agencyId == null) {
			throw new FieldRejectedException("agencyId", "required");
		}
		try {
			agencies.get(agencyId);
		}
		catch (NotFoundException ex) {
			throw new FieldRejectedException("agencyId", "unknownRecord");
		}
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String secret = HexFormat.of().formatHex(random);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into joint.exchange_client (id, name, agency_id, secret, created_by, created_at)
				values (:id, :name, :agency, :secret, :by, :at)
				""")
			.param("id", id)
			.param("name", name.strip())
			.param("agency", agencyId)
			.param("secret", protection.encrypt(secret))
			.param("by", actor.accountId())
			.param("at", now)
			.update();
		return new ClientView(id, name.strip(), agencyId, now, null, secret);
	}

	/** The registered clients, without their secrets. */
	@Transactional(readOnly = true)
	public List<ClientView> clients() {
		actors.require(Role.ADMIN);
		return jdbc
			.sql("select id, name, agency_id, created_at, revoked_at from joint.exchange_client order by created_at")
			.query((rs, n) -> new ClientView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), null))
			.list();
	}

	/** An administrator revokes a client: its requests are refused from now on. */
	@Transactional
	public void revoke(UUID id) {
		actors.require(Role.ADMIN);
		if (jdbc.sql("update joint.exchange_client set revoked_at = :at where id = :id and revoked_at is null")
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update() == 0) {
			throw NotFoundException.forId("exchange-client", id);
		}
	}

	/** A finding as another department's system posts it. */
	public record InboundFinding(@NotBlank @Size(max = 100) String eventId, UUID partyId,
			@Size(max = 18) String creditCode, @NotNull LocalDate day, @NotBlank @Size(max = 40) String matter,
			@NotNull JointAction.Result result, @Size(max = 2000) String note, @Size(max = 1000) String requirement,
			LocalDate deadline, @Size(max = 100) String officer) {
	}

	/** What the platform made of an inbound finding. */
	public record Received(String eventId, UUID partyId, boolean duplicate) {
	}

	/**
	 * Checks the client's credentials and signature over the raw body, then records the
	 * finding for the client's agency.
	 */
	@Transactional
	public Received receive(String clientId, String timestamp, String signature, byte[] body) {
		Client client = authenticate(clientId, timestamp, signature, body);
		InboundFinding f;
		try {
			f = STRICT.readValue(body, InboundFinding.class);
		}
		catch (JacksonException ex) {
			throw new FieldRejectedException("body", "unreadable");
		}
		if (f == null) {
			throw new FieldRejectedException("body", "unreadable");
		}
		Set<ConstraintViolation<InboundFinding>> violations = validator.validate(f);
		if (!violations.isEmpty()) {
			ConstraintViolation<InboundFinding> v = violations.iterator().next();
			throw new FieldRejectedException(v.getPropertyPath().toString(), "invalid");
		}
		String hash = Hashes.sha256Hex(body);
		var earlier = jdbc.sql("""
				select request_hash, party_id from joint.inbound_event where client_id = :c and event_id = :e
				""")
			.param("c", client.id())
			.param("e", f.eventId())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class) })
			.optional();
		if (earlier.isPresent()) {
			if (!earlier.get()[0].equals(hash)) {
				throw RuleViolationException.conflict("exchange-event-reused", f.eventId());
			}
			return new Received(f.eventId(), (UUID) earlier.get()[1], true);
		}
		UUID party = Actors.runAs(Actor.SYSTEM, () -> resolveParty(f));
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (f.day().isAfter(today)) {
			throw new FieldRejectedException("day", "notInFuture");
		}
		if (!matters.covers(client.agencyId(), f.matter())) {
			throw RuleViolationException.rule("joint-matter-outside-competence", f.matter());
		}
		if (f.deadline() != null) {
			if (f.requirement() == null || f.requirement().isBlank()) {
				throw new FieldRejectedException("requirement", "required");
			}
			if (!f.deadline().isAfter(today)) {
				throw new FieldRejectedException("deadline", "notInPast");
			}
		}
		jdbc.sql("""
				insert into joint.inbound_event (client_id, event_id, request_hash, party_id, received_at)
				values (:c, :e, :h, :p, :at)
				""")
			.param("c", client.id())
			.param("e", f.eventId())
			.param("h", hash)
			.param("p", party)
			.param("at", OffsetDateTime.now(clock))
			.update();
		String note = (f.officer() == null || f.officer().isBlank() ? "" : "检查人员：" + f.officer().strip() + "；")
				+ (f.note() == null ? "" : f.note().strip());
		events.publishEvent(new JointEvents.ExternalFindingsReceived(client.name() + " " + f.eventId(), f.day(),
				List.of(new JointAction.Finding(client.agencyId(), party, client.id(), f.matter(), f.result(),
						note.isBlank() ? null : note, f.requirement(), f.deadline()))));
		return new Received(f.eventId(), party, false);
	}

	private UUID resolveParty(InboundFinding f) {
		if (f.partyId() != null) {
			try {
				return parties.get(f.partyId()).id();
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.rule("exchange-unknown-party");
			}
		}
		if (f.creditCode() != null && !f.creditCode().isBlank()) {
			return parties.search(f.creditCode().strip().toUpperCase(), 0, 2)
				.items()
				.stream()
				.filter(p -> f.creditCode().strip().equalsIgnoreCase(p.creditCode()))
				.findFirst()
				.orElseThrow(() -> RuleViolationException.rule("exchange-unknown-party"))
				.id();
		}
		throw new FieldRejectedException("partyId", "required");
	}

	record Client(UUID id, String name, UUID agencyId, String secret) {
	}

	private Client authenticate(String clientId, String timestamp, String signature, byte[] body) {
		UUID id;
		try {
			id = UUID.fromString(clientId == null ? "" : clientId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ExchangeRefusedException("exchange-unknown-client");
		}
		Client client = jdbc.sql("""
				select id, name, agency_id, secret from joint.exchange_client where id = :id and revoked_at is null
				""")
			.param("id", id)
			.query((rs, n) -> new Client(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					protection.decrypt(rs.getBytes(4))))
			.optional()
			.orElseThrow(() -> new ExchangeRefusedException("exchange-unknown-client"));
		long seconds;
		try {
			seconds = Long.parseLong(timestamp == null ? "" : timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw new ExchangeRefusedException("exchange-stale-timestamp");
		}
		long now = clock.instant().getEpochSecond();
		if (Math.abs((double) seconds - now) > SKEW.toSeconds()) {
			throw new ExchangeRefusedException("exchange-stale-timestamp");
		}
		byte[] expected = sign(client.secret(), timestamp.strip(), body);
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature == null ? "" : signature.strip().toLowerCase());
		}
		catch (IllegalArgumentException ex) {
			throw new ExchangeRefusedException("exchange-bad-signature");
		}
		if (!MessageDigest.isEqual(expected, given)) {
			throw new ExchangeRefusedException("exchange-bad-signature");
		}
		return client;
	}

	/** The signature a client sends: HMAC-SHA256 of {@code timestamp + "." + body}. */
	public static byte[] sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
