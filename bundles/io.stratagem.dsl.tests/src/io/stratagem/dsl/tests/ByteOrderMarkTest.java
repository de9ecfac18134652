package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A UTF-8 byte-order mark at the start of a file, as some editors write it, is white space: the
 * parser reads the file as if it were not there (the loader hands the parser the file's bytes).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ByteOrderMarkTest {

	static final String MODEL = "\uFEFFnamespace acme\nusecase Triage {\n\tstage pilot\n}\n";

	@Inject
	private Workspace workspace;

	@Test
	void aFileStartingWithAByteOrderMarkParsesWithoutErrors() {
		workspace.empty().add("bom.strategy", MODEL);
		assertEquals(List.of(), workspace.resource("bom.strategy").getErrors());
		assertEquals("acme", workspace.model("bom.strategy").getNamespace());
		assertEquals("Triage", workspace.model("bom.strategy").getElements().get(0).getName());
	}
}
