package io.stratagem.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /events}: server-sent events telling each open page which files changed, whoever changed
 * them (the editor, a diagram edit, another page), as {@code event: changed} with
 * {@code {"files":["a.strategy"]}}. Sent from one thread, so that a slow page never holds up an edit.
 */
final class EventsServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private final transient List<AsyncContext> pages = new CopyOnWriteArrayList<>();
	private final transient ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "stratagem-events");
		thread.setDaemon(true);
		return thread;
	});
	private final transient FolderPaths paths;

	EventsServlet(FolderPaths paths) {
		this.paths = paths;
		// A comment now and then keeps idle streams from being closed by the connector's idle timeout.
		sender.scheduleWithFixedDelay(() -> send(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/event-stream;charset=utf-8");
		response.setHeader("Cache-Control", "no-store");
		AsyncContext page = request.startAsync();
		page.setTimeout(0);
		// The page is listed before it learns that it is connected, on the thread that sends the events:
		// a change made after the page saw ": connected" always reaches it (listed after the answer, a
		// change in between was lost), and no event is written while this is.
		try {
			sender.execute(() -> connect(page));
		} catch (RejectedExecutionException e) {
			complete(page); // the server is stopping
		}
	}

	private void connect(AsyncContext page) {
		pages.add(page);
		try {
			page.getResponse().getOutputStream().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
			page.getResponse().flushBuffer();
		} catch (IOException | IllegalStateException e) {
			pages.remove(page);
			complete(page);
		}
	}

	/** Tells every page that these files changed. */
	void changed(Set<Path> files) {
		JsonArray list = new JsonArray();
		files.stream().map(paths::relative).sorted().forEach(list::add);
		JsonObject body = new JsonObject();
		body.add("files", list);
		send("event: changed\ndata: " + new Gson().toJson(body) + "\n\n");
	}

	private void send(String event) {
		byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
		if (sender.isShutdown()) {
			return;
		}
		sender.execute(() -> {
			for (AsyncContext page : pages) {
				try {
					page.getResponse().getOutputStream().write(bytes);
					page.getResponse().flushBuffer();
				} catch (IOException | IllegalStateException e) {
					// the page is gone (closed tab, lost connection)
					pages.remove(page);
					complete(page);
				}
			}
		});
	}

	/** Ends every stream, when the server stops. */
	void closeAll() {
		sender.shutdownNow();
		pages.forEach(EventsServlet::complete);
		pages.clear();
	}

	private static void complete(AsyncContext page) {
		try {
			page.complete();
		} catch (IllegalStateException e) {
			// already completed
		}
	}
}
