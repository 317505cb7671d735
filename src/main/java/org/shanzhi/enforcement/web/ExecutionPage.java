package org.shanzhi.enforcement.web;

import java.util.UUID;

import org.shanzhi.enforcement.CaseExecution;
import org.shanzhi.enforcement.CaseStatus;
import org.shanzhi.enforcement.CaseView;
import org.shanzhi.enforcement.PaymentView;
import org.shanzhi.enforcement.Penalty;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.stereotype.Component;

/**
 * What the case page's 执行 section shows (template {@code cases/execution}): the fine's
 * standing today and the steps the reader may take. Templates ask
 * {@code @caseExecutionPage.of(kase)}.
 */
@Component("caseExecutionPage")
class ExecutionPage {

	private final CaseExecution execution;

	private final Actors actors;

	private final Accounts accounts;

	ExecutionPage(CaseExecution execution, Actors actors, Accounts accounts) {
		this.execution = execution;
		this.actors = actors;
		this.accounts = accounts;
	}

	/**
	 * The section of a delivered decision with a fine: the standing and who may do what
	 * ({@code officer}: a case officer or the head of the case's agency; {@code head}:
	 * that head); {@code null} for a case without one.
	 */
	public Section of(CaseView kase) {
		if (kase.decision() == null || kase.decision().deliveredAt() == null
				|| Penalty.fines(kase.decision().penalties()).signum() == 0) {
			return null;
		}
		Actor me = actors.current();
		boolean own = kase.agencyId().equals(me.agencyId()) && !actors.isShared(kase.agencyId());
		boolean head = own && me.has(Role.AGENCY_HEAD);
		UUID officer = accounts.officerOf(me.accountId()).orElse(null);
		boolean acting = officer != null && kase.actingOfficers().stream().anyMatch(o -> o.officerId().equals(officer));
		PaymentView payment = execution.payment(kase.id(), null);
		return new Section(payment, kase.status(), head || (own && acting && me.has(Role.OFFICER)), head,
				own && me.hasAny(Role.OFFICER, Role.AGENCY_HEAD));
	}

	/**
	 * The section's data: {@code officer} records payments and issues the reminder,
	 * {@code head} decides and applies to the court, {@code staff} (the agency's
	 * officers) records an application for an arrangement.
	 */
	public record Section(PaymentView payment, CaseStatus status, boolean officer, boolean head, boolean staff) {

		/** Whether payments are recorded now (delivered or before the court). */
		public boolean paying() {
			return (status == CaseStatus.DELIVERED || status == CaseStatus.ENFORCEMENT_APPLIED)
					&& payment.outstanding().signum() > 0;
		}

		/** Whether the arrangement shown awaits the head's decision. */
		public boolean arrangementPending() {
			return payment.arrangement() != null && "REQUESTED".equals(payment.arrangement().status());
		}

		/** Whether an arrangement may be applied for now. */
		public boolean arranging() {
			return status == CaseStatus.DELIVERED && payment.outstanding().signum() > 0
					&& (payment.arrangement() == null || "REJECTED".equals(payment.arrangement().status()));
		}

		/** Whether the 催告书 may be issued now. */
		public boolean reminding() {
			return status == CaseStatus.DELIVERED && payment.overdue() && payment.reminder() == null;
		}

		/**
		 * Whether the court may be applied to: within its window, after the reminder (the
		 * step's rules still apply).
		 */
		public boolean applying() {
			return status == CaseStatus.DELIVERED && payment.reminder() != null && payment.overdue()
					&& !payment.asOf().isBefore(payment.enforcementApplicationFrom())
					&& !payment.asOf().isAfter(payment.enforcementApplicationUntil());
		}

		/** Whether the court's ruling awaits recording. */
		public boolean ruling() {
			return status == CaseStatus.ENFORCEMENT_APPLIED && payment.enforcementApplication() != null
					&& payment.enforcementApplication().ruling() == null;
		}

	}

}
