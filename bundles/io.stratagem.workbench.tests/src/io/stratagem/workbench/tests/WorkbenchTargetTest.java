/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The workbench target holds a copy of the project's target (Tycho cannot combine target files):
 * a library added to one and not the other would make the workbench differ from the command line.
 */
class WorkbenchTargetTest {

	private static final String BEGIN = "<!-- ===== The project's target";
	private static final String END = "    <!-- ===== End of the copy";

	@Test
	void workbenchTargetHoldsTheProjectTargetUnchanged() throws IOException {
		String project = Files.readString(Examples.root().resolve("releng/io.stratagem.target/io.stratagem.target"));
		String workbench = Files.readString(Examples.root().resolve("releng/io.stratagem.workbench.target/io.stratagem.workbench.target"));
		String locations = project.substring(project.indexOf("<locations>\n") + "<locations>\n".length(), project.indexOf("  </locations>"));
		int begin = workbench.indexOf('\n', workbench.indexOf("-->", workbench.indexOf(BEGIN))) + 1;
		String copy = workbench.substring(begin, workbench.indexOf(END));
		assertEquals(locations, copy, "copy the <locations> of releng/io.stratagem.target into releng/io.stratagem.workbench.target");
	}
}
