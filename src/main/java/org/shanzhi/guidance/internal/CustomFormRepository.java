package org.shanzhi.guidance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomFormRepository extends JpaRepository<CustomForm, UUID> {

	List<CustomForm> findByAgencyIdOrderByCode(UUID agencyId);

	Optional<CustomForm> findByAgencyIdAndCode(UUID agencyId, String code);

}
