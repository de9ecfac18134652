package io.stratagem.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part of the open workspace the server needs: the same signatures as
 * {@code io.stratagem.dsl.edit.ModelWorkspace}, so that the workspace of the diagram editor can be
 * handed in as it is (method references), and diagram edits reach the editor through the listeners.
 */
public interface WorkspaceFiles {

	/** The opened folder (absolute, normalized). */
	Path folder();

	/** The .strategy files of the folder, absolute and sorted. */
	List<Path> files();

	/** The current text of a file of the workspace. */
	String text(Path file) throws IOException;

	/** Text saved by an editor: written to disk, then the listeners are told. */
	void setText(Path file, String text) throws IOException;

	/** Called with the changed files after each change; closing the result removes the listener. */
	AutoCloseable addListener(Consumer<Set<Path>> changedFiles);
}
