package io.stratagem.dsl.conversion;

import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import io.stratagem.model.Framework;

/**
 * Converts a framework name of {@code frameworks ombM2521, nistAiRmf}. A name that is none of the
 * frameworks is refused with the list of names and, when the name is one of them written another
 * way (other case, dashes, only its start: {@code EU-AI-Act}, {@code omb}), the one it means.
 */
public class FrameworkNameValueConverter implements IValueConverter<Framework> {

	@Override
	public Framework toValue(String string, INode node) {
		Framework framework = string == null ? null : Framework.get(string);
		if (framework != null) {
			return framework;
		}
		Framework meant = meant(string);
		String names = Framework.VALUES.stream().filter(f -> f != Framework.OTHER).map(Framework::getLiteral).collect(Collectors.joining(", "));
		throw new ValueConverterException("'" + string + "' is not a framework" + (meant == null ? "" : " (did you mean " + meant.getLiteral() + "?)")
				+ ": write one of " + names + " or other", node, null);
	}

	@Override
	public String toString(Framework value) {
		if (value == null) {
			throw new ValueConverterException("a framework is missing", null, null);
		}
		return value.getLiteral();
	}

	/** The framework a name means when written another way, or null. */
	static Framework meant(String string) {
		String key = simplified(string);
		if (key.isEmpty()) {
			return null;
		}
		for (Framework framework : Framework.VALUES) {
			if (simplified(framework.getLiteral()).equals(key)) {
				return framework;
			}
		}
		Framework prefixed = null;
		for (Framework framework : Framework.VALUES) {
			if (framework != Framework.OTHER && simplified(framework.getLiteral()).startsWith(key)) {
				if (prefixed != null) {
					return null; // ambiguous
				}
				prefixed = framework;
			}
		}
		return prefixed;
	}

	private static String simplified(String string) {
		return string == null ? "" : string.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
