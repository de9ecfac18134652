package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Random;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.writer.StrategyWriter;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/** Any text an importer writes through StrategyWriter reads back as exactly that text. */
class StrategyWriterFuzzTest {

	private static final String SPECIALS = "\"\\\n\r\t\u0000\u007f\u2028\uFEFF{}/*<>&'=";

	@Test
	void anyTitleAndPropertyReadBackAsWritten() {
		Fuzz.forAll("written strings", random -> new String[] { text(random), text(random) }, texts -> {
			String title = texts[0];
			String value = texts[1];
			StrategyWriter writer = new StrategyWriter(Pipeline.INJECTOR.getInstance(IValueConverterService.class));
			writer.line("namespace written").blank().open("usecase", "Written", title).property("key", value).close();
			XtextResource resource = Pipeline.parse(Map.of("written.strategy", writer.toString())).get("written.strategy");
			assertFalse(resource.getParseResult().hasSyntaxErrors(), () -> "written text does not parse: " + resource.getErrors() + "\n" + writer);
			NamedElement useCase = (NamedElement) ((StrategyModel) resource.getContents().get(0)).getElements().get(0);
			assertEquals(title.isEmpty() ? null : title, useCase.getTitle());
			assertEquals(value, useCase.getProperties().get(0).getValue());
			return title.isEmpty() ? "empty title" : "title";
		});
	}

	/**
	 * Any Unicode text a file can hold (every code point but the surrogates, which UTF-8 cannot
	 * encode alone), or a mix of the characters that string syntax and escaping care about.
	 */
	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(random.nextBoolean() ? 40 : 200);
		boolean specials = random.nextBoolean();
		while (text.length() < length) {
			if (specials) {
				text.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
			} else {
				int codePoint = random.nextInt(4) == 0 ? random.nextInt(Character.MAX_CODE_POINT + 1) : random.nextInt(0x80);
				if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
					text.appendCodePoint(codePoint);
				}
			}
		}
		return text.toString();
	}
}
