package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.formatting2.DocumentFormatter;

/**
 * Fuzzing of parse, link, validate, format and generate: mutated example files and random token
 * streams of the grammar's keywords never throw (every problem is a diagnostic), never hang
 * (each input within {@link Pipeline#BOUND}), and always give well-formed, escaped output; a
 * model that parses means the same after the formatter and after the serializer. The number of
 * inputs per property is {@link Fuzz#TRIES}, set by the build (docs/reliability.md).
 */
class PipelineFuzzTest {

	private static final Map<String, String> EXAMPLE = Pipeline.exampleFiles();

	/** The grammar's keywords and the shapes of its terminals, valid and broken. */
	private static final List<String> TOKENS = tokens();

	/** The example files' models, linked, by file name: what a change of layout must keep. */
	private static final Map<String, EObject> ORIGINALS = new java.util.concurrent.ConcurrentHashMap<>();

	@Test
	void mutatedExampleFilesGiveDiagnosticsNotExceptions() {
		Fuzz.forAll("mutated example files", PipelineFuzzTest::mutatedExample, mutant -> label(check(mutant.file(), mutant.files())));
	}

	@Test
	void randomTokenStreamsGiveDiagnosticsNotExceptions() {
		Fuzz.forAll("random token streams", PipelineFuzzTest::tokenStream, text -> label(check("fuzz.strategy", Map.of("fuzz.strategy", text))));
	}

	/** Changed layout and comments in a correct file: still correct, same meaning, formatter idempotent. */
	@Test
	void layoutNeverChangesTheMeaning() {
		Fuzz.forAll("layout changes", PipelineFuzzTest::relaidExample, mutant -> {
			Pipeline.Outcome outcome = check(mutant.file(), mutant.files());
			assertFalse(outcome.hasSyntaxErrors(), () -> "a layout change broke the file:\n" + mutant.text());
			EObject original = ORIGINALS.computeIfAbsent(mutant.file(), file -> Pipeline.run(file, EXAMPLE).resource().getContents().get(0));
			assertTrue(SameMeaning.of(original, outcome.resource().getContents().get(0)), () -> "a layout change changed the meaning:\n" + mutant.text());
			String once = Pipeline.INJECTOR.getInstance(DocumentFormatter.class).format(outcome.resource());
			Map<String, String> formatted = with(mutant.files(), mutant.file(), once);
			String twice = Pipeline.INJECTOR.getInstance(DocumentFormatter.class).format(Pipeline.parse(formatted).get(mutant.file()));
			assertEquals(once, twice, () -> "formatting a formatted file changed it; the input was:\n" + mutant.text());
			return label(outcome);
		});
	}

	private static String label(Pipeline.Outcome outcome) {
		return outcome.hasSyntaxErrors() ? "syntax errors" : outcome.resource().getErrors().isEmpty() ? "parses and links" : "parses";
	}

	/**
	 * Runs the pipeline; for a file that parses, formats it and, when it also links, serializes it,
	 * and checks that both read back as the same model.
	 */
	private static Pipeline.Outcome check(String name, Map<String, String> files) {
		Pipeline.Outcome outcome = Pipeline.run(name, files);
		GeneratedOutput.assertWellFormed(outcome.generated());
		if (!outcome.hasSyntaxErrors()) {
			EObject model = outcome.resource().getContents().get(0);
			String formatted;
			try {
				formatted = Pipeline.INJECTOR.getInstance(DocumentFormatter.class).format(outcome.resource());
			} catch (IllegalArgumentException refused) {
				// A clear refusal, such as an item given twice, is a result; any other exception is not.
				assertTrue(refused.getMessage().endsWith("the file is not formatted"), refused::getMessage);
				return outcome;
			}
			assertSameMeaning(model, name, with(files, name, formatted), "the formatter");
			if (outcome.resource().getErrors().isEmpty()) {
				assertSameMeaning(model, name, with(files, name, serialize(outcome.resource())), "the serializer");
			}
		}
		return outcome;
	}

	private static void assertSameMeaning(EObject model, String name, Map<String, String> files, String step) {
		XtextResource reread = Pipeline.parse(files).get(name);
		String text = files.get(name);
		assertFalse(reread.getParseResult().hasSyntaxErrors(), () -> step + " wrote text that does not parse: " + reread.getErrors() + "\n" + text);
		EcoreUtil.resolveAll(reread);
		assertTrue(SameMeaning.of(model, reread.getContents().get(0)), () -> step + " changed the meaning:\n" + text);
	}

	/** The model written from scratch (a copy with no node model), as refactorings write it. */
	private static String serialize(XtextResource resource) {
		EObject copy = EcoreUtil.copy(resource.getContents().get(0));
		EObject original = resource.getContents().set(0, copy);
		try {
			return Pipeline.INJECTOR.getInstance(ISerializer.class).serialize(copy, SaveOptions.newBuilder().format().getOptions());
		} finally {
			resource.getContents().set(0, original);
		}
	}

	private static Map<String, String> with(Map<String, String> files, String name, String text) {
		Map<String, String> result = new LinkedHashMap<>(files);
		result.put(name, text);
		return result;
	}

	// ------------------------------------------------------------------ inputs

	/** One example file changed, with the other files beside it so that it links. */
	record Mutant(String file, String text) {
		Map<String, String> files() {
			return with(EXAMPLE, file, text);
		}

		@Override
		public String toString() {
			return file + ":\n" + text;
		}
	}

	enum EditKind {
		DELETE, DUPLICATE, INSERT_TOKEN, REPLACE_CHARACTER, SWAP_LINES, TRUNCATE, NEST
	}

	/** An edit at relative positions of the text, so that it applies to any file. */
	record Edit(EditKind kind, double at, double to, String token) {
		String apply(String text) {
			int a = (int) (at * text.length());
			int b = Math.min(text.length(), a + (int) (to * 200));
			return switch (kind) {
			case DELETE -> text.substring(0, a) + text.substring(b);
			case DUPLICATE -> text.substring(0, b) + text.substring(a, b) + text.substring(b);
			case INSERT_TOKEN -> text.substring(0, a) + " " + token + " " + text.substring(a);
			case REPLACE_CHARACTER -> a >= text.length() ? text : text.substring(0, a) + token.charAt(0) + text.substring(a + 1);
			case SWAP_LINES -> swapLines(text, at, to);
			case TRUNCATE -> text.substring(0, a);
			case NEST -> text.substring(0, a) + "{".repeat(1 + (int) (to * 50)) + text.substring(a);
			};
		}

		private static String swapLines(String text, double first, double second) {
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			int i = Math.min(lines.size() - 1, (int) (first * lines.size()));
			int j = Math.min(lines.size() - 1, (int) (second * lines.size()));
			String line = lines.get(i);
			lines.set(i, lines.get(j));
			lines.set(j, line);
			return String.join("\n", lines);
		}
	}

	private static Mutant mutatedExample(Random random) {
		String file = Fuzz.pick(random, List.copyOf(EXAMPLE.keySet()));
		String text = EXAMPLE.get(file);
		for (int i = 1 + random.nextInt(6); i > 0; i--) {
			text = new Edit(Fuzz.pick(random, List.of(EditKind.values())), random.nextDouble(), random.nextDouble(), Fuzz.pick(random, TOKENS)).apply(text);
		}
		return new Mutant(file, text);
	}

	/** Extra blanks, line breaks and comments between tokens: a change of layout only. */
	private static Mutant relaidExample(Random random) {
		List<String> layouts = List.of(" ", "  ", "\t", "\n", "\n\n\n", " // note\n", " /* note */ ", "\r\n");
		String file = Fuzz.pick(random, List.copyOf(EXAMPLE.keySet()));
		String text = EXAMPLE.get(file);
		for (int i = 1 + random.nextInt(8); i > 0; i--) {
			text = insertBetweenTokens(text, random.nextDouble(), Fuzz.pick(random, layouts));
		}
		return new Mutant(file, text);
	}

	/** Inserts at the blank nearest to the relative position that is outside strings and comments. */
	private static String insertBetweenTokens(String text, double place, String layout) {
		List<Integer> blanks = new ArrayList<>();
		boolean inString = false;
		boolean inComment = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inComment) {
				inComment = c != '\n';
			} else if (inString) {
				inString = c != '"' || text.charAt(i - 1) == '\\';
			} else if (c == '"') {
				inString = true;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				inComment = true;
			} else if (c == ' ' || c == '\n') {
				blanks.add(i);
			}
		}
		if (blanks.isEmpty()) {
			return text;
		}
		int at = blanks.get((int) (place * (blanks.size() - 1)));
		return text.substring(0, at) + layout + text.substring(at);
	}

	private static String tokenStream(Random random) {
		StringBuilder text = new StringBuilder(random.nextBoolean() ? "namespace fuzz\n" : "");
		for (int i = random.nextInt(121); i > 0; i--) {
			text.append(Fuzz.pick(random, TOKENS)).append(Fuzz.pick(random, List.of(" ", " ", " ", "\n", "")));
		}
		return text.toString();
	}

	private static List<String> tokens() {
		Set<String> tokens = new TreeSet<>(GrammarUtil.getAllKeywords(Pipeline.INJECTOR.getInstance(IGrammarAccess.class).getGrammar()));
		tokens.addAll(List.of("Foo", "acme.data", "acme.*", "Art9", "stratagem.euaiact.Art9", "\"a title\"", "\"", "\"unterminated", "\"\\u0000\\n\\\"\"",
				"0", "12", "-3", "3.5", "50%", "150%", "2027-Q1", "2027-Q5", "2026-01-15", "2026-02-30", "2027-01", "99999999999999999999", "1e9",
				"// comment\n", "/* comment */", "/* unterminated", "\u0000", "é", "\uD83D\uDE00", "\t", "\uFEFF", "<script>", "=cmd|' /C calc'!A0"));
		return List.copyOf(tokens);
	}
}
