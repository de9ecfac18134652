// The small glyph of each strategy graph type, drawn inline as SVG (no font, no image file), the same
// glyphs as the SVG/PNG export (io.stratagem.diagram, render/NodeIcons.java). Each is drawn on a
// 16 by 16 grid in the type's colour (CSS: `.<type> .icon { color: ... }`); `filled` shapes are solid.
import { svg } from '@eclipse-glsp/client';
import type { VNode } from 'snabbdom';

type Shape =
    | { circle: [cx: number, cy: number, r: number]; filled?: boolean }
    | { rect: [x: number, y: number, width: number, height: number, radius?: number]; filled?: boolean }
    | { polygon: number[]; filled?: boolean }
    | { polyline: number[] };

const ICONS: Record<string, Shape[]> = {
    // a target
    objective: [{ circle: [8, 8, 7] }, { circle: [8, 8, 4] }, { circle: [8, 8, 1.5], filled: true }],
    // a spark
    usecase: [{ polygon: [8, 0, 10, 6, 16, 8, 10, 10, 8, 16, 6, 10, 0, 8, 6, 6], filled: true }],
    // a bar chart
    kpi: [{ rect: [1, 9, 3.5, 6], filled: true }, { rect: [6.25, 5, 3.5, 10], filled: true }, { rect: [11.5, 1, 3.5, 14], filled: true }],
    // a warning triangle
    risk: [{ polygon: [8, 1, 15.25, 15, 0.75, 15] }, { polyline: [8, 5.5, 8, 10.5] }, { rect: [7.25, 12, 1.5, 1.5], filled: true }],
    // a shield with a tick
    control: [{ polygon: [8, 0.75, 14.5, 3, 14, 9, 8, 15.25, 2, 9, 1.5, 3] }, { polyline: [5, 8, 7.25, 10.5, 11.25, 5.5] }],
    // stacked discs of a database
    data: [{ rect: [1, 1, 14, 4, 2] }, { rect: [1, 6, 14, 4, 2] }, { rect: [1, 11, 14, 4, 2] }],
    // building blocks
    capability: [{ rect: [1, 9, 6, 6] }, { rect: [9, 9, 6, 6] }, { rect: [5, 1, 6, 6] }],
    // two people
    partner: [
        { circle: [5, 4, 2.5] },
        { circle: [11, 4, 2.5] },
        { polyline: [1, 15, 1, 11.5, 2.5, 9, 7.5, 9, 9, 11.5, 9, 15] },
        { polyline: [7, 15, 7, 11.5, 8.5, 9, 13.5, 9, 15, 11.5, 15, 15] }
    ]
};

/** The strategy graph types that have an icon. */
export const ICON_TYPES = Object.keys(ICONS);

/** The icon of a type as an SVG group of class `icon <type>`, `size` pixels square at (x, y). */
export function renderIcon(type: string, x: number, y: number, size: number): VNode | undefined {
    const shapes = ICONS[type];
    if (!shapes) {
        return undefined;
    }
    const paint = (filled: boolean | undefined): Record<string, string | number> =>
        filled ? { fill: 'currentColor', stroke: 'none' } : { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 };
    const children = shapes.map(shape => {
        if ('circle' in shape) {
            const [cx, cy, r] = shape.circle;
            return svg('circle', { cx, cy, r, ...paint(shape.filled) });
        }
        if ('rect' in shape) {
            const [rx, ry, width, height, radius] = shape.rect;
            return svg('rect', { x: rx, y: ry, width, height, rx: radius ?? 0, ...paint(shape.filled) });
        }
        if ('polygon' in shape) {
            return svg('polygon', { points: shape.polygon.join(' '), ...paint(shape.filled) });
        }
        return svg('polyline', { points: shape.polyline.join(' '), ...paint(false) });
    });
    return svg('g', { 'class-icon': true, ['class-' + type]: true, transform: `translate(${x},${y}) scale(${size / 16})` }, ...children);
}
