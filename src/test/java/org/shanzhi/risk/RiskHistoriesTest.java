package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shanzhi.shared.RowsRejectedException;

/**
 * Checking a legacy history file: a good file parses whole (byte-order mark, Chinese
 * results, optional columns); wrong columns are refused at the header; every bad row is
 * named by its line with the column at fault, duplicates by the line they repeat.
 */
class RiskHistoriesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static RiskHistories.Parsed parse(String csv) {
		return RiskHistories.parse(csv.getBytes(StandardCharsets.UTF_8), TODAY);
	}

	static RowsRejectedException refused(String csv) {
		return catchThrowableOfType(RowsRejectedException.class, () -> parse(csv));
	}

	@Test
	void aGoodFileParsesWhole() {
		RiskHistories.Parsed parsed = parse("\uFEFFparty_id,date,result,violation_codes,occurred_on,complaints\n"
				+ "A-1,2024-03-01,VIOLATION,SPSC-033;SPSC-045,2024-02-01,2\n" + "A-1,2025/03/01,未发现违法,,,\n"
				+ "B-2,2025-06-30,违法,CPZL-027,,0\n");
		assertThat(parsed.rows()).hasSize(3);
		RiskHistories.Row first = parsed.rows().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.violation()).isTrue();
		assertThat(first.codes()).isEqualTo("SPSC-033;SPSC-045");
		assertThat(first.occurred()).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(first.features()[RiskHistories.FEATURES.indexOf("complaints")]).isEqualTo(2.0);
		assertThat(parsed.rows().get(1).date()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(parsed.rows().get(1).violation()).isFalse();
		assertThat(parsed.columns()).containsExactly("party_id", "date", "result", "violation_codes", "occurred_on",
				"complaints");
	}

	@Test
	void wrongColumnsAreRefusedAtTheHeader() {
		RowsRejectedException ex = refused("party,date,result,violation_codes,colour\nA,2024-01-01,VIOLATION,X\n");
		assertThat(ex.refusals()).extracting(RowsRejectedException.Refusal::row).containsOnly(1);
		assertThat(ex.refusals()).extracting(RowsRejectedException.Refusal::code)
			.containsExactlyInAnyOrder("column-missing", "column-unknown", "column-unknown");
		assertThat(
				refused("party_id,date,date,result,violation_codes\nA,2024-01-01,2024-01-01,VIOLATION,X\n").refusals()
					.get(0)
					.code())
			.isEqualTo("column-duplicate");
		assertThat(
				refused("party_id,date,result,violation_codes\nA,\"2024-01-01,VIOLATION,X\n").refusals().get(0).code())
			.isEqualTo("malformed");
		assertThat(refused("party_id,date,result,violation_codes\n").refusals().get(0).code()).isEqualTo("no-rows");
	}

	@Test
	void everyBadRowIsNamedByItsLineAndColumn() {
		RowsRejectedException ex = refused("""
				party_id,date,result,violation_codes,occurred_on,satisfaction
				A,2024-01-01,VIOLATION,X,,4
				B,2024-13-01,VIOLATION,X,,
				C,2024-01-01,MAYBE,,,
				D,2024-01-01,VIOLATION,,,
				E,2024-01-01,NO_VIOLATION,X,,
				F,2030-01-01,NO_VIOLATION,,,
				G,2024-01-01,VIOLATION,X,2024-02-01,
				H,2024-01-01,NO_VIOLATION,,,9
				A,2024-01-01,VIOLATION,X,,3
				I,2024-01-01
				""");
		assertThat(ex.refusals()).extracting(r -> r.row() + " " + r.column() + " " + r.code())
			.containsExactly("3 date date", "4 result result", "5 violation_codes codes-required",
					"6 violation_codes codes-without-violation", "7 date date-future",
					"8 occurred_on occurred-after-inspection", "9 satisfaction satisfaction", "10 null duplicate",
					"11 null column-count");
		assertThat(ex.refusals().get(7).arguments()).containsExactly(2);
	}

}
