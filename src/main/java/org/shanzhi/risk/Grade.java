package org.shanzhi.risk;

/** The grade of a risk point (LH20(1)): 高风险, 中风险, 低风险 违法等级. */
public enum Grade {

	HIGH, MEDIUM, LOW;

	/** The matrix letter of the grade. */
	public char letter() {
		return name().charAt(0);
	}

	static Grade ofLetter(char c) {
		return switch (c) {
			case 'H' -> HIGH;
			case 'M' -> MEDIUM;
			case 'L' -> LOW;
			default -> throw new IllegalArgumentException("grade letter " + c);
		};
	}

	/** Higher is riskier: LOW 0, MEDIUM 1, HIGH 2. */
	int rank() {
		return 2 - ordinal();
	}

}
