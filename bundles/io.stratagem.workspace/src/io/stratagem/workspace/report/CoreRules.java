package io.stratagem.workspace.report;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.List;
import java.util.Locale;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RulesDocument;
import io.stratagem.dsl.validation.SourceCodes;

/**
 * The codes of {@link SourceCodes} described as rules, for reports that describe every code they can
 * carry (SARIF's {@code tool.driver.rules}) and for the table of docs/cli.md "Codes that do not come
 * from the rule catalogue", which {@link #table()} writes.
 */
public final class CoreRules {

	/** The section of docs/cli.md that lists these codes. */
	public static final String HELP_URI = RulesDocument.DOCS_URI + "cli.md#" + RulesDocument.anchor("Codes that do not come from the rule catalogue");

	private static final String SOURCE = "Stratagem command line";

	private static final List<Rule> RULES = List.of(
			rule(SourceCodes.UNREADABLE, "File or folder {0} cannot be read",
					"The file or folder does not exist or cannot be read, so the models in it are not checked.",
					"Correct the path, or let the user running Stratagem read the file."),
			rule(SourceCodes.NOT_UTF8, "File {0} is not UTF-8",
					"Model files are read as UTF-8; a file in another encoding would be read with wrong characters, so it is not read at all.",
					"Save the file as UTF-8; the message gives the offset and the line of the first byte that is not UTF-8."),
			rule(SourceCodes.NO_MODELS, "Folder {0} holds no .strategy file",
					"A folder given to a command holds no model file, which usually means a wrong path.",
					"Give the folder that holds the .strategy files, or the files themselves."),
			rule(SourceCodes.TOO_LARGE, "File {0} is larger than the limit for one model file",
					"A model file larger than the limit (16 MB by default) is refused before it is read, so that no input can exhaust the memory.",
					"Split the file into several files, or raise the limit with -Dstratagem.maxFileMegabytes=N (for ./stratagem in STRATAGEM_JAVA_OPTS)."),
			rule(SourceCodes.SET_TOO_LARGE, "The files are together larger than the limit for a model set",
					"The files of one command are read together; beyond the limit (the heap divided by 100, at least 16 MB) nothing is read.",
					"Validate fewer files at a time, or raise -Dstratagem.maxModelSetMegabytes=N together with the heap (-Xmx)."),
			rule(SourceCodes.OUT_OF_MEMORY, "The command ran out of memory",
					"The input is too large for the heap the command was given; the command stops with one line that gives the heap's size, exit code 2, never a Java trace.",
					"Read less at a time, or give Java more heap with -Xmx (for ./stratagem in STRATAGEM_JAVA_OPTS)."),
			rule(SourceCodes.INVENTORY_TOO_LARGE, "The inventory is larger than the limit for one inventory",
					"An inventory to import (import omb-inventory) larger than the limit (the heap divided by 16, at least 16 MB) is refused before it is read.",
					"Raise the limit with -Dstratagem.maxInventoryMegabytes=N together with the heap (-Xmx)."),
			rule(SourceCodes.LINK_OUTSIDE, WARNING, "A file in the folder is a link that leads outside it",
					"A folder's model is what lies inside the folder: a symbolic link out of it could pull in, or let a server show, files nobody chose to share, so it is left out.",
					"Name the file on the command line to read it, or copy it into the folder."),
			rule(SourceCodes.SYNTAX, "Syntax error",
					"The text does not follow the Stratagem language; the message says what was expected there, what was found and the closest keyword or value."
							+ " One mistake gives one finding: after a wrong word at the top of a file the parser resumes at the next block (a word one slip from a keyword and followed by a name, such as usecse Triage, is read as that keyword, so the block is kept),"
							+ " and after a wrong word inside a block at that block's closing brace; the blocks after it are read, linked and validated.",
					"Correct the text at the line and column given; the editors show what may follow there."),
			rule(SourceCodes.UNRESOLVED_REFERENCE, "A reference names no element of the right kind",
					"A reference that cannot be resolved leaves the model incomplete: usually a typing error, or the file that declares the element is not among the validated paths.",
					"Correct the name, declare the element, or validate the file that declares it together with this one."),
			rule(SourceCodes.OTHER, "Model problem",
					"A problem reported by the language's infrastructure that has no code of its own.",
					"Read the message; if it does not say what to change, report it to the Stratagem project."));

	private CoreRules() {
	}

	/** Every core code as a rule, in the order of {@link SourceCodes}. */
	public static List<Rule> rules() {
		return RULES;
	}

	/**
	 * The Markdown table of these codes in docs/cli.md: code, severity, message, why and what to do,
	 * from the same texts as SARIF's rule descriptions.
	 */
	public static String table() {
		StringBuilder out = new StringBuilder("| code | severity | message | why | what to do |\n|---|---|---|---|---|\n");
		for (Rule rule : RULES) {
			out.append("| `").append(rule.code()).append("` | ").append(rule.severity().name().toLowerCase(Locale.ROOT))
					.append(" | ").append(cell(rule.message())).append(" | ").append(cell(rule.explanation()))
					.append(" | ").append(cell(rule.remedy())).append(" |\n");
		}
		return out.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

	private static Rule rule(String code, String message, String explanation, String remedy) {
		return rule(code, ERROR, message, explanation, remedy);
	}

	private static Rule rule(String code, org.eclipse.xtext.diagnostics.Severity severity, String message, String explanation, String remedy) {
		return new Rule(code, severity, message, explanation, remedy, SOURCE, null);
	}
}
