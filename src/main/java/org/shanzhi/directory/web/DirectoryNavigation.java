package org.shanzhi.directory.web;

import java.util.Set;

import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	static final Set<String> STAFF = Set.of("OFFICER", "AGENCY_HEAD", "LEGAL_REVIEWER", "MEDIATOR", "SUPERVISOR",
			"ADMIN");

	@Bean
	NavigationEntry partiesNavigation() {
		return new NavigationEntry("nav.parties", "/parties", 10, STAFF, "nav.group.enforcement");
	}

	@Bean
	NavigationEntry agenciesNavigation() {
		return new NavigationEntry("nav.agencies", "/agencies", 20, STAFF, "nav.group.enforcement");
	}

}
