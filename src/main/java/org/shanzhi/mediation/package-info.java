/**
 * Administrative mediation 行政调解 (M1-M8): mediation cases under the simple and the general
 * procedure, from the parties' consent through acceptance and sessions to an agreement or
 * a termination with referral ({@code internal.MediationCase}, an explicit state
 * machine), by an agency or a reconsideration organ; notices of the right to mediate,
 * mediators, time limits and their reminders, online consent and signature by the
 * parties, reconciliation of discretionary acts, and the numbered documents (issue 5, ADR
 * 0010).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediation",
		allowedDependencies = { "shared", "security", "directory", "calendar", "enforcement", "documents", "evidence" })
package org.shanzhi.mediation;
