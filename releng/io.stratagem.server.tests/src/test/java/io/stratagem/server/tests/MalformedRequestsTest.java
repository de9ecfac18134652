package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A request that Jetty cannot decode (invalid UTF-8 in a percent-encoded query) gets a bare 400:
 * no error page, no exception name, no Java trace.
 */
class MalformedRequestsTest extends SharedWorkbenchTest {

	@Test
	void invalidUtf8InTheQueryGetsABare400() throws Exception {
		for (String target : List.of("/api/file?path=%C3%28", "/api/file?path=%FF.strategy", "/api/diagram/roadmap.svg?x=%C3%28", "/report/?a=%E2%82")) {
			HttpResponse<String> response = workbench.get(target);
			assertEquals(400, response.statusCode(), target + ": " + response.body());
			assertEquals("", response.body(), target);
		}
	}
}
