package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.PreservationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreservationRepository extends JpaRepository<Preservation, UUID> {

	List<Preservation> findByCaseIdOrderByRequestedAt(UUID caseId);

	/** Those of a status whose decision was due before the day. */
	List<Preservation> findByStatusAndDecisionDueBefore(PreservationStatus status, LocalDate day);

}
