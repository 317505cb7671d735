package org.shanzhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.shanzhi.mediation.internal.MediationCase;
import org.shanzhi.shared.RuleViolationException;

/**
 * The course of a mediation case without Spring: from every status, each action is either
 * allowed (and leads where the procedure says) or refused with its rule, 409 for the
 * wrong status and 422 for a broken rule of the step.
 */
class MediationCaseTest {

	static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-01T09:30:00+08:00");

	final UUID applicant = UUID.randomUUID();

	final UUID respondent = UUID.randomUUID();

	final UUID stranger = UUID.randomUUID();

	MediationCase newCase(Procedure procedure) {
		Map<UUID, PartyRole> parties = new LinkedHashMap<>();
		parties.put(applicant, PartyRole.APPLICANT);
		parties.put(respondent, PartyRole.RESPONDENT);
		return new MediationCase(UUID.randomUUID(), "TJ-2026-000001", UUID.randomUUID(), procedure, Origin.APPLICATION,
				DisputeType.CONSUMER, "消费纠纷", parties, UUID.randomUUID(), AT);
	}

	/** A case brought to the status by the allowed steps. */
	MediationCase in(MediationStatus status, Procedure procedure) {
		MediationCase c = newCase(procedure);
		switch (status) {
			case AWAITING_CONSENT -> {
			}
			case AWAITING_ACCEPTANCE -> consentAll(c);
			case ACCEPTED -> accepted(c);
			case IN_SESSION -> {
				accepted(c);
				session(c);
			}
			case AGREED -> {
				accepted(c);
				session(c);
				c.agree("双方确认商品存在质量问题", "商家退还货款 800 元", Map.of(applicant, AT, respondent, AT), AT);
			}
			case TERMINATED -> c.terminate("申请人撤回申请", Referral.NONE, AT);
			case REFUSED -> {
				consentAll(c);
				c.decideAcceptance(false, "不属于本机关调解范围", null, null, null, AT);
			}
		}
		assertThat(c.status()).isEqualTo(status);
		return c;
	}

	void consentAll(MediationCase c) {
		c.consent(applicant, true, AT);
		c.consent(respondent, true, AT);
	}

	void accepted(MediationCase c) {
		consentAll(c);
		if (c.status() == MediationStatus.AWAITING_ACCEPTANCE) {
			c.decideAcceptance(true, null, AT, "市场监管局调解室", null, AT);
		}
	}

	SessionRecord session(MediationCase c) {
		return c.holdSession(AT, List.of("申请人张某", "被申请人代理人李某", "调解员王某"), Set.of(applicant, respondent),
				"申请人要求退款，被申请人同意部分退款", "退款金额", "双方陈述意见，调解员释明法律规定。", List.of());
	}

	static String refusal(Consumer<MediationCase> action, MediationCase c) {
		try {
			action.accept(c);
			return "allowed";
		}
		catch (RuleViolationException ex) {
			return ex.getStatusCode().value() + " " + ex.rule();
		}
	}

	@Test
	void aGeneralCaseRunsFromConsentThroughAcceptanceAndSessionsToAnAgreement() {
		MediationCase c = newCase(Procedure.GENERAL);
		assertThat(c.status()).isEqualTo(MediationStatus.AWAITING_CONSENT);
		c.consent(applicant, true, AT);
		assertThat(c.status()).isEqualTo(MediationStatus.AWAITING_CONSENT);
		c.consent(respondent, true, AT);
		assertThat(c.status()).isEqualTo(MediationStatus.AWAITING_ACCEPTANCE);
		c.decideAcceptance(true, null, AT, "调解室", null, AT);
		assertThat(c.status()).isEqualTo(MediationStatus.ACCEPTED);
		assertThat(session(c).number()).isEqualTo(1);
		assertThat(session(c).number()).isEqualTo(2);
		c.agree("事实", "条款", Map.of(applicant, AT, respondent, AT.plusMinutes(5)), AT);
		assertThat(c.status()).isEqualTo(MediationStatus.AGREED);
		assertThat(c.view().parties()).allMatch(p -> p.signedAt() != null);
		assertThat(c.pendingEvents()).hasSize(7);
	}

	@Test
	void aSimpleCaseHasNoAcceptanceAndOneSession() {
		MediationCase c = newCase(Procedure.SIMPLE);
		consentAll(c);
		assertThat(c.status()).isEqualTo(MediationStatus.ACCEPTED);
		assertThat(refusal(x -> x.decideAcceptance(true, null, AT, "现场", null, AT), c))
			.isEqualTo("409 simple-procedure-has-no-acceptance");
		session(c);
		assertThat(refusal(this::session, c)).isEqualTo("409 simple-procedure-one-session");
		c.terminate("双方分歧较大", Referral.LITIGATION, AT);
		assertThat(c.status()).isEqualTo(MediationStatus.TERMINATED);
		assertThat(c.view().closing().referral()).isEqualTo(Referral.LITIGATION);
	}

	@Test
	void aRefusedConsentEndsTheCase() {
		MediationCase c = newCase(Procedure.GENERAL);
		c.consent(applicant, true, AT);
		c.consent(respondent, false, AT);
		assertThat(c.status()).isEqualTo(MediationStatus.TERMINATED);
		assertThat(c.view().closing().reason()).isEqualTo("当事人不同意调解");
	}

	@Test
	void everyStatusAllowsOnlyItsOwnSteps() {
		for (MediationStatus s : MediationStatus.values()) {
			Procedure p = Procedure.GENERAL;
			String consent = refusal(c -> c.consent(applicant, true, AT), in(s, p));
			String accept = refusal(c -> c.decideAcceptance(true, null, AT, "调解室", null, AT), in(s, p));
			String hold = refusal(this::session, in(s, p));
			String agree = refusal(c -> c.agree("事实", "条款", Map.of(applicant, AT, respondent, AT), AT), in(s, p));
			String terminate = refusal(c -> c.terminate("终止", Referral.NONE, AT), in(s, p));
			switch (s) {
				case AWAITING_CONSENT -> {
					assertThat(consent).isEqualTo("allowed");
					assertThat(accept).isEqualTo("409 acceptance-needs-every-consent");
					assertThat(hold).isEqualTo("409 session-before-acceptance");
					assertThat(agree).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(terminate).isEqualTo("allowed");
				}
				case AWAITING_ACCEPTANCE -> {
					assertThat(consent).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(accept).isEqualTo("allowed");
					assertThat(hold).isEqualTo("409 session-before-acceptance");
					assertThat(agree).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(terminate).isEqualTo("allowed");
				}
				case ACCEPTED -> {
					assertThat(consent).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(accept).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(hold).isEqualTo("allowed");
					assertThat(agree).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(terminate).isEqualTo("allowed");
				}
				case IN_SESSION -> {
					assertThat(consent).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(accept).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(hold).isEqualTo("allowed");
					assertThat(agree).isEqualTo("allowed");
					assertThat(terminate).isEqualTo("allowed");
				}
				case AGREED, TERMINATED, REFUSED -> {
					assertThat(consent).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(accept).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(hold).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(agree).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(terminate).isEqualTo("409 mediation-closed");
				}
			}
		}
	}

	@Test
	void theRulesOfEachStepNameThemselves() {
		Map<UUID, PartyRole> one = Map.of(applicant, PartyRole.APPLICANT);
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", UUID.randomUUID(), Procedure.GENERAL,
				Origin.APPLICATION, DisputeType.LABOUR, "s", one, UUID.randomUUID(), AT), null))
			.isEqualTo("422 mediation-needs-two-parties");
		Map<UUID, PartyRole> noApplicant = Map.of(applicant, PartyRole.RESPONDENT, respondent, PartyRole.INTERESTED);
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", UUID.randomUUID(), Procedure.GENERAL,
				Origin.APPLICATION, DisputeType.LABOUR, "s", noApplicant, UUID.randomUUID(), AT), null))
			.isEqualTo("422 application-needs-applicant");

		assertThat(refusal(c -> c.consent(stranger, true, AT), in(MediationStatus.AWAITING_CONSENT, Procedure.GENERAL)))
			.isEqualTo("422 not-a-party-of-the-case");
		MediationCase twice = in(MediationStatus.AWAITING_CONSENT, Procedure.GENERAL);
		twice.consent(applicant, true, AT);
		assertThat(refusal(c -> c.consent(applicant, true, AT), twice)).isEqualTo("409 consent-already-recorded");

		assertThat(refusal(c -> c.decideAcceptance(true, null, null, "", null, AT),
				in(MediationStatus.AWAITING_ACCEPTANCE, Procedure.GENERAL)))
			.isEqualTo("422 acceptance-needs-time-and-place");
		assertThat(refusal(c -> c.decideAcceptance(false, " ", null, null, null, AT),
				in(MediationStatus.AWAITING_ACCEPTANCE, Procedure.GENERAL)))
			.isEqualTo("422 refusal-needs-reason");

		assertThat(refusal(c -> c.holdSession(AT, List.of("某人"), Set.of(stranger), null, "焦点", "笔录", null),
				in(MediationStatus.ACCEPTED, Procedure.GENERAL)))
			.isEqualTo("422 not-a-party-of-the-case");
		assertThat(refusal(c -> c.holdSession(AT, List.of("申请人"), Set.of(applicant), null, "焦点", " ", null),
				in(MediationStatus.ACCEPTED, Procedure.GENERAL)))
			.isEqualTo("422 session-needs-transcript");

		MediationCase unsigned = in(MediationStatus.IN_SESSION, Procedure.GENERAL);
		assertThat(refusal(c -> c.agree("事实", "条款", Map.of(applicant, AT), AT), unsigned))
			.isEqualTo("422 agreement-needs-every-signature");
		assertThat(refusal(c -> c.agree("事实", "条款", Map.of(applicant, AT, respondent, AT, stranger, AT), AT), unsigned))
			.isEqualTo("422 not-a-party-of-the-case");
		assertThat(unsigned.status()).isEqualTo(MediationStatus.IN_SESSION);
		assertThat(refusal(c -> c.terminate(" ", Referral.NONE, AT), unsigned))
			.isEqualTo("422 termination-needs-reason");
	}

}
