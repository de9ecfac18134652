package io.stratagem.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts a KPI unit, written as a bare word ({@code days}), a percent sign or a quoted text
 * ({@code "claims per FTE"}). Writing back, a unit is left bare when it reads back unchanged.
 */
public class UnitNameValueConverter implements IValueConverter<String> {

	private static final Pattern BARE_WORD = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*|%");

	/** Keywords the grammar accepts as bare units. */
	private static final Set<String> UNIT_KEYWORDS = Set.of("days", "weeks", "months", "quarters", "years");

	@Inject
	private STRINGValueConverter strings;

	private Set<String> keywords;

	@Inject
	void setGrammar(IGrammarAccess grammarAccess) {
		keywords = GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
	}

	@Override
	public String toValue(String string, INode node) {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("a unit is missing: write a word such as days or a quoted text", node, null);
		}
		return string.startsWith("\"") || string.startsWith("'") ? strings.toValue(string, node) : string;
	}

	@Override
	public String toString(String value) {
		if (value == null) {
			throw new ValueConverterException("a unit is missing", null, null);
		}
		boolean bare = BARE_WORD.matcher(value).matches() && (!keywords.contains(value) || UNIT_KEYWORDS.contains(value) || "%".equals(value));
		return bare ? value : strings.toString(value);
	}
}
