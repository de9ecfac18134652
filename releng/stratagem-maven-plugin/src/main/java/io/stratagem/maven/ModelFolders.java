package io.stratagem.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.project.MavenProject;

/** The model folders of a project: the configured ones, or the defaults for its packaging. */
final class ModelFolders {

	private ModelFolders() {
	}

	/** Default: {@code src/main/strategy}, and {@code model/} for {@code eclipse-plugin} projects. */
	static List<String> defaults(MavenProject project) {
		return "eclipse-plugin".equals(project.getPackaging()) ? List.of("src/main/strategy", "model") : List.of("src/main/strategy");
	}

	/** The folders that exist, from the configuration or the defaults. */
	static List<Path> of(MavenProject project, List<File> configured) {
		List<Path> folders = new ArrayList<>();
		if (configured != null && !configured.isEmpty()) {
			configured.forEach(folder -> folders.add(folder.toPath()));
		} else {
			defaults(project).forEach(name -> folders.add(project.getBasedir().toPath().resolve(name)));
		}
		folders.removeIf(folder -> !Files.isDirectory(folder));
		return folders;
	}
}
