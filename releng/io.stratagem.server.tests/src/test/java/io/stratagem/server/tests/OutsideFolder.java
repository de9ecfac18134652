package io.stratagem.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder next to the workbench's opened folder, holding a secret that must never reach a client,
 * and the symbolic links that lead to it from inside: link-out.strategy to its secret.strategy,
 * linked-folder to the folder itself.
 */
final class OutsideFolder {

	/** The text that must never reach a client. */
	static final String SECRET = "SECRET-OUTSIDE-THE-FOLDER";

	private OutsideFolder() {
	}

	/** Makes {@code outside/secret.strategy} in {@code dir}, holding {@code secretStrategy}, and the two links to it; returns the folder. */
	static Path linkedFrom(RunningWorkbench workbench, Path dir, String secretStrategy) throws IOException {
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("secret.strategy"), secretStrategy);
		Files.createSymbolicLink(workbench.folder.resolve("link-out.strategy"), outside.resolve("secret.strategy"));
		Files.createSymbolicLink(workbench.folder.resolve("linked-folder"), outside);
		return outside;
	}
}
