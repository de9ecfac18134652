package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.cli.Main;
import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.StratagemPackage;
import io.stratagem.model.UseCase;
import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/**
 * A rule that throws (a defect of Stratagem) becomes the finding STRAT-INT-001 on the element it
 * was checking; every report format still parses and nothing prints a Java trace. The throwing
 * rule is a test-only validator added to the language's validator for the test's duration.
 */
class ThrowingRuleTest {

	/** Throws on the use case {@code Exploding}, as a rule with a defect would. */
	public static class ExplodingCheck extends AbstractRuleValidator {
		@Check
		public void explode(UseCase useCase) {
			if ("Exploding".equals(useCase.getName())) {
				throw new IllegalStateException("a defect of the rule");
			}
		}
	}

	@TempDir
	Path dir;

	private ExplodingCheck exploding;
	private EValidatorRegistrar registrar;

	@BeforeEach
	void addTheExplodingRule() {
		registrar = Main.injector().getInstance(EValidatorRegistrar.class);
		exploding = Main.injector().getInstance(ExplodingCheck.class);
		registrar.register(StratagemPackage.eINSTANCE, exploding);
	}

	@AfterEach
	void removeTheExplodingRule() {
		EValidator validator = registrar.getRegistry().getEValidator(StratagemPackage.eINSTANCE);
		((CompositeEValidator) validator).getContents().removeIf(entry -> entry.getDelegate() == exploding);
	}

	@Test
	void aRuleThatThrowsIsAFindingOnItsElementInEveryFormat() throws IOException {
		Path file = Files.writeString(dir.resolve("uses.strategy"), """
				namespace acme
				role Cio
				usecase Exploding { owner Cio }
				usecase Calm { owner Cio }
				""");
		String shown = new PathDisplay().show(file);
		String message = "Rule check ExplodingCheck.explode failed on Exploding: java.lang.IllegalStateException; please report this";

		CommandRun json = Cli.run("validate", "--format", "json", dir.toString());
		assertEquals(1, json.exitCode(), json.toString());
		JsonArray diagnostics = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("diagnostics");
		List<JsonObject> internal = diagnostics.asList().stream().map(d -> d.getAsJsonObject()).filter(d -> d.get("code").getAsString().startsWith("STRAT-INT")).toList();
		assertEquals(1, internal.size(), json.out());
		JsonObject finding = internal.get(0);
		assertEquals("STRAT-INT-001", finding.get("code").getAsString());
		assertEquals("error", finding.get("severity").getAsString());
		assertEquals(message, finding.get("message").getAsString());
		assertEquals("acme.Exploding", finding.get("element").getAsString());
		assertEquals(3, finding.get("line").getAsInt());
		assertEquals(9, finding.get("column").getAsInt());
		assertEquals("", json.err());

		CommandRun text = Cli.run("validate", "--no-color", dir.toString());
		assertTrue(text.out().contains(shown + ":3:9: error STRAT-INT-001 " + message + "\n"), text.toString());
		assertEquals("", text.err());

		CommandRun sarif = Cli.run("validate", "--format", "sarif", dir.toString());
		assertTrue(JsonParser.parseString(sarif.out()).getAsJsonObject().toString().contains("\"ruleId\":\"STRAT-INT-001\""), sarif.out());
		CommandRun junit = Cli.run("validate", "--format", "junit", dir.toString());
		SecureXml.parse(junit.out(), "junit report");
		for (CommandRun result : List.of(json, text, sarif, junit)) {
			assertFalse(result.out().contains("Exception:") || result.out().contains("\tat "), "no trace: " + result);
		}
	}

	@Test
	void libraryLogLinesGoToStandardErrorNotToTheReport() {
		// as Xtext's log4j.properties configures it on the distribution's class path (not under OSGi)
		ConsoleAppender console = new ConsoleAppender(new PatternLayout("%m%n"), ConsoleAppender.SYSTEM_OUT);
		Logger.getRootLogger().addAppender(console);
		try {
			Cli.run("rules");
			assertEquals(ConsoleAppender.SYSTEM_ERR, console.getTarget());
		} finally {
			Logger.getRootLogger().removeAppender(console);
		}
	}
}
