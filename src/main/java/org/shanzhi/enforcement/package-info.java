/**
 * Enforcement (G5, L3, L4, C1, C2, X3): the agencies' catalogues of violation types with
 * their discretion benchmarks (裁量基准), inspections (检查), enforcement cases from opening to
 * closing with their decisions, and coercive measures (行政强制) under the non-coercive-first
 * and prohibited-period rules. Other modules read its records through
 * {@link org.shanzhi.enforcement.EnforcementRecords} and its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "shared", "security", "directory", "calendar", "joint", "evidence", "documents" })
package org.shanzhi.enforcement;
