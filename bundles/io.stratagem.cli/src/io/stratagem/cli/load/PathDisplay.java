package io.stratagem.cli.load;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.google.inject.Singleton;

/** Shows paths relative to the working directory when they are inside it, as compilers do. */
@Singleton
public class PathDisplay {

	private final Path workingDirectory = Paths.get("").toAbsolutePath().normalize();

	public String show(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}
}
