package org.shanzhi.directory.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.RegisterAgencyCommand;
import org.shanzhi.directory.RegisterOfficerCommand;
import org.shanzhi.security.AgencyScope;
import org.springframework.stereotype.Component;

/** Persistence of agencies and officers. */
@Component
public class AgencyStore {

	private final AgencyRepository agencies;

	private final OfficerRepository officers;

	AgencyStore(AgencyRepository agencies, OfficerRepository officers) {
		this.agencies = agencies;
		this.officers = officers;
	}

	public List<AgencyView> all() {
		return agencies.findAllByOrderByCode().stream().map(Agency::view).toList();
	}

	public Optional<AgencyView> find(UUID id) {
		return agencies.findById(id).map(Agency::view);
	}

	public Optional<AgencyView> findByCode(String code) {
		return agencies.findByCode(code).map(Agency::view);
	}

	public AgencyView register(UUID id, RegisterAgencyCommand c, OffsetDateTime now) {
		return agencies.saveAndFlush(new Agency(id, c, now)).view();
	}

	public boolean certificateTaken(String number) {
		return officers.existsByCertificateNumber(number);
	}

	public OfficerView registerOfficer(UUID id, RegisterOfficerCommand c, OffsetDateTime now) {
		return officers.saveAndFlush(new Officer(id, c, now)).view();
	}

	public Optional<OfficerView> officer(UUID id, AgencyScope scope) {
		return officers.findVisible(id, scope.all(), scope.idsForQuery()).map(Officer::view);
	}

	public List<OfficerView> officersOf(UUID agencyId, AgencyScope scope) {
		return officers.findVisibleByAgency(agencyId, scope.all(), scope.idsForQuery())
			.stream()
			.map(Officer::view)
			.toList();
	}

	public long officerCount(UUID agencyId) {
		return officers.countByAgencyId(agencyId);
	}

}
