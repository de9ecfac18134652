package io.stratagem.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Converts percentages such as {@code 80%}; the model holds the number of percent (80). */
public class PercentValueConverter implements IValueConverter<BigDecimal> {

	private final DecimalValueConverter decimal = new DecimalValueConverter();

	@Override
	public BigDecimal toValue(String string, INode node) {
		if (string == null || !string.endsWith("%")) {
			throw new ValueConverterException("'" + string + "' is not a percentage: write a number followed by %, such as 80%", node, null);
		}
		return decimal.toValue(string.substring(0, string.length() - 1), node);
	}

	@Override
	public String toString(BigDecimal value) {
		return decimal.toString(value) + "%";
	}
}
