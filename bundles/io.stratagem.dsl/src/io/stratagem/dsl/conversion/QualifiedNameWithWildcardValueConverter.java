package io.stratagem.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Converts an import: a qualified name, optionally followed by {@code .*} for a whole namespace. */
public class QualifiedNameWithWildcardValueConverter implements IValueConverter<String> {

	private static final String WILDCARD = ".*";

	@Inject
	private QualifiedNameValueConverter qualifiedName;

	@Override
	public String toValue(String string, INode node) {
		// Converted from the nodes, so the wildcard token is already part of the value.
		return qualifiedName.toValue(string, node);
	}

	@Override
	public String toString(String value) {
		if (value != null && value.endsWith(WILDCARD)) {
			return qualifiedName.toString(value.substring(0, value.length() - WILDCARD.length())) + WILDCARD;
		}
		return qualifiedName.toString(value);
	}
}
