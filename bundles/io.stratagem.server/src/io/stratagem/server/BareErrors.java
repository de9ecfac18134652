package io.stratagem.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Error responses of the workbench server are a status without a body, like the access guard's
 * refusals. Jetty's error page names the exception and can show its Java trace, for instance for a
 * query of invalid UTF-8 ({@code ?path=%C3%28}), which Jetty cannot decode.
 */
final class BareErrors extends ErrorHandler {

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
		response.write(true, null, callback);
		return true;
	}
}
