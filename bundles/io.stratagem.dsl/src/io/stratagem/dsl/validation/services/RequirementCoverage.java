/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.model.Framework;
import io.stratagem.model.StratagemPackage;

import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;

/**
 * Which framework requirements the controls of a model satisfy. A control that satisfies a
 * requirement also counts for the requirements it is {@code part of} (a control for Art. 50(1)
 * is evidence for Art. 50). Requirements are matched by their code (AIA-9, GOVERN-1.1, A.7.4,
 * OMB-M-25-21-4b-i), so user-defined copies of library requirements count as well.
 */
@Singleton
public class RequirementCoverage {

	/**
	 * The controls that apply to a use case: those that {@code apply to} it, and those that control
	 * one of the risks it lists or a risk that {@code affects} it, unless such a control
	 * {@code applies to} other use cases only (a control scoped to another system of a shared risk
	 * does not treat this one).
	 */
	public Set<Control> controlsOf(UseCase useCase, ModelIndex index) {
		Set<Control> result = new LinkedHashSet<>();
		if (useCase == null) {
			return result;
		}
		for (Risk risk : useCase.getRisks()) {
			addControls(risk, useCase, result);
		}
		if (index != null) {
			for (Risk risk : index.referrers(useCase, StratagemPackage.Literals.RISK__USE_CASES, Risk.class)) {
				addControls(risk, useCase, result);
			}
			result.addAll(index.referrers(useCase, StratagemPackage.Literals.CONTROL__USE_CASES, Control.class));
		}
		return result;
	}

	/**
	 * The controls that meet a use case's obligations now: those of {@link #controlsOf} that are not
	 * retired, and for a deployed use case only an {@code operating} control: a planned or
	 * implementing one (a control with no status is planned) does not yet operate on a system
	 * already in use.
	 */
	public Set<Control> controlsInForce(UseCase useCase, ModelIndex index) {
		Set<Control> result = controlsOf(useCase, index);
		result.removeIf(control -> control.getStatus() == ControlStatus.RETIRED);
		if (useCase != null && useCase.getStage() == LifecycleStage.DEPLOYED) {
			result.removeIf(control -> control.getStatus() != ControlStatus.OPERATING);
		}
		return result;
	}

	private static void addControls(Risk risk, UseCase useCase, Set<Control> result) {
		if (risk == null || risk.eIsProxy()) {
			return;
		}
		for (Control control : risk.getControls()) {
			if (control != null && !control.eIsProxy() && (control.getUseCases().isEmpty() || control.getUseCases().contains(useCase))) {
				result.add(control);
			}
		}
	}

	/** The codes the controls satisfy, with the codes of every requirement they are part of. */
	public Set<String> satisfiedCodes(Collection<Control> controls) {
		Set<String> codes = new HashSet<>();
		// a requirement seen before has had its parents walked: each is walked once per call
		Set<FrameworkRequirement> seen = new HashSet<>();
		for (Control control : controls) {
			if (control == null || control.eIsProxy()) {
				continue;
			}
			for (FrameworkRequirement requirement : control.getRequirements()) {
				for (FrameworkRequirement r = requirement; r != null && !r.eIsProxy() && seen.add(r); r = r.getParent()) {
					if (r.getCode() != null) {
						codes.add(r.getCode());
					}
				}
			}
		}
		return codes;
	}

	/** True when one of the controls satisfies the requirement of that code or a part of it. */
	public boolean satisfies(Collection<Control> controls, String code) {
		return satisfiedCodes(controls).contains(code);
	}

	@Inject
	private BuiltInLibrary library;

	/**
	 * The requirements of one framework in the built-in library, resolved in the resource set of
	 * {@code context}, in library order.
	 */
	public List<FrameworkRequirement> libraryRequirements(Framework framework, EObject context) {
		List<FrameworkRequirement> result = new ArrayList<>();
		for (IEObjectDescription description : library.exportedObjects()) {
			if (description.getEClass() != StratagemPackage.Literals.FRAMEWORK_REQUIREMENT) {
				continue;
			}
			EObject object = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
			if (object instanceof FrameworkRequirement requirement && !requirement.eIsProxy() && requirement.getFramework() == framework) {
				result.add(requirement);
			}
		}
		return result;
	}
}
