package io.stratagem.server;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lets a request through only with the access token: in the query ({@code ?token=}, the URL the
 * server prints) or in the cookie set on that first request. It wraps every handler, so servlets,
 * static files and websocket upgrades (the editor's and any added later) are all covered. A request
 * whose Origin header names another site is refused too, even with the cookie. Refusals are a bare
 * 403: the response tells a stranger nothing.
 */
final class AccessGuard extends Handler.Wrapper {

	private final AccessToken token;

	AccessGuard(AccessToken token, Handler handler) {
		super(handler);
		this.token = token;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put("Referrer-Policy", "no-referrer");
		if (!sameOrigin(request)) {
			return refuse(response, callback);
		}
		// Cookies are shared by all ports of a host: the port in the name keeps two workbenches apart.
		String cookieName = "stratagem-token-" + Request.getLocalPort(request);
		Fields query;
		try {
			query = Request.extractQueryParameters(request);
		} catch (IllegalArgumentException e) {
			// a query Jetty cannot decode (invalid UTF-8 such as %C3%28): a bare 400, not an error page
			return bare(HttpStatus.BAD_REQUEST_400, response, callback);
		}
		String queryToken = query.getValue("token");
		if (queryToken != null) {
			if (!token.matches(queryToken)) {
				return refuse(response, callback);
			}
			Response.addCookie(response, HttpCookie.build(cookieName, token.value()).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.STRICT).build());
			return super.handle(request, response, callback);
		}
		for (HttpCookie cookie : Request.getCookies(request)) {
			if (cookie.getName().equals(cookieName) && token.matches(cookie.getValue())) {
				return super.handle(request, response, callback);
			}
		}
		return refuse(response, callback);
	}

	/** Browsers send Origin on websocket upgrades and cross-site writes; it must be this server. */
	private static boolean sameOrigin(Request request) {
		String origin = request.getHeaders().get(HttpHeader.ORIGIN);
		if (origin == null) {
			return true;
		}
		String host = request.getHeaders().get(HttpHeader.HOST);
		return host != null && origin.equals("http://" + host);
	}

	private static boolean refuse(Response response, Callback callback) {
		return bare(HttpStatus.FORBIDDEN_403, response, callback);
	}

	private static boolean bare(int status, Response response, Callback callback) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
		response.write(true, null, callback);
		return true;
	}
}
