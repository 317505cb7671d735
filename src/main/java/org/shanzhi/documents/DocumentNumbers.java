package org.shanzhi.documents;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers (发文字号) such as {@code 河市监指〔2026〕0001号}: the agency's prefix (机关代字),
 * the kind of document, the year and a sequence per agency, kind and year.
 * <p>
 * A number is taken inside the transaction that creates the document: the counter row is
 * locked until that transaction ends, so concurrent documents of the same agency, kind
 * and year get consecutive numbers, and a transaction that rolls back gives its number
 * back. Every number issued is registered with the record it belongs to.
 */
@Service
public class DocumentNumbers {

	static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,12}");

	static final Pattern KIND = Pattern.compile("[\\p{IsHan}A-Za-z]{1,4}");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Actors actors;

	DocumentNumbers(JdbcClient jdbc, Agencies agencies, Actors actors) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.actors = actors;
	}

	/**
	 * The next number of the agency for this kind and year, registered for the subject.
	 * Must run inside the transaction that saves the subject.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedNumber next(UUID agencyId, String kind, int year, String subjectType, UUID subjectId) {
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("document kind " + kind);
		}
		String prefix = prefix(agencyId);
		// one statement: take the next value (locking the counter row until commit) and
		// register the number it makes
		return jdbc
			.sql("""
					with counter as (
					    insert into documents.number_counter (agency_id, kind, year, last_value) values (:agency, :kind, :year, 1)
					    on conflict (agency_id, kind, year) do update set last_value = documents.number_counter.last_value + 1
					    returning last_value)
					insert into documents.issued_number (number, agency_id, kind, year, sequence, subject_type, subject_id, issued_at)
					select :prefix || :kind || '〔' || :year || '〕' || lpad(last_value::text, greatest(4, length(last_value::text)), '0') || '号',
					       :agency, :kind, :year, last_value, :subjectType, :subjectId, now()
					from counter
					returning number, sequence
					""")
			.param("agency", agencyId)
			.param("kind", kind)
			.param("year", year)
			.param("prefix", prefix)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.query((rs, n) -> new IssuedNumber(rs.getString(1), rs.getInt(2)))
			.single();
	}

	/**
	 * The agency's prefix (机关代字), e.g. 河市监; the agency's code in capitals until one is
	 * set.
	 */
	@Transactional(readOnly = true)
	public String prefix(UUID agencyId) {
		return configuredPrefix(agencyId).orElseGet(() -> agencies.get(agencyId).code().toUpperCase());
	}

	@Transactional(readOnly = true)
	public Optional<String> configuredPrefix(UUID agencyId) {
		return jdbc.sql("select prefix from documents.issuer where agency_id = :agency")
			.param("agency", agencyId)
			.query(String.class)
			.optional();
	}

	/**
	 * Sets the agency's prefix (ADMIN, or the AGENCY_HEAD of that agency). Numbers
	 * already issued keep their text.
	 */
	@Transactional
	public String setPrefix(UUID agencyId, String prefix) {
		Actor actor = actors.require(Role.ADMIN, Role.AGENCY_HEAD);
		if (!actor.has(Role.ADMIN) && !agencyId.equals(actor.agencyId())) {
			throw new org.springframework.security.access.AccessDeniedException("only the agency's own head");
		}
		agencies.get(agencyId);
		String p = prefix == null ? "" : prefix.strip();
		if (!PREFIX.matcher(p).matches()) {
			throw new FieldRejectedException("prefix", "documentPrefix");
		}
		jdbc.sql("""
				insert into documents.issuer (agency_id, prefix, updated_at) values (:agency, :prefix, now())
				on conflict (agency_id) do update set prefix = excluded.prefix, updated_at = now()
				""").param("agency", agencyId).param("prefix", p).update();
		return p;
	}

	/** A number as issued: its text and its place in the year's sequence. */
	public record IssuedNumber(String text, int sequence) {
	}

}
