package org.shanzhi.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.shared.AuditedEvent;

/** Changes of the official calendar, each written to the audit trail. */
public final class CalendarEvents {

	private CalendarEvents() {
	}

	public record CalendarDaySet(LocalDate date, DayKind kind, String name, boolean statutory,
			Map<String, Object> before) implements AuditedEvent {

		public String subjectType() {
			return "CALENDAR_DAY";
		}

		public String subjectId() {
			return date.toString();
		}

		public UUID agencyId() {
			return null;
		}

		public String action() {
			return before.isEmpty() ? "CREATED" : "UPDATED";
		}

		public Map<String, Object> after() {
			return Map.of("kind", kind.name(), "name", name, "statutory", statutory);
		}
	}

	public record CalendarDayRemoved(LocalDate date, Map<String, Object> before) implements AuditedEvent {

		public String subjectType() {
			return "CALENDAR_DAY";
		}

		public String subjectId() {
			return date.toString();
		}

		public UUID agencyId() {
			return null;
		}

		public String action() {
			return "REMOVED";
		}

		public Map<String, Object> after() {
			return Map.of();
		}
	}

}
