package io.stratagem.workspace.diff;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.model.Control;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.Roadmap;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.conformity.ChecklistItem;
import io.stratagem.roadmap.conformity.ConformityService;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;

/**
 * Compares two versions of a model, each a folder of .strategy files, by meaning: elements are
 * matched by qualified name, and what is compared is what the roadmap engine computes from them
 * (risk scores, the schedule and its critical path, framework coverage) as well as what is written
 * (stages, targets, statuses), then the findings of validation.
 *
 * <p>Coverage is compared at the organisation level of each framework's checklist (the controls of
 * the whole model against every requirement of the framework). Initiatives are compared by their
 * early finish (an initiative a schedule conflict leaves without dates is "unscheduled"); the
 * critical path's end is the early finish of its last initiative.
 */
public class StrategyDiffService {

	@Inject
	private ModelSetLoader loader;

	@Inject
	private FindingCollector collector;

	@Inject
	private BuiltInLibrary library;

	@Inject
	private PathDisplay display;

	private final ScheduleService schedules = new ScheduleService();
	private final RiskService risks = new RiskService();
	private final ConformityService conformity = new ConformityService();

	/**
	 * One version of a model.
	 *
	 * @param label what the report calls it: the folder as given, or the Git revision
	 * @param root  the folder that holds its .strategy files (file names are shown relative to it)
	 */
	public record Version(String label, Path root) {
	}

	/** Compares the model of {@code before} with that of {@code after}. */
	public StrategyDiff compare(Version before, Version after) throws RefusedInput {
		Facts old = facts(before);
		Facts now = facts(after);
		List<Change> changes = new ArrayList<>();
		compareUseCases(old, now, changes);
		compareRisks(old, now, changes);
		compareKpis(old, now, changes);
		compareRoadmaps(old, now, changes);
		compareControls(old, now, changes);
		changes.sort(Change.ORDER);
		return new StrategyDiff(before.label(), after.label(), changes, FindingComparison.of(old.findings(), now.findings()));
	}

	/** What is compared of one version, worked out while its model is loaded. */
	private record Facts(Map<String, String> stages, Map<String, Integer> exposures, Map<String, String> targets, Map<String, String> targetDates,
			Map<String, LocalDate> criticalPathEnds, Map<String, LocalDate> finishes, Map<String, String> controls, Map<String, Evidence> coverage,
			List<Finding> findings) {
	}

	private Facts facts(Version version) throws RefusedInput {
		Path root = version.root().toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new RefusedInput(DiffCodes.NO_FOLDER, display.show(root) + ": no such folder: give a folder of .strategy files");
		}
		ModelSet models = loader.load(List.of(root));
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : models.resources().values()) {
			roots.addAll(resource.getContents());
		}
		ModelElements elements = ModelElements.of(roots);

		Map<String, Integer> exposures = new TreeMap<>();
		for (RiskScore score : risks.profile(elements.all(Risk.class)).scores()) {
			exposures.put(ModelElements.qualifiedName(score.risk()), score.exposure());
		}
		Map<String, LocalDate> criticalPathEnds = new TreeMap<>();
		Map<String, LocalDate> finishes = new TreeMap<>();
		for (Roadmap roadmap : elements.all(Roadmap.class)) {
			Schedule schedule = schedules.schedule(roadmap);
			for (Initiative unscheduled : schedule.unscheduled()) {
				finishes.put(ModelElements.qualifiedName(unscheduled), null);
			}
			for (ScheduledInitiative scheduled : schedule.initiatives()) {
				finishes.put(ModelElements.qualifiedName(scheduled.initiative()), scheduled.earlyFinish());
			}
			if (!schedule.criticalPath().isEmpty()) {
				Initiative last = schedule.criticalPath().get(schedule.criticalPath().size() - 1);
				schedule.of(last).ifPresent(s -> criticalPathEnds.put(ModelElements.qualifiedName(roadmap), s.earlyFinish()));
			}
		}
		Map<String, Evidence> coverage = new TreeMap<>();
		for (FrameworkChecklist checklist : conformity.checklists(elements, library.requirements(models.resourceSet()))) {
			for (ChecklistItem item : checklist.organisation()) {
				coverage.put(ModelElements.qualifiedName(item.requirement()), item.evidence());
			}
		}
		return new Facts(byName(elements.all(UseCase.class), u -> literal(u.getStage())), exposures,
				byName(elements.all(KPI.class), StrategyDiffService::target), byName(elements.all(KPI.class), k -> Objects.toString(k.getTargetDate(), null)),
				criticalPathEnds, finishes, byName(elements.all(Control.class), c -> literal(c.getStatus())), coverage, findings(models, root));
	}

	/** The findings of a version with their files relative to its folder; an empty folder is an empty model, not a problem. */
	private List<Finding> findings(ModelSet models, Path root) {
		Map<String, String> relative = new HashMap<>();
		models.resources().keySet().forEach(path -> relative.put(display.show(path), root.relativize(path).toString().replace('\\', '/')));
		List<Finding> findings = new ArrayList<>();
		for (Finding f : collector.collect(models)) {
			if (SourceCodes.NO_MODELS.equals(f.code())) {
				continue;
			}
			String file = relative.computeIfAbsent(f.file(), shown -> {
				Path path = Paths.get(shown).toAbsolutePath().normalize();
				return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : shown;
			});
			findings.add(new Finding(f.severity(), f.code(), f.message(), file, f.line(), f.column(), f.element()));
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	private static <T extends NamedElement> Map<String, String> byName(List<T> elements, Function<T, String> value) {
		Map<String, String> result = new TreeMap<>();
		for (T element : elements) {
			result.put(ModelElements.qualifiedName(element), value.apply(element));
		}
		return result;
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	/** The target as written: a value, or a range {@code low..high}; numbers compare by value (2.0 is 2). */
	private static String target(KPI kpi) {
		if (kpi.getTarget() == null) {
			return null;
		}
		String low = plain(kpi.getTarget());
		return kpi.getTargetUpper() == null ? low : low + ".." + plain(kpi.getTargetUpper());
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	private static void compareUseCases(Facts old, Facts now, List<Change> changes) {
		old.stages().forEach((name, stage) -> {
			if (!now.stages().containsKey(name)) {
				changes.add(new Change(ChangeKind.USE_CASE_REMOVED, name, stage, null));
			} else if (!Objects.equals(stage, now.stages().get(name))) {
				changes.add(new Change(ChangeKind.USE_CASE_MOVED, name, stage, now.stages().get(name)));
			}
		});
		now.stages().forEach((name, stage) -> {
			if (!old.stages().containsKey(name)) {
				changes.add(new Change(ChangeKind.USE_CASE_ADDED, name, null, stage));
			}
		});
	}

	private static void compareRisks(Facts old, Facts now, List<Change> changes) {
		old.exposures().forEach((name, score) -> {
			if (!now.exposures().containsKey(name)) {
				changes.add(new Change(ChangeKind.RISK_REMOVED, name, text(score), null));
				return;
			}
			Integer after = now.exposures().get(name);
			if (score != null && after != null && !score.equals(after)) {
				changes.add(new Change(after > score ? ChangeKind.RISK_SCORE_UP : ChangeKind.RISK_SCORE_DOWN, name, text(score), text(after)));
			}
		});
		now.exposures().forEach((name, score) -> {
			if (!old.exposures().containsKey(name)) {
				changes.add(new Change(ChangeKind.RISK_ADDED, name, null, text(score)));
			}
		});
	}

	private static void compareKpis(Facts old, Facts now, List<Change> changes) {
		changed(old.targets(), now.targets(), ChangeKind.KPI_TARGET_CHANGED, changes);
		changed(old.targetDates(), now.targetDates(), ChangeKind.KPI_TARGET_DATE_CHANGED, changes);
	}

	private static void compareRoadmaps(Facts old, Facts now, List<Change> changes) {
		old.criticalPathEnds().forEach((roadmap, end) -> {
			LocalDate after = now.criticalPathEnds().get(roadmap);
			if (after != null && !after.equals(end)) {
				changes.add(new Change(ChangeKind.CRITICAL_PATH_END_MOVED, roadmap, end.toString(), after.toString()));
			}
		});
		old.finishes().forEach((initiative, finish) -> {
			if (!now.finishes().containsKey(initiative)) {
				changes.add(new Change(ChangeKind.INITIATIVE_REMOVED, initiative, date(finish), null));
			}
		});
		now.finishes().forEach((initiative, finish) -> {
			if (!old.finishes().containsKey(initiative)) {
				changes.add(new Change(ChangeKind.INITIATIVE_ADDED, initiative, null, date(finish)));
			}
		});
		old.finishes().forEach((initiative, finish) -> {
			LocalDate after = now.finishes().get(initiative);
			if (finish != null && after != null && !after.equals(finish)) {
				changes.add(new Change(after.isAfter(finish) ? ChangeKind.INITIATIVE_SLIPPED : ChangeKind.INITIATIVE_ADVANCED, initiative,
						finish.toString(), after.toString()));
			}
		});
	}

	private static void compareControls(Facts old, Facts now, List<Change> changes) {
		old.controls().forEach((name, status) -> {
			if (!now.controls().containsKey(name)) {
				changes.add(new Change(ChangeKind.CONTROL_REMOVED, name, status, null));
			}
		});
		now.controls().forEach((name, status) -> {
			if (!old.controls().containsKey(name)) {
				changes.add(new Change(ChangeKind.CONTROL_ADDED, name, null, status));
			}
		});
		Map<String, String> kept = new TreeMap<>(old.controls());
		kept.keySet().retainAll(now.controls().keySet());
		changed(kept, now.controls(), ChangeKind.CONTROL_STATUS_CHANGED, changes);
		old.coverage().forEach((requirement, evidence) -> {
			Evidence after = now.coverage().get(requirement);
			if (after != null && after != evidence) {
				// Evidence is declared from best to worst
				changes.add(new Change(after.compareTo(evidence) < 0 ? ChangeKind.COVERAGE_GAINED : ChangeKind.COVERAGE_LOST, requirement,
						label(evidence), label(after)));
			}
		});
	}

	/** A change of kind {@code kind} for every element of both maps whose value differs. */
	private static void changed(Map<String, String> old, Map<String, String> now, ChangeKind kind, List<Change> changes) {
		old.forEach((name, value) -> {
			if (now.containsKey(name) && !Objects.equals(value, now.get(name))) {
				changes.add(new Change(kind, name, value, now.get(name)));
			}
		});
	}

	/** A finish date, or "unscheduled" for an initiative whose dates a schedule conflict leaves open. */
	private static String date(LocalDate day) {
		return day == null ? "unscheduled" : day.toString();
	}

	private static String label(Evidence evidence) {
		return evidence.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String text(Integer score) {
		return score == null ? null : score.toString();
	}
}
