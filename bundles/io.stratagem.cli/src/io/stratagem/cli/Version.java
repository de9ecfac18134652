package io.stratagem.cli;

import picocli.CommandLine.IVersionProvider;

/** Tells picocli's {@code --version} the one Stratagem version that every front end reports. */
public class Version implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "stratagem " + io.stratagem.workspace.Version.current() };
	}
}
