/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Checks the navigation of an AQL expression against a metamodel: every feature after a
 * {@code .} exists on the type reached so far, every {@code pkg::Type} and
 * {@code pkg::Enum::literal} exists, every variable is known. It follows the subset of AQL the
 * viewpoint uses (navigation, {@code if}, operators, lambdas, the type-changing services
 * {@code filter}, {@code oclAsType}, {@code eContainer}, {@code eContents}, {@code eAllContents},
 * {@code eInverse}); other services are accepted and their arguments checked. Collections are
 * flattened as AQL does, so a type is the element type.
 */
final class AqlTypeChecker {

	/** What an expression yields: model elements of known classes, any model element, a value, or unknown. */
	record AqlType(Set<EClass> classes, EClassifier value, boolean anyObject) {
		static final AqlType UNKNOWN = new AqlType(Set.of(), null, false);
		static final AqlType OBJECT = new AqlType(Set.of(), null, true);

		static AqlType of(EClassifier classifier) {
			return classifier instanceof EClass type ? new AqlType(Set.of(type), null, false) : new AqlType(Set.of(), classifier, false);
		}

		static AqlType ofClasses(Set<EClass> classes) {
			return classes.isEmpty() ? UNKNOWN : new AqlType(Set.copyOf(classes), null, false);
		}

		static AqlType anyValue() {
			return new AqlType(Set.of(), null, false);
		}

		boolean isClasses() {
			return !classes.isEmpty();
		}

		@Override
		public String toString() {
			if (isClasses()) {
				return classes.stream().map(EClass::getName).sorted().toList().toString();
			}
			return value != null ? value.getName() : anyObject ? "a model element" : "a value";
		}
	}

	private static final Set<String> LAMBDA_SERVICES = Set.of("select", "reject", "any", "sortedBy", "exists", "forAll", "collect", "isUnique", "one");
	private static final Set<String> SAME_TYPE_LAMBDA_SERVICES = Set.of("select", "reject", "any", "sortedBy");
	private static final Set<String> SAME_TYPE_SERVICES = Set.of("first", "last", "asSet", "asSequence", "asOrderedSet", "add", "union", "concat",
			"including", "excluding", "sub", "reverse");

	private final EPackage metamodel;
	private List<String> tokens;
	private int position;
	private Map<String, AqlType> variables;
	private Consumer<String> findings;
	private String expression;

	AqlTypeChecker(EPackage metamodel) {
		this.metamodel = metamodel;
	}

	/** The type of {@code body} (the text after {@code aql:}); problems go to {@code findings}. */
	AqlType check(String body, Map<String, AqlType> scope, Consumer<String> findings) {
		this.tokens = tokenize(body);
		this.position = 0;
		this.variables = new HashMap<>(scope);
		this.findings = findings;
		this.expression = body;
		AqlType type = expression();
		if (position < tokens.size()) {
			findings.accept("unexpected '" + tokens.get(position) + "' in '" + body + "'");
		}
		return type;
	}

	/** The classifier named {@code pkg::Name}, or null after reporting why not. */
	EClassifier classifier(String qualifiedName, Consumer<String> findings) {
		String[] parts = qualifiedName.split("::");
		if (parts.length != 2 || !parts[0].equals(metamodel.getName())) {
			findings.accept("type " + qualifiedName + " is not of the form " + metamodel.getName() + "::Name");
			return null;
		}
		EClassifier classifier = metamodel.getEClassifier(parts[1]);
		if (classifier == null) {
			findings.accept("the metamodel has no type " + parts[1] + " (" + qualifiedName + ")");
		}
		return classifier;
	}

	/** The feature {@code name} of every class, or null after reporting the classes that lack it. */
	static List<EStructuralFeature> features(AqlType type, String name, Consumer<String> findings, EPackage metamodel) {
		List<EStructuralFeature> result = new ArrayList<>();
		if (type.isClasses()) {
			for (EClass owner : type.classes()) {
				EStructuralFeature feature = owner.getEStructuralFeature(name);
				if (feature == null) {
					findings.accept(owner.getName() + " has no feature '" + name + "'");
				} else {
					result.add(feature);
				}
			}
		} else if (type.anyObject()) {
			for (EClassifier classifier : metamodel.getEClassifiers()) {
				if (classifier instanceof EClass owner && owner.getEStructuralFeature(name) != null) {
					result.add(owner.getEStructuralFeature(name));
				}
			}
			if (result.isEmpty()) {
				findings.accept("no type of the metamodel has a feature '" + name + "'");
			}
		} else if (type.value() != null) {
			findings.accept("'" + name + "' is read from a " + type.value().getName() + " value, which has no features");
		}
		return result;
	}

	// ------------------------------------------------------------ expressions

	private AqlType expression() {
		if (accept("if")) {
			expression();
			expect("then");
			AqlType then = expression();
			expect("else");
			AqlType otherwise = expression();
			expect("endif");
			return then.equals(otherwise) ? then : AqlType.UNKNOWN;
		}
		AqlType left = unary();
		while (position < tokens.size() && isBinaryOperator(tokens.get(position))) {
			position++;
			unary();
			left = AqlType.anyValue();
		}
		return left;
	}

	private static boolean isBinaryOperator(String token) {
		return List.of("+", "-", "*", "/", "=", "<>", "<", ">", "<=", ">=", "and", "or", "xor", "implies").contains(token);
	}

	private AqlType unary() {
		if (accept("not") || accept("-")) {
			unary();
			return AqlType.anyValue();
		}
		AqlType type = primary();
		while (true) {
			if (accept(".")) {
				String name = identifier();
				type = accept("(") ? call(type, name) : navigate(type, name);
			} else if (accept("->")) {
				String name = identifier();
				expect("(");
				type = collectionCall(type, name);
			} else {
				return type;
			}
		}
	}

	private AqlType primary() {
		String token = next();
		if (token.equals("(")) {
			AqlType type = expression();
			expect(")");
			return type;
		}
		if (token.startsWith("'")) {
			return AqlType.of(EcorePackage.Literals.ESTRING);
		}
		if (Character.isDigit(token.charAt(0))) {
			return AqlType.of(token.contains(".") ? EcorePackage.Literals.EDOUBLE : EcorePackage.Literals.EINT);
		}
		if (List.of("true", "false").contains(token)) {
			return AqlType.of(EcorePackage.Literals.EBOOLEAN);
		}
		if (token.equals("null")) {
			return AqlType.UNKNOWN;
		}
		if (peek("::")) {
			return typeLiteral(token);
		}
		AqlType variable = variables.get(token);
		if (variable == null) {
			findings.accept("unknown variable '" + token + "' in '" + expression + "'");
			return AqlType.UNKNOWN;
		}
		return variable;
	}

	/** {@code pkg::Type} (the type itself) or {@code pkg::Enum::literal} (a value). */
	private AqlType typeLiteral(String packageName) {
		expect("::");
		String typeName = identifier();
		EClassifier classifier = classifier(packageName + "::" + typeName, findings);
		if (accept("::")) {
			String literal = identifier();
			if (classifier instanceof EEnum enumeration && enumeration.getEEnumLiteral(literal) == null) {
				findings.accept("enumeration " + typeName + " has no literal '" + literal + "'");
			} else if (classifier != null && !(classifier instanceof EEnum)) {
				findings.accept(typeName + " is not an enumeration ('" + literal + "')");
			}
			return classifier == null ? AqlType.anyValue() : AqlType.of(classifier);
		}
		return AqlType.anyValue();
	}

	private AqlType navigate(AqlType type, String name) {
		List<EStructuralFeature> found = features(type, name, message -> findings.accept(message + " (in '" + expression + "')"), metamodel);
		if (found.isEmpty()) {
			return AqlType.UNKNOWN;
		}
		if (type.anyObject()) {
			return found.stream().allMatch(EReference.class::isInstance) ? AqlType.OBJECT : AqlType.anyValue();
		}
		Set<EClass> classes = new LinkedHashSet<>();
		for (EStructuralFeature feature : found) {
			if (feature.getEType() instanceof EClass target) {
				classes.add(target);
			} else {
				return AqlType.of(feature.getEType());
			}
		}
		return AqlType.ofClasses(classes);
	}

	/** {@code receiver.name(args)}: the type-changing EObject services, others yield a value. */
	private AqlType call(AqlType receiver, String name) {
		List<String> stringArguments = new ArrayList<>();
		EClassifier typeArgument = null;
		while (!accept(")")) {
			if (tokens.get(position).startsWith("'")) {
				stringArguments.add(next().replace("'", ""));
			} else if (position + 1 < tokens.size() && tokens.get(position + 1).equals("::") && !isVariable(tokens.get(position))) {
				String packageName = next();
				expect("::");
				typeArgument = classifier(packageName + "::" + identifier(), findings);
			} else {
				expression();
			}
			accept(",");
		}
		switch (name) {
		case "eContainer", "eContents", "eAllContents", "oclAsType" -> {
			return typeArgument != null ? AqlType.of(typeArgument) : AqlType.OBJECT;
		}
		case "eInverse" -> {
			for (String feature : stringArguments) {
				features(AqlType.OBJECT, feature, message -> findings.accept("eInverse('" + feature + "'): " + message), metamodel);
			}
			return typeArgument != null ? AqlType.of(typeArgument) : AqlType.OBJECT;
		}
		default -> {
			return AqlType.anyValue();
		}
		}
	}

	/** {@code receiver->name(args)}: collection services, lambdas bound to the element type. */
	private AqlType collectionCall(AqlType receiver, String name) {
		AqlType result;
		if (name.equals("filter")) {
			String packageName = next();
			expect("::");
			EClassifier type = classifier(packageName + "::" + identifier(), findings);
			result = type == null ? AqlType.UNKNOWN : AqlType.of(type);
		} else if (LAMBDA_SERVICES.contains(name)) {
			String parameter = identifier();
			expect("|");
			AqlType previous = variables.put(parameter, receiver);
			AqlType body = expression();
			variables.remove(parameter);
			if (previous != null) {
				variables.put(parameter, previous);
			}
			result = SAME_TYPE_LAMBDA_SERVICES.contains(name) ? receiver : name.equals("collect") ? body : AqlType.anyValue();
		} else {
			while (!peek(")")) {
				expression();
				accept(",");
			}
			result = SAME_TYPE_SERVICES.contains(name) ? receiver : AqlType.anyValue();
		}
		expect(")");
		return result;
	}

	private boolean isVariable(String token) {
		return variables.containsKey(token);
	}

	// ------------------------------------------------------------ tokens

	private static List<String> tokenize(String text) {
		List<String> result = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '\'') {
				int end = text.indexOf('\'', i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unterminated string in '" + text + "'");
				}
				result.add(text.substring(i, end + 1));
				i = end + 1;
			} else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
				int end = i;
				while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '.' && Character.isDigit(c))) {
					end++;
				}
				result.add(text.substring(i, end));
				i = end;
			} else {
				String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
				if (List.of("::", "->", "<>", "<=", ">=").contains(two)) {
					result.add(two);
					i += 2;
				} else {
					result.add(String.valueOf(c));
					i++;
				}
			}
		}
		return result;
	}

	private String next() {
		if (position >= tokens.size()) {
			throw new IllegalArgumentException("'" + expression + "' ends too early");
		}
		return tokens.get(position++);
	}

	private String identifier() {
		String token = next();
		if (!Character.isJavaIdentifierStart(token.charAt(0))) {
			throw new IllegalArgumentException("expected a name, found '" + token + "' in '" + expression + "'");
		}
		return token;
	}

	private boolean peek(String token) {
		return position < tokens.size() && tokens.get(position).equals(token);
	}

	private boolean accept(String token) {
		if (peek(token)) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw new IllegalArgumentException("expected '" + token + "' at " + (position < tokens.size() ? "'" + tokens.get(position) + "'" : "the end")
					+ " in '" + expression + "'");
		}
	}
}
