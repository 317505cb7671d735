package org.shanzhi.shared;

import java.util.Map;
import java.util.UUID;

/**
 * A domain event that changes the state of an aggregate. The audit module writes one
 * entry of the hash-chained trail for each (requirement X4), inside the transaction that
 * published it.
 */
public interface AuditedEvent {

	/** Kind of aggregate, e.g. {@code PARTY}, {@code ACCOUNT}. */
	String subjectType();

	String subjectId();

	/** The agency the subject belongs to, {@code null} for city-wide records. */
	UUID agencyId();

	/** Past-tense verb, e.g. {@code REGISTERED}, {@code UPDATED}. */
	String action();

	/** The changed attributes before the change (empty when created). */
	default Map<String, Object> before() {
		return Map.of();
	}

	/** The changed attributes after the change. */
	Map<String, Object> after();

}
