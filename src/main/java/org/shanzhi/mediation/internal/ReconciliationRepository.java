package org.shanzhi.mediation.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReconciliationRepository extends JpaRepository<Reconciliation, UUID> {

}
