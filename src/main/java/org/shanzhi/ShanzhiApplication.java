package org.shanzhi;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Shanzhi 善治: the platform for service-oriented administrative law enforcement. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ShanzhiApplication {

	/** All dates of the platform are in Asia/Shanghai (requirement X5). */
	public static final String ZONE = "Asia/Shanghai";

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("verify-evidence")) {
			// an evidence export checked offline: no database, no server
			System.exit(org.shanzhi.evidence.PackageVerifier.run(java.util.Arrays.copyOfRange(args, 1, args.length),
					System.out));
		}
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		SpringApplication application = new SpringApplication(ShanzhiApplication.class);
		if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--shanzhi.backtest.cut-off"))) {
			// the backtest's command-line mode: the result alone on standard output, the
			// web
			// server on a free port so that it does not meet a running node's
			application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off", "server.port", "0",
					"logging.threshold.console", "ERROR"));
		}
		application.run(args);
	}

}
