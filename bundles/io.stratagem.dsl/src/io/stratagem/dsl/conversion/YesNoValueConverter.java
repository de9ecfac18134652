package io.stratagem.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Converts {@code yes} and {@code no}; an unset flag means "not known" and is not written. */
public class YesNoValueConverter implements IValueConverter<Boolean> {

	@Override
	public Boolean toValue(String string, INode node) {
		if ("yes".equals(string)) {
			return Boolean.TRUE;
		}
		if ("no".equals(string)) {
			return Boolean.FALSE;
		}
		throw new ValueConverterException("'" + string + "' is not an answer: write yes or no", node, null);
	}

	@Override
	public String toString(Boolean value) {
		if (value == null) {
			throw new ValueConverterException("an unknown answer is written by leaving the line out", null, null);
		}
		return value ? "yes" : "no";
	}
}
