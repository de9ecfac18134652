package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.stratagem.cli.Progress;

/** The progress line appears only in a terminal and only after a second, and is cleared at the end. */
class ProgressTest {

	private final AtomicLong now = new AtomicLong(0);
	private final StringWriter err = new StringWriter();

	@Test
	void silentDuringTheFirstSecond() {
		Progress progress = new Progress(new PrintWriter(err), "validating", true, now::get);
		now.set(900_000_000L);
		progress.parsed(1, 10);
		progress.done();
		assertEquals("", err.toString());
	}

	@Test
	void drawsABarAfterASecondAndClearsIt() {
		Progress progress = new Progress(new PrintWriter(err), "validating", true, now::get);
		now.set(1_500_000_000L);
		progress.parsed(5, 10);
		assertEquals("\rvalidating [###############               ] 5/10", err.toString());
		progress.done();
		assertTrue(err.toString().endsWith(" \r"), "the line is cleared");
	}

	@Test
	void silentWithoutATerminal() {
		Progress progress = new Progress(new PrintWriter(err), "validating", false, now::get);
		now.set(5_000_000_000L);
		progress.parsed(10, 10);
		progress.done();
		assertEquals("", err.toString());
	}
}
