package io.stratagem.server;

import java.util.Map;

/**
 * The generated views of the opened folder that the page shows: the report site and the two diagrams.
 * The caller provides them (the command line generates them as {@code stratagem generate} and
 * {@code stratagem diagram} do); each call reads the folder as it is on disk now.
 */
public interface Previews {

	/** The report site: its files by relative path ('/'-separated), index.html among them. */
	Map<String, String> site() throws PreviewException;

	/**
	 * A diagram drawing.
	 * @param kind "roadmap" or "strategy"
	 * @param format "svg" or "png"
	 */
	byte[] diagram(String kind, String format) throws PreviewException;

	/** A preview that cannot be made now (for example, the models do not parse); the message says why. */
	final class PreviewException extends Exception {
		private static final long serialVersionUID = 1L;

		public PreviewException(String message) {
			super(message);
		}
	}
}
