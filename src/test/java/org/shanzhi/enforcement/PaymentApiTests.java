package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The execution of a fine imposed on the spot (API.md, "payment" to
 * "enforcement-application/result"): the 加处罚款 day by day, payments with their references,
 * a deferral that stops the late fee, instalments that must cover what remains, the 催告书
 * and the application to the court in its window, the ruling, and
 * {@link CaseExecution#performed} for closing. The cases are decided in the past (the
 * report of a penalty on the spot may come late), so that the fine is overdue today.
 */
class PaymentApiTests extends OnTheSpotCases {

	@Autowired
	CaseExecution execution;

	@Autowired
	JdbcClient jdbc;

	String path(JsonNode c, String step) {
		return "/api/v1/enforcement-cases/" + c.get("id").asString() + "/" + step;
	}

	JsonNode payment(JsonNode c, java.time.LocalDate asOf) throws Exception {
		return body(
				call(get(path(c, "payment")).param("asOf", asOf.toString()), OFFICER, null).andExpect(status().isOk()));
	}

	@Test
	void anOverdueFineGrowsByThreePercentADayUntilPaidAndIsThenPerformed() throws Exception {
		JsonNode c = finedOnTheSpot("150", TODAY.minusDays(20));
		UUID id = UUID.fromString(c.get("id").asString());
		JsonNode due = payment(c, TODAY.minusDays(5));
		assertThat(due.get("dueOn").asString()).isEqualTo(TODAY.minusDays(5).toString());
		assertThat(due.get("lateFee").decimalValue()).isEqualByComparingTo("0");
		assertThat(due.get("daysOverdue").asLong()).isZero();
		// five days after dueOn: 3 % × 5 × 150
		JsonNode overdue = payment(c, TODAY);
		assertThat(overdue.get("daysOverdue").asLong()).isEqualTo(5);
		assertThat(overdue.get("lateFee").decimalValue()).isEqualByComparingTo("22.50");
		assertThat(overdue.get("outstanding").decimalValue()).isEqualByComparingTo("172.50");
		// never more than the fine
		assertThat(payment(c, TODAY.plusDays(40)).get("lateFee").decimalValue()).isEqualByComparingTo("150.00");
		assertThat(execution.performed(id)).isFalse();

		call(post(path(c, "payments")), OFFICER, Map.of("amount", 50, "paidOn", TODAY.minusDays(3).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("payment-reference-required"));
		String reference = "FS" + UUID.randomUUID().toString().substring(0, 12);
		call(post(path(c, "payments")), OFFICER_2,
				Map.of("amount", 50, "paidOn", TODAY.minusDays(3).toString(), "reference", reference))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reference").value(reference));
		call(post(path(c, "payments")), OFFICER,
				Map.of("amount", 10, "paidOn", TODAY.toString(), "reference", " " + reference + " "))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("payment-reference-duplicate"));
		// one day on 150, then four days on the 100 unpaid: 4.50 + 12.00
		JsonNode partly = payment(c, TODAY);
		assertThat(partly.get("paid").decimalValue()).isEqualByComparingTo("50");
		assertThat(partly.get("lateFee").decimalValue()).isEqualByComparingTo("16.50");
		assertThat(partly.get("outstanding").decimalValue()).isEqualByComparingTo("116.50");
		call(post(path(c, "payments")), OFFICER,
				Map.of("amount", 116.51, "paidOn", TODAY.toString(), "reference", reference + "-2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("payment-exceeds-outstanding"));
		call(post(path(c, "payments")), "demo-public",
				Map.of("amount", 1, "paidOn", TODAY.toString(), "reference", reference + "-3"))
			.andExpect(status().isForbidden());
		call(post(path(c, "payments")), OFFICER,
				Map.of("amount", 116.50, "paidOn", TODAY.toString(), "reference", reference + "-2"))
			.andExpect(status().isCreated());
		JsonNode paid = payment(c, TODAY);
		assertThat(paid.get("outstanding").decimalValue()).isEqualByComparingTo("0");
		assertThat(paid.get("daysOverdue").asLong()).isZero();
		assertThat(paid.get("payments")).hasSize(2);
		assertThat(execution.performed(id)).isTrue();
		String trail = body(
				call(get("/api/v1/audit").param("subjectType", "ENFORCEMENT_CASE").param("subjectId", id.toString()),
						"demo-supervisor", null))
			.toString();
		assertThat(trail).contains("FINE_PAID");
	}

	@Test
	void anApprovedDeferralStopsTheLateFeeAndInstalmentsMustCoverWhatRemains() throws Exception {
		JsonNode c = finedOnTheSpot("150", TODAY.minusDays(20));
		call(post(path(c, "payment-arrangements")), OFFICER,
				Map.of("kind", "INSTALMENTS", "reason", "经营困难", "instalments",
						List.of(Map.of("dueOn", TODAY.plusDays(10).toString(), "amount", 100),
								Map.of("dueOn", TODAY.plusDays(20).toString(), "amount", 50))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("instalments-must-cover-outstanding"));
		call(post(path(c, "payment-arrangements")), OFFICER, Map.of("kind", "DEFERRAL", "reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("arrangement-needs-reason"));
		call(post(path(c, "payment-arrangements")), "demo-public",
				Map.of("kind", "DEFERRAL", "reason", "经营困难", "deferredTo", TODAY.plusDays(30).toString()))
			.andExpect(status().isNotFound());
		JsonNode requested = body(call(post(path(c, "payment-arrangements")), OFFICER,
				Map.of("kind", "DEFERRAL", "reason", "当事人因病住院，暂时无力缴纳", "deferredTo", TODAY.plusDays(30).toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED")));
		String decision = path(c, "payment-arrangements/" + requested.get("id").asString() + "/decision");
		call(post(decision), OFFICER, Map.of("approve", true)).andExpect(status().isForbidden());
		call(post(decision), HEAD, Map.of("approve", true, "note", "同意延期")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		call(post(decision), HEAD, Map.of("approve", true)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("payment-arrangement-decided"));
		call(post(path(c, "payment-arrangements")), OFFICER,
				Map.of("kind", "DEFERRAL", "reason", "再次申请", "deferredTo", TODAY.plusDays(40).toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("payment-arrangement-exists"));

		// the fee accrued up to the request stays, and stops while the deferral is kept
		JsonNode kept = payment(c, TODAY.plusDays(20));
		assertThat(kept.get("lateFee").decimalValue()).isEqualByComparingTo("22.50");
		assertThat(kept.get("daysOverdue").asLong()).isZero();
		assertThat(kept.get("payableBy").asString()).isEqualTo(TODAY.plusDays(30).toString());
		assertThat(kept.get("arrangement").get("kind").asString()).isEqualTo("DEFERRAL");
		// not paid by the day deferred to: it runs again
		JsonNode broken = payment(c, TODAY.plusDays(32));
		assertThat(broken.get("lateFee").decimalValue()).isEqualByComparingTo("31.50");
		assertThat(broken.get("daysOverdue").asLong()).isEqualTo(2);
		// no reminder while the deferral is kept
		call(post(path(c, "payment-reminder")), OFFICER, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("payment-not-overdue"));
	}

	@Test
	void instalmentsCoveringWhatRemainsAreKeptWhilePaidOnTime() throws Exception {
		JsonNode c = finedOnTheSpot("100", TODAY.minusDays(1));
		call(post(path(c, "payment-arrangements")), OFFICER,
				Map.of("kind", "INSTALMENTS", "reason", "分期缴纳", "instalments",
						List.of(Map.of("dueOn", TODAY.plusDays(20).toString(), "amount", 60),
								Map.of("dueOn", TODAY.plusDays(10).toString(), "amount", 40))))
			.andExpect(status().isBadRequest());
		JsonNode requested = body(call(post(path(c, "payment-arrangements")), OFFICER,
				Map.of("kind", "INSTALMENTS", "reason", "分期缴纳", "instalments",
						List.of(Map.of("dueOn", TODAY.plusDays(20).toString(), "amount", 60),
								Map.of("dueOn", TODAY.plusDays(40).toString(), "amount", 40))))
			.andExpect(status().isCreated()));
		call(post(path(c, "payment-arrangements/" + requested.get("id").asString() + "/decision")), HEAD,
				Map.of("approve", true))
			.andExpect(status().isOk());
		call(post(path(c, "payments")), OFFICER, Map.of("amount", 60, "paidOn", TODAY.toString(), "reference",
				"IN" + UUID.randomUUID().toString().substring(0, 12)))
			.andExpect(status().isCreated());
		// beyond the original dueOn, the instalments kept: no fee
		JsonNode kept = payment(c, TODAY.plusDays(30));
		assertThat(kept.get("lateFee").decimalValue()).isEqualByComparingTo("0");
		assertThat(kept.get("payableBy").asString()).isEqualTo(TODAY.plusDays(40).toString());
		// the last instalment missed: 3 % of the 40 unpaid a day after its day
		assertThat(payment(c, TODAY.plusDays(42)).get("lateFee").decimalValue()).isEqualByComparingTo("2.40");
	}

	@Test
	void theCourtIsAppliedToAfterTheReminderWithinItsWindowAndItsRulingRecorded() throws Exception {
		JsonNode fresh = finedOnTheSpot("100", TODAY);
		call(post(path(fresh, "payment-reminder")), OFFICER, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("payment-not-overdue"));

		java.time.LocalDate delivered = TODAY.minusMonths(7);
		JsonNode c = finedOnTheSpot("200", delivered);
		UUID id = UUID.fromString(c.get("id").asString());
		JsonNode reminder = body(
				call(post(path(c, "payment-reminder")), OFFICER, null).andExpect(status().isCreated()));
		assertThat(reminder.get("documentNumber").asString()).matches(".+催〔\\d{4}〕\\d{4,}号");
		assertThat(reminder.get("lateFee").decimalValue()).isEqualByComparingTo("200.00");
		call(post(path(c, "payment-reminder")), OFFICER, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("payment-reminder-issued"));

		call(post(path(c, "enforcement-application")), OFFICER,
				Map.of("court", "河洛市西城区人民法院", "appliedOn", TODAY.toString()))
			.andExpect(status().isForbidden());
		call(post(path(c, "enforcement-application")), HEAD,
				Map.of("court", "河洛市西城区人民法院", "appliedOn", delivered.plusMonths(3).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("enforcement-application-too-early"));
		call(post(path(c, "enforcement-application")), HEAD,
				Map.of("court", "河洛市西城区人民法院", "appliedOn", TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("reminder-required"));
		// ten days on since the reminder
		jdbc.sql("update enforcement.payment_reminder set issued_on = issued_on - 11 where case_id = :id")
			.param("id", id)
			.update();
		assertThat(mvc.perform(get("/cases/" + id).with(as(HEAD))).andReturn().getResponse().getContentAsString())
			.contains("id=\"enforcement-application-form\"")
			.contains("data-confirm=\"确认向人民法院申请强制执行");
		call(post(path(c, "enforcement-application")), HEAD,
				Map.of("court", "河洛市西城区人民法院", "appliedOn", TODAY.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENFORCEMENT_APPLIED"));
		assertThat(execution.performed(id)).isFalse();
		call(post(path(c, "enforcement-application/result")), HEAD,
				Map.of("ruling", "ENFORCED", "rulingOn", TODAY.toString(), "note", "准予强制执行"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ruling").value("ENFORCED"));
		call(post(path(c, "enforcement-application/result")), HEAD,
				Map.of("ruling", "REFUSED", "rulingOn", TODAY.toString()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("enforcement-ruling-recorded"));
		assertThat(execution.performed(id)).isTrue();
		JsonNode view = payment(c, TODAY);
		assertThat(view.get("enforcementApplication").get("court").asString()).isEqualTo("河洛市西城区人民法院");
		assertThat(view.get("reminder").get("documentNumber").asString())
			.isEqualTo(reminder.get("documentNumber").asString());

		JsonNode old = finedOnTheSpot("100", TODAY.minusMonths(10));
		call(post(path(old, "enforcement-application")), HEAD,
				Map.of("court", "河洛市西城区人民法院", "appliedOn", TODAY.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("enforcement-application-too-late"));
	}

	@Test
	void theCasePageShowsTheExecutionWithItsFormsAndRefusals() throws Exception {
		JsonNode c = finedOnTheSpot("150", TODAY.minusDays(20));
		String id = c.get("id").asString();
		String officerPage = mvc.perform(get("/cases/" + id).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(officerPage).contains("id=\"case-execution\"")
			.contains("172.50 元")
			.contains("22.50 元")
			.contains("已逾期 5 日")
			.contains("id=\"payment-form\"")
			.contains("data-confirm=\"确认登记这笔缴款")
			.contains("id=\"reminder-form\"")
			.doesNotContain("id=\"enforcement-application-form\"");
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		mvc.perform(post("/cases/" + id + "/execution/payments").with(as(OFFICER))
			.with(csrf)
			.param("amount", "50")
			.param("paidOn", TODAY.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("refusal", "shanzhi.rule.payment-reference-required"));
		mvc.perform(post("/cases/" + id + "/execution/payments").with(as(OFFICER))
			.with(csrf)
			.param("amount", "50")
			.param("paidOn", TODAY.toString())
			.param("reference", "PG" + UUID.randomUUID().toString().substring(0, 12)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashNotice", "缴款已登记。"));
		mvc.perform(post("/cases/" + id + "/execution/reminder").with(as(OFFICER)).with(csrf))
			.andExpect(status().is3xxRedirection());
		String headPage = mvc.perform(get("/cases/" + id).with(as(HEAD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 150 + 22.50 − 50, and the 3 % of today's 100 unpaid instead of 150: 121.00; the
		// court's window not open yet
		assertThat(headPage).contains("id=\"execution-reminder\"")
			.contains("121.00 元")
			.doesNotContain("id=\"enforcement-application-form\"");
	}

}
