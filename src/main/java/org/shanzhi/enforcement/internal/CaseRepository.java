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

}
