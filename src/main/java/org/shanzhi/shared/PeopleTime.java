package org.shanzhi.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one time zone in which a person reads a time: Beijing time (Asia/Shanghai), for
 * pages, PDFs, exports and notices alike. Instants and times with any offset are
 * converted to it; dates and local times are shown as they are.
 */
public final class PeopleTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

	private PeopleTime() {
	}

	/** The value in Beijing time, formatted with the pattern; empty for {@code null}. */
	public static String format(Object value, String pattern) {
		if (value == null) {
			return "";
		}
		DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
		return formatter.format(inZone(value));
	}

	/** Date and minute, the platform's usual form ({@value #DATE_TIME}). */
	public static String format(Object value) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return format(value, DATE_TIME);
	}

	/** Today in Beijing. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	static TemporalAccessor inZone(Object value) {
		if (value instanceof OffsetDateTime t) {
			return t.atZoneSameInstant(ZONE);
		}
		if (value instanceof ZonedDateTime t) {
			return t.withZoneSameInstant(ZONE);
		}
		if (value instanceof Instant t) {
			return t.atZone(ZONE);
		}
		if (value instanceof java.util.Date d) {
			return d.toInstant().atZone(ZONE);
		}
		if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof TemporalAccessor) {
			return (TemporalAccessor) value;
		}
		throw new IllegalArgumentException("not a time: " + value.getClass().getName());
	}

}
