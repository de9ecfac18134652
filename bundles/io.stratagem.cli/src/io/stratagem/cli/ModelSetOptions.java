package io.stratagem.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.RuleProfiles;
import io.stratagem.workspace.Progress;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The models a command reads, and the rule profile that applies to them (a picocli mixin). */
public class ModelSetOptions {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".strategy files or folders to search for them")
	List<Path> paths;

	@Option(names = "--profile", paramLabel = "FILE",
			description = "rule profile (stratagem.properties) for every model; default: the nearest stratagem.properties of each file")
	Path profile;

	@Inject
	private ModelSetLoader loader;

	@Inject
	private RuleProfiles profiles;

	/** @return the loaded models, or null when the profile does not exist (the reason is printed) */
	ModelSet load(PrintWriter err, Progress progress) {
		if (profile != null && !Files.isRegularFile(profile)) {
			err.println("stratagem: the profile " + profile + " does not exist");
			return null;
		}
		profiles.useProfile(profile);
		return loader.load(paths, progress);
	}
}
