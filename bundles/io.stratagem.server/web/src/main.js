// The workbench page: files of the opened folder, Monaco with the Stratagem language server over
// /lsp, the problems the server reports, the two diagrams and the report preview.
import * as vscode from 'vscode';
import * as monaco from '@codingame/monaco-vscode-editor-api';
import { EditorApp } from 'monaco-languageclient/editorApp';
import { configureDefaultWorkerFactory } from 'monaco-languageclient/workerFactory';
import { MonacoVscodeApiWrapper } from 'monaco-languageclient/vscodeApiWrapper';
import { LanguageClientWrapper } from 'monaco-languageclient/lcwrapper';

const LANGUAGE = 'strategy';
const AUTOSAVE_MS = 1500;

const state = {
  root: '',          // file URI of the opened folder, ending in '/'
  path: null,        // open file, relative to the folder
  version: null,     // ETag of the text last read or saved
  savedText: null,   // that text
  saving: Promise.resolve(),
  autosave: 0,
  view: 'roadmap',
};

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };

// The token came in the URL; the server has set its cookie, so the URL need not show it any more.
if (new URLSearchParams(location.search).has('token')) {
  history.replaceState(null, '', location.pathname);
}

async function api(url, options = {}) {
  const response = await fetch(url, { credentials: 'same-origin', ...options });
  return response;
}

async function start() {
  const listing = await (await api('/api/files')).json();
  state.root = listing.root.endsWith('/') ? listing.root : listing.root + '/';
  $('folder').textContent = decodeURIComponent(state.root.replace(/^file:\/\//, ''));
  showFiles(listing.files);

  const apiWrapper = new MonacoVscodeApiWrapper({
    $type: 'extended',
    viewsConfig: { $type: 'EditorService' },
    userConfiguration: {
      json: JSON.stringify({
        'workbench.colorTheme': 'Default Light Modern',
        'editor.wordBasedSuggestions': 'off',
        'editor.semanticHighlighting.enabled': true,
      }),
    },
    extensions: [{
      config: {
        name: 'stratagem-language',
        publisher: 'stratagem',
        version: '0.1.0',
        engines: { vscode: '*' },
        contributes: {
          languages: [{ id: LANGUAGE, extensions: ['.strategy'], aliases: ['Strategy'] }],
        },
      },
    }],
    advanced: { enforceSemanticHighlighting: true },
    monacoWorkerFactory: configureDefaultWorkerFactory,
  });
  await apiWrapper.start();

  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/lsp`;
  const languageClient = new LanguageClientWrapper({
    languageId: LANGUAGE,
    connection: { options: { $type: 'WebSocketUrl', url: wsUrl } },
    clientOptions: {
      documentSelector: [LANGUAGE],
      workspaceFolder: { index: 0, name: 'workspace', uri: vscode.Uri.parse(state.root) },
    },
  });
  await languageClient.start();

  const first = listing.files.includes('roadmap.strategy') ? 'roadmap.strategy' : listing.files[0];
  const text = first ? await read(first) : '';
  const editorApp = new EditorApp({
    codeResources: first ? { modified: { text, uri: state.root + first, enforceLanguageId: LANGUAGE } } : undefined,
    editorOptions: { automaticLayout: true, minimap: { enabled: false } },
  });
  await editorApp.start($('editor'));
  state.editorApp = editorApp;
  if (first) {
    opened(first);
  }
  editorApp.registerOnTextChangedCallback(() => edited());

  monaco.editor.onDidChangeMarkers(() => showProblems());
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      save();
    }
  }, true);
  $('save').addEventListener('click', () => save());
  setUpTabs();
  listenForChanges();
  refreshView();
  status('ready');
  document.body.dataset.ready = 'true';
}

function showFiles(files) {
  const list = $('files');
  list.replaceChildren(...files.map((path) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = path;
    button.dataset.path = path;
    button.addEventListener('click', () => open(path));
    item.append(button);
    return item;
  }));
}

async function read(path) {
  const response = await api(`/api/file?path=${encodeURIComponent(path)}`);
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  const text = await response.text();
  state.version = response.headers.get('ETag');
  state.savedText = text;
  return text;
}

async function open(path) {
  if (path === state.path) {
    return;
  }
  await save();
  const text = await read(path);
  await state.editorApp.updateCodeResources({ modified: { text, uri: state.root + path, enforceLanguageId: LANGUAGE } });
  opened(path);
}

function opened(path) {
  state.path = path;
  $('current-file').textContent = path;
  for (const button of document.querySelectorAll('#files button')) {
    button.setAttribute('aria-current', String(button.dataset.path === path));
  }
  edited();
  showProblems();
}

function currentText() {
  return state.editorApp.getTextModels().modified?.getValue() ?? '';
}

function edited() {
  const dirty = state.path !== null && currentText() !== state.savedText;
  $('dirty').hidden = !dirty;
  $('save').disabled = !dirty;
  clearTimeout(state.autosave);
  if (dirty) {
    state.autosave = setTimeout(() => save(), AUTOSAVE_MS);
  }
}

/** Writes the editor's text; one save at a time, each after the one before. */
function save() {
  state.saving = state.saving.then(async () => {
    const path = state.path;
    const text = currentText();
    if (path === null || text === state.savedText) {
      return;
    }
    status(`saving ${path}`);
    const response = await api(`/api/file?path=${encodeURIComponent(path)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain;charset=utf-8', 'If-Match': state.version },
      body: text,
    });
    if (response.ok) {
      state.version = response.headers.get('ETag');
      state.savedText = text;
      status(`saved ${path}`);
    } else if (response.status === 412) {
      status(`${path} was changed elsewhere (a diagram edit or another page): your text is kept; reload the file to see the other change`);
      state.version = response.headers.get('ETag');
    } else {
      status(`not saved: ${await response.text()}`);
    }
    edited();
  }).catch((error) => status(`not saved: ${error.message}`));
  return state.saving;
}

function showProblems() {
  // errors first, then warnings, then the rest; by file and line within each
  const markers = monaco.editor.getModelMarkers({}).filter((marker) => marker.resource.toString().startsWith('file://'))
    .sort((a, b) => b.severity - a.severity || a.resource.toString().localeCompare(b.resource.toString()) || a.startLineNumber - b.startLineNumber);
  const severity = (marker) => marker.severity === monaco.MarkerSeverity.Error ? 'error'
    : marker.severity === monaco.MarkerSeverity.Warning ? 'warning' : 'info';
  const list = $('problems');
  list.replaceChildren(...markers.map((marker) => {
    const item = document.createElement('li');
    item.className = severity(marker);
    const file = decodeURIComponent(marker.resource.toString().substring(state.root.length));
    item.textContent = `${file}:${marker.startLineNumber}:${marker.startColumn} ${marker.message}`;
    item.addEventListener('click', async () => {
      await open(file);
      const editor = state.editorApp.getEditor();
      editor.revealLineInCenter(marker.startLineNumber);
      editor.setPosition({ lineNumber: marker.startLineNumber, column: marker.startColumn });
      editor.focus();
    });
    return item;
  }));
  $('problem-count').textContent = `(${markers.length})`;
}

function setUpTabs() {
  for (const tab of document.querySelectorAll('#tabs button')) {
    tab.addEventListener('click', () => {
      state.view = tab.dataset.view;
      for (const other of document.querySelectorAll('#tabs button')) {
        other.setAttribute('aria-selected', String(other === tab));
        $(`view-${other.dataset.view}`).hidden = other !== tab;
      }
      refreshView();
    });
  }
}

/**
 * Opens the visible diagram (the interactive GLSP page, which redraws itself on every change of the
 * files) or reloads the report, as the files are now.
 */
function refreshView() {
  if (state.view === 'report') {
    $('report-frame').src = `/report/?t=${Date.now()}`;
    return;
  }
  const frame = $(`${state.view}-frame`);
  if (!frame.getAttribute('src')) {
    frame.src = `/diagram/diagram.html?kind=${state.view}`;
  }
}

/** Files changed by anyone (a diagram edit, another page): reload the open one if it has no unsaved text. */
function listenForChanges() {
  const events = new EventSource('/events');
  let refresh = 0;
  events.addEventListener('changed', async (event) => {
    const { files } = JSON.parse(event.data);
    if (state.path && files.includes(state.path) && currentText() === state.savedText) {
      const response = await api(`/api/file?path=${encodeURIComponent(state.path)}`);
      const etag = response.headers.get('ETag');
      if (response.ok && etag !== state.version) {
        const text = await response.text();
        state.version = etag;
        state.savedText = text;
        state.editorApp.getTextModels().modified?.setValue(text);
      }
    }
    clearTimeout(refresh);
    refresh = setTimeout(refreshView, 300);
    const listing = await (await api('/api/files')).json();
    showFiles(listing.files);
    opened(state.path);
  });
}

start().catch((error) => {
  status(`the workbench could not start: ${error.message}`);
  console.error(error);
});
