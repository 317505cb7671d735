package org.shanzhi;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
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
			// web server on a free port so that it does not meet a running node's
			application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off", "server.port", "0",
					"logging.threshold.console", "ERROR"));
		}
		BufferingApplicationStartup trace = null;
		if (Boolean.getBoolean("shanzhi.startup-trace")) {
			// -Dshanzhi.startup-trace=true: the slowest start-up steps on standard error
			trace = new BufferingApplicationStartup(100_000);
			application.setApplicationStartup(trace);
		}
		application.run(args);
		if (trace != null) {
			printSlowestSteps(trace.getBufferedTimeline().getEvents(), System.err);
		}
	}

	/**
	 * Each step's own time (its duration less its sub-steps'), its whole duration, name
	 * and tags (for a bean, its name), slowest first.
	 */
	static void printSlowestSteps(List<TimelineEvent> steps, PrintStream out) {
		Map<Long, Duration> nested = new HashMap<>();
		for (TimelineEvent step : steps) {
			Long parent = step.getStartupStep().getParentId();
			if (parent != null) {
				nested.merge(parent, step.getDuration(), Duration::plus);
			}
		}
		record Row(long self, TimelineEvent step) {
		}
		out.println("  self  total (ms)  step");
		steps.stream()
			.map(step -> new Row(step.getDuration()
				.minus(nested.getOrDefault(step.getStartupStep().getId(), Duration.ZERO))
				.toMillis(), step))
			.sorted(Comparator.comparingLong(Row::self).reversed())
			.limit(60)
			.forEach(row -> {
				StringBuilder tags = new StringBuilder();
				row.step()
					.getStartupStep()
					.getTags()
					.forEach(t -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
				out.printf("%6d %6d  %s%s%n", row.self(), row.step().getDuration().toMillis(),
						row.step().getStartupStep().getName(), tags);
			});
	}

}
