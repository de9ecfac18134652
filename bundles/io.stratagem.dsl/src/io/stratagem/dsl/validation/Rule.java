/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One entry of the rule catalogue.
 *
 * @param code             the stable code, {@code STRAT-<AREA>-<NNN>}
 * @param severity         the default severity, which a rule profile may change
 * @param message          the one-line message; {@code {0}} is the element's name, {@code {1}}...
 *                         further details
 * @param explanation      why the rule matters, citing the regulation or framework where one applies
 * @param remedy           what to change in the model
 * @param source           where the rule comes from (regulation article, framework id or practice)
 * @param defaultThreshold the rule's threshold when it has one, else {@code null}
 */
public record Rule(String code, Severity severity, String message, String explanation, String remedy, String source,
		BigDecimal defaultThreshold) {

	public Rule {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	/** The regulations and frameworks a rule's source can name, in the order {@link #frameworks()} lists them. */
	public static final List<String> FRAMEWORKS = List.of("EU AI Act", "GDPR", "ISO/IEC 42001", "ISO 31000", "NIST AI RMF", "OMB M-25-21",
			"DAMA-DMBOK");

	/** The regulations and frameworks of {@link #FRAMEWORKS} that the rule's source names (none for Stratagem's own practice). */
	public List<String> frameworks() {
		return FRAMEWORKS.stream().filter(framework -> source != null && source.contains(framework)).toList();
	}

	/** The area of the code: {@code KPI} for {@code STRAT-KPI-004}. */
	public String area() {
		return areaOf(code);
	}

	/** The area of a code, or {@code null} when the code is not of the form STRAT-AREA-NNN. */
	public static String areaOf(String code) {
		if (code == null || !code.startsWith(RuleCodes.PREFIX)) {
			return null;
		}
		String rest = code.substring(RuleCodes.PREFIX.length());
		int dash = rest.indexOf('-');
		return dash <= 0 ? null : rest.substring(0, dash);
	}

	/**
	 * The message with {@code {i}} replaced by the i-th argument ({@code ?} when missing). A
	 * placeholder is a brace, digits and the next closing brace; any other text is copied as it is.
	 * One pass over the message: looking for the next closing brace from every character made each
	 * finding's message cost its length squared (a twentieth of validating 100k elements).
	 */
	public String format(String... args) {
		StringBuilder out = new StringBuilder(message.length() + 32);
		int length = message.length();
		for (int i = 0; i < length; i++) {
			char c = message.charAt(i);
			int close = c == '{' ? message.indexOf('}', i) : -1;
			if (close > i + 1 && allDigits(message, i + 1, close)) {
				int index = Integer.parseInt(message, i + 1, close, 10);
				out.append(args != null && index < args.length && args[index] != null ? args[index] : "?");
				i = close;
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean allDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
