package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.model.EuAiActRole;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Property;
import io.stratagem.testing.ProjectFiles;

/**
 * The built-in library parses without issues and says exactly what the shared framework datasets
 * say: every row is there under its id, with its title and parent, and nothing else is.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LibraryTest {

	@Inject
	private BuiltInLibrary library;

	@Inject
	private Workspace workspace;

	private final Map<String, FrameworkRequirement> byCode = new LinkedHashMap<>();

	@BeforeEach
	void loadLibrary() {
		workspace.empty();
		for (URI uri : library.uris()) {
			workspace.add(java.nio.file.Path.of(uri.lastSegment())
					.getFileName().toString(), readUri(uri));
		}
		workspace.link();
		for (var resource : workspace.resources()) {
			resource.getAllContents().forEachRemaining(o -> {
				if (o instanceof FrameworkRequirement r) {
					byCode.put(r.getCode(), r);
				}
			});
		}
	}

	@Test
	void parsesAndLinksWithoutAnyIssue() {
		assertEquals(List.of(), workspace.allIssues());
	}

	@Test
	void euAiActMatchesTheDataset() {
		List<CSVRecord> rows = rows("eu-ai-act-2024-1689.csv");
		assertEquals(50, rows.size());
		for (CSVRecord row : rows) {
			FrameworkRequirement requirement = requirement(row.get("id"), Framework.EU_AI_ACT);
			assertEquals(row.get("title"), requirement.getTitle(), row.get("id"));
			assertEquals(row.get("applies_to"), requirement.getAppliesTo(), row.get("id"));
			assertEquals(row.get("article"), property(requirement, "article"), row.get("id"));
			assertEquals(row.get("note").isEmpty() ? null : row.get("note"), requirement.getDescription(), row.get("id"));
			assertEquals(expectedTiers(row.get("tier")), requirement.getTiers(), row.get("id"));
			assertEquals(expectedRoles(row.get("applies_to")), requirement.getRoles(), row.get("id"));
		}
		assertEquals("AIA-5", byCode.get("AIA-5-1-a").getParent().getCode());
		assertEquals("AIA-50", byCode.get("AIA-50-4-1").getParent().getCode());
		assertEquals(rows.size(), count(Framework.EU_AI_ACT));
	}

	@Test
	void nistAiRmfMatchesTheDataset() {
		List<CSVRecord> rows = rows("nist-ai-rmf-1.0.csv");
		assertEquals(95, rows.size());
		for (CSVRecord row : rows) {
			String id = row.get("id");
			FrameworkRequirement requirement = requirement(id, Framework.NIST_AI_RMF);
			assertEquals(row.get("title_or_text"), requirement.getTitle(), id);
			String parent = id.contains(".") ? row.get("category") : id.contains("-") ? row.get("function") : null;
			assertEquals(parent, requirement.getParent() == null ? null : requirement.getParent().getCode(), id);
		}
		assertEquals(rows.size(), count(Framework.NIST_AI_RMF));
	}

	@Test
	void iso42001MatchesTheDatasetWithOwnWordsOnly() {
		List<CSVRecord> rows = rows("iso-iec-42001-2023-annex-a.csv");
		assertEquals(38, rows.size());
		for (CSVRecord row : rows) {
			FrameworkRequirement control = requirement(row.get("id"), Framework.ISO42001);
			assertEquals(row.get("short_title_own_words"), control.getTitle(), row.get("id"));
			assertEquals(row.get("objective"), control.getParent().getCode(), row.get("id"));
		}
		long objectives = rows.stream().map(r -> r.get("objective")).distinct().count();
		assertEquals(rows.size() + objectives, count(Framework.ISO42001), "controls plus their objectives, nothing else");
	}

	@Test
	void ombPracticesMatchTheDatasetWithTheirInventoryColumns() {
		List<CSVRecord> rows = rows("omb-m-25-21-high-impact-practices.csv");
		assertEquals(14, rows.size());
		for (CSVRecord row : rows) {
			String id = row.get("id");
			FrameworkRequirement practice = requirement(id, Framework.OMB_M2521);
			assertEquals(row.get("practice"), practice.getTitle(), id);
			assertEquals(row.get("summary"), practice.getDescription(), id);
			assertEquals(row.get("section"), property(practice, "section"), id);
			assertEquals(row.get("inventory_column").isEmpty() ? null : row.get("inventory_column"), property(practice, "inventoryColumn"), id);
			assertEquals(row.get("parent_id").isEmpty() ? null : row.get("parent_id"), practice.getParent() == null ? null : practice.getParent().getCode(), id);
		}
		assertEquals(rows.size(), count(Framework.OMB_M2521));
	}

	private FrameworkRequirement requirement(String code, Framework framework) {
		FrameworkRequirement requirement = byCode.get(code);
		assertNotNull(requirement, "the library has no requirement with code " + code);
		assertEquals(framework, requirement.getFramework(), code);
		return requirement;
	}

	private long count(Framework framework) {
		return byCode.values().stream().filter(r -> r.getFramework() == framework).count();
	}

	private static String property(FrameworkRequirement requirement, String key) {
		return requirement.getProperties().stream().filter(p -> key.equals(p.getKey())).map(Property::getValue).findFirst().orElse(null);
	}

	private static List<EuAiActTier> expectedTiers(String tier) {
		switch (tier) {
		case "prohibited":
			return List.of(EuAiActTier.UNACCEPTABLE);
		case "high-risk":
			return List.of(EuAiActTier.HIGH);
		case "limited-risk":
			return List.of(EuAiActTier.LIMITED);
		case "non-high-risk":
			return List.of(EuAiActTier.MINIMAL);
		default:
			return List.of();
		}
	}

	private static List<EuAiActRole> expectedRoles(String appliesTo) {
		List<EuAiActRole> roles = new ArrayList<>();
		if (appliesTo.contains("provider")) {
			roles.add(EuAiActRole.PROVIDER);
		}
		if (appliesTo.contains("deployer")) {
			roles.add(EuAiActRole.DEPLOYER);
		}
		return roles;
	}

	private static List<CSVRecord> rows(String file) {
		try (Reader reader = Files.newBufferedReader(ProjectFiles.datasets().resolve("ai-governance-frameworks").resolve(file), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		} catch (IOException e) {
			throw new AssertionError("cannot read dataset " + file, e);
		}
	}

	private static String readUri(URI uri) {
		try (var in = new java.net.URL(uri.toString()).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new AssertionError("cannot read " + uri, e);
		}
	}
}
