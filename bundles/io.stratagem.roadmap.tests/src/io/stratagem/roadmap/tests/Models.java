package io.stratagem.roadmap.tests;

import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.Dependency;
import io.stratagem.model.DependencyType;
import io.stratagem.model.Duration;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemFactory;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.TimeUnit;
import io.stratagem.model.time.StrategyDate;

/** Small builders for test models made directly with the EMF factory, no parsing. */
final class Models {

	static final StratagemFactory FACTORY = StratagemFactory.eINSTANCE;

	private Models() {
	}

	/** Names the element and adds it to the top-level elements of the model. */
	static <T extends NamedElement> T add(StrategyModel model, T element, String name) {
		element.setName(name);
		model.getElements().add(element);
		return element;
	}

	/** A control of the model with the given status. */
	static Control control(StrategyModel model, String name, ControlStatus status) {
		Control control = add(model, FACTORY.createControl(), name);
		control.setStatus(status);
		return control;
	}

	static Roadmap roadmap() {
		Roadmap roadmap = FACTORY.createRoadmap();
		roadmap.setName("Plan");
		return roadmap;
	}

	static Phase phase(Roadmap roadmap, String name, String start, String end) {
		Phase phase = FACTORY.createPhase();
		phase.setName(name);
		phase.setStart(date(start));
		phase.setEnd(date(end));
		roadmap.getPhases().add(phase);
		return phase;
	}

	static Initiative initiative(Roadmap roadmap, String name, String start, Duration duration) {
		Initiative initiative = initiative(name, start, duration);
		roadmap.getInitiatives().add(initiative);
		return initiative;
	}

	static Initiative initiative(Phase phase, String name, String start, Duration duration) {
		Initiative initiative = initiative(name, start, duration);
		phase.getInitiatives().add(initiative);
		return initiative;
	}

	private static Initiative initiative(String name, String start, Duration duration) {
		Initiative initiative = FACTORY.createInitiative();
		initiative.setName(name);
		initiative.setStart(date(start));
		initiative.setDuration(duration);
		return initiative;
	}

	static Initiative after(Initiative initiative, Initiative target) {
		return after(initiative, target, DependencyType.FINISH_TO_START, null);
	}

	static Initiative after(Initiative initiative, Initiative target, DependencyType type, Duration lag) {
		Dependency dependency = FACTORY.createDependency();
		dependency.setTarget(target);
		dependency.setType(type);
		dependency.setLag(lag);
		initiative.getDependencies().add(dependency);
		return initiative;
	}

	static Milestone milestone(Roadmap roadmap, String name, String date, Initiative... after) {
		Milestone milestone = FACTORY.createMilestone();
		milestone.setName(name);
		milestone.setDate(date(date));
		milestone.getAfter().addAll(java.util.List.of(after));
		roadmap.getMilestones().add(milestone);
		return milestone;
	}

	static Duration months(int amount) {
		return duration(amount, TimeUnit.MONTHS);
	}

	static Duration duration(int amount, TimeUnit unit) {
		Duration duration = FACTORY.createDuration();
		duration.setAmount(amount);
		duration.setUnit(unit);
		return duration;
	}

	static StrategyDate date(String text) {
		return text == null ? null : StrategyDate.parse(text);
	}
}
