package io.stratagem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.stratagem.dsl.ide.server.StrategyLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stratagem lsp}: the Xtext language server of .strategy files on standard input and output,
 * for any LSP editor (VS Code, Eclipse with an LSP client, Neovim). The language is found through
 * the {@code META-INF/services/org.eclipse.xtext.ISetup} entry of io.stratagem.dsl.ide.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Run the language server on standard input and output (Language Server Protocol).")
public class LspCommand implements Callable<Integer> {

	@Option(names = "--max-message-megabytes", paramLabel = "MB", defaultValue = "32",
			description = "the largest message the server reads; larger ones are skipped (default: ${DEFAULT-VALUE})")
	long maxMessageMegabytes;

	@Override
	public Integer call() throws Exception {
		InputStream in = System.in;
		PrintStream out = System.out;
		// Standard output carries the protocol: anything else printed there, such as Xtext's log
		// lines on a console appender, would corrupt it.
		System.setOut(System.err);
		Logging.toStandardError();
		Injector injector = Guice.createInjector(StrategyLanguageServer.module());
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LanguageServerLauncher.create(server, in, out, maxMessageMegabytes * 1024 * 1024, System.err);
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
		return ExitCode.CLEAN;
	}
}
