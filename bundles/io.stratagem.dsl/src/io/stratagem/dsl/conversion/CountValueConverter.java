package io.stratagem.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Converts whole counts (staff, team size, participants) that may also be left unset. */
public class CountValueConverter implements IValueConverter<Integer> {

	@Override
	public Integer toValue(String string, INode node) {
		try {
			return Integer.valueOf(string);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a whole number between 0 and " + Integer.MAX_VALUE, node, e);
		}
	}

	@Override
	public String toString(Integer value) {
		if (value == null || value < 0) {
			throw new ValueConverterException("a count must be a whole number of 0 or more, not " + value, null, null);
		}
		return value.toString();
	}
}
