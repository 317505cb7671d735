package org.shanzhi.shared;

/** Masks personal data for display where the full value is not needed. */
public final class Masking {

	private Masking() {
	}

	/** {@code 13812345678} → {@code 138****5678}. */
	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone;
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	/** {@code 张三丰} → {@code 张**}: for pages the public can read. */
	public static String personName(String name) {
		if (name == null || name.length() < 2) {
			return name;
		}
		return name.charAt(0) + "*".repeat(name.length() - 1);
	}

}
