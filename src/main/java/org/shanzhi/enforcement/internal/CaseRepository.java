package org.shanzhi.enforcement.internal;

import java.util.Collection;
import java.util.UUID;

import org.shanzhi.enforcement.CaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<EnforcementCase, UUID> {

	/**
	 * As {@link #search}, of a number containing the pattern or of one of the named
	 * parties (the parties the directory found for the same text).
	 */
	@Query("""
			select c from EnforcementCase c
			where (:all = true or c.agencyId in :agencies)
			  and (:party is null or c.partyId = :party)
			  and (:status is null or c.status = :status)
			  and (lower(c.number) like :pattern escape '\\' or c.partyId in :named)
			""")
	Page<EnforcementCase> searchText(@Param("all") boolean all, @Param("agencies") Collection<UUID> agencies,
			@Param("party") UUID party, @Param("status") org.shanzhi.enforcement.CaseStatus status,
			@Param("pattern") String pattern, @Param("named") Collection<UUID> named,
			org.springframework.data.domain.Pageable page);

	@Query("""
			select c from EnforcementCase c
			where (:all = true or c.agencyId in :agencies)
			  and (:party is null or c.partyId = :party)
			  and (:status is null or c.status = :status)
			""")
	Page<EnforcementCase> search(@Param("all") boolean all, @Param("agencies") Collection<UUID> agencies,
			@Param("party") UUID party, @Param("status") CaseStatus status, Pageable pageable);

	@Query(value = "select nextval('enforcement.case_number_seq')", nativeQuery = true)
	long nextNumber();

	/** The agency's cases in these statuses (the time limits' overdue list). */
	java.util.List<EnforcementCase> findByAgencyIdAndStatusIn(UUID agencyId,
			java.util.Collection<org.shanzhi.enforcement.CaseStatus> statuses);

	/** The cases in these statuses (the procedure's daily clock). */
	java.util.List<EnforcementCase> findByStatusIn(java.util.Collection<org.shanzhi.enforcement.CaseStatus> statuses);

}
