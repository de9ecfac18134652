package io.stratagem.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts decimal numbers such as {@code 9.5}, {@code -3} or {@code 12000}. Values are kept as
 * {@link BigDecimal} so that what the user wrote is what the model holds, with no binary rounding.
 */
public class DecimalValueConverter implements IValueConverter<BigDecimal> {

	@Override
	public BigDecimal toValue(String string, INode node) {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("a number is missing", node, null);
		}
		try {
			return new BigDecimal(string);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a number: write digits with an optional decimal point, such as 9.5", node, e);
		}
	}

	@Override
	public String toString(BigDecimal value) {
		if (value == null) {
			throw new ValueConverterException("a number is missing", null, null);
		}
		return value.toPlainString();
	}
}
