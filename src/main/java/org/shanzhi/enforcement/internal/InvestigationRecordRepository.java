package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvestigationRecordRepository extends JpaRepository<InvestigationRecord, UUID> {

	List<InvestigationRecord> findByCaseIdOrderByHeldAtAscCreatedAtAsc(UUID caseId);

	int countByCaseId(UUID caseId);

}
