package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import io.stratagem.dsl.formatting2.DocumentFormatter;
import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.testing.ProjectFiles;

/**
 * The formatter lays files out as documented, is idempotent on every example and library file,
 * and never changes what a model means.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class FormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private Workspace workspace;

	@Inject
	private ModelDump dump;

	@Inject
	private DocumentFormatter documentFormatter;

	@Test
	void laysOutACrampedFile() {
		formatter.assertFormatted(request -> {
			// Formatting a parsed file; the serializer's own layout is checked by SerializerRoundTripTest.
			request.setUseSerializer(false);
			request.setToBeFormatted("""
					namespace   acme.claims import acme.org.*   import stratagem.euaiact.*
					usecase Triage "Claims triage"{unit Claims stage pilot serves A ,B
					priority{value 8    effort 5}  euAiAct tier limited as deployer}
					kpi K{measurement 2027-01=9.1 measurement 2027-02 = 8.7}""");
			request.setExpectation("""
					namespace acme.claims

					import acme.org.*
					import stratagem.euaiact.*

					usecase Triage "Claims triage" {
						unit Claims
						stage pilot
						serves A, B
						priority { value 8 effort 5 }
						euAiAct tier limited as deployer
					}

					kpi K {
						measurement 2027-01 = 9.1
						measurement 2027-02 = 8.7
					}
					""");
		});
	}

	/** A comment written at column 0 stays there (commented-out text); an indented one follows the block. */
	@Test
	void indentsNestedBlocksAndKeepsCommentsAndOneBlankLineBetweenItems() {
		formatter.assertFormatted(request -> {
			// Formatting a parsed file; the serializer's own layout is checked by SerializerRoundTripTest.
			request.setUseSerializer(false);
			request.setToBeFormatted("""
					// Roadmap of the claims programme
					namespace acme.roadmap
					roadmap Plan {
					  // the first year
					phase One 2027-Q1 to 2027-Q4 {
					initiative Platform "Data platform" { start 2027-01 duration 6 months


					effort 24 person-months // estimated by the data team
					}
					milestone Live at 2027-11 { after Platform }
					}
					}
					""");
			request.setExpectation("""
					// Roadmap of the claims programme
					namespace acme.roadmap

					roadmap Plan {
						// the first year
						phase One 2027-Q1 to 2027-Q4 {
							initiative Platform "Data platform" {
								start 2027-01
								duration 6 months

								effort 24 person-months // estimated by the data team
							}
							milestone Live at 2027-11 {
								after Platform
							}
						}
					}
					""");
		});
	}

	@Test
	void refusesAFileWithSyntaxErrors() {
		workspace.empty().add("broken.strategy", "namespace acme usecase {");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> documentFormatter.format(workspace.resource("broken.strategy")));
		assertTrue(error.getMessage().startsWith("broken.strategy has syntax errors and is not formatted"), error.getMessage());
	}

	@ParameterizedTest
	@MethodSource("shippedFiles")
	void isIdempotentAndKeepsTheMeaning(Path file) {
		String text = ProjectFiles.read(file);
		String once = format(file.getFileName().toString(), text);
		String twice = format("again.strategy", once);
		assertEquals(once, twice, "formatting " + file + " a second time changed it");
		assertEquals(meaning("before.strategy", text), meaning("after.strategy", once), "formatting changed the meaning of " + file);
	}

	/** The shipped files show the layout the formatter produces, so formatting them changes nothing. */
	@ParameterizedTest
	@MethodSource("shippedFiles")
	void shippedFilesAreAlreadyFormatted(Path file) {
		String text = ProjectFiles.read(file);
		assertEquals(text, format(file.getFileName().toString(), text), file + " is not formatted");
	}

	static Stream<Path> shippedFiles() {
		Path library = ProjectFiles.root().resolve("bundles/io.stratagem.dsl");
		return Stream.concat(BuiltInLibrary.FILES.stream().map(library::resolve),
				ProjectFiles.strategyFiles(ProjectFiles.root().resolve("examples")).stream());
	}

	private String format(String name, String text) {
		workspace.empty().add(name, text);
		XtextResource resource = workspace.resource(name);
		assertEquals(List.of(), resource.getErrors(), name + " does not parse");
		return documentFormatter.format(resource);
	}

	private String meaning(String name, String text) {
		workspace.empty().add(name, text);
		return dump.dump(workspace.model(name));
	}
}
