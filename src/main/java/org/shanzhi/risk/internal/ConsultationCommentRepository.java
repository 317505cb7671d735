package org.shanzhi.risk.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationCommentRepository extends JpaRepository<ConsultationComment, UUID> {

	@Query("select c from ConsultationComment c where c.catalogueId = ?1 order by c.submittedAt, c.id")
	List<ConsultationComment> ofCatalogue(UUID catalogueId);

	@Query("select count(c) from ConsultationComment c where c.catalogueId = ?1 and c.answer is null")
	long unanswered(UUID catalogueId);

}
