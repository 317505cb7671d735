package org.shanzhi.enforcement.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentReminderRepository extends JpaRepository<PaymentReminder, UUID> {

	Optional<PaymentReminder> findByCaseId(UUID caseId);

}
