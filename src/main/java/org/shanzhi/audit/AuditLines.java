package org.shanzhi.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.enforcement.ViolationTypes;
import org.shanzhi.security.Accounts;
import org.shanzhi.shared.PeopleTime;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as a person reads it: who (a name, not a user name), when (Beijing
 * time), what (the record's kind and the act in words) and each change as a labelled
 * value — codes as their words, identifiers of parties, officers, agencies and accounts
 * as their names, times in Beijing time, yes and no — and changes that only link to
 * another record by its identifier left out. Words come from the message bundles
 * ({@code audit.subjectType.*}, {@code audit.action.*}, {@code audit.field.*}, and for
 * values {@code audit.value.<field>.<CODE>} or the owning module's own labels).
 */
@Component
public class AuditLines {

	static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** The module prefix of the labels of a record kind's values. */
	static final Map<String, List<String>> PREFIXES = Map.ofEntries(Map.entry("GUIDANCE_ACT", List.of("guidance")),
			Map.entry("CONDUCT_COMPLAINT", List.of("guidance")), Map.entry("MEDIATION_CASE", List.of("mediation")),
			Map.entry("MEDIATION_NOTICE", List.of("mediation")), Map.entry("RECONCILIATION", List.of("mediation")),
			Map.entry("ENFORCEMENT_CASE", List.of("case")), Map.entry("COERCIVE_MEASURE", List.of("coercive", "case")),
			Map.entry("INSPECTION", List.of("case")), Map.entry("PARTY", List.of("party")),
			Map.entry("RISK_CATALOGUE", List.of("risk")), Map.entry("RISK_EVALUATION", List.of("risk")),
			Map.entry("LENIENCY_LIST", List.of("leniency")), Map.entry("CALENDAR_DAY", List.of("calendar")),
			Map.entry("REFERRAL", List.of("joint")), Map.entry("SHARING_RULE", List.of("joint")),
			Map.entry("AGENCY", List.of("agency")), Map.entry("RISK_WARNING", List.of("risk", "guidance")));

	/** Field names whose codes share labels with another concept. */
	static final Map<String, String> CONCEPTS = Map.of("disputeType", "dispute", "partyCategory", "category",
			"proposed", "treatment", "roles", "role", "recordTypes", "recordType", "recordType", "recordType");

	/** A field of one kind of record whose codes have their own concept. */
	static final Map<String, String> SUBJECT_CONCEPTS = Map.of("SHARING_RULE.status", "ruleStatus", "REFERRAL.status",
			"referralStatus", "RISK_WARNING.status", "warningStatus", "RISK_WARNING.outcome", "warningOutcome",
			"RISK_WARNING.reason", "warningReason");

	/** Global labels of concepts used by several kinds of record. */
	static final List<String> GLOBAL = List.of("treatment", "harm", "role");

	/** One change as shown: its label and the values before and after, in words. */
	public record ChangeLine(String label, String before, String after) {
	}

	/** One entry as shown. */
	public record AuditLine(long seq, String time, String actor, String subject, String action,
			List<ChangeLine> changes) {
	}

	private final MessageSource messages;

	private final Accounts accounts;

	private final Agencies agencies;

	private final Parties parties;

	private final ViolationTypes violationTypes;

	AuditLines(MessageSource messages, Accounts accounts, Agencies agencies, Parties parties,
			ViolationTypes violationTypes) {
		this.messages = messages;
		this.violationTypes = violationTypes;
		this.accounts = accounts;
		this.agencies = agencies;
		this.parties = parties;
	}

	public List<AuditLine> present(List<AuditEntryView> entries) {
		Locale locale = LocaleContextHolder.getLocale();
		Names names = names(entries);
		List<AuditLine> lines = new ArrayList<>();
		for (AuditEntryView e : entries) {
			List<ChangeLine> changes = new ArrayList<>();
			for (AuditEntryView.Change c : e.changes()) {
				String before = value(e, c.field(), c.before(), names, locale);
				String after = value(e, c.field(), c.after(), names, locale);
				if (before == null && after == null) {
					continue;
				}
				changes.add(new ChangeLine(label("audit.field." + c.field(), c.field(), locale),
						before == null || before.equals(after) ? null : before, after));
			}
			lines.add(new AuditLine(e.seq(), PeopleTime.format(e.occurredAt(), "yyyy-MM-dd HH:mm:ss"),
					actor(e.actor(), names, locale),
					label("audit.subjectType." + e.subjectType(), e.subjectType(), locale),
					label("audit.action." + e.action(), e.action(), locale), changes));
		}
		return lines;
	}

	private String actor(String username, Names names, Locale locale) {
		if (username == null || "system".equals(username)) {
			return label("audit.actor.system", "system", locale);
		}
		return names.accounts.computeIfAbsent(username,
				u -> accounts.findByUsername(u).map(a -> a.displayName()).orElse(u));
	}

	String value(AuditEntryView entry, String field, Object value, Names names, Locale locale) {
		String subjectType = entry.subjectType();
		if (value == null) {
			return null;
		}
		if (field.equals("violationCode") || field.equals("code") && "VIOLATION_TYPE".equals(subjectType)) {
			return names.violation(entry.agencyId(), value.toString());
		}
		if (value instanceof Boolean b) {
			return label(b ? "common.yes" : "common.no", String.valueOf(b), locale);
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		if (value instanceof Collection<?> items) {
			List<String> shown = new ArrayList<>();
			for (Object item : items) {
				String s = value(entry, field, item, names, locale);
				if (s != null) {
					shown.add(s);
				}
			}
			return shown.isEmpty() ? null : String.join("、", shown);
		}
		if (value instanceof Map<?, ?>) {
			return null;
		}
		String text = value.toString();
		if (text.isBlank()) {
			return null;
		}
		if (UUID_TEXT.matcher(text).matches()) {
			return names.of(field, UUID.fromString(text));
		}
		if (text.length() > 10 && text.charAt(4) == '-' && text.contains("T")) {
			try {
				return PeopleTime.format(OffsetDateTime.parse(text));
			}
			catch (RuntimeException notATime) {
				// shown as it is
			}
		}
		if (text.length() == 10 && text.charAt(4) == '-') {
			try {
				return LocalDate.parse(text).toString();
			}
			catch (RuntimeException notADate) {
				// shown as it is
			}
		}
		if (CODE.matcher(text).matches()) {
			String words = codeLabel(subjectType, field, text, locale);
			if (words != null) {
				return words;
			}
		}
		return text;
	}

	private String codeLabel(String subjectType, String field, String code, Locale locale) {
		String concept = SUBJECT_CONCEPTS.getOrDefault(subjectType + "." + field, CONCEPTS.getOrDefault(field, field));
		List<String> keys = new ArrayList<>();
		keys.add("audit.value." + field + "." + code);
		for (String prefix : PREFIXES.getOrDefault(subjectType, List.of())) {
			keys.add(prefix + "." + concept + "." + code);
			keys.add(prefix + "." + field + "." + code);
		}
		keys.add("party." + concept + "." + code);
		if (GLOBAL.contains(concept)) {
			keys.add(concept + "." + code);
		}
		for (String key : keys) {
			String words = messages.getMessage(key, null, null, locale);
			if (words != null) {
				return words;
			}
		}
		return null;
	}

	private String label(String key, String fallback, Locale locale) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

	/** The names of the records the entries refer to, read once for a page of entries. */
	final class Names {

		final Map<String, String> accounts = new HashMap<>();

		final Map<UUID, String> parties = new LinkedHashMap<>();

		final Map<UUID, String> people = new HashMap<>();

		Map<UUID, String> agencies;

		final Map<UUID, Map<String, String>> violations = new HashMap<>();

		/**
		 * A violation type's title in its agency's catalogue (the code where it has
		 * none).
		 */
		String violation(UUID agencyId, String code) {
			if (agencyId == null) {
				return code;
			}
			return violations.computeIfAbsent(agencyId, violationTypes::titles).getOrDefault(code, code);
		}

		String of(String field, UUID id) {
			String f = field.toLowerCase(Locale.ROOT);
			if (f.contains("party")) {
				return parties.get(id);
			}
			if (f.contains("agency")) {
				if (agencies == null) {
					agencies = AuditLines.this.agencies.names();
				}
				return agencies.get(id);
			}
			if (f.contains("officer") || f.contains("account") || f.contains("mediator") || f.contains("reviewer")) {
				return people.get(id);
			}
			return null;
		}

	}

	private Names names(List<AuditEntryView> entries) {
		Names names = new Names();
		Set<UUID> partyIds = new HashSet<>();
		Set<UUID> peopleIds = new HashSet<>();
		for (AuditEntryView e : entries) {
			for (AuditEntryView.Change c : e.changes()) {
				String f = c.field().toLowerCase(Locale.ROOT);
				for (Object v : new Object[] { c.before(), c.after() }) {
					if (v instanceof String s && UUID_TEXT.matcher(s).matches()) {
						if (f.contains("party")) {
							partyIds.add(UUID.fromString(s));
						}
						else if (f.contains("officer") || f.contains("account") || f.contains("mediator")
								|| f.contains("reviewer")) {
							peopleIds.add(UUID.fromString(s));
						}
					}
				}
			}
		}
		if (!partyIds.isEmpty()) {
			names.parties.putAll(parties.namesForDocument(partyIds));
		}
		if (!peopleIds.isEmpty()) {
			names.people.putAll(accounts.displayNames(peopleIds));
			for (UUID id : peopleIds) {
				if (!names.people.containsKey(id)) {
					try {
						names.people.put(id, agencies.officer(id).name());
					}
					catch (RuntimeException notAnOfficer) {
						// not an officer either: the change is left out
					}
				}
			}
		}
		return names;
	}

}
