package org.shanzhi.enforcement.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnforcementApplicationRepository extends JpaRepository<EnforcementApplication, UUID> {

	Optional<EnforcementApplication> findByCaseId(UUID caseId);

}
