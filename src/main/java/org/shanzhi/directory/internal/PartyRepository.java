package org.shanzhi.directory.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyRepository extends JpaRepository<Party, UUID> {

	boolean existsByIdNumberIndex(String index);

	boolean existsByCreditCode(String creditCode);

	@Query("select p.id from Party p where p.idNumberIndex = :index")
	java.util.Optional<UUID> findIdByIdNumberIndex(String index);

	@Query("select p.id from Party p where p.creditCode = :code")
	java.util.Optional<UUID> findIdByCreditCode(String code);

	@Query("select p.id from Party p where p.category = :category order by p.name, p.id")
	java.util.List<UUID> idsOfCategory(org.shanzhi.directory.PartyCategory category, Pageable pageable);

	/**
	 * Name fragment (case-insensitive), exact credit code, or exact resident ID via its
	 * blind index.
	 */
	@Query("""
			select p from Party p
			where (:pattern is null or lower(p.name) like :pattern or p.creditCode like :codePrefix)
			   or p.idNumberIndex = :index or p.creditCode = :code
			""")
	Page<Party> search(String pattern, String codePrefix, String index, String code, Pageable pageable);

}
