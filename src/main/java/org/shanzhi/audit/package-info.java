/**
 * The audit trail (X4): one append-only, hash-chained entry for every state change of
 * every aggregate, written from its domain event inside the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "shared", "security", "directory", "enforcement" })
package org.shanzhi.audit;
