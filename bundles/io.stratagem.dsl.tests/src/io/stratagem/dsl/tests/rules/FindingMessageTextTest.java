package io.stratagem.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.rules.KpiValidator;

/**
 * The texts that go into findings' messages are those the slower ways gave: a message filled in one
 * pass ({@link Rule#format}) as by the search for a closing brace from every character, and a KPI's
 * forecast written as by {@code String.format(Locale.ROOT, "%.2f", value)}.
 */
class FindingMessageTextTest {

	@Test
	void everyCatalogueMessageIsFilledInAsTheCharacterByCharacterSearchFillsIt() {
		String[][] argumentLists = { {}, { "A" }, { "A", null, "C" }, { "name", "{1}", "x}", "{", "4", "5", "6", "7", "8", "9", "10", "11" } };
		for (Rule rule : RuleCatalogue.rules()) {
			for (String[] args : argumentLists) {
				assertEquals(filledBySearchFromEveryCharacter(rule.message(), args), rule.format(args), rule.code());
			}
			assertEquals(filledBySearchFromEveryCharacter(rule.message(), null), rule.format((String[]) null), rule.code());
		}
	}

	@Test
	void randomTemplatesOfBracesDigitsAndLettersAreFilledInAsTheCharacterByCharacterSearchFillsThem() {
		Random random = new Random(23);
		String alphabet = "{}{}0123a \u0663";
		String[] args = { "zero", "one", null, "three" };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder template = new StringBuilder();
			for (int i = random.nextInt(10); i > 0; i--) {
				template.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			Rule rule = new Rule("STRAT-TEST-001", Severity.WARNING, template.toString(), "", "", "", null);
			assertEquals(filledBySearchFromEveryCharacter(template.toString(), args), rule.format(args), template.toString());
		}
	}

	@Test
	void aForecastIsWrittenWithTwoDecimalsAsTheRootLocaleWritesIt() {
		double[] edges = { 0, -0.0, 0.005, -0.005, 0.015, 0.125, 1.005, 2.675, -2.675, 1e-9, -1e-9, 0.994999, 0.995, 1e20, 123456789.125,
				Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (double value : edges) {
			assertEquals(String.format(Locale.ROOT, "%.2f", value), KpiValidator.twoDecimals(value), Double.toString(value));
		}
		Random random = new Random(23);
		for (int n = 0; n < 100_000; n++) {
			double value = switch (n % 3) {
			case 0 -> (random.nextDouble() - 0.5) * 1_000;
			case 1 -> Math.round(random.nextDouble() * 100_000) / 1_000.0 + 0.005;
			default -> Double.longBitsToDouble(random.nextLong());
			};
			assertEquals(String.format(Locale.ROOT, "%.2f", value), KpiValidator.twoDecimals(value), Double.toString(value));
		}
	}

	/** {@link Rule#format} as it was: the next closing brace looked for from every character of the message. */
	private static String filledBySearchFromEveryCharacter(String message, String... args) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			int close = message.indexOf('}', i);
			if (c == '{' && close > i + 1 && message.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(message.substring(i + 1, close));
				out.append(args != null && index < args.length && args[index] != null ? args[index] : "?");
				i = close;
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
