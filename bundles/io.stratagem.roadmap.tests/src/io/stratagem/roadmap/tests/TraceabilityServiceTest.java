package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Objective;
import io.stratagem.model.Risk;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.trace.FrameworkCoverage;
import io.stratagem.roadmap.trace.Link;
import io.stratagem.roadmap.trace.Traceability;
import io.stratagem.roadmap.trace.TraceabilityService;

/** The four matrices and framework coverage on a small model. */
class TraceabilityServiceTest {

	private final StrategyModel model = FACTORY.createStrategyModel();
	private Objective o1, o2;
	private UseCase u1, u2, u3;
	private KPI k1, k2;
	private Risk r1, r2;
	private Control c1, c2, c3;
	private FrameworkRequirement q1, q2, q3, q4, q5;
	private Traceability trace;

	@BeforeEach
	void model() {
		o1 = add(FACTORY.createObjective(), "O1");
		o2 = add(FACTORY.createObjective(), "O2");
		k1 = add(FACTORY.createKPI(), "K1");
		k2 = add(FACTORY.createKPI(), "K2");
		u1 = add(FACTORY.createUseCase(), "U1");
		u2 = add(FACTORY.createUseCase(), "U2");
		u3 = add(FACTORY.createUseCase(), "U3");
		q1 = requirement("Q1", Framework.EU_AI_ACT);
		q2 = requirement("Q2", Framework.EU_AI_ACT);
		q3 = requirement("Q3", Framework.NIST_AI_RMF);
		q4 = requirement("Q4", Framework.EU_AI_ACT);
		q5 = requirement("Q5", Framework.ISO42001);
		c1 = control("C1", ControlStatus.PLANNED, q2, q1);
		c2 = control("C2", ControlStatus.RETIRED, q3);
		c3 = control("C3", ControlStatus.OPERATING, q2);
		r1 = add(FACTORY.createRisk(), "R1");
		r2 = add(FACTORY.createRisk(), "R2");
		u1.getObjectives().add(o1);
		u1.getKpis().add(k1);
		u2.getObjectives().addAll(List.of(o2, o1));
		r1.getControls().add(c1);
		trace = new TraceabilityService().trace(List.of(model));
	}

	@Test
	void objectiveByUseCase() {
		assertEquals(List.of(new Link<>(o1, u1), new Link<>(o1, u2), new Link<>(o2, u2)), trace.objectiveUseCase().links());
		assertEquals(List.of(o1, o2), trace.objectiveUseCase().rows());
		assertEquals(List.of(u3), trace.objectiveUseCase().unlinkedColumns());
		assertEquals(List.of(), trace.objectiveUseCase().unlinkedRows());
		assertEquals(List.of(o1, o2), trace.objectiveUseCase().rowsOf(u2));
	}

	@Test
	void useCaseByKpi() {
		assertEquals(List.of(new Link<>(u1, k1)), trace.useCaseKpi().links());
		assertEquals(List.of(k2), trace.useCaseKpi().unlinkedColumns());
		assertEquals(List.of(u2, u3), trace.useCaseKpi().unlinkedRows());
	}

	@Test
	void riskByControl() {
		assertTrue(trace.riskControl().linked(r1, c1));
		assertFalse(trace.riskControl().linked(r2, c1));
		assertEquals(List.of(r2), trace.riskControl().unlinkedRows());
		assertEquals(List.of(c2, c3), trace.riskControl().unlinkedColumns());
	}

	@Test
	void controlByRequirementInModelOrder() {
		assertEquals(List.of(new Link<>(c1, q1), new Link<>(c1, q2), new Link<>(c2, q3), new Link<>(c3, q2)), trace.controlRequirement().links());
		assertEquals(List.of(q1, q2), trace.controlRequirement().columnsOf(c1));
	}

	/** EU AI Act: Q1 and Q2 satisfied, only Q2 by an operating control, Q4 open. NIST: Q3 only by a retired control. */
	@Test
	void coveragePerFrameworkPresent() {
		assertEquals(List.of(
				new FrameworkCoverage(Framework.EU_AI_ACT, List.of(q1, q2, q4), List.of(q1, q2), List.of(q2), List.of(q4)),
				new FrameworkCoverage(Framework.NIST_AI_RMF, List.of(q3), List.of(), List.of(), List.of(q3)),
				new FrameworkCoverage(Framework.ISO42001, List.of(q5), List.of(), List.of(), List.of(q5))), trace.coverage());
		assertEquals(200.0 / 3, trace.coverage().get(0).percentSatisfied(), 1e-9);
	}

	private Control control(String name, ControlStatus status, FrameworkRequirement... requirements) {
		Control control = Models.control(model, name, status);
		control.getRequirements().addAll(List.of(requirements));
		return control;
	}

	private FrameworkRequirement requirement(String name, Framework framework) {
		FrameworkRequirement requirement = add(FACTORY.createFrameworkRequirement(), name);
		requirement.setFramework(framework);
		return requirement;
	}

	private <T extends NamedElement> T add(T element, String name) {
		return Models.add(model, element, name);
	}
}
