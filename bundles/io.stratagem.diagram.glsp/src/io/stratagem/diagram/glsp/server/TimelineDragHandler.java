package io.stratagem.diagram.glsp.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.glsp.gmodel.RoadmapGModel;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * Dragging along the roadmap's timeline: an initiative bar moves its start (snapped to the nearest
 * first of a month) and dragging its end changes its duration in whole months; a milestone moves
 * its due date (snapped to a month's end). Only the horizontal move counts; other shapes do not move.
 */
public class TimelineDragHandler extends WorkspaceOperationHandler<ChangeBoundsOperation> {

	/** Average length of a month, to turn a bar's width into months. */
	private static final double DAYS_PER_MONTH = 365.25 / 12;
	/** Less than this many pixels is a click, not a move. */
	private static final double SLOP = 0.5;

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		List<Function<WorkspaceModel, ModelChange>> gestures = new ArrayList<>();
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			Optional<GNode> shown = modelState.getIndex().getByClass(bounds.getElementId(), GNode.class);
			if (shown.isEmpty()) {
				continue;
			}
			GNode node = shown.get();
			String id = node.getId();
			double dx = bounds.getNewPosition() == null ? 0 : bounds.getNewPosition().getX() - node.getPosition().getX();
			long days = Math.round(dx / RoadmapLayout.PIXELS_PER_DAY);
			if (DiagramTypes.INITIATIVE.equals(node.getType())) {
				if (Math.abs(dx) >= SLOP) {
					LocalDate start = LocalDate.parse((String) node.getArgs().get(RoadmapGModel.START));
					LocalDate newStart = nearestMonthStart(start.plusDays(days));
					gestures.add(model -> editor.moveInitiative(find(model, id, Initiative.class), newStart));
				}
				if (bounds.getNewSize() != null && Math.abs(bounds.getNewSize().getWidth() - node.getSize().getWidth()) >= SLOP) {
					int months = durationMonths(bounds.getNewSize().getWidth());
					gestures.add(model -> editor.resizeInitiative(find(model, id, Initiative.class), months));
				}
			} else if (DiagramTypes.MILESTONE.equals(node.getType()) && Math.abs(dx) >= SLOP) {
				LocalDate newDue = LocalDate.parse((String) node.getArgs().get(RoadmapGModel.DUE)).plusDays(days);
				gestures.add(model -> editor.moveMilestone(find(model, id, Milestone.class), newDue));
			}
		}
		return edit("Move on the timeline", gestures);
	}

	/** The first day of the month nearest to {@code day}: the 16th of a 31-day month rounds up. */
	static LocalDate nearestMonthStart(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		return day.getDayOfMonth() - 1 > day.lengthOfMonth() / 2 ? first.plusMonths(1) : first;
	}

	/** Whole months, at least one, of a bar this many pixels wide. */
	static int durationMonths(double width) {
		return (int) Math.max(1, Math.round(width / RoadmapLayout.PIXELS_PER_DAY / DAYS_PER_MONTH));
	}
}
