package io.stratagem.roadmap.conformity;

import java.util.List;

import io.stratagem.model.UseCase;

/** The requirements of a framework that apply to one use case, in library order. */
public record UseCaseChecklist(UseCase useCase, List<ChecklistItem> items) {

	public UseCaseChecklist {
		items = List.copyOf(items);
	}

	public long count(Evidence evidence) {
		return items.stream().filter(i -> i.evidence() == evidence).count();
	}
}
