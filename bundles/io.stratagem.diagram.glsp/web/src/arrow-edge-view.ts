// An edge with an arrow head at its target: dependencies point from the initiative depended on to
// the dependant, references from the element that refers to the one referred to.
import { GEdge, GEdgeView, Point, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';

const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;

@injectable()
export class ArrowEdgeView extends GEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const tip = segments[segments.length - 1];
        const from = segments[segments.length - 2];
        const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
        const along = (length: number, side: number): string => {
            const x = tip.x - length * Math.cos(angle) - side * Math.sin(angle);
            const y = tip.y - length * Math.sin(angle) + side * Math.cos(angle);
            return `${x},${y}`;
        };
        const head = svg('polygon', {
            'class-arrow-head': true,
            points: `${tip.x},${tip.y} ${along(ARROW_LENGTH, ARROW_HALF_WIDTH)} ${along(ARROW_LENGTH, -ARROW_HALF_WIDTH)}`
        });
        return [...additionals, head];
    }
}
