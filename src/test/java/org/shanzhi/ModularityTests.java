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
	 * The documenter writes a diagram's relations in an order that changes from run to
	 * run: each run of them sorted, so that the files change only when the modules do.
	 */
	static void stableOrder(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> out = new ArrayList<>();
				List<String> run = new ArrayList<>();
				for (String line : lines) {
					if (line.startsWith("Rel(")) {
						run.add(line);
						continue;
					}
					Collections.sort(run);
					out.addAll(run);
					run.clear();
					out.add(line);
				}
				Collections.sort(run);
				out.addAll(run);
				Files.write(file, out, StandardCharsets.UTF_8);
			}
		}
	}

}
