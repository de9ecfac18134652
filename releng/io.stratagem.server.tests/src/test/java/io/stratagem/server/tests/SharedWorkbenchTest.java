package io.stratagem.server.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class whose tests share one running workbench, on a copy of the example made for the class. */
abstract class SharedWorkbenchTest {

	@TempDir
	static Path dir;

	static RunningWorkbench workbench;

	@BeforeAll
	static void startWorkbench() throws Exception {
		workbench = RunningWorkbench.start(dir);
	}

	@AfterAll
	static void stopWorkbench() throws Exception {
		workbench.close();
	}
}
