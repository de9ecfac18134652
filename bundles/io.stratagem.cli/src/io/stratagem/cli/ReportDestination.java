package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import io.stratagem.report.OutputFolder;
import picocli.CommandLine.Option;

/** Where a command's report goes: standard output, or a file named with -o (a picocli mixin). */
public class ReportDestination {

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
	Path output;

	@Option(names = "--overwrite", description = "replace FILE even when Stratagem did not write it or it was changed since")
	boolean overwrite;

	/** Whether the report goes to standard output. */
	boolean isStandardOutput() {
		return output == null;
	}

	/** Writes the whole report to standard output, or to the file (replaced only as --overwrite allows). */
	void write(String report, PrintWriter out) throws IOException {
		if (output == null) {
			out.print(report);
			out.flush();
		} else {
			OutputFolder.writeFile(output, report, overwrite);
		}
	}
}
