package org.shanzhi.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.directory.OfficerView;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.security.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as account administration reads it: agencies by name and officer records
 * (the security module cannot depend on this one, which depends on it).
 */
@Component
class DirectoryForAccounts implements StaffDirectory {

	private final AgencyStore store;

	DirectoryForAccounts(AgencyStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> agencyNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		store.all().forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OfficerRecord> officersOf(UUID agencyId) {
		return store.officersOf(agencyId, AgencyScope.ALL).stream().map(DirectoryForAccounts::record).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OfficerRecord> officer(UUID officerId) {
		return store.officer(officerId, AgencyScope.ALL).map(DirectoryForAccounts::record);
	}

	private static OfficerRecord record(OfficerView o) {
		return new OfficerRecord(o.id(), o.agencyId(), o.name(), o.certificateNumber());
	}

}
