// In-place label editing that starts from the whole label: a strategy graph node shows a long title
// broken into lines, and its first line carries the whole text (argument `fullText`, set by the
// server's StrategyGModel), so that an edit replaces the title rather than its first line.
import { GlspEditLabelUI } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class FullTextEditLabelUI extends GlspEditLabelUI {
    protected override applyTextContents(): void {
        super.applyTextContents();
        const fullText = (this.label as { args?: Record<string, unknown> } | undefined)?.args?.fullText;
        if (typeof fullText === 'string') {
            this.editControl.value = fullText;
        }
    }
}
