package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Every request and websocket upgrade needs the access token: in the query once, then in the cookie. */
class AccessTokenTest extends SharedWorkbenchTest {

	private HttpResponse<String> bare(String pathAndQuery) throws Exception {
		return workbench.http.send(HttpRequest.newBuilder(URI.create(workbench.base() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void withoutTokenEveryPathIsForbiddenWithAnEmptyBody() throws Exception {
		for (String path : List.of("/", "/index.html", "/api/files", "/api/file?path=roadmap.strategy", "/events", "/report/", "/api/diagram/roadmap.svg", "/lsp",
				"/no-such-page")) {
			HttpResponse<String> response = bare(path);
			assertEquals(403, response.statusCode(), path);
			assertEquals("", response.body(), path);
		}
	}

	@Test
	void aWrongTokenIsForbidden() throws Exception {
		String token = workbench.server.token();
		for (String wrong : List.of("x", token.substring(1), token + "x", token.toUpperCase().equals(token) ? token.toLowerCase() : token.toUpperCase(), "")) {
			assertEquals(403, bare("/api/files?token=" + wrong).statusCode(), wrong);
			HttpResponse<String> withCookie = workbench.http.send(HttpRequest.newBuilder(URI.create(workbench.base() + "/api/files"))
					.header("Cookie", "stratagem-token-" + workbench.server.port() + "=" + wrong).GET().build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(403, withCookie.statusCode(), wrong);
		}
	}

	@Test
	void theTokenInTheUrlOpensThePageAndSetsAStrictHttpOnlyCookie() throws Exception {
		HttpResponse<String> page = bare("/?token=" + workbench.server.token());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("<title>Stratagem workbench</title>"), page.body());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		assertTrue(cookie.startsWith("stratagem-token-" + workbench.server.port() + "=" + workbench.server.token() + ";"), cookie);
		assertTrue(cookie.contains("HttpOnly"), cookie);
		assertTrue(cookie.contains("SameSite=Strict"), cookie);
	}

	@Test
	void theCookieAloneIsEnough() throws Exception {
		HttpResponse<String> files = workbench.get("/api/files");
		assertEquals(200, files.statusCode());
		assertTrue(files.body().contains("\"roadmap.strategy\""), files.body());
	}

	@Test
	void theUrlPrintedForTheUserHoldsTheToken() {
		assertEquals("http://127.0.0.1:" + workbench.server.port() + "/?token=" + workbench.server.token(), workbench.server.url().toString());
		assertTrue(workbench.server.token().length() >= 43, "256 bits in URL-safe base64");
	}

	@Test
	void aRequestFromAnotherSiteIsForbiddenEvenWithTheCookie() throws Exception {
		HttpResponse<String> response = workbench.http.send(workbench.request("/api/files").header("Origin", "http://evil.example").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(403, response.statusCode());
		HttpResponse<String> same = workbench.http.send(workbench.request("/api/files").header("Origin", workbench.base()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, same.statusCode());
	}

	@Test
	void theWebsocketUpgradeNeedsTheTokenToo() throws Exception {
		WebSocket.Listener listener = new WebSocket.Listener() {
		};
		CompletionException refused = assertThrows(CompletionException.class,
				() -> workbench.http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + workbench.server.port() + "/lsp"), listener).join());
		assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
		assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
		WebSocket accepted = workbench.http.newWebSocketBuilder().header("Cookie", workbench.cookie())
				.buildAsync(URI.create("ws://127.0.0.1:" + workbench.server.port() + "/lsp"), listener).get(30, TimeUnit.SECONDS);
		accepted.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(60, TimeUnit.SECONDS);
	}
}
