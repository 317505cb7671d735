/**
 * Administrative mediation 行政调解 (M1-M8): mediation cases under the simple and the general
 * procedure, from the parties' consent through acceptance and sessions to an agreement or
 * a termination with referral. So far the course of a case
 * ({@code internal.MediationCase}, an explicit state machine) and its events;
 * persistence, the facade, the API, documents and pages follow (issue 5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediation",
		allowedDependencies = { "shared", "security", "directory", "calendar", "enforcement", "documents" })
package org.shanzhi.mediation;
