package org.shanzhi.guidance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

	List<FollowUp> findByActIdOrderByDueOn(UUID actId);

	Optional<FollowUp> findFirstByActIdAndStatusOrderByDueOn(UUID actId, String status);

}
