package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * GLSP 2.3.0 is compiled against LSP4J 0.23, but runs here on the LSP4J 1.0.0 that Xtext brings
 * (one version on the command line's class path). The only member it uses that 1.0.0 removed is
 * {@code ResponseErrorCode.serverNotInitialized}, read when a request comes before
 * {@code initialize}: answered here with the constant's new name instead of a
 * {@code NoSuchFieldError}.
 */
public class Lsp4j1Server extends DefaultGLSPServer {

	@Override
	protected void validateServerInitialized() {
		if (!isInitialized()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized, "The GLSP server has not been initialized.", null));
		}
	}
}
