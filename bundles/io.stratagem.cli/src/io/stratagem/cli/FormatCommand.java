package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import io.stratagem.dsl.formatting2.DocumentFormatter;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.model.files.AtomicFiles;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.TerminalText;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stratagem format}: rewrites files in the standard layout, or with {@code --check} lists
 * the files that are not in it. A file with syntax errors is never rewritten.
 */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Format .strategy files in place, or with --check report the files that are not formatted.")
public class FormatCommand extends Subcommand {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".strategy files or folders to search for them")
	List<Path> paths;

	@Option(names = "--check", description = "change nothing; list unformatted files and exit with 1 if there are any")
	boolean check;

	@Inject
	private ModelSetLoader loader;

	@Inject
	private DocumentFormatter formatter;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = out();
		PrintWriter err = err();
		ModelSet models = loader.load(paths);
		for (Finding problem : models.loadFindings()) {
			err.println(TextReportWriter.line(problem));
		}
		int unformatted = 0;
		int broken = 0;
		for (Map.Entry<Path, XtextResource> entry : models.resources().entrySet()) {
			Path file = entry.getKey();
			XtextResource resource = entry.getValue();
			if (!resource.getErrors().isEmpty()) {
				Resource.Diagnostic error = resource.getErrors().get(0);
				err.println(TerminalText.visible(display.show(file)) + ":" + error.getLine() + ":" + error.getColumn() + ": error " + SourceCodes.SYNTAX + " "
						+ TerminalText.visible(error.getMessage()) + " (file not formatted)");
				broken++;
				continue;
			}
			String original = Files.readString(file, StandardCharsets.UTF_8);
			String formatted;
			try {
				formatted = formatter.format(resource);
			} catch (IllegalArgumentException refused) {
				err.println(TerminalText.visible(display.show(file)) + ": error " + SourceCodes.SYNTAX + " " + TerminalText.visible(refused.getMessage()));
				broken++;
				continue;
			}
			if (!original.equals(formatted)) {
				unformatted++;
				if (check) {
					out.println(display.show(file) + ":" + firstDifferentLine(original, formatted) + ": not formatted");
				} else {
					AtomicFiles.write(file, formatted);
					out.println("formatted " + display.show(file));
				}
			}
		}
		out.flush();
		if (!models.loadFindings().isEmpty()) {
			return ExitCode.USAGE_OR_IO;
		}
		return broken > 0 || (check && unformatted > 0) ? ExitCode.FINDINGS : ExitCode.CLEAN;
	}

	private static int firstDifferentLine(String original, String formatted) {
		String[] a = original.split("\n", -1);
		String[] b = formatted.split("\n", -1);
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (!a[i].equals(b[i])) {
				return i + 1;
			}
		}
		return Math.min(a.length, b.length);
	}

}
