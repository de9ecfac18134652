package io.stratagem.dsl.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts qualified names such as {@code acme.data.ClaimsHistory}. The first segment is an
 * identifier (a keyword there is escaped with {@code ^}); later segments may be keywords as they
 * are, and an import may end with the wildcard {@code .*}.
 */
public class QualifiedNameConverter implements IValueConverter<String> {

	private static final String WILDCARD = ".*";

	private static final Pattern SEGMENT = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	private final IValueConverter<String> ids;

	/** @param ids the converter of the ID terminal, which escapes keywords with {@code ^} */
	public QualifiedNameConverter(IValueConverter<String> ids) {
		this.ids = ids;
	}

	@Override
	public String toValue(String string, INode node) {
		String text = node == null ? string : textWithoutHiddenTokens(node);
		if (text == null || text.isEmpty()) {
			throw new ValueConverterException("a name is missing", node, null);
		}
		StringBuilder value = new StringBuilder();
		for (String segment : text.split("\\.", -1)) {
			if (value.length() > 0) {
				value.append('.');
			}
			value.append(segment.startsWith("^") ? segment.substring(1) : segment);
		}
		return value.toString();
	}

	@Override
	public String toString(String value) {
		if (value == null || value.isEmpty()) {
			throw new ValueConverterException("a name is missing", null, null);
		}
		boolean wildcard = value.endsWith(WILDCARD);
		String[] segments = (wildcard ? value.substring(0, value.length() - WILDCARD.length()) : value).split("\\.", -1);
		StringBuilder text = new StringBuilder(ids.toString(segments[0]));
		for (int i = 1; i < segments.length; i++) {
			if (!SEGMENT.matcher(segments[i]).matches()) {
				throw new ValueConverterException("'" + value + "' is not a qualified name: '" + segments[i] + "' is not an identifier", null, null);
			}
			text.append('.').append(segments[i]);
		}
		return wildcard ? text.append(WILDCARD).toString() : text.toString();
	}

	private static String textWithoutHiddenTokens(INode node) {
		StringBuilder text = new StringBuilder();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				text.append(leaf.getText());
			}
		}
		return text.toString();
	}
}
