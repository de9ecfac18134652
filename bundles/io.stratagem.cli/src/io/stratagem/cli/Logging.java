package io.stratagem.cli;

import java.util.Enumeration;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Logger;

/**
 * Where the libraries' log lines go. Xtext's jar configures log4j with a console appender on
 * standard output, which carries the reports (validate --format json|sarif|junit) and the
 * language server's protocol: any log line there corrupts them. It is moved to standard error.
 */
final class Logging {

	private Logging() {
	}

	/** Moves every console appender of log4j's root logger to standard error. */
	static void toStandardError() {
		Enumeration<?> appenders = Logger.getRootLogger().getAllAppenders();
		while (appenders.hasMoreElements()) {
			if (appenders.nextElement() instanceof ConsoleAppender console) {
				console.setTarget(ConsoleAppender.SYSTEM_ERR);
				console.activateOptions();
			}
		}
	}
}
