/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.dsl.validation.services.ApplicableFrameworks;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.dsl.validation.services.HorizonService;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.ModelIndexCache;
import io.stratagem.model.Framework;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage;

/**
 * Base of the validators of one rule area, composed into {@link StrategyValidator}. Findings are
 * reported through {@link #report}, which applies the rule profile (enabled, severity), skips
 * elements whose text has a syntax error, justified suppressions and the findings of frameworks
 * that do not apply to the element ({@link ApplicableFrameworks}), formats the catalogue message
 * and attaches the issue data that quick fixes read back: the message arguments, the element's
 * name first, then any data a rule adds for its fix (never shown in the message; see
 * {@link #reportWithData}).
 */
public abstract class AbstractRuleValidator extends AbstractDeclarativeValidator {

	private static final String INDEX_KEY = ModelIndex.class.getName();

	@Inject
	private RuleProfiles profiles;

	@Inject
	private BuiltInLibrary library;

	@Inject
	private HorizonService horizons;

	@Inject
	private ApplicableFrameworks frameworks;

	@Inject
	private ModelIndexCache indexes;

	@Inject
	private OperationCanceledManager cancellations;

	private volatile Set<URI> libraryUris;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into StrategyValidator, never registered on its own
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(StratagemPackage.eINSTANCE);
	}

	/**
	 * The rule profile that applies to the element's file, looked up once per validation run of
	 * the file (the lookup reads the file system).
	 */
	protected RuleProfile profile(EObject object) {
		Resource resource = object == null ? null : object.eResource();
		Map<Object, Object> context = getContext();
		if (context != null && context.get(PROFILE_KEY) instanceof ProfileOfResource cached && cached.resource() == resource) {
			return cached.profile();
		}
		RuleProfile profile = profiles.profileFor(resource);
		if (context != null) {
			context.put(PROFILE_KEY, new ProfileOfResource(resource, profile));
		}
		return profile;
	}

	private static final String PROFILE_KEY = RuleProfile.class.getName();

	private record ProfileOfResource(Resource resource, RuleProfile profile) {
	}

	/** The whole user model, shared by the files of a resource set until one of them changes. */
	protected ModelIndex index(EObject object) {
		Map<Object, Object> context = getContext();
		if (context != null) {
			Object cached = context.get(INDEX_KEY);
			if (cached instanceof ModelIndex index) {
				return index;
			}
		}
		ModelIndex index = indexes.get(object, libraryUris());
		if (context != null) {
			context.put(INDEX_KEY, index);
		}
		return index;
	}

	/** The strategy horizon of the model, or null. */
	protected Horizon horizon(EObject object) {
		return horizons.horizon(index(object));
	}

	private Set<URI> libraryUris() {
		Set<URI> uris = libraryUris;
		if (uris == null) {
			uris = new HashSet<>();
			try {
				uris.addAll(library.uris());
			} catch (RuntimeException e) {
				// no library on the class path: nothing to exclude
			}
			libraryUris = uris;
		}
		return uris;
	}

	/**
	 * Reports a finding of a rule on an element. {@code feature} null marks the element's name.
	 * {@code args} fill the message template; args[0] is the element's name.
	 */
	protected void report(String code, EObject object, EStructuralFeature feature, String... args) {
		report(code, object, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, args);
	}

	/** As {@link #report(String, EObject, EStructuralFeature, String...)}, marking one value of a list feature. */
	protected void report(String code, EObject object, EStructuralFeature feature, int index, String... args) {
		reportWithData(code, object, feature, index, args == null ? List.of() : Arrays.asList(args), List.of());
	}

	/**
	 * As {@link #report(String, EObject, EStructuralFeature, String...)}, with {@code fixData}
	 * appended to the issue data after the message {@code args}: the values a quick fix needs (codes,
	 * dates) so that it never reads them back from the message text. A rule that adds fix data
	 * names the index of its first item in a constant.
	 */
	protected void reportWithData(String code, EObject object, EStructuralFeature feature, List<String> args, List<String> fixData) {
		reportWithData(code, object, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, args, fixData);
	}

	private void reportWithData(String code, EObject object, EStructuralFeature feature, int index, List<String> args, List<String> fixData) {
		Rule rule = RuleCatalogue.get(code);
		if (rule == null || object == null) {
			throw new IllegalArgumentException("No rule " + code);
		}
		Severity severity = profile(object).severity(code);
		if (severity == Severity.IGNORE || Suppressions.isSuppressed(object, code) || inBrokenBlock(object)) {
			return;
		}
		Framework framework = RuleCatalogue.framework(code);
		if (framework != null && !frameworks.applies(framework, object, index(object))) {
			return; // the model states that the rule's framework does not apply here
		}
		EStructuralFeature target = feature;
		if (target == null && object instanceof NamedElement element && element.getName() != null) {
			target = StratagemPackage.Literals.NAMED_ELEMENT__NAME;
		}
		String message = rule.format(args.toArray(new String[0]));
		String[] data = new String[args.size() + fixData.size()];
		for (int i = 0; i < data.length; i++) {
			String item = i < args.size() ? args.get(i) : fixData.get(i - args.size());
			data[i] = item == null ? "" : item;
		}
		switch (severity) {
		case ERROR -> error(message, object, target, index, code, data);
		case WARNING -> warning(message, object, target, index, code, data);
		default -> info(message, object, target, index, code, data);
		}
	}

	/**
	 * Whether the element (or the named element that contains it) has a syntax error in its text: its
	 * block did not parse, so what it seems to lack (an owner, an objective) may only be text the
	 * parser skipped. Rules do not judge it; the syntax error says what to fix.
	 */
	private static boolean inBrokenBlock(EObject object) {
		if (!(object.eResource() instanceof XtextResource resource) || resource.getParseResult() == null || !resource.getParseResult().hasSyntaxErrors()) {
			return false;
		}
		EObject element = object instanceof NamedElement ? object : EcoreUtil2.getContainerOfType(object, NamedElement.class);
		INode node = NodeModelUtils.getNode(element == null ? object : element);
		if (node == null) {
			return false;
		}
		// an error at the end offset is the block's missing closing brace
		int[] errors = syntaxErrorOffsets(resource);
		int first = Arrays.binarySearch(errors, node.getTotalOffset());
		int at = first >= 0 ? first : -first - 1;
		return at < errors.length && errors[at] <= node.getTotalEndOffset();
	}

	/**
	 * The offsets of a file's syntax errors, sorted; found once per parse (Xtext finds them by walking
	 * the whole node model, which for every finding of a large file would cost the file's size again).
	 */
	private static int[] syntaxErrorOffsets(XtextResource resource) {
		return resource.getCache().get(SYNTAX_ERROR_OFFSETS, resource, () -> {
			List<Integer> offsets = new ArrayList<>();
			resource.getParseResult().getSyntaxErrors().forEach(error -> offsets.add(error.getTotalOffset()));
			return offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
		});
	}

	private static final String SYNTAX_ERROR_OFFSETS = AbstractRuleValidator.class.getName() + ".syntaxErrorOffsets";

	/** The name of an element for messages: its name, or "(unnamed)". */
	protected static String name(EObject object) {
		if (object instanceof NamedElement element && element.getName() != null && !element.getName().isBlank()) {
			return element.getName();
		}
		return "(unnamed)";
	}

	/** True for a reference that is set and resolved. */
	protected static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	/**
	 * A check that throws is a defect of Stratagem, not of the model: it becomes a finding
	 * ({@link RuleCodes#INT_CHECK_FAILED}) on the element it was checking, naming the check and the
	 * exception's class, and the other checks go on. Nothing is logged (a trace would reach the
	 * user's terminal or corrupt a report on standard output); tests read {@link CheckFailures}.
	 * Xtext's guards and cancellations keep their meaning; an OutOfMemoryError is not caught.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) throws RuntimeException {
		// Xtext's GuardException (a guard() that is false) is not public: known by name
		boolean guard = failure.getClass().getName().equals("org.eclipse.xtext.validation.GuardException");
		if (guard || failure instanceof OutOfMemoryError || cancellations.isOperationCanceledException(failure)) {
			super.handleExceptionDuringValidation(failure);
			return;
		}
		CheckFailures.failed(failure);
		EObject element = getCurrentObject();
		Method check = getCurrentMethod();
		String checkName = check == null ? getClass().getSimpleName() : check.getDeclaringClass().getSimpleName() + "." + check.getName();
		report(RuleCodes.INT_CHECK_FAILED, element, null, name(element), checkName, failure.getClass().getName());
	}
}
