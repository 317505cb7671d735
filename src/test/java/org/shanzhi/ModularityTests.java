package org.shanzhi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of DESIGN.md holds, and its diagram is written to docs/modules.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ShanzhiApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() throws Exception {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		stableOrder(Path.of("docs/modules"));
	}

	/**
	 * The documenter writes a diagram's relations, and a canvas's lists, in an order that
	 * changes from run to run: each run of them sorted, so that the files change only
	 * when the modules do.
	 */
	static void stableOrder(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
				.toList()) {
				boolean canvas = file.toString().endsWith(".adoc");
				List<String> out = new ArrayList<>();
				List<String> run = new ArrayList<>();
				boolean cell = false;
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (line.startsWith("Rel(") || line.startsWith("* `")
							|| (canvas && line.startsWith("|* `") && run.isEmpty())) {
						cell |= line.startsWith("|");
						run.add(line.startsWith("|") ? line.substring(1) : line);
					}
					else if (canvas && !run.isEmpty() && !line.isEmpty() && !line.startsWith("|")
							&& !line.startsWith("=")) {
						// a list item's continuation ("+" and its paragraph) stays with
						// it
						run.set(run.size() - 1, run.get(run.size() - 1) + "\n" + line);
					}
					else {
						flush(run, cell, out);
						cell = false;
						out.add(line);
					}
				}
				flush(run, cell, out);
				Files.write(file, out, StandardCharsets.UTF_8);
			}
		}
	}

	/** A run sorted; a table cell's list keeps the cell's bar on its first line. */
	private static void flush(List<String> run, boolean cell, List<String> out) {
		Collections.sort(run);
		for (int i = 0; i < run.size(); i++) {
			out.addAll(((cell && i == 0 ? "|" : "") + run.get(i)).lines().toList());
		}
		run.clear();
	}

}
