// A strategy graph node: the rounded shape and labels, with the icon of its type before the caption.
import { GNode, Hoverable, RenderingContext, RoundedCornerNodeView, Selectable } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';
import { renderIcon } from './node-icons';

/** Where the icon sits in the node; the server places the caption to its right (StrategyGModel.CAPTION_X). */
const ICON_X = 8;
const ICON_Y = 3;
const ICON_SIZE = 12;

@injectable()
export class StrategyNodeView extends RoundedCornerNodeView {
    override render(node: Readonly<GNode & Hoverable & Selectable>, context: RenderingContext): VNode | undefined {
        const view = super.render(node, context);
        const icon = renderIcon(node.type.substring('node:'.length), ICON_X, ICON_Y, ICON_SIZE);
        if (view && icon) {
            view.children = [...(view.children ?? []), icon];
        }
        return view;
    }
}
