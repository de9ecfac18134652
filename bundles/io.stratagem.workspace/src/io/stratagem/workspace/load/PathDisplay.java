package io.stratagem.workspace.load;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.google.inject.Singleton;

/**
 * Shows paths relative to a base folder when they are inside it (by default the working
 * directory, as compilers do), else absolute.
 */
@Singleton
public class PathDisplay {

	private volatile Path base = Paths.get("").toAbsolutePath().normalize();

	/** @param newBase the folder paths are shown relative to, or null to show every path absolute */
	public void setBase(Path newBase) {
		base = newBase == null ? null : newBase.toAbsolutePath().normalize();
	}

	public String show(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}
}
