package io.stratagem.diagram.glsp.tests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;

import com.google.inject.Guice;

import io.stratagem.diagram.glsp.server.StratagemServerModule;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * One diagram client talking to the GLSP server in process, as the browser does over the
 * websocket: the same server module, the actions the client receives collected in order.
 */
final class DiagramSession implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final String CLIENT_ID = "test-client";
	/** What the browser client declares it handles: the server sends it nothing else. */
	private static final List<String> CLIENT_ACTION_KINDS = List.of("setModel", "updateModel", "message", "status", "setMarkers", "deleteMarkers",
			"setDirtyState", "setEditMode", "setTypeHints", "setEditValidationResult", "setBounds", "requestBounds", "startProgress", "updateProgress",
			"endProgress", "elementSelected", "allSelected", "center", "fit", "viewport", "setPopupModel", "setNavigationTargets",
			"setResolvedNavigationTarget", "navigateToExternalTarget", "triggerNodeCreation", "triggerEdgeCreation", "checkEdgeResult", "rejectRequest",
			"setClipboardData", "exportSvg", "setContextActions");

	private final GLSPServer server;
	private final BlockingQueue<Action> received = new LinkedBlockingQueue<>();

	DiagramSession(ModelWorkspace workspace, String diagramType, Map<String, String> options) throws Exception {
		server = Guice.createInjector(new StratagemServerModule(workspace, AcmeCopy.injector())).getInstance(GLSPServer.class);
		server.connect(message -> received.add(message.getAction()));
		InitializeParameters parameters = new InitializeParameters();
		parameters.setApplicationId("stratagem-test");
		parameters.setProtocolVersion("1.0.0");
		server.initialize(parameters).get(WAIT.toSeconds(), TimeUnit.SECONDS);
		server.initializeClientSession(new InitializeClientSessionParameters(CLIENT_ID, diagramType, CLIENT_ACTION_KINDS)).get(WAIT.toSeconds(),
				TimeUnit.SECONDS);
		send(new RequestModelAction(options));
	}

	void send(Action action) {
		server.process(new ActionMessage(CLIENT_ID, action));
	}

	/** The next action of this type the client receives, skipping others; fails after a while. */
	<A extends Action> A next(Class<A> type) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < end) {
			Action action = received.poll(100, TimeUnit.MILLISECONDS);
			if (type.isInstance(action)) {
				return type.cast(action);
			}
		}
		throw new AssertionError("the client received no " + type.getSimpleName() + " in " + WAIT.toSeconds() + " s");
	}

	/** The next model the client receives, whole (first load) or updated. */
	GModelRoot nextModel() throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < end) {
			Action action = received.poll(100, TimeUnit.MILLISECONDS);
			if (action instanceof SetModelAction set) {
				return set.getNewRoot();
			}
			if (action instanceof UpdateModelAction update) {
				return update.getNewRoot();
			}
		}
		throw new AssertionError("the client received no model in " + WAIT.toSeconds() + " s");
	}

	/** Waits until {@code condition} holds (the server applies actions on its own thread); fails after a while. */
	static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not after " + WAIT.toSeconds() + " s: " + what);
			}
			Thread.sleep(50);
		}
	}

	@Override
	public void close() {
		server.shutdown();
	}
}
