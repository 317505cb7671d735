package org.shanzhi.audit;

import java.util.List;

import org.shanzhi.audit.internal.AuditLog;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.springframework.stereotype.Service;

/** Reading and verifying the audit trail. */
@Service
public class AuditTrail {

	private final AuditLog log;

	private final Actors actors;

	AuditTrail(AuditLog log, Actors actors) {
		this.log = log;
		this.actors = actors;
	}

	/**
	 * Entries about one record, newest first, limited to what the actor's agency scope
	 * covers.
	 */
	public List<AuditEntryView> forSubject(String subjectType, String subjectId) {
		actors.require(Role.OFFICER, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN);
		return log.forSubject(subjectType, subjectId, actors.scope(), 500);
	}

	public List<AuditEntryView> recent(int limit) {
		actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN);
		return log.recent(actors.scope(), Math.min(Math.max(limit, 1), 200));
	}

	/**
	 * A page of the entries the actor's scope covers, of a kind of record and a period
	 * when given, newest or oldest first; {@code size} at most 200.
	 */
	public org.shanzhi.shared.PageView<AuditEntryView> page(String subjectType, java.time.LocalDate from,
			java.time.LocalDate to, boolean ascending, int page, int size) {
		actors.require(Role.AGENCY_HEAD, Role.SUPERVISOR, Role.ADMIN);
		return log.page(actors.scope(), subjectType, from, to, ascending, Math.max(page, 0),
				Math.min(Math.max(size, 1), org.shanzhi.shared.PageView.MAX_SIZE));
	}

	/** Recomputes the whole chain; supervisors and administrators only. */
	public AuditVerification verify() {
		actors.require(Role.SUPERVISOR, Role.ADMIN);
		return log.verify();
	}

}
