package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.stratagem.testing.ProjectFiles;

/**
 * Model to text to model gives an equal model. The model is serialized from scratch (a copy with
 * no node model), so the serializer itself, not the original text, produces the file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class SerializerRoundTripTest {

	@Inject
	private Workspace workspace;

	@Inject
	private ISerializer serializer;

	@Inject
	private ModelDump dump;

	@Test
	void everyConstructSurvivesTheRoundTrip() {
		workspace.empty().add("all.strategy", ParsingTest.EVERY_CONSTRUCT).link();
		assertRoundTrip("all.strategy", List.of());
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void exampleFilesSurviveTheRoundTrip(Path file) {
		List<Path> all = ProjectFiles.strategyFiles(file.getParent());
		workspace.empty().addAll(all).link();
		assertRoundTrip(file.getFileName().toString(), all);
	}

	static Stream<Path> exampleFiles() {
		return ProjectFiles.strategyFiles(ProjectFiles.root().resolve("examples")).stream();
	}

	private void assertRoundTrip(String name, List<Path> siblings) {
		XtextResource resource = workspace.resource(name);
		EObject original = resource.getContents().get(0);
		String before = dump.dump(original);

		EObject copy = EcoreUtil.copy(original);
		resource.getContents().set(0, copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());

		workspace.empty();
		siblings.stream().filter(f -> !f.getFileName().toString().equals(name)).forEach(workspace::add);
		workspace.add(name, text).link();
		assertEquals(List.of(), workspace.resource(name).getErrors(), "serialized text does not parse:\n" + text);
		assertEquals(before, dump.dump(workspace.model(name)), "serialized text means something else:\n" + text);
	}
}
