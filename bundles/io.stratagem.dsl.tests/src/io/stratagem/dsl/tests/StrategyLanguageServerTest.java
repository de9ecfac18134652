package io.stratagem.dsl.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;

import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.ide.StrategyIdeSetup;
import io.stratagem.dsl.ide.server.StrategyLanguageServer;

/** Base of the language server tests: a multi-file workspace served in-process. */
public abstract class StrategyLanguageServerTest extends AbstractLanguageServerTest {

	protected StrategyLanguageServerTest() {
		super("strategy");
	}

	/**
	 * The server the command line runs ({@link StrategyLanguageServer}). Inside the OSGi test runtime the server's ServiceLoader does not see the language's
	 * META-INF/services entry, so the test registers the IDE setup itself.
	 */
	@Override
	protected Module getServerModule() {
		return Modules.override(StrategyLanguageServer.module()).with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toProvider(() -> {
			IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
			registry.getExtensionToFactoryMap().put("strategy",
					new StrategyIdeSetup().createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class));
			return registry;
		}));
	}

	/** What the server answered to initialize (its capabilities), once {@link #workspace} has run. */
	protected InitializeResult initializeResult;

	/** Writes the files, starts the server on them, and returns their URIs by file name. */
	protected Map<String, String> workspace(Map<String, String> files) {
		Map<String, String> uris = new LinkedHashMap<>();
		files.forEach((name, text) -> uris.put(name, writeFile(name, text)));
		initializeResult = initialize();
		return uris;
	}

	protected static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	protected static Position at(int line, int character) {
		return new Position(line, character);
	}

	/** Two files of one namespace: roles in one, a use case and a KPI referring to them in the other. */
	protected static Map<String, String> claimsWorkspace() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("org.strategy", """
				namespace acme.org

				/** Runs the claims department. */
				role HeadOfClaims "Head of claims" {
					description "Accountable for claims handling"
				}
				""");
		files.put("claims.strategy", """
				namespace acme.claims

				import acme.org.*

				usecase Triage "Claims triage" {
					owner HeadOfClaims
					kpis CycleTime
				}

				kpi CycleTime "Cycle time" {
					measured monthly by HeadOfClaims
				}
				""");
		return files;
	}
}
