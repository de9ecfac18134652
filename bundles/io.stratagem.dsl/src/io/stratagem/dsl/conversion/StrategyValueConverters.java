package io.stratagem.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.model.Framework;
import io.stratagem.model.time.StrategyDate;

/** Value converters of the Stratagem language, one per value rule of the grammar. */
@Singleton
public class StrategyValueConverters extends DefaultTerminalConverters {

	private final DateValueConverter date = new DateValueConverter();
	private final DecimalValueConverter decimal = new DecimalValueConverter();
	private final PercentValueConverter percent = new PercentValueConverter();
	private final CountValueConverter count = new CountValueConverter();
	private final YesNoValueConverter yesNo = new YesNoValueConverter();
	private final FrameworkNameValueConverter frameworkName = new FrameworkNameValueConverter();

	@Inject
	private UnitNameValueConverter unitName;

	private QualifiedNameConverter qualifiedName;

	@ValueConverter(rule = "DATE")
	public IValueConverter<StrategyDate> DATE() {
		return date;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimal;
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<BigDecimal> Percent() {
		return percent;
	}

	@ValueConverter(rule = "Count")
	public IValueConverter<Integer> Count() {
		return count;
	}

	@ValueConverter(rule = "YesNo")
	public IValueConverter<Boolean> YesNo() {
		return yesNo;
	}

	@ValueConverter(rule = "FrameworkName")
	public IValueConverter<Framework> FrameworkName() {
		return frameworkName;
	}

	@ValueConverter(rule = "UnitName")
	public IValueConverter<String> UnitName() {
		return unitName;
	}

	@ValueConverter(rule = "QualifiedName")
	public synchronized IValueConverter<String> QualifiedName() {
		if (qualifiedName == null) {
			qualifiedName = new QualifiedNameConverter(ID());
		}
		return qualifiedName;
	}

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> QualifiedNameWithWildcard() {
		return QualifiedName();
	}
}
