package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.server.DiagramServing;
import io.stratagem.server.ServePreviews;
import io.stratagem.server.WorkbenchServer;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stratagem serve}: the browser workbench of a folder, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Open a folder of .strategy files in the browser workbench: file list, editor with the language server, problems, diagrams and report preview. "
				+ "Prints the address to open (it holds a random access token); runs until Ctrl+C.")
public class ServeCommand extends Subcommand {

	@Parameters(index = "0", paramLabel = "FOLDER", description = "the folder to open (its .strategy files, in sub-folders too)")
	Path folder;

	@Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
			description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only); any other exposes the folder to the network, behind the token only")
	String host;

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "the port to listen on; 0 (the default) takes a free one")
	int port;

	@Inject
	private ServePreviews previews;

	@Inject
	private Injector injector;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = out();
		PrintWriter err = err();
		if (!Files.isDirectory(folder)) {
			err.println("stratagem: " + folder + " is not a folder; give the folder that holds the .strategy files");
			return ExitCode.USAGE_OR_IO;
		}
		if (port < 0 || port > 65535) {
			err.println("stratagem: --port must be between 0 and 65535, not " + port);
			return ExitCode.USAGE_OR_IO;
		}
		Path opened = folder.toAbsolutePath().normalize();
		ModelWorkspace workspace;
		try {
			workspace = ModelWorkspace.open(opened, injector);
		} catch (IOException e) {
			err.println("stratagem: cannot open " + opened + ": " + e.getMessage());
			return ExitCode.USAGE_OR_IO;
		}
		// files the workspace could not read or left out, as validate prints them: served without them
		workspace.fileFindings().forEach(finding -> err.println(TextReportWriter.line(finding)));
		// The interactive diagrams: GLSP over the same workspace, and their page beside the editor's.
		WorkbenchServer server = DiagramServing.builder(workspace, previews.folder(opened), injector).host(host).port(port).build();
		try {
			server.start();
		} catch (IOException e) {
			err.println("stratagem: cannot listen on " + host + ":" + port + ": " + e.getMessage() + "; choose another --port (0 takes a free one)");
			server.close();
			workspace.close();
			return ExitCode.USAGE_OR_IO;
		} catch (Exception e) {
			err.println("stratagem: the workbench could not start: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
			server.close();
			workspace.close();
			return ExitCode.USAGE_OR_IO;
		}
		if (!server.isLoopback()) {
			err.println("stratagem: warning: listening on " + host + ", reachable from other machines; anyone with the address below can read and change "
					+ opened + " (the connection is not encrypted)");
		}
		out.println("serving " + opened + "; open " + server.url());
		out.println("press Ctrl+C to stop");
		out.flush();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
				workspace.close();
			} catch (Exception e) {
				// the process ends anyway
			}
			stopped.countDown();
		}, "stratagem-serve-stop"));
		stopped.await();
		return ExitCode.CLEAN;
	}
}
