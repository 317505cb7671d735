package org.shanzhi.shared;

/**
 * The one rule for text that reaches the platform from outside (JSON bodies, request
 * parameters, path variables, form fields): no control characters other than tab, line
 * feed and carriage return, no lone surrogates, no non-characters. PostgreSQL refuses NUL
 * in text and silently replaces a lone surrogate, so such input is refused before it gets
 * anywhere (a 400 naming the field).
 * <p>
 * Text is deliberately not Unicode-normalised (NFC): NFC rewrites CJK compatibility
 * ideographs, which occur in people's and places' names, to other code points.
 */
public final class InputText {

	private InputText() {
	}

	/** Whether {@code text} may be stored as it is; {@code null} is acceptable. */
	public static boolean acceptable(CharSequence text) {
		return text == null || firstRefused(text) < 0;
	}

	/**
	 * The index of the first character refused, or -1 when every character is acceptable.
	 */
	public static int firstRefused(CharSequence text) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					return i;
				}
			}
			else if (c >= 0x7f && c <= 0x9f) {
				return i;
			}
			else if (Character.isHighSurrogate(c)) {
				if (i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return i;
				}
				int cp = Character.toCodePoint(c, text.charAt(i + 1));
				if ((cp & 0xfffe) == 0xfffe) {
					return i;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return i;
			}
			else if (c == 0xfffe || c == 0xffff || (c >= 0xfdd0 && c <= 0xfdef)) {
				return i;
			}
		}
		return -1;
	}

}
