package io.stratagem.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.StrategyRuntimeModule;
import io.stratagem.dsl.ide.StrategyIdeModule;
import io.stratagem.dsl.ide.StrategyIdeSetup;
import io.stratagem.dsl.ide.server.StrategyLanguageServer;

/**
 * What the language server's builder does per edit: it validates the edited file once (there is
 * nothing to generate), and publishes what a validation of the same text in a fresh model gives.
 */
class LanguageServerValidationTest extends StrategyLanguageServerTest {

	private static final String ORG = """
			namespace acme.org

			role HeadOfClaims "Head of claims"
			""";

	private static final String CLAIMS = """
			namespace acme.claims

			import acme.org.*

			usecase Triage "Claims triage" {
				owner HeadOfClaims
				stage pilot
				purpose "Sort incoming claims"
			}
			""";

	/** Validations of each file, by file name, counted by the server's validator. */
	private final Map<String, AtomicInteger> validations = new ConcurrentHashMap<>();

	/** The server of the other tests, whose language validates through a counting validator. */
	@Override
	protected Module getServerModule() {
		return Modules.override(StrategyLanguageServer.module()).with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toProvider(() -> {
			// registered for EMF too: the builder validates with the service provider of the file's resource factory
			Injector injector = new StrategyIdeSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules.override(Modules2.mixin(new StrategyRuntimeModule(), new StrategyIdeModule()))
							.with(counting -> counting.bind(IResourceValidator.class).toInstance(new CountingValidator(validations))));
				}
			}.createInjectorAndDoEMFRegistration();
			IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put("strategy", injector.getInstance(IResourceServiceProvider.class));
			return registry;
		}));
	}

	private static final class CountingValidator extends ResourceValidatorImpl {
		private final Map<String, AtomicInteger> counts;

		CountingValidator(Map<String, AtomicInteger> counts) {
			this.counts = counts;
		}

		@Override
		public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
			counts.computeIfAbsent(resource.getURI().lastSegment(), u -> new AtomicInteger()).incrementAndGet();
			return super.validate(resource, mode, indicator);
		}
	}

	@Test
	void anEditedFileWithoutErrorsIsValidatedOncePerBuild() throws Exception {
		Map<String, String> uris = workspace(Map.of("org.strategy", ORG, "claims.strategy", CLAIMS));
		String claims = uris.get("claims.strategy");
		Assertions.assertEquals(1, validations.get("claims.strategy").get(), "the initial build");
		open(claims, CLAIMS);
		awaitBuild(claims);
		Assertions.assertEquals(2, validations.get("claims.strategy").get(), "opened");
		change(claims, 2, new Range(at(7, 10), at(7, 10)), "x");
		Assertions.assertEquals(3, validations.get("claims.strategy").get(), "typed a character");
		change(claims, 3, new Range(at(7, 10), at(7, 11)), "");
		Assertions.assertEquals(4, validations.get("claims.strategy").get(), "deleted it");
	}

	@Test
	void theDiagnosticsPublishedAfterEditsAreThoseOfAFreshValidation() throws Exception {
		Map<String, String> uris = workspace(Map.of("org.strategy", ORG, "claims.strategy", CLAIMS));
		String claims = uris.get("claims.strategy");
		open(claims, CLAIMS);
		String text = CLAIMS;
		// typing, a broken reference, a removed stage, and the reference mended
		text = change(claims, 2, text, new Range(at(7, 10), at(7, 10)), "x");
		text = change(claims, 3, text, new Range(at(5, 7), at(5, 19)), "HeadOfClaimsMissing");
		text = change(claims, 4, text, new Range(at(6, 0), at(7, 0)), "");
		Assertions.assertTrue(published(claims).contains("5:7 Error STRAT-LINK-001 Couldn't resolve reference to Role 'HeadOfClaimsMissing'."),
				published(claims).toString());
		Assertions.assertEquals(fresh(text), published(claims));
		text = change(claims, 5, text, new Range(at(5, 7), at(5, 26)), "HeadOfClaims");
		Assertions.assertEquals(fresh(text), published(claims));
	}

	/** The published diagnostics of the file, as {@code line:column severity code message}, sorted. */
	private List<String> published(String uri) {
		List<String> result = new ArrayList<>();
		for (Diagnostic diagnostic : getDiagnostics().get(uri)) {
			result.add(diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter() + " " + diagnostic.getSeverity() + " "
					+ diagnostic.getCode().get() + " " + diagnostic.getMessage().getLeft());
		}
		result.sort(null);
		return result;
	}

	/** The findings of claims.strategy with the text in a new model of the two files, validated from scratch, sorted. */
	private static List<String> fresh(String claims) throws Exception {
		Injector injector = new StrategyIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		set.createResource(URI.createURI("memory:/org.strategy")).load(new StringInputStream(ORG), null);
		Resource resource = set.createResource(URI.createURI("memory:/claims.strategy"));
		resource.load(new StringInputStream(claims), null);
		List<String> result = new ArrayList<>();
		for (Issue issue : injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			String severity = switch (issue.getSeverity()) {
			case ERROR -> "Error";
			case WARNING -> "Warning";
			case INFO -> "Information";
			case IGNORE -> "Hint";
			};
			result.add((issue.getLineNumber() - 1) + ":" + (issue.getColumn() - 1) + " " + severity + " " + issue.getCode() + " " + issue.getMessage());
		}
		result.sort(null);
		return result;
	}

	private void change(String uri, int version, Range range, String text) throws Exception {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
		awaitBuild(uri);
	}

	/** Sends the change and returns the new text (the ranges never span lines). */
	private String change(String uri, int version, String text, Range range, String replacement) throws Exception {
		change(uri, version, range, replacement);
		org.eclipse.xtext.ide.server.Document document = new org.eclipse.xtext.ide.server.Document(1, text);
		int start = document.getOffSet(range.getStart());
		int end = document.getOffSet(range.getEnd());
		return text.substring(0, start) + replacement + text.substring(end);
	}

	/** A read request runs after the build a change started. */
	private void awaitBuild(String uri) throws Exception {
		languageServer.documentSymbol(new DocumentSymbolParams(document(uri))).get();
	}
}
