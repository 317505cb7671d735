package org.shanzhi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 18-character citizen identification number of GB 11643-1999: a 6-digit division
 * code, an 8-digit birth date, a 3-digit sequence and an ISO 7064 MOD 11-2 check
 * character (0-9 or X).
 */
public final class ResidentIdNumbers {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentIdNumbers() {
	}

	/** Upper-cases a trailing x and strips surrounding blanks. */
	public static String normalize(String value) {
		return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
	}

	public static boolean isValid(String value) {
		String id = normalize(value);
		if (id == null || !SHAPE.matcher(id).matches()) {
			return false;
		}
		if (!isPlausibleBirthDate(id.substring(6, 14))) {
			return false;
		}
		return checkCharacter(id.substring(0, 17)) == id.charAt(17);
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static boolean isPlausibleBirthDate(String yyyymmdd) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
			return date.getYear() >= 1900 && !date.isAfter(LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return false;
		}
	}

	/** {@code 410302199001011234} → {@code 4103**********1234}. */
	public static String mask(String value) {
		if (value == null || value.length() < 8) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
	}

}
