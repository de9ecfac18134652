/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import io.stratagem.dsl.validation.SourceCodes;

/**
 * Syntax errors carry {@link SourceCodes#SYNTAX} from the parser on, so every front end shows the
 * same code. The texts are still the parser's and the value converters' ({@link #message});
 * better wording replaces that one method.
 */
public class StrategySyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(message(context), SourceCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SourceCodes.SYNTAX);
	}

	/**
	 * The ranged form is reported on the whole token, with the same code: Xtext keeps a range only
	 * for its own code, and a code that differs by front end is what this class exists to avoid.
	 */
	@Override
	protected SyntaxErrorMessage createRangedSyntaxErrorMessage(IValueConverterErrorContext context, int offset, int length) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SourceCodes.SYNTAX);
	}

	/** The text of a syntax error where the parser stopped: the parser's own, for now. */
	protected String message(IParserErrorContext context) {
		return context.getDefaultMessage();
	}
}
