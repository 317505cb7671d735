package org.shanzhi.security.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	/**
	 * The administrator's search: {@code pattern} (lower case, wildcards escaped with
	 * {@code \}) in the username or the name, or the account of one of {@code agencyIds};
	 * {@code role} ({@code ,ROLE,} pattern) and {@code status} when not empty.
	 */
	@Query("""
			select a from Account a
			where (:pattern = '' or lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\'
			       or a.agencyId in :agencyIds)
			  and (:role = '' or concat(',', a.roles, ',') like :role)
			  and (:status = ''
			       or (:status = 'ENABLED' and a.enabled = true)
			       or (:status = 'DISABLED' and a.enabled = false)
			       or (:status = 'LOCKED' and a.lockedUntil > :now)
			       or (:status = 'PASSWORD_CHANGE_REQUIRED' and a.passwordChangeRequired = true))
			""")
	Page<Account> search(@Param("pattern") String pattern, @Param("agencyIds") Collection<UUID> agencyIds,
			@Param("role") String role, @Param("status") String status, @Param("now") OffsetDateTime now,
			Pageable pageable);

	/**
	 * The enabled administrators, locked for the rest of the transaction: two
	 * administrators disabling each other at once cannot leave none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.enabled = true and concat(',', a.roles, ',') like '%,ADMIN,%' order by a.id")
	List<Account> lockEnabledAdministrators();

}
