package io.stratagem.server;

import java.util.Locale;
import java.util.Map;

/** Content types of the files the server sends, by file extension. */
final class ContentTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("html", "text/html;charset=utf-8"),
			Map.entry("js", "text/javascript;charset=utf-8"), Map.entry("mjs", "text/javascript;charset=utf-8"), Map.entry("css", "text/css;charset=utf-8"),
			Map.entry("json", "application/json"), Map.entry("map", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
			Map.entry("ttf", "font/ttf"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("wasm", "application/wasm"),
			Map.entry("csv", "text/csv;charset=utf-8"), Map.entry("md", "text/markdown;charset=utf-8"), Map.entry("mmd", "text/plain;charset=utf-8"),
			Map.entry("txt", "text/plain;charset=utf-8"), Map.entry("ico", "image/x-icon"));

	private ContentTypes() {
	}

	static String of(String path) {
		int dot = path.lastIndexOf('.');
		String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
		return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
	}
}
