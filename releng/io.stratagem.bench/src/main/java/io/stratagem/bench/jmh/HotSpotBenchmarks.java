/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import com.google.inject.Injector;

import io.stratagem.cli.synth.SyntheticModelGenerator;
import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.RequirementCoverage;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;

/**
 * JMH benchmarks of the hot spots found by profiling the 100k-element model: name lookup in the
 * scope of a cross-reference, the control coverage that the EU AI Act and OMB rules compute per
 * use case, and the roadmap scheduler. The model is a synthetic one of {@code useCases} use cases,
 * loaded and linked once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotSpotBenchmarks {

	@Param("600")
	public int useCases;

	private Path folder;
	private Injector injector;
	private ModelSet models;
	private List<UseCase> allUseCases;
	private List<QualifiedName> objectiveNames;
	private IScope objectiveScope;
	private RequirementCoverage coverage;
	private Roadmap roadmap;
	private final ScheduleService scheduler = new ScheduleService();

	@Setup(Level.Trial)
	public void load() throws Exception {
		injector = StrategyStandaloneSetup.doSetup();
		folder = Files.createTempDirectory("stratagem-jmh");
		for (Map.Entry<String, String> file : injector.getInstance(SyntheticModelGenerator.class).generate(useCases, 1).entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
		models = injector.getInstance(ModelSetLoader.class).load(List.of(folder));
		for (Resource resource : models.resources().values()) {
			EcoreUtil2.resolveAll(resource);
		}
		ModelIndex index = ModelIndex.ofModels(models.resources().values().stream()
				.flatMap(r -> r.getContents().stream()).map(io.stratagem.model.StrategyModel.class::cast).toList());
		allUseCases = index.all(UseCase.class);
		roadmap = index.all(Roadmap.class).get(0);
		coverage = injector.getInstance(RequirementCoverage.class);
		IQualifiedNameConverter converter = injector.getInstance(IQualifiedNameConverter.class);
		objectiveNames = new ArrayList<>();
		index.all(io.stratagem.model.Objective.class).forEach(o -> objectiveNames.add(converter.toQualifiedName(o.getName())));
		objectiveScope = injector.getInstance(IScopeProvider.class).getScope(allUseCases.get(0), StratagemPackage.Literals.USE_CASE__OBJECTIVES);
	}

	@TearDown(Level.Trial)
	public void delete() throws Exception {
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** Scoping: a fresh scope for a use case's objectives, then every objective looked up by simple name (imports applied). */
	@Benchmark
	public void scopeLookupOfEveryObjective(Blackhole sink) {
		IScope scope = injector.getInstance(IScopeProvider.class).getScope(allUseCases.get(0), StratagemPackage.Literals.USE_CASE__OBJECTIVES);
		for (QualifiedName name : objectiveNames) {
			sink.consume(scope.getSingleElement(name));
		}
	}

	/** Scoping: the library scope behind it, asked for a name the workspace does not have. */
	@Benchmark
	public Object scopeLookupOfAMissingName() {
		return objectiveScope.getSingleElement(QualifiedName.create("NoSuchObjective"));
	}

	/** Rule family EUAI/OMB: the controls and satisfied requirement codes of every use case, index built once as in a validation run. */
	@Benchmark
	public void controlCoverageOfEveryUseCase(Blackhole sink) {
		ModelIndex index = ModelIndex.ofModels(models.resources().values().stream()
				.flatMap(r -> r.getContents().stream()).map(io.stratagem.model.StrategyModel.class::cast).toList());
		for (UseCase useCase : allUseCases) {
			sink.consume(coverage.satisfiedCodes(coverage.controlsOf(useCase, index)));
		}
	}

	/** The roadmap scheduler (critical path method) on the model's roadmap. */
	@Benchmark
	public Object scheduleTheRoadmap() {
		return scheduler.schedule(roadmap);
	}
}
