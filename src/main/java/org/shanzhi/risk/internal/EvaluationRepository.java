package org.shanzhi.risk.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationRepository extends JpaRepository<Evaluation, UUID> {

	@Query("select e from Evaluation e where e.agencyId = ?1 order by e.createdAt desc")
	List<Evaluation> ofAgency(UUID agencyId);

}
