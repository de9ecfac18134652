// Page of one diagram: diagram.html?kind=roadmap|strategy[&types=usecase,kpi][&unit=Claims][&token=...].
// Talks to the GLSP endpoint /glsp on the page's own origin (the host checks the token there too).
import 'reflect-metadata';
import '@vscode/codicons/dist/codicon.css';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import './diagram.css';
import {
    BaseJsonrpcGLSPClient,
    FitToScreenAction,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    RedoAction,
    UndoAction
} from '@eclipse-glsp/client';
import type { MessageConnection } from 'vscode-jsonrpc';
import { createStratagemContainer } from './diagram-module';
import { setUpFilters } from './filters';

const params = new URLSearchParams(window.location.search);
const kind = params.get('kind') === 'strategy' ? 'strategy' : 'roadmap';
const token = params.get('token');
const socketUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/glsp${token ? '?token=' + encodeURIComponent(token) : ''}`;

document.title = kind === 'strategy' ? 'Strategy graph' : 'Roadmap';
document.getElementById('title')!.textContent = document.title;
const status = document.getElementById('status')!;

let dispatcher: GLSPActionDispatcher | undefined;

async function open(connection: MessageConnection, isReconnecting = false): Promise<void> {
    const client: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'stratagem-' + kind, connectionProvider: connection });
    const container = createStratagemContainer({ clientId: 'sprotty', diagramType: kind, glspClientProvider: async () => client, sourceUri: kind });
    dispatcher = container.get(GLSPActionDispatcher);
    const options: Record<string, string> = { isReconnecting: String(isReconnecting) };
    for (const option of ['roadmap', 'types', 'unit']) {
        const value = params.get(option);
        if (value) {
            options[option] = value;
        }
    }
    await container.get(DiagramLoader).load({ requestModelOptions: options });
    if (kind === 'strategy') {
        // the graph is wider than a screen: start with all of it in view
        await dispatcher.dispatch(fitAll());
    }
    status.textContent = '';
    document.body.dataset.diagram = 'loaded';
}

new GLSPWebSocketProvider(socketUrl).listen({
    onConnection: connection => open(connection).catch(error => showError(String(error))),
    onReconnect: connection => open(connection, true).catch(error => showError(String(error))),
    logger: console
});

function showError(message: string): void {
    status.textContent = message;
    status.className = 'error';
}

function fitAll(): FitToScreenAction {
    return FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false });
}

document.getElementById('fit')!.addEventListener('click', () => dispatcher?.dispatch(fitAll()));
document.getElementById('undo')!.addEventListener('click', () => dispatcher?.dispatch(UndoAction.create()));
document.getElementById('redo')!.addEventListener('click', () => dispatcher?.dispatch(RedoAction.create()));
if (kind === 'strategy') {
    setUpFilters(params);
}
