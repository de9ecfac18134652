/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.diagram.glsp.server;

import java.util.List;

import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** An edge tool of the palette: handles the create-edge operations of one edge type. */
abstract class CreateEdgeHandler extends WorkspaceOperationHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

	private final String elementTypeId;
	private final String label;

	protected CreateEdgeHandler(String elementTypeId, String label) {
		this.elementTypeId = elementTypeId;
		this.label = label;
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(elementTypeId);
	}

	@Override
	public boolean handles(Operation operation) {
		return operation instanceof CreateEdgeOperation create && elementTypeId.equals(create.getElementTypeId());
	}

	@Override
	public String getLabel() {
		return label;
	}
}
