// The small glyph of each strategy graph type, drawn inline as SVG (no font, no image file). The glyphs
// are defined once, in io.stratagem.diagram's render/node-icons.json, which the SVG/PNG export draws too
// (NodeGlyphs.java, NodeIcons.java); esbuild bundles the file into the client. Each is drawn on the
// file's grid in the type's colour (CSS: `.<type> .icon { color: ... }`); `filled` shapes are solid.
import { svg } from '@eclipse-glsp/client';
import type { VNode } from 'snabbdom';
import glyphFile from '../../../io.stratagem.diagram/src/io/stratagem/diagram/render/node-icons.json';

type Shape =
    | { circle: number[]; filled?: boolean }
    | { rect: number[]; filled?: boolean }
    | { polygon: number[]; filled?: boolean }
    | { polyline: number[] };

interface GlyphFile {
    grid: number;
    lineWidth: number;
    icons: Record<string, { depicts: string; shapes: Shape[] }>;
}

const GLYPHS: GlyphFile = glyphFile;

/** The strategy graph types that have an icon. */
export const ICON_TYPES = Object.keys(GLYPHS.icons);

/** The icon of a type as an SVG group of class `icon <type>`, `size` pixels square at (x, y). */
export function renderIcon(type: string, x: number, y: number, size: number): VNode | undefined {
    const shapes = GLYPHS.icons[type]?.shapes;
    if (!shapes) {
        return undefined;
    }
    const paint = (filled: boolean | undefined): Record<string, string | number> =>
        filled ? { fill: 'currentColor', stroke: 'none' } : { fill: 'none', stroke: 'currentColor', 'stroke-width': GLYPHS.lineWidth };
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
    return svg('g', { 'class-icon': true, ['class-' + type]: true, transform: `translate(${x},${y}) scale(${size / GLYPHS.grid})` }, ...children);
}
