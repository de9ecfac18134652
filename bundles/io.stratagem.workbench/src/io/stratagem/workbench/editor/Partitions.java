/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Comments and strings as partitions of their own, so a block comment is coloured whole while it
 * is typed; everything else is code, coloured by {@link CodeScanner} and the semantic tokens.
 */
final class Partitions {

	static final String PARTITIONING = "io.stratagem.workbench.partitioning";
	static final String COMMENT = "__strategy_comment";
	static final String STRING = "__strategy_string";
	static final String[] TYPES = { org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private Partitions() {
	}

	/** Connects the partitioner once per document. */
	static void install(IDocument document) {
		if (!(document instanceof IDocumentExtension3 extension) || extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true), new EndOfLineRule("//", comment),
				new SingleLineRule("\"", "\"", string, '\\'), new SingleLineRule("'", "'", string, '\\') });
		IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
		partitioner.connect(document);
	}
}
