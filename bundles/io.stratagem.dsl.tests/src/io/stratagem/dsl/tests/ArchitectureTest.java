package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.ProjectFiles;

/**
 * The dependency rules of docs/architecture.md hold: every io.stratagem.* dependency that a bundle's
 * MANIFEST.MF (Require-Bundle, Fragment-Host, Import-Package) or a releng module's pom.xml declares is
 * allowed by the bundle's row of the table, every bundle and module has a row, and every name in the
 * table exists. Only the command line's tests and its distribution may depend on io.stratagem.cli.
 */
class ArchitectureTest {

	private static final String DOCUMENT = "docs/architecture.md";
	private static final String HEADER = "| bundle | may depend on | why |";
	private static final String OURS = "io.stratagem";
	private static final Pattern NAME = Pattern.compile("`([^`]+)`");

	/** The table: each row's bundle and the bundles it may depend on, in the document's order. */
	private static Map<String, Set<String>> table;
	/** Every bundle under bundles/ and module under releng/, by name. */
	private static Map<String, Module> modules;

	/**
	 * A bundle or releng module: the file that declares its dependencies, relative to the root, and
	 * each io.stratagem.* dependency with the header or element that declares it.
	 */
	record Module(String name, String file, Map<String, String> dependencies) {
	}

	@BeforeAll
	static void read() throws IOException {
		table = table(Files.readAllLines(ProjectFiles.root().resolve(DOCUMENT)));
		modules = modules();
	}

	@Test
	void everyDependencyIsAllowedByTheBundlesRow() {
		List<String> forbidden = new ArrayList<>();
		for (Module module : modules.values()) {
			Set<String> allowed = table.getOrDefault(module.name(), Set.of());
			module.dependencies().forEach((dependency, declaration) -> {
				if (table.containsKey(module.name()) && !allowed.contains(dependency)) {
					forbidden.add(module.file() + ": " + module.name() + " -> " + dependency + " (" + declaration + ") is not allowed by " + DOCUMENT
							+ ": add `" + dependency + "` to the \"may depend on\" cell of the row `" + module.name() + "` and say why, or remove the dependency");
				}
			});
		}
		assertEquals(List.of(), forbidden);
	}

	@Test
	void everyBundleAndModuleHasARow() {
		List<String> missing = new ArrayList<>();
		for (Module module : modules.values()) {
			if (!table.containsKey(module.name())) {
				missing.add(module.file() + ": " + module.name() + " has no row in the table of " + DOCUMENT + ": add the row | `" + module.name() + "` | "
						+ cell(module.dependencies().keySet()) + " | why |");
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void theTableNamesOnlyBundlesAndModulesThatExist() {
		List<String> unknown = new ArrayList<>();
		table.forEach((row, allowed) -> {
			if (!modules.containsKey(row)) {
				unknown.add(DOCUMENT + ": the row `" + row + "` names no bundle under bundles/ and no module under releng/: remove the row");
			}
			for (String dependency : allowed) {
				if (!modules.containsKey(dependency)) {
					unknown.add(DOCUMENT + ": the row `" + row + "` allows `" + dependency + "`, which is no bundle under bundles/ and no module under releng/: remove it from that row");
				}
			}
		});
		assertEquals(List.of(), unknown);
	}

	/** Every other front end uses the headless io.stratagem.workspace; nothing is built on the picocli commands. */
	@Test
	void onlyTheCommandLineTestsAndTheDistributionMayDependOnTheCommandLine() {
		TreeSet<String> rows = new TreeSet<>();
		table.forEach((row, allowed) -> {
			if (allowed.contains("io.stratagem.cli")) {
				rows.add(row);
			}
		});
		assertEquals(Set.of("io.stratagem.cli.dist", "io.stratagem.cli.tests"), rows,
				"the rows of " + DOCUMENT + " that allow io.stratagem.cli; depend on io.stratagem.workspace instead");
	}

	/** Dependencies point downwards: following the rows from any bundle never comes back to it. */
	@Test
	void theTableHasNoCycle() {
		List<String> cycles = new ArrayList<>();
		for (String row : table.keySet()) {
			List<String> path = cycle(new ArrayList<>(List.of(row)), new TreeSet<>());
			if (path != null) {
				cycles.add(DOCUMENT + ": " + String.join(" -> ", path) + ": remove one of these dependencies from its row");
			}
		}
		assertEquals(List.of(), cycles);
	}

	/** A path from the last bundle of {@code path} back to its first one, or null; {@code seen} holds the bundles already followed. */
	private static List<String> cycle(List<String> path, Set<String> seen) {
		for (String next : table.getOrDefault(path.get(path.size() - 1), Set.of())) {
			if (next.equals(path.get(0))) {
				List<String> cycle = new ArrayList<>(path);
				cycle.add(next);
				return cycle;
			}
			if (seen.add(next)) {
				path.add(next);
				List<String> found = cycle(path, seen);
				if (found != null) {
					return found;
				}
				path.remove(path.size() - 1);
			}
		}
		return null;
	}

	@Test
	void theTableAndTheModulesWereRead() {
		assertTrue(table.size() > 30, "rows: " + table.keySet());
		assertTrue(modules.size() > 30, "modules: " + modules.keySet());
		assertEquals("Require-Bundle", modules.get("io.stratagem.cli").dependencies().get("io.stratagem.workspace"));
		assertEquals("Fragment-Host", modules.get("io.stratagem.report.tests").dependencies().get("io.stratagem.report"));
		assertEquals("Maven dependency", modules.get("stratagem-maven-plugin").dependencies().get("io.stratagem.workspace"));
	}

	/** The rows under the header line; names are in backquotes, "—" or nothing for no dependency. */
	private static Map<String, Set<String>> table(List<String> lines) {
		int header = lines.stream().map(String::strip).toList().indexOf(HEADER);
		assertTrue(header >= 0, DOCUMENT + " has no table headed " + HEADER);
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		for (String line : lines.subList(header + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			String[] cells = line.split("\\|");
			List<String> bundle = names(cells[1]);
			assertEquals(1, bundle.size(), DOCUMENT + ": a row names one bundle in its first cell: " + line);
			Set<String> allowed = new TreeSet<>(names(cells[2]));
			assertTrue(rows.put(bundle.get(0), allowed) == null, DOCUMENT + ": two rows for " + bundle.get(0));
		}
		return rows;
	}

	private static List<String> names(String cell) {
		List<String> names = new ArrayList<>();
		Matcher name = NAME.matcher(cell);
		while (name.find()) {
			names.add(name.group(1));
		}
		return names;
	}

	private static String cell(Set<String> names) {
		return names.isEmpty() ? "—" : String.join(", ", names.stream().map(name -> "`" + name + "`").toList());
	}

	/** The bundles (META-INF/MANIFEST.MF) and the releng modules (pom.xml, and a manifest if they have one). */
	private static Map<String, Module> modules() throws IOException {
		Path root = ProjectFiles.root();
		Map<String, Map<String, String>> manifests = new TreeMap<>();
		Map<String, Path> files = new TreeMap<>();
		List<Path> releng = new ArrayList<>();
		for (String folder : List.of("bundles", "releng")) {
			try (Stream<Path> children = Files.list(root.resolve(folder))) {
				for (Path child : children.sorted().toList()) {
					Path manifest = child.resolve("META-INF/MANIFEST.MF");
					if (Files.isRegularFile(manifest)) {
						Map<String, String> headers = headers(Files.readAllLines(manifest));
						String name = entries(headers.get("Bundle-SymbolicName")).get(0);
						manifests.put(name, headers);
						files.put(name, manifest);
					} else if (folder.equals("releng") && Files.isRegularFile(child.resolve("pom.xml"))) {
						releng.add(child);
					}
				}
			}
		}
		Map<String, String> exporters = new TreeMap<>();
		manifests.forEach((name, headers) -> {
			for (String exported : entries(headers.get("Export-Package"))) {
				exporters.put(exported, name);
			}
		});
		Map<String, Module> modules = new TreeMap<>();
		manifests.forEach((name, headers) -> {
			Map<String, String> dependencies = new TreeMap<>();
			for (String required : entries(headers.get("Require-Bundle"))) {
				dependencies.putIfAbsent(required, "Require-Bundle");
			}
			for (String host : entries(headers.get("Fragment-Host"))) {
				dependencies.putIfAbsent(host, "Fragment-Host");
			}
			for (String imported : entries(headers.get("Import-Package"))) {
				if (imported.startsWith(OURS + ".")) {
					String exporter = exporters.get(imported);
					assertTrue(exporter != null, files.get(name) + ": imports " + imported + ", which no bundle exports");
					if (!exporter.equals(name)) {
						dependencies.putIfAbsent(exporter, "Import-Package " + imported);
					}
				}
			}
			dependencies.keySet().removeIf(dependency -> !dependency.startsWith(OURS + "."));
			modules.put(name, new Module(name, root.relativize(files.get(name)).toString().replace('\\', '/'), dependencies));
		});
		for (Path module : releng) {
			Path pom = module.resolve("pom.xml");
			Map<String, String> dependencies = new TreeMap<>();
			NodeList elements = SecureXml.parse(Files.readString(pom), pom.toString()).getElementsByTagName("dependency");
			for (int i = 0; i < elements.getLength(); i++) {
				Element dependency = (Element) elements.item(i);
				if (OURS.equals(text(dependency, "groupId"))) {
					dependencies.putIfAbsent(text(dependency, "artifactId"), "Maven dependency");
				}
			}
			String name = module.getFileName().toString();
			modules.put(name, new Module(name, root.relativize(pom).toString().replace('\\', '/'), dependencies));
		}
		return modules;
	}

	/** The text of a direct child element, or null. */
	private static String text(Element parent, String child) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(child)) {
				return element.getTextContent().strip();
			}
		}
		return null;
	}

	/** A manifest's main headers by name, continuation lines (those starting with a space) joined. */
	private static Map<String, String> headers(List<String> lines) {
		Map<String, String> headers = new TreeMap<>();
		String name = null;
		for (String line : lines) {
			if (line.startsWith(" ") && name != null) {
				headers.merge(name, line.substring(1), String::concat);
			} else if (line.contains(":")) {
				name = line.substring(0, line.indexOf(':')).strip();
				headers.put(name, line.substring(line.indexOf(':') + 1).strip());
			} else if (line.isBlank()) {
				break;
			}
		}
		return headers;
	}

	/** The names of a manifest header's clauses, without attributes and directives. */
	private static List<String> entries(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		boolean quoted = false;
		StringBuilder clause = new StringBuilder();
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String name = clause.toString().split(";")[0].strip();
				if (!name.isEmpty()) {
					names.add(name);
				}
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}
}
