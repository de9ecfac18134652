/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import io.stratagem.dsl.conversion.StrategyValueConverters;
import io.stratagem.dsl.documentation.StrategyDocumentationProvider;
import io.stratagem.dsl.linking.StrategyLinkingDiagnosticMessages;
import io.stratagem.dsl.linking.StrategyLinkingService;
import io.stratagem.dsl.linking.StrategyResource;
import io.stratagem.dsl.naming.StrategyQualifiedNameProvider;
import io.stratagem.dsl.parser.StrategyFileParser;
import io.stratagem.dsl.parser.StrategySyntaxErrorMessages;
import io.stratagem.dsl.scoping.StrategyGlobalScopeProvider;
import io.stratagem.dsl.scoping.StrategyLocalScopeProvider;
import io.stratagem.dsl.validation.StrategyResourceValidator;

/** Runtime services of the Stratagem language, usable with or without OSGi. */
public class StrategyRuntimeModule extends AbstractStrategyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return StrategyValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return StrategyQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IScopeProvider> bindIScopeProvider() {
		return StrategyLocalScopeProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(StrategyLocalScopeProvider.class);
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return StrategyGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return StrategyLinkingService.class;
	}

	/** A wrong word at the top of a file is one syntax error, and the blocks after it are still read. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return StrategyFileParser.class;
	}

	/** Syntax errors carry STRAT-PARSE-001 from the parser on (see SourceCodes). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return StrategySyntaxErrorMessages.class;
	}

	/** Unresolved references carry STRAT-LINK-001 from the linker on (see SourceCodes). */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return StrategyLinkingDiagnosticMessages.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return StrategyDocumentationProvider.class;
	}

	/**
	 * EMF's generic constraints add nothing here: the metamodel has no required features, keys or
	 * data type facets, and unresolved references are reported by the linker. They cost about 4 %
	 * of validating a 100k-element model.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(Boolean.FALSE);
	}

	/** Unloading a file (each edit in the language server) computes its proxies' URIs in one walk. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return StrategyResource.class;
	}

	/** The command line validates a linked model without resolving its references again. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return StrategyResourceValidator.class;
	}
}
