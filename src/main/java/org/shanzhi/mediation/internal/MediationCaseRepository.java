package org.shanzhi.mediation.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediationCaseRepository extends JpaRepository<MediationCase, UUID> {

	@Query(value = "select nextval('mediation.case_number_seq')", nativeQuery = true)
	long nextNumber();

}
