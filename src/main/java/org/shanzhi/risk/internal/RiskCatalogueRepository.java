package org.shanzhi.risk.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskCatalogueRepository extends JpaRepository<RiskCatalogue, UUID> {

	/** The agency's draft or catalogue in consultation for a category, if any. */
	@Query("select c from RiskCatalogue c where c.agencyId = ?1 and c.partyCategory = ?2 and c.status <> 'PUBLISHED'")
	Optional<RiskCatalogue> open(UUID agencyId, String partyCategory);

	@Query("select coalesce(max(c.versionNo), 0) from RiskCatalogue c where c.agencyId = ?1 and c.partyCategory = ?2")
	int lastVersion(UUID agencyId, String partyCategory);

	@Query("select c from RiskCatalogue c where c.agencyId = ?1 order by c.partyCategory, c.versionNo desc")
	List<RiskCatalogue> ofAgency(UUID agencyId);

	@Query("select c from RiskCatalogue c join c.points p where p.id = ?1")
	Optional<RiskCatalogue> ofPoint(UUID pointId);

}
