/**
 * The "Internet+" portal 互联网+ (P1-P4, M8, S5): service items per agency, public accounts
 * signed in by one-time codes, online applications (web, kiosk, open API, walk-in at the
 * hall) with attachments, tracking numbers and promised time limits, the agency's queue,
 * tracking by account or by number and phone, and ratings after each service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "security",
		"directory", "calendar", "notification", "enforcement", "mediation", "guidance", "evidence" })
package org.shanzhi.portal;
