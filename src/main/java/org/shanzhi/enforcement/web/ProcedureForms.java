package org.shanzhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.shanzhi.enforcement.Penalty;
import org.shanzhi.enforcement.PenaltyKind;
import org.shanzhi.shared.FieldRejectedException;

/**
 * Reading the procedure forms of the case page: the rows of penalties (a kind and the
 * fields it needs, a row without a kind ignored), times in Shanghai, numbers and lines.
 */
final class ProcedureForms {

	/** How many penalty rows the forms show. */
	static final int PENALTY_ROWS = 3;

	private ProcedureForms() {
	}

	/**
	 * The penalties of the rows posted: {@code penaltyKind}, {@code penaltyAmount},
	 * {@code penaltyLicence}, {@code penaltyFrom}, {@code penaltyUntil},
	 * {@code penaltyDescription} (the scope of a period, the organ of a detention, the
	 * things confiscated, or what another penalty is).
	 */
	static List<Penalty> penalties(PenaltyRowsForm rows) {
		List<Penalty> penalties = new ArrayList<>();
		int n = size(rows.penaltyKind());
		for (int i = 0; i < n && i < 10; i++) {
			String kindText = at(rows.penaltyKind(), i);
			if (kindText == null) {
				continue;
			}
			PenaltyKind kind;
			try {
				kind = PenaltyKind.valueOf(kindText);
			}
			catch (IllegalArgumentException ex) {
				throw new FieldRejectedException("penaltyKind", "type");
			}
			BigDecimal amount = decimal(at(rows.penaltyAmount(), i), "penaltyAmount");
			String licence = at(rows.penaltyLicence(), i);
			String description = at(rows.penaltyDescription(), i);
			LocalDate from = date(at(rows.penaltyFrom(), i), "penaltyFrom");
			LocalDate until = date(at(rows.penaltyUntil(), i), "penaltyUntil");
			List<Penalty.Item> items = kind == PenaltyKind.CONFISCATE_PROPERTY && description != null
					? List.of(new Penalty.Item(description, null, null)) : List.of();
			Penalty p = new Penalty(kind, kind.hasAmount() ? amount : null, items,
					kind.onLicence() && licence != null ? new Penalty.Licence(licence, null) : null,
					kind.forPeriod() ? from : null, kind.forPeriod() ? until : null,
					kind.forPeriod() ? description : null, kind == PenaltyKind.DETENTION_REFERRED ? description : null,
					kind == PenaltyKind.OTHER ? description : null);
			try {
				p.requireComplete("penalty");
			}
			catch (FieldRejectedException ex) {
				throw new FieldRejectedException(rowField(ex), ex.code());
			}
			penalties.add(p);
		}
		return penalties;
	}

	/** The form's field of a penalty's field refused. */
	private static String rowField(FieldRejectedException ex) {
		String field = ex.field().substring(ex.field().lastIndexOf('.') + 1);
		return switch (field) {
			case "amount" -> "penaltyAmount";
			case "licence" -> "penaltyLicence";
			case "from" -> "penaltyFrom";
			case "until" -> "penaltyUntil";
			default -> "penaltyDescription";
		};
	}

	/** A {@code datetime-local} value as a time in Shanghai; null when blank. */
	static OffsetDateTime time(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text).atZone(org.shanzhi.shared.PeopleTime.ZONE).toOffsetDateTime();
		}
		catch (RuntimeException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

	/**
	 * A required time; one in the current minute (the form's time, given to the minute)
	 * is now, so that it does not fall before a step taken earlier in that minute.
	 */
	static OffsetDateTime requiredTimeUpToNow(String value, String field) {
		OffsetDateTime at = requiredTime(value, field);
		OffsetDateTime now = OffsetDateTime.now();
		return !at.isAfter(now) && at.plusMinutes(1).isAfter(now) ? now : at;
	}

	/** A required time. */
	static OffsetDateTime requiredTime(String value, String field) {
		OffsetDateTime at = time(value, field);
		if (at == null) {
			throw new FieldRejectedException(field, "required");
		}
		return at;
	}

	static LocalDate date(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

	static BigDecimal decimal(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

	static Integer integer(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new FieldRejectedException(field, "type");
		}
	}

	/** The non-blank lines of a text. */
	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String required(String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			throw new FieldRejectedException(field, "required");
		}
		return text;
	}

	private static int size(List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static String at(List<String> values, int n) {
		return values == null || values.size() <= n ? null : blankToNull(values.get(n));
	}

	/** The rows of penalties a form posts. */
	interface PenaltyRowsForm {

		List<String> penaltyKind();

		List<String> penaltyAmount();

		List<String> penaltyLicence();

		List<String> penaltyFrom();

		List<String> penaltyUntil();

		List<String> penaltyDescription();

	}

}
