package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ViolationTypeRepository extends JpaRepository<ViolationType, UUID> {

	Optional<ViolationType> findByAgencyIdAndCode(UUID agencyId, String code);

	List<ViolationType> findByAgencyIdOrderByCode(UUID agencyId);

	List<ViolationType> findAllByOrderByAgencyIdAscCodeAsc();

}
