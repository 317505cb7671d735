package org.shanzhi.shared;

import java.util.Locale;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority
 * (1), organisation type (1), division code (6), organisation code (9, with its own GB
 * 11714 check character) and a final MOD 31 check character. Letters I, O, Z, S and V are
 * never used.
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static String normalize(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String value) {
		String code = normalize(value);
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		// division code: six digits
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/**
	 * The GB 32100 check character for the first 17 characters (which must use the
	 * alphabet).
	 */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	/**
	 * The GB 11714 check character of a 9-character organisation code's first 8
	 * characters.
	 */
	public static char organisationCodeCheck(String first8) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = first8.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * weights[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

}
