package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Guice;

import io.stratagem.cli.Main;
import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.glsp.server.StratagemServerModule;

/**
 * One broken model, three front ends, one code: {@code stratagem validate --format json}, the
 * language server's published diagnostics and the diagram's markers all give the reference to
 * nothing STRAT-LINK-001, from the same mapping of the same issue.
 */
class SameCodeEverywhereTest {

	private static final String FILE = "usecases-core.strategy";
	private static final String TRIAGE = "acme.usecases.ClaimsTriage";
	/** The actions of a first load that the server sends to a client, as the browser client declares it handles them. */
	private static final List<String> CLIENT_ACTION_KINDS = List.of("setModel", "updateModel", "setDirtyState", "setMarkers", "deleteMarkers", "message", "status");
	private static final String MESSAGE = "Couldn't resolve reference to Objective 'NoSuchObjective'.";

	@TempDir
	Path dir;

	@Test
	void anUnresolvedReferenceHasTheLinkCodeInValidateTheLanguageServerAndTheDiagram() throws Exception {
		try (RunningWorkbench workbench = RunningWorkbench.start(dir)) {
			Path file = workbench.folder.resolve(FILE);
			String text = Files.readString(file);
			int at = text.indexOf("serves FasterClaims", text.indexOf("usecase ClaimsTriage"));
			String broken = text.substring(0, at) + "serves NoSuchObjective" + text.substring(at + "serves FasterClaims".length());
			// saved as the workbench saves an edit: the file and the served model change together
			workbench.workspace.setText(file, broken);

			// the language server, on the text as the editor opens it
			String fromLanguageServer;
			try (LspClient client = LspClient.connect(workbench)) {
				LanguageServerOverWebSocketTest.initialize(client);
				String uri = file.toUri().toString();
				client.send(LspClient.didOpen(uri, broken));
				JsonObject published = client.await(m -> "textDocument/publishDiagnostics".equals(stringOf(m, "method"))
						&& uri.equals(m.getAsJsonObject("params").get("uri").getAsString()) && errors(m).findAny().isPresent(), 60);
				fromLanguageServer = errors(published).filter(d -> MESSAGE.equals(d.get("message").getAsString())).map(d -> d.get("code").getAsString()).findFirst()
						.orElseThrow(() -> new AssertionError(published.toString()));
			}

			// validate, on the folder
			StringWriter out = new StringWriter();
			Main.run(new String[] { "validate", "--format", "json", workbench.folder.toString() }, new PrintWriter(out), new PrintWriter(new StringWriter()));
			String fromValidate = StreamSupport.stream(JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("diagnostics").spliterator(), false)
					.map(JsonElement::getAsJsonObject).filter(d -> MESSAGE.equals(d.get("message").getAsString())).map(d -> d.get("code").getAsString()).findFirst()
					.orElseThrow(() -> new AssertionError(out.toString()));

			// the diagram, served from the same workspace
			String fromDiagram = diagramMarkerCode(workbench);

			assertEquals(List.of("STRAT-LINK-001", "STRAT-LINK-001", "STRAT-LINK-001"), List.of(fromValidate, fromLanguageServer, fromDiagram));
		}
	}

	/** The code of the marker a diagram client gets on the use case, from a diagram server of the workbench's workspace. */
	private static String diagramMarkerCode(RunningWorkbench workbench) throws Exception {
		GLSPServer server = Guice.createInjector(new StratagemServerModule(workbench.workspace, RunningWorkbench.injector())).getInstance(GLSPServer.class);
		BlockingQueue<Action> received = new LinkedBlockingQueue<>();
		server.connect(message -> received.add(message.getAction()));
		try {
			InitializeParameters parameters = new InitializeParameters();
			parameters.setApplicationId("same-code-test");
			parameters.setProtocolVersion("1.0.0");
			server.initialize(parameters).get(60, TimeUnit.SECONDS);
			server.initializeClientSession(new InitializeClientSessionParameters("client", DiagramTypes.STRATEGY, CLIENT_ACTION_KINDS))
					.get(60, TimeUnit.SECONDS);
			server.process(new ActionMessage("client", new RequestModelAction(Map.of())));
			SetModelAction model = next(received, SetModelAction.class);
			server.process(new ActionMessage("client", new RequestMarkersAction(List.of(model.getNewRoot().getId()))));
			return next(received, SetMarkersAction.class).getMarkers().stream().filter(m -> m.getElementId().equals(TRIAGE) && MESSAGE.equals(m.getDescription()))
					.map(m -> m.getLabel()).findFirst().orElseThrow(() -> new AssertionError("no marker on " + TRIAGE));
		} finally {
			server.shutdown();
		}
	}

	private static <A extends Action> A next(BlockingQueue<Action> received, Class<A> type) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < end) {
			Action action = received.poll(100, TimeUnit.MILLISECONDS);
			if (type.isInstance(action)) {
				return type.cast(action);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in 60 s");
	}

	private static java.util.stream.Stream<JsonObject> errors(JsonObject publish) {
		return StreamSupport.stream(publish.getAsJsonObject("params").getAsJsonArray("diagnostics").spliterator(), false).map(JsonElement::getAsJsonObject)
				.filter(d -> d.has("severity") && d.get("severity").getAsInt() == 1);
	}

	private static String stringOf(JsonObject message, String member) {
		return message.has(member) ? message.get(member).getAsString() : null;
	}
}
