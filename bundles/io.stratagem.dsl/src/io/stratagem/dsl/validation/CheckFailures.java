/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Xtext silently ignores a NullPointerException thrown by a check method, which would hide a
 * rule that stops working on incomplete models. The validators turn every exception of a check into
 * a finding (STRAT-INT-001) and report it here, where it is recorded while {@link #record} is on
 * (tests switch it on to assert that validation of broken models runs every check to its end).
 * Nothing is logged: the finding is what the user sees, never a trace.
 */
public final class CheckFailures {

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
		if (recording) {
			synchronized (CheckFailures.class) {
				RECORDED.add(failure);
			}
		}
	}
}
