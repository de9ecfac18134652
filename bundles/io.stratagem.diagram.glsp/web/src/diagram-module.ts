// The views of Stratagem's element types (the type ids are the server's, see DiagramTypes.java).
import {
    ContainerConfiguration,
    DiamondNodeView,
    FeatureModule,
    GEdge,
    GLabel,
    GLabelView,
    GNode,
    GlspEditLabelUI,
    IDiagramOptions,
    PolylineEdgeViewWithGapsOnIntersections,
    RectangularNodeView,
    RoundedCornerNodeView,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    deletableFeature,
    editLabelFeature,
    initializeDiagramContainer,
    moveFeature,
    resizeFeature,
    selectFeature,
    connectableFeature
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { ArrowEdgeView } from './arrow-edge-view';
import { FullTextEditLabelUI } from './label-edit-ui';
import { ICON_TYPES } from './node-icons';
import { StrategyNodeView } from './strategy-node-view';

const stratagemDiagramModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    configureDefaultModelElements(context);
    bind(FullTextEditLabelUI).toSelf().inSingletonScope();
    rebind(GlspEditLabelUI).toService(FullTextEditLabelUI);
    // the timeline's background: neither selected nor moved
    configureModelElement(context, 'node:quarter', GNode, RectangularNodeView, { disable: [selectFeature, moveFeature, resizeFeature, deletableFeature, connectableFeature] });
    configureModelElement(context, 'node:band', GNode, RectangularNodeView, { disable: [moveFeature, resizeFeature, connectableFeature] });
    configureModelElement(context, 'node:initiative', GNode, RoundedCornerNodeView);
    // a milestone moves along the timeline (its due date), never changes size
    configureModelElement(context, 'node:milestone', GNode, DiamondNodeView, { disable: [resizeFeature, connectableFeature] });
    for (const type of ICON_TYPES) {
        // positions come from the server's layered layout on every change
        configureModelElement(context, 'node:' + type, GNode, StrategyNodeView, { disable: [moveFeature, resizeFeature] });
    }
    configureModelElement(context, 'edge:dependency', GEdge, ArrowEdgeView);
    configureModelElement(context, 'edge:reference', GEdge, ArrowEdgeView);
    configureModelElement(context, 'edge:link', GEdge, PolylineEdgeViewWithGapsOnIntersections);
    configureModelElement(context, 'label:heading', GLabel, GLabelView, { enable: [editLabelFeature] });
    configureModelElement(context, 'label:text', GLabel, GLabelView);
});

export function createStratagemContainer(options: IDiagramOptions, ...containerConfiguration: ContainerConfiguration): Container {
    return initializeDiagramContainer(new Container(), createDiagramOptionsModule(options), stratagemDiagramModule, ...containerConfiguration);
}
