package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;

import io.stratagem.dsl.writer.StrategyWriter;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text an importer writes through StrategyWriter reads back as exactly that text. */
class StrategyWriterFuzzTest {

	@Property
	void anyTitleAndPropertyReadBackAsWritten(@ForAll("text") String title, @ForAll("text") String value) {
		StrategyWriter writer = new StrategyWriter(Pipeline.INJECTOR.getInstance(IValueConverterService.class));
		writer.line("namespace written").blank().open("usecase", "Written", title).property("key", value).close();
		XtextResource resource = Pipeline.parse(Map.of("written.strategy", writer.toString())).get("written.strategy");
		assertFalse(resource.getParseResult().hasSyntaxErrors(), () -> "written text does not parse: " + resource.getErrors() + "\n" + writer);
		NamedElement useCase = (NamedElement) ((StrategyModel) resource.getContents().get(0)).getElements().get(0);
		assertEquals(title.isEmpty() ? null : title, useCase.getTitle());
		assertEquals(value, useCase.getProperties().get(0).getValue());
	}

	/** Any Unicode text a file can hold: every code point, none of the lone surrogates UTF-8 cannot encode. */
	@Provide
	Arbitrary<String> text() {
		Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200).filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
		Arbitrary<String> escapes = Arbitraries.strings().withChars("\"\\\n\r\t\u0000\u007f\u2028\uFEFF{}/*<>&'=").ofMaxLength(40);
		return Arbitraries.oneOf(any, escapes);
	}
}
