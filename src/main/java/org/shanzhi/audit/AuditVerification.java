package org.shanzhi.audit;

/**
 * Result of walking the chain: {@code intact} when every entry's hash matches its content
 * and its predecessor; otherwise {@code firstBrokenSeq} names the first entry that does
 * not.
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String reason) {
}
