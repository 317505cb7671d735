package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FinePaymentRepository extends JpaRepository<FinePayment, UUID> {

	List<FinePayment> findByCaseIdOrderByPaidOnAscRecordedAtAsc(UUID caseId);

	boolean existsByReference(String reference);

}
