/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

/** What a semantically highlighted range is, as the language's semantic tokens tell it. */
public enum SemanticKind {
	/** the name of a declared element */
	DECLARATION,
	/** a reference to an element of the models */
	REFERENCE,
	/** a reference to an element of a built-in framework library (EU AI Act, NIST AI RMF...) */
	LIBRARY_REFERENCE,
	/** an enumeration value: stage, tier, direction... */
	ENUM_MEMBER,
	/** the namespace and imported names */
	NAMESPACE,
	/** the rule code of a suppression */
	RULE_CODE
}
