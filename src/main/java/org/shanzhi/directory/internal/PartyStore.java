package org.shanzhi.directory.internal;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.directory.UpdatePartyCommand;
import org.shanzhi.security.DataProtection;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Persistence of parties, with sealing of resident ID numbers. */
@Component
public class PartyStore {

	private final PartyRepository repository;

	private final DataProtection protection;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PartyStore(PartyRepository repository, DataProtection protection,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.protection = protection;
	}

	/** The id of a party already registered under the same identifier, if any. */
	public Optional<UUID> existing(RegisterPartyCommand c) {
		if (c.kind() == PartyKind.PERSON) {
			return repository.findIdByIdNumberIndex(protection.blindIndex(ResidentIdNumbers.normalize(c.idNumber())));
		}
		return repository.findIdByCreditCode(CreditCodes.normalize(c.creditCode()));
	}

	public PartyView register(UUID id, RegisterPartyCommand c, UUID agencyId, OffsetDateTime now) {
		String name = c.name().strip();
		String address = blankToNull(c.address());
		String phone = blankToNull(c.phone());
		Party party;
		if (c.kind() == PartyKind.PERSON) {
			String idNumber = ResidentIdNumbers.normalize(c.idNumber());
			party = Party.person(id, name, protection.encrypt(idNumber), protection.blindIndex(idNumber),
					ResidentIdNumbers.mask(idNumber), c.category(), address, phone, agencyId, now);
		}
		else {
			party = Party.organization(id, name, CreditCodes.normalize(c.creditCode()), c.category(), address, phone,
					agencyId, now);
		}
		return repository.saveAndFlush(party).view();
	}

	public void forEachParty(java.util.function.BiConsumer<UUID, org.shanzhi.directory.PartyCategory> sink) {
		jdbc.sql("select id, category from directory.party").query((java.sql.ResultSet rs) -> {
			sink.accept(rs.getObject(1, UUID.class), org.shanzhi.directory.PartyCategory.valueOf(rs.getString(2)));
		});
	}

	public java.util.List<UUID> idsOfCategory(org.shanzhi.directory.PartyCategory category, int limit) {
		return repository.idsOfCategory(category, org.springframework.data.domain.PageRequest.of(0, limit));
	}

	public Optional<PartyView> find(UUID id) {
		return repository.findById(id).map(Party::view);
	}

	public Page<PartyView> search(String q, Pageable pageable) {
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			return repository.search(null, null, null, null, pageable).map(Party::view);
		}
		String upper = query.toUpperCase(Locale.ROOT);
		String index = ResidentIdNumbers.isValid(upper) ? protection.blindIndex(upper) : null;
		String code = CreditCodes.isValid(upper) ? upper : null;
		String pattern = "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
		return repository.search(pattern, escapeLike(upper) + "%", index, code, pageable).map(Party::view);
	}

	public Optional<PartyView> update(UUID id, UpdatePartyCommand c, OffsetDateTime now) {
		return repository.findById(id).map(p -> {
			if (p.version() != c.version()) {
				throw RuleViolationException.conflict("stale-version", c.version(), p.version());
			}
			p.update(c, now);
			return repository.saveAndFlush(p).view();
		});
	}

	/** The full resident ID number, logged as an access to personal data. */
	public Optional<String> reveal(UUID id, UUID byAgency) {
		return repository.findById(id).filter(p -> p.kind() == PartyKind.PERSON).map(p -> {
			p.revealedTo(byAgency);
			repository.save(p);
			return protection.decrypt(p.idNumberSealed());
		});
	}

	public long count() {
		return repository.count();
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
