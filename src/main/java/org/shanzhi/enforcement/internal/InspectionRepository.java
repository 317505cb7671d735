package org.shanzhi.enforcement.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InspectionRepository extends JpaRepository<Inspection, UUID> {

	@Query("""
			select i from Inspection i where i.partyId = :party and (:all = true or i.agencyId in :agencies)
			order by i.inspectedOn desc, i.createdAt desc
			""")
	List<Inspection> ofParty(@Param("party") UUID party, @Param("all") boolean all,
			@Param("agencies") Collection<UUID> agencies);

}
