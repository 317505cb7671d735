package org.shanzhi.risk.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.shanzhi.risk.RiskHistories;
import org.shanzhi.risk.RiskModels;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.RowsRejectedException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backtest's command-line mode (R6):
 * {@code java -jar shanzhi.jar --shanzhi.backtest.cut-off=2025-06-30} ranks the parties
 * at the cut-off with the model in use, compares with what happened after it and prints
 * the result as JSON on standard output, then exits (0, or 2 when the input is refused,
 * with the reasons on standard error). {@code --shanzhi.backtest.history=legacy.csv}
 * evaluates an agency's legacy history instead of the platform's records (imported for
 * the run, then removed); {@code --shanzhi.backtest.horizon-days} and
 * {@code --shanzhi.backtest.top-share} as in the API. Runs after the start-up work, and
 * only when the cut-off is given.
 */
@Component
@Order(1000)
class BacktestCommand implements ApplicationRunner {

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final RiskModels models;

	private final RiskHistories histories;

	private final ApplicationContext context;

	BacktestCommand(RiskModels models, RiskHistories histories, ApplicationContext context) {
		this.models = models;
		this.histories = histories;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("shanzhi.backtest.cut-off")) {
			// an ordinary start: decided here, not by a condition on the bean, so that
			// the bean definitions prepared at build time serve both (ADR 0019)
			return;
		}
		int code = execute(args, System.out, System.err);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	/** Runs the backtest of the arguments; returns the exit code. */
	int execute(ApplicationArguments args, PrintStream out, PrintStream err) {
		try {
			LocalDate cutOff = LocalDate.parse(single(args, "shanzhi.backtest.cut-off"));
			String horizon = single(args, "shanzhi.backtest.horizon-days");
			String share = single(args, "shanzhi.backtest.top-share");
			String file = single(args, "shanzhi.backtest.history");
			RiskModels.Backtest result = Actors.runAs(Actor.SYSTEM, () -> {
				java.util.UUID history = null;
				if (file != null) {
					try {
						history = histories
							.importCsv("command line: " + Path.of(file).getFileName(),
									Files.readAllBytes(Path.of(file)))
							.id();
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
				try {
					return models.backtest(cutOff, horizon == null ? null : Integer.valueOf(horizon),
							share == null ? null : Double.valueOf(share), history);
				}
				finally {
					if (history != null) {
						histories.remove(history);
					}
				}
			});
			out.println(JSON.writeValueAsString(result));
			return 0;
		}
		catch (RowsRejectedException ex) {
			ex.refusals()
				.forEach(r -> err.println("row " + r.row() + (r.column() == null ? "" : " " + r.column()) + ": "
						+ r.code() + (r.arguments().length == 0 ? "" : " " + List.of(r.arguments()))));
			return 2;
		}
		catch (ErrorResponseException ex) {
			err.println("refused: " + ex.getMessage()
					+ (ex.getDetailMessageArguments() == null || ex.getDetailMessageArguments().length == 0 ? ""
							: " " + List.of(ex.getDetailMessageArguments())));
			return 2;
		}
		catch (DateTimeParseException | NumberFormatException | java.io.UncheckedIOException ex) {
			err.println("refused: " + ex.getMessage());
			return 2;
		}
	}

	private static String single(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
	}

}
