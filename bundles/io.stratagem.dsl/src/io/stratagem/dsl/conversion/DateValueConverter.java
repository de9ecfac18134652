package io.stratagem.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import io.stratagem.model.time.StrategyDate;

/** Converts the DATE terminal: a quarter (2027-Q1), a month (2027-03) or a day (2027-03-15). */
public class DateValueConverter implements IValueConverter<StrategyDate> {

	@Override
	public StrategyDate toValue(String string, INode node) {
		try {
			return StrategyDate.parse(string);
		} catch (IllegalArgumentException e) {
			throw new ValueConverterException(e.getMessage(), node, e);
		}
	}

	@Override
	public String toString(StrategyDate value) {
		if (value == null) {
			throw new ValueConverterException("a date is missing: write " + StrategyDate.FORMATS, null, null);
		}
		return value.toString();
	}
}
