package io.stratagem.diagram.glsp.server;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * Edges are routed by the layouts on every drawing: new routing points sent with a move are
 * dropped. The handler must exist: GLSP closes the connection on an operation nobody handles.
 */
public class IgnoreRoutingPointsHandler extends BasicOperationHandler<ChangeRoutingPointsOperation> {

	@Override
	public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
		return doNothing();
	}
}
