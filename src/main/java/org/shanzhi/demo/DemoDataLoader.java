package org.shanzhi.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.RegisterAgencyCommand;
import org.shanzhi.directory.RegisterOfficerCommand;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city once (when the agency {@code amr} is missing), through the same
 * facades a user goes through, so every demo record has its audit entries too.
 */
@Component
@Order(0)
class DemoDataLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final int PARTIES = 220;

	/** The demo officers' certificates are valid to the end of 2030. */
	static final java.time.LocalDate CERTIFICATES_VALID_UNTIL = java.time.LocalDate.of(2030, 12, 31);

	private final Agencies agencies;

	private final Parties parties;

	private final Accounts accounts;

	private final String password;

	DemoDataLoader(Agencies agencies, Parties parties, Accounts accounts,
			@Value("${shanzhi.demo.password:Demo#2026}") String password) {
		this.agencies = agencies;
		this.parties = parties;
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	void loadDemo() {
		if (agencies.findByCode("amr").isPresent()) {
			return;
		}
		long started = System.nanoTime();
		Actors.runAs(Actor.SYSTEM, () -> {
			load();
			return null;
		});
		log.info("Loaded the demo city in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Map<String, AgencyView> byCode = new HashMap<>();
		for (DemoCity.AgencySeed seed : DemoCity.AGENCIES) {
			UUID parent = seed.parent() == null ? null : byCode.get(seed.parent()).id();
			byCode.put(seed.code(), agencies.register(new RegisterAgencyCommand(seed.code(), seed.name(),
					seed.division(), seed.level(), seed.kind(), parent, seed.head())));
		}
		int certificate = 1;
		Map<String, java.util.Deque<OfficerView>> unassigned = new HashMap<>();
		String[] positions = { "科长", "副科长", "执法队员", "执法队员" };
		String[] names = { "王", "李", "陈", "赵", "孙", "周", "吴", "郑" };
		String[] given = { "明", "华", "强", "芳", "军", "磊", "静", "涛" };
		for (DemoCity.AgencySeed seed : DemoCity.AGENCIES) {
			AgencyView agency = byCode.get(seed.code());
			for (int i = 0; i < 4; i++) {
				String name = names[(certificate + i) % names.length] + given[(certificate * 3 + i) % given.length]
						+ given[(certificate + 5 * i) % given.length];
				OfficerView officer = agencies.registerOfficer(new RegisterOfficerCommand(agency.id(), name,
						String.format("41990%06d", certificate++), positions[i], CERTIFICATES_VALID_UNTIL));
				unassigned.computeIfAbsent(seed.code(), k -> new java.util.ArrayDeque<>()).add(officer);
			}
		}
		List<RegisterPartyCommand> partySeeds = DemoCity.parties(PARTIES);
		PartyView citizen = null;
		for (RegisterPartyCommand p : partySeeds) {
			PartyView view = parties.register(p);
			if (citizen == null && view.kind() == org.shanzhi.directory.PartyKind.PERSON) {
				citizen = view;
			}
		}
		// every staff account of an agency is its own officer (issue 23): the agency's
		// officers in turn, then new ones named after the account
		for (DemoCity.AccountSeed a : DemoCity.accounts()) {
			AgencyView agency = a.agency() == null ? null : byCode.get(a.agency());
			OfficerView officer = null;
			if (agency != null) {
				officer = unassigned.get(a.agency()).poll();
				if (officer == null) {
					String name = a.displayName().replaceAll("（.*", "");
					officer = agencies.registerOfficer(new RegisterOfficerCommand(agency.id(), name,
							String.format("41990%06d", certificate++), "执法队员", CERTIFICATES_VALID_UNTIL));
				}
			}
			accounts.create(new CreateAccountCommand(a.username(), a.displayName(), password, a.roles(),
					agency == null ? null : agency.id(), officer == null ? null : officer.id(), null));
		}
		accounts.create(new CreateAccountCommand("demo-public", citizen.name(), password, java.util.Set.of(Role.PUBLIC),
				null, null, citizen.id()));
	}

}
