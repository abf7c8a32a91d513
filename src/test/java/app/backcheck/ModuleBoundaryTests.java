package app.backcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package is a feature module; its public types are its API and each
 * names, in its {@code package-info.java}, the modules it may use. Running this also
 * writes the module diagram into {@code docs/modules}.
 */
class ModuleBoundaryTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BackCheckApplication.class);

	@Test
	void modulesShouldUseOnlyTheModulesTheyNameWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void triageShouldDependOnNoOtherModule() {
		assertThat(dependencies("triage")).isEmpty();
	}

	@Test
	void wireFormatsShouldNotReachIntoTheCheckJourney() {
		assertThat(dependencies("api")).doesNotContain("check");
		assertThat(dependencies("fhir")).doesNotContain("check", "result", "api");
	}

	@Test
	void webShouldDependOnNoFeature() {
		assertThat(dependencies("web")).containsOnly("triage");
	}

	@Test
	void moduleDiagramShouldBeWrittenIntoTheDocs() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Files.writeString(diagram, withRelationsSorted(Files.readString(diagram)));
			}
		}
		Path mermaid = Path.of("docs/modules/README.md");
		Files.writeString(mermaid, mermaid(), StandardCharsets.UTF_8);
		assertThat(Path.of("docs/modules/components.puml")).exists();
		assertThat(mermaid).content().contains("check --> result");
	}

	/**
	 * The documenter writes relations in no fixed order; sorted, a build leaves the
	 * diagrams as they were.
	 */
	private static String withRelationsSorted(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		List<String> relations = lines.stream().filter((line) -> line.startsWith("Rel(")).sorted().toList();
		int next = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("Rel(")) {
				lines.set(i, relations.get(next++));
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private static List<String> dependencies(String module) {
		ApplicationModule found = MODULES.getModuleByName(module).orElseThrow();
		return found.getDirectDependencies(MODULES)
			.uniqueModules()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.sorted()
			.toList();
	}

	/** The same modules as a Mermaid graph, which renders where the docs are read. */
	private static String mermaid() {
		String edges = MODULES.stream()
			.sorted((a, b) -> a.getIdentifier().toString().compareTo(b.getIdentifier().toString()))
			.flatMap((module) -> dependencies(module.getIdentifier().toString()).stream()
				.map((target) -> "  " + module.getIdentifier() + " --> " + target))
			.collect(Collectors.joining("\n"));
		return """
				# Modules

				Written by `ModuleBoundaryTests` on every build from the code: each arrow is a module using another's
				public types. `components.puml` and `module-*.puml` are Spring Modulith's PlantUML views of the same.
				The test fails when a module uses one its `package-info.java` does not name, or reaches into another's
				internals.

				```mermaid
				graph TD
				%s
				```
				""".formatted(edges);
	}

}
