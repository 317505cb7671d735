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
			case AWAITING_SIGNATURES -> {
				accepted(c);
				session(c);
				c.proposeAgreement("双方确认商品存在质量问题", "商家退还货款 800 元", null, AT);
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

	static final Confirmation ONLINE = new Confirmation(AT, "203.0.113.7", Confirmation.Method.ONLINE,
			UUID.randomUUID());

	@Test
	void aProposedAgreementIsConcludedByTheLastSignatureWithHowEachWasGiven() {
		MediationCase c = in(MediationStatus.IN_SESSION, Procedure.GENERAL);
		c.proposeAgreement("事实", "条款", AT.toLocalDate().plusDays(10), AT);
		c.sign(applicant, ONLINE);
		assertThat(c.status()).isEqualTo(MediationStatus.AWAITING_SIGNATURES);
		assertThat(refusal(x -> x.sign(applicant, ONLINE), c)).isEqualTo("409 signature-already-recorded");
		assertThat(refusal(x -> x.sign(stranger, ONLINE), c)).isEqualTo("422 not-a-party-of-the-case");
		Confirmation inPerson = new Confirmation(AT.plusHours(1), null, Confirmation.Method.IN_PERSON, null);
		c.sign(respondent, inPerson);
		assertThat(c.status()).isEqualTo(MediationStatus.AGREED);
		MediationCaseView v = c.view();
		assertThat(v.agreement().agreedAt()).isEqualTo(AT.plusHours(1));
		assertThat(v.parties()).extracting(p -> p.signature().method())
			.containsExactly(Confirmation.Method.ONLINE, Confirmation.Method.IN_PERSON);
		assertThat(v.parties().get(0).signature().ip()).isEqualTo("203.0.113.7");
	}

	@Test
	void aWithdrawnProposalVoidsTheSignaturesGivenAndReturnsToTheSessions() {
		MediationCase c = in(MediationStatus.AWAITING_SIGNATURES, Procedure.GENERAL);
		c.sign(applicant, ONLINE);
		assertThat(refusal(x -> x.withdrawProposal(" ", AT), c)).isEqualTo("422 withdrawal-needs-reason");
		c.withdrawProposal("被申请人不同意退款金额", AT);
		assertThat(c.status()).isEqualTo(MediationStatus.IN_SESSION);
		assertThat(c.view().parties()).allMatch(p -> p.signedAt() == null);
		assertThat(c.view().agreement()).isNull();
		assertThat(session(c).number()).isEqualTo(2);
	}

	@Test
	void anOnlineConsentRecordsItsConfirmation() {
		MediationCase c = newCase(Procedure.GENERAL);
		c.consent(applicant, true, ONLINE);
		CaseParty p = c.view().parties().get(0);
		assertThat(p.consent().method()).isEqualTo(Confirmation.Method.ONLINE);
		assertThat(p.consent().ip()).isEqualTo("203.0.113.7");
		assertThat(p.consentedAt()).isEqualTo(AT);
	}

	@Test
	void hearingsAndSiteInvestigationsBelongToTheGeneralProcedureAndRightsMustBeAcknowledged() {
		SessionRecord hearing = new SessionRecord(0, AT, List.of("申请人"), Set.of(applicant), "陈述", "焦点", "听证笔录",
				List.of("鉴定人赵某"), SessionKind.HEARING, null, "被申请人答辩", "双方质证", List.of("社区代表钱某"));
		assertThat(refusal(c -> c.holdSession(hearing), in(MediationStatus.ACCEPTED, Procedure.SIMPLE)))
			.isEqualTo("422 simple-procedure-no-hearing");
		SessionRecord unacknowledged = new SessionRecord(0, AT, List.of("申请人"), Set.of(applicant), null, null, "笔录",
				null, null, false, null, null, null);
		assertThat(refusal(c -> c.holdSession(unacknowledged), in(MediationStatus.ACCEPTED, Procedure.GENERAL)))
			.isEqualTo("422 session-needs-rights-acknowledged");
		MediationCase c = in(MediationStatus.ACCEPTED, Procedure.GENERAL);
		SessionRecord held = c.holdSession(hearing);
		assertThat(held.kind()).isEqualTo(SessionKind.HEARING);
		assertThat(held.rightsAcknowledged()).isTrue();
		assertThat(held.invited()).containsExactly("社区代表钱某");
		assertThat(held.crossExamination()).isEqualTo("双方质证");
	}

	@Test
	void aReconsiderationOrganMediatesAnAdministrativeDisputeWithTheRespondentAgencyAsAParty() {
		UUID organ = UUID.randomUUID();
		UUID respondentAgency = UUID.randomUUID();
		Map<UUID, PartyRole> applicantOnly = Map.of(applicant, PartyRole.APPLICANT);
		MediationCase c = new MediationCase(UUID.randomUUID(), "N", organ, Procedure.GENERAL, Origin.APPLICATION,
				DisputeType.ADMINISTRATIVE, "对罚款决定不服", applicantOnly, respondentAgency, "河市监罚〔2026〕12号", null, AT);
		assertThat(c.forum()).isEqualTo(Forum.RECONSIDERATION);
		assertThat(c.partyIds()).containsExactlyInAnyOrder(applicant, respondentAgency);
		assertThat(c.view().parties()).filteredOn(CaseParty::isAgency)
			.singleElement()
			.extracting(CaseParty::role)
			.isEqualTo(PartyRole.RESPONDENT);
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", organ, Procedure.GENERAL, Origin.APPLICATION,
				DisputeType.CONSUMER, "s", applicantOnly, respondentAgency, "act", null, AT), null))
			.isEqualTo("422 reconsideration-mediates-administrative-disputes");
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", organ, Procedure.GENERAL, Origin.EX_OFFICIO,
				DisputeType.ADMINISTRATIVE, "s", applicantOnly, respondentAgency, "act", null, AT), null))
			.isEqualTo("422 reconsideration-mediation-on-application");
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", organ, Procedure.GENERAL, Origin.APPLICATION,
				DisputeType.ADMINISTRATIVE, "s", applicantOnly, organ, "act", null, AT), null))
			.isEqualTo("422 reconsideration-of-own-act");
		assertThat(refusal(x -> new MediationCase(UUID.randomUUID(), "N", organ, Procedure.GENERAL, Origin.APPLICATION,
				DisputeType.ADMINISTRATIVE, "s", applicantOnly, respondentAgency, " ", null, AT), null))
			.isEqualTo("422 reconsideration-needs-disputed-act");
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
			String propose = refusal(c -> c.proposeAgreement("事实", "条款", null, AT), in(s, p));
			String sign = refusal(c -> c.sign(applicant, ONLINE), in(s, p));
			String withdraw = refusal(c -> c.withdrawProposal("条款需修改", AT), in(s, p));
			if (s == MediationStatus.AWAITING_SIGNATURES) {
				assertThat(List.of(propose, sign, withdraw)).containsExactly("409 mediation-transition-not-allowed",
						"allowed", "allowed");
			}
			else if (s == MediationStatus.IN_SESSION) {
				assertThat(List.of(propose, sign, withdraw)).containsExactly("allowed",
						"409 mediation-transition-not-allowed", "409 mediation-transition-not-allowed");
			}
			else {
				assertThat(List.of(propose, sign, withdraw)).as(s.name())
					.containsOnly("409 mediation-transition-not-allowed");
			}
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
				case AWAITING_SIGNATURES -> {
					assertThat(consent).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(accept).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(hold).isEqualTo("409 mediation-transition-not-allowed");
					assertThat(agree).isEqualTo("409 mediation-transition-not-allowed");
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
