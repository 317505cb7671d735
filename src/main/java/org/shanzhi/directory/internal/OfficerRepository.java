package org.shanzhi.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficerRepository extends JpaRepository<Officer, UUID> {

	/**
	 * Agency isolation in the query itself: {@code all} for supervisors, else the visible
	 * agencies.
	 */
	@Query("select o from Officer o where o.id = :id and (:all = true or o.agencyId in :agencies)")
	Optional<Officer> findVisible(UUID id, boolean all, Collection<UUID> agencies);

	@Query("select o from Officer o where o.agencyId = :agencyId and (:all = true or o.agencyId in :agencies) order by o.name")
	List<Officer> findVisibleByAgency(UUID agencyId, boolean all, Collection<UUID> agencies);

	boolean existsByCertificateNumber(String certificateNumber);

	long countByAgencyId(UUID agencyId);

}
