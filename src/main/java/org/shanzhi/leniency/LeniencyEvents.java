package org.shanzhi.leniency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Past-tense events of the leniency lists. */
public final class LeniencyEvents {

	private LeniencyEvents() {
	}

	public record ListDrafted(UUID listId, UUID agencyId, ListKind kind, int versionNo,
			int entries) implements AuditedEvent {

		public String subjectType() {
			return "LENIENCY_LIST";
		}

		public String subjectId() {
			return listId.toString();
		}

		public String action() {
			return "DRAFTED";
		}

		public Map<String, Object> after() {
			return Map.of("kind", kind.name(), "versionNo", versionNo, "entries", entries);
		}
	}

	public record DraftEdited(UUID listId, UUID agencyId, int entries) implements AuditedEvent {

		public String subjectType() {
			return "LENIENCY_LIST";
		}

		public String subjectId() {
			return listId.toString();
		}

		public String action() {
			return "EDITED";
		}

		public Map<String, Object> after() {
			return Map.of("entries", entries);
		}
	}

	/**
	 * A new version of a list is published and will be in force from
	 * {@code effectiveFrom}.
	 */
	public record ListPublished(UUID listId, UUID agencyId, ListKind kind, int versionNo, LocalDate effectiveFrom,
			int entries) implements AuditedEvent {

		public String subjectType() {
			return "LENIENCY_LIST";
		}

		public String subjectId() {
			return listId.toString();
		}

		public String action() {
			return "PUBLISHED";
		}

		public Map<String, Object> after() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", kind.name());
			m.put("versionNo", versionNo);
			m.put("effectiveFrom", effectiveFrom.toString());
			m.put("entries", entries);
			return m;
		}
	}

}
