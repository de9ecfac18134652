/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Xtext silently ignores a NullPointerException thrown by a check method, which would hide a
 * rule that stops working on incomplete models. The validators report such failures here: they are
 * logged, and recorded while {@link #record} is on (tests switch it on to assert that validation
 * of broken models runs every check to its end).
 */
public final class CheckFailures {

	private static final Logger LOG = Logger.getLogger(CheckFailures.class.getName());

	private static final List<Throwable> RECORDED = new ArrayList<>();

	private static volatile boolean recording;

	private CheckFailures() {
	}

	/** Starts or stops recording and forgets what was recorded. */
	public static synchronized void record(boolean on) {
		recording = on;
		RECORDED.clear();
	}

	/** The failures recorded since recording started. */
	public static synchronized List<Throwable> recorded() {
		return List.copyOf(RECORDED);
	}

	static void failed(Throwable failure) {
		LOG.log(Level.WARNING, "A validation check failed and was skipped: " + failure, failure);
		if (recording) {
			synchronized (CheckFailures.class) {
				RECORDED.add(failure);
			}
		}
	}
}
