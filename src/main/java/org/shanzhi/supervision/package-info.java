/**
 * Organisation, supervision and assessment 组织实施与监督考核 (S1-S6, issue 11): training and
 * online exams on a question bank; the yearly indicator system and the assessment of
 * every agency from the figures the modules give ({@code shared.AgencyMeasures}) and the
 * supervisors' own scores, ranked, with a drill-down to the records behind each number;
 * the supervisor's and the heads' dashboards. It reads the other modules' facades, never
 * their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "shared", "security", "directory", "documents" })
package org.shanzhi.supervision;
