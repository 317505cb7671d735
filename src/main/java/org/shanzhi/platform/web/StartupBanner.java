package org.shanzhi.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final boolean demo;

	StartupBanner(Environment environment, @Value("${shanzhi.demo.enabled:false}") boolean demo) {
		this.environment = environment;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder sb = new StringBuilder("\n\n  善治 Shanzhi is running: http://localhost:").append(port)
			.append("/login\n");
		if (demo) {
			sb.append(
					"  Demo accounts: demo-officer-amr, demo-head-amr, demo-officer-eco, demo-mediator, demo-supervisor, demo-admin\n")
				.append("  Password: the value of SHANZHI_DEMO_PASSWORD (default Demo#2026)\n");
		}
		sb.append("  API: http://localhost:").append(port).append("/swagger-ui.html\n");
		log.info(sb.toString());
	}

}
