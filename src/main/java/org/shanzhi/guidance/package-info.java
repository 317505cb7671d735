/**
 * Administrative guidance 行政指导 (G1-G7): acts in the eight statutory forms and the
 * agencies' own forms, with the principles applied and their legal basis, written
 * (numbered 行政指导书) or simple; the party's voluntary response; rectification requirements
 * with deadlines, reminders and outcomes, a failed one escalating to an enforcement case;
 * follow-up visits (回访) with the party's view of the officers' conduct; search, export
 * and figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance", allowedDependencies = { "shared", "security",
		"directory", "calendar", "enforcement", "documents", "evidence", "joint" })
package org.shanzhi.guidance;
