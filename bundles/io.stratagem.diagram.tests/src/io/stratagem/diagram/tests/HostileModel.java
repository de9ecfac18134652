package io.stratagem.diagram.tests;

import io.stratagem.model.Initiative;
import io.stratagem.model.Objective;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemFactory;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.TimeUnit;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;

/**
 * A small model built with the EMF factory whose titles hold markup, quotes, an ampersand and a
 * control character, as text pasted from elsewhere may.
 */
final class HostileModel {

	static final String USE_CASE_TITLE = "<script>alert(\"x\")</script> & 'q'\u0001";
	static final String INITIATIVE_TITLE = "Build ]]> & <b>bold</b> \"now\"";

	final StrategyModel model;
	final Roadmap roadmap;

	HostileModel() {
		StratagemFactory factory = StratagemFactory.eINSTANCE;
		model = factory.createStrategyModel();
		model.setNamespace("evil");
		Objective goal = factory.createObjective();
		goal.setName("Goal");
		goal.setTitle("Grow <fast> & 'safely'");
		UseCase useCase = factory.createUseCase();
		useCase.setName("Bad");
		useCase.setTitle(USE_CASE_TITLE);
		useCase.getObjectives().add(goal);
		roadmap = factory.createRoadmap();
		roadmap.setName("Plan");
		roadmap.setTitle("Plan <2027> & beyond");
		Initiative initiative = factory.createInitiative();
		initiative.setName("Build");
		initiative.setTitle(INITIATIVE_TITLE);
		initiative.setStart(StrategyDate.parse("2027-03"));
		io.stratagem.model.Duration duration = factory.createDuration();
		duration.setAmount(2);
		duration.setUnit(TimeUnit.MONTHS);
		initiative.setDuration(duration);
		initiative.getDeliverables().add(useCase);
		roadmap.getInitiatives().add(initiative);
		model.getElements().add(goal);
		model.getElements().add(useCase);
		model.getElements().add(roadmap);
	}
}
