package org.shanzhi.mediation.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReconciliationRepository extends JpaRepository<Reconciliation, UUID> {

	/**
	 * Settlements proposed by the agencies, or (in reconsideration) about their acts;
	 * every one when {@code all}; newest first.
	 */
	@Query("""
			select r from Reconciliation r
			where :all = true or r.agencyId in :agencies or r.respondentAgencyId in :agencies
			order by r.proposedAt desc
			""")
	List<Reconciliation> recent(@Param("all") boolean all, @Param("agencies") Collection<UUID> agencies, Pageable page);

}
