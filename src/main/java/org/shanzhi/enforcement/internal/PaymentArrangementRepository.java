package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentArrangementRepository extends JpaRepository<PaymentArrangement, UUID> {

	List<PaymentArrangement> findByCaseIdOrderByRequestedAtAsc(UUID caseId);

}
