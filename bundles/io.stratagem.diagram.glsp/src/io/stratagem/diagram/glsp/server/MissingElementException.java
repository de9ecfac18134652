package io.stratagem.diagram.glsp.server;

/** A diagram element the model no longer has (changed meanwhile by another client or the text editor). */
final class MissingElementException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	MissingElementException(String id) {
		super("'" + id + "' is no longer in the model (changed meanwhile?): the diagram is drawn again");
	}
}
