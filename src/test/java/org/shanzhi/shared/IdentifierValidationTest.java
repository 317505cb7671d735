package org.shanzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** GB 11643 resident ID numbers and GB 32100 unified social credit codes. */
class IdentifierValidationTest {

	@Test
	void acceptsResidentIdsWithTheRightCheckCharacter() {
		// check characters computed by hand with the GB 11643 weights (7 9 10 5 8 4 2 1 6
		// 3 7 9 10 5 8 4 2)
		assertThat(ResidentIdNumbers.isValid("410302199001011235")).isTrue();
		assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(ResidentIdNumbers.isValid("11010519491231002x")).as("a lower-case x is normalised").isTrue();
		assertThat(ResidentIdNumbers.isValid("440524188001010014")).isFalse(); // born
																				// before
																				// 1900
	}

	@Test
	void refusesResidentIdsWithAWrongCheckCharacterOrShape() {
		assertThat(ResidentIdNumbers.isValid("410302199001011234")).isFalse();
		assertThat(ResidentIdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(ResidentIdNumbers.isValid("41030219900101123")).isFalse();
		assertThat(ResidentIdNumbers.isValid("4103021990010112355")).isFalse();
		assertThat(ResidentIdNumbers.isValid("41030219901301123X")).as("month 13").isFalse();
		assertThat(ResidentIdNumbers.isValid("A10302199001011235")).isFalse();
		assertThat(ResidentIdNumbers.isValid(null)).isFalse();
		assertThat(ResidentIdNumbers.isValid("")).isFalse();
	}

	@Test
	void everyGeneratedResidentIdValidatesAndEverySingleDigitChangeIsCaught() {
		qt().forAll(integers().between(0, 999), integers().between(0, 20000), integers().between(0, 16),
				integers().between(1, 9))
			.checkAssert((seq, day, position, delta) -> {
				String date = java.time.LocalDate.of(1950, 1, 1).plusDays(day).toString().replace("-", "");
				String first17 = "410302" + date + String.format("%03d", seq);
				String id = first17 + ResidentIdNumbers.checkCharacter(first17);
				assertThat(ResidentIdNumbers.isValid(id)).isTrue();
				char[] chars = id.toCharArray();
				chars[position] = (char) ('0' + (chars[position] - '0' + delta) % 10);
				// a changed digit either breaks the date or the check character
				assertThat(ResidentIdNumbers.isValid(new String(chars))).isFalse();
			});
	}

	@Test
	void masksAllButTheFirstAndLastFourCharacters() {
		assertThat(ResidentIdNumbers.mask("410302199001011235")).isEqualTo("4103**********1235");
	}

	@Test
	void acceptsCreditCodesWithTheRightCheckCharacter() {
		assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
		assertThat(CreditCodes.isValid("91110000600037341l")).as("lower case is normalised").isTrue();
	}

	@Test
	void refusesCreditCodesWithAWrongCheckCharacterOrAlphabet() {
		assertThat(CreditCodes.isValid("91350100M000100Y42")).isFalse();
		assertThat(CreditCodes.isValid("91110000600037341M")).isFalse();
		assertThat(CreditCodes.isValid("9135010OM000100Y43")).as("letter O is not in the alphabet").isFalse();
		assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
		assertThat(CreditCodes.isValid("913A0100M000100Y43")).as("division code must be digits").isFalse();
		assertThat(CreditCodes.isValid(null)).isFalse();
	}

	@Test
	void everyGeneratedCreditCodeValidatesAndEverySingleCharacterChangeIsCaught() {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		qt().forAll(integers().between(0, Integer.MAX_VALUE - 1), integers().between(8, 16), integers().between(1, 30))
			.checkAssert((seed, position, delta) -> {
				java.util.Random r = new java.util.Random(seed);
				StringBuilder sb = new StringBuilder("91410302");
				for (int i = 0; i < 9; i++) {
					sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
				}
				String code = sb + String.valueOf(CreditCodes.checkCharacter(sb.toString()));
				assertThat(CreditCodes.isValid(code)).isTrue();
				char[] chars = code.toCharArray();
				chars[position] = alphabet.charAt((alphabet.indexOf(chars[position]) + delta) % alphabet.length());
				assertThat(CreditCodes.isValid(new String(chars))).isFalse();
			});
	}

}
