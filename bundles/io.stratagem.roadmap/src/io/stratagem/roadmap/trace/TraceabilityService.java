package io.stratagem.roadmap.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.KPI;
import io.stratagem.model.Objective;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;

/**
 * Builds the traceability matrices objective x use case (use cases' objectives), use case x KPI
 * (use cases' KPIs), risk x control (risks' controls) and control x framework requirement
 * (controls' requirements), and the coverage of each framework.
 *
 * <p>Rows and columns are the elements present in the model, in model order (resource order, then
 * containment order), so the same model always gives the same matrices. A reference to an element
 * outside the model, or one that does not resolve, is not a link.
 */
public class TraceabilityService {

	/**
	 * Traces every element of the resource set. Cross-references are resolved first, so the
	 * library files that define referenced framework requirements are part of the model.
	 */
	public Traceability trace(ResourceSet resourceSet) {
		EcoreUtil.resolveAll(resourceSet);
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			roots.addAll(resource.getContents());
		}
		return trace(roots);
	}

	/** Traces the given roots and everything they contain. */
	public Traceability trace(Iterable<? extends EObject> roots) {
		return trace(ModelElements.of(roots));
	}

	/** {@link #trace(Iterable)} over a model already listed. */
	public Traceability trace(ModelElements elements) {
		List<Objective> objectives = elements.all(Objective.class);
		List<UseCase> useCases = elements.all(UseCase.class);
		List<KPI> kpis = elements.all(KPI.class);
		List<Risk> risks = elements.all(Risk.class);
		List<Control> controls = elements.all(Control.class);
		List<FrameworkRequirement> requirements = elements.all(FrameworkRequirement.class);
		TraceMatrix<Objective, UseCase> objectiveUseCase = matrixByColumn(objectives, useCases, UseCase::getObjectives);
		TraceMatrix<UseCase, KPI> useCaseKpi = matrix(useCases, kpis, UseCase::getKpis);
		TraceMatrix<Risk, Control> riskControl = matrix(risks, controls, Risk::getControls);
		TraceMatrix<Control, FrameworkRequirement> controlRequirement = matrix(controls, requirements, Control::getRequirements);
		return new Traceability(objectiveUseCase, useCaseKpi, riskControl, controlRequirement, coverage(controlRequirement));
	}

	/** Links from each row to the columns its reference lists, in column order. */
	private static <R, C> TraceMatrix<R, C> matrix(List<R> rows, List<C> columns, Function<R, List<? extends C>> reference) {
		Map<C, Integer> position = positions(columns);
		List<Link<R, C>> links = new ArrayList<>();
		for (R row : rows) {
			List<C> linked = new ArrayList<>();
			for (C column : reference.apply(row)) {
				if (position.containsKey(column) && !linked.contains(column)) {
					linked.add(column);
				}
			}
			linked.sort(Comparator.comparingInt(position::get));
			linked.forEach(column -> links.add(new Link<>(row, column)));
		}
		return new TraceMatrix<>(rows, columns, links);
	}

	/** Links from the columns' reference back to the rows, laid out with rows first. */
	private static <R, C> TraceMatrix<R, C> matrixByColumn(List<R> rows, List<C> columns, Function<C, List<? extends R>> reference) {
		Map<R, List<C>> columnsOfRow = new IdentityHashMap<>();
		for (C column : columns) {
			for (R row : reference.apply(column)) {
				List<C> linked = columnsOfRow.computeIfAbsent(row, r -> new ArrayList<>());
				if (linked.isEmpty() || linked.get(linked.size() - 1) != column) {
					linked.add(column);
				}
			}
		}
		List<Link<R, C>> links = new ArrayList<>();
		for (R row : rows) {
			columnsOfRow.getOrDefault(row, List.of()).forEach(column -> links.add(new Link<>(row, column)));
		}
		return new TraceMatrix<>(rows, columns, links);
	}

	/** Each element's index in the list, by identity. */
	private static <T> Map<T, Integer> positions(List<T> elements) {
		Map<T, Integer> positions = new IdentityHashMap<>();
		for (int i = 0; i < elements.size(); i++) {
			positions.putIfAbsent(elements.get(i), i);
		}
		return positions;
	}

	private static List<FrameworkCoverage> coverage(TraceMatrix<Control, FrameworkRequirement> controlRequirement) {
		Set<FrameworkRequirement> satisfied = new HashSet<>();
		Set<FrameworkRequirement> evidenced = new HashSet<>();
		for (Link<Control, FrameworkRequirement> link : controlRequirement.links()) {
			ControlStatus status = link.row().getStatus();
			if (status != ControlStatus.RETIRED) {
				satisfied.add(link.column());
			}
			if (status == ControlStatus.OPERATING) {
				evidenced.add(link.column());
			}
		}
		List<FrameworkCoverage> result = new ArrayList<>();
		for (Framework framework : Framework.VALUES) {
			List<FrameworkRequirement> present = controlRequirement.columns().stream().filter(r -> r.getFramework() == framework).toList();
			if (!present.isEmpty()) {
				result.add(new FrameworkCoverage(framework, present, present.stream().filter(satisfied::contains).toList(),
						present.stream().filter(evidenced::contains).toList(), present.stream().filter(r -> !satisfied.contains(r)).toList()));
			}
		}
		return result;
	}
}
