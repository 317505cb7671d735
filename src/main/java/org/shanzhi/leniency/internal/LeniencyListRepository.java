package org.shanzhi.leniency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.leniency.ListKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeniencyListRepository extends JpaRepository<LeniencyList, UUID> {

	List<LeniencyList> findByAgencyIdOrderByKindAscVersionNoDesc(UUID agencyId);

	List<LeniencyList> findByAgencyIdAndKindAndStatusOrderByEffectiveFromAsc(UUID agencyId, ListKind kind,
			String status);

	Optional<LeniencyList> findFirstByAgencyIdAndKindAndStatus(UUID agencyId, ListKind kind, String status);

	List<LeniencyList> findByAgencyIdAndStatus(UUID agencyId, String status);

	List<LeniencyList> findByStatus(String status);

	/** Both lists' versions in force on a day, with their entries, in one query. */
	@Query("""
			select distinct l from LeniencyList l left join fetch l.entries
			where l.agencyId = :agency and l.status = 'PUBLISHED' and l.effectiveFrom = (
			  select max(l2.effectiveFrom) from LeniencyList l2 where l2.agencyId = l.agencyId and l2.kind = l.kind
			    and l2.status = 'PUBLISHED' and l2.effectiveFrom <= :day)
			""")
	List<LeniencyList> allInForce(UUID agency, LocalDate day);

	@Query("select coalesce(max(l.versionNo), 0) from LeniencyList l where l.agencyId = :agency and l.kind = :kind")
	int lastVersionNo(UUID agency, ListKind kind);

}
