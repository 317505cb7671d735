package org.shanzhi.guidance.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConductComplaintRepository extends JpaRepository<ConductComplaint, UUID> {

}
