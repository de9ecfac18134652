package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.ModelIndexCache;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** The whole-model index of the rules: its answers, and one shared index per resource set until a file changes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ModelIndexTest {

	@Inject
	private Workspace workspace;

	@Inject
	private ModelIndexCache cache;

	private void twoFiles() {
		workspace.empty()
				.add("a.strategy", "usecase U\nusecase V\nrisk R1 { affects U, U, V }\n")
				.add("b.strategy", "risk R2 { affects V }\nrisk R3 { affects U }\n").link();
	}

	private ModelIndex indexOf(String file) {
		return cache.get(workspace.model(file), Set.of());
	}

	@Test
	void referrersAreInFileOrderAndEachOnce() {
		twoFiles();
		ModelIndex index = indexOf("a.strategy");
		UseCase u = (UseCase) index.named("U").get(0);
		UseCase v = (UseCase) index.named("V").get(0);
		assertEquals("R1, R3", names(index.referrers(u, Literals.RISK__USE_CASES, Risk.class)));
		assertEquals("R1, R2", names(index.referrers(v, Literals.RISK__USE_CASES, Risk.class)));
		assertEquals("", names(index.referrers(u, Literals.CONTROL__USE_CASES, NamedElement.class)));
	}

	@Test
	void elementsByTypeInFileOrder() {
		twoFiles();
		assertEquals("R1, R2, R3", names(indexOf("b.strategy").all(Risk.class)));
	}

	@Test
	void onlyReferencesOfNamedElementsAreIndexed() {
		twoFiles();
		assertThrows(IllegalArgumentException.class,
				() -> indexOf("a.strategy").referrers(workspace.model("a.strategy"), Literals.SKILL_PROFICIENCY__SKILL, NamedElement.class));
	}

	@Test
	void derivedValuesAreComputedOncePerIndex() {
		twoFiles();
		ModelIndex index = indexOf("a.strategy");
		AtomicInteger computed = new AtomicInteger();
		assertEquals(3, (int) index.derived("risks", i -> computed.incrementAndGet() * i.all(Risk.class).size()));
		assertEquals(3, (int) index.derived("risks", i -> computed.incrementAndGet() * 100));
		assertEquals(1, computed.get());
	}

	@Test
	void filesOfOneResourceSetShareTheIndexUntilOneChanges() {
		twoFiles();
		ModelIndex first = indexOf("a.strategy");
		assertSame(first, indexOf("b.strategy"));

		workspace.model("b.strategy").getElements().remove(0);
		ModelIndex afterChange = indexOf("a.strategy");
		assertNotSame(first, afterChange);
		assertEquals("R1, R3", names(afterChange.all(Risk.class)));
		assertSame(afterChange, indexOf("b.strategy"));

		workspace.add("c.strategy", "risk R4\n").link();
		assertEquals("R1, R3, R4", names(indexOf("a.strategy").all(Risk.class)));
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	/**
	 * The index walks only the contents that can hold named elements: it finds the same elements,
	 * in the same order, as a walk of every object, on every example and the imported federal
	 * inventory (properties, nested phases, initiatives and milestones, team skills...).
	 */
	@Test
	void elementsAreThoseOfAWalkOfEveryObjectInFileOrder() throws Exception {
		List<java.nio.file.Path> files = new java.util.ArrayList<>(io.stratagem.testing.ProjectFiles.strategyFiles(io.stratagem.testing.ProjectFiles.root().resolve("examples")));
		workspace.empty().addAll(files);
		java.nio.file.Path csv = io.stratagem.testing.ProjectFiles.datasets().resolve("us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv");
		String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
		io.stratagem.inventory.OmbInventoryImporter importer = new io.stratagem.dsl.ide.StrategyIdeSetup().createInjector().getInstance(io.stratagem.inventory.OmbInventoryImporter.class);
		importer.read(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).files().forEach((name, content) -> workspace.add("federal-" + name, content));
		workspace.link();
		List<io.stratagem.model.StrategyModel> models = new java.util.ArrayList<>();
		List<NamedElement> everyObject = new java.util.ArrayList<>();
		for (org.eclipse.xtext.resource.XtextResource resource : workspace.resources()) {
			io.stratagem.model.StrategyModel model = (io.stratagem.model.StrategyModel) resource.getContents().get(0);
			models.add(model);
			model.eAllContents().forEachRemaining(object -> {
				if (object instanceof NamedElement element) {
					everyObject.add(element);
				}
			});
		}
		List<NamedElement> indexed = ModelIndex.ofModels(models).elements();
		assertEquals(everyObject.size(), indexed.size());
		for (int i = 0; i < indexed.size(); i++) {
			assertSame(everyObject.get(i), indexed.get(i), "element " + i);
		}
		assertEquals(true, indexed.size() > 7_000, "the inventory's elements: " + indexed.size());
	}
}
