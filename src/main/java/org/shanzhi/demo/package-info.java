/**
 * Demo data of a fictional city (河洛市, two districts): agencies, officers, accounts and
 * parties, the same on every machine. On by default for {@code spring-boot:run}; off in
 * the prod profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "security", "risk", "directory", "calendar", "enforcement", "leniency",
				"documents", "guidance", "mediation", "portal", "supervision" })
package org.shanzhi.demo;
