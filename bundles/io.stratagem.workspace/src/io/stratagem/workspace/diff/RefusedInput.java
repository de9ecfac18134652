package io.stratagem.workspace.diff;

/** Input a comparison refuses, with its code ({@link DiffCodes}) and what to do: the command exits with 2. */
public class RefusedInput extends Exception {

	private static final long serialVersionUID = 1L;

	private final String code;

	public RefusedInput(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
