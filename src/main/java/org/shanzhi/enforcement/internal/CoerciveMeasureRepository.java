package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoerciveMeasureRepository extends JpaRepository<CoerciveMeasure, UUID> {

	List<CoerciveMeasure> findByCaseIdOrderByCreatedAt(UUID caseId);

}
