// The workbench page: files of the opened folder, Monaco with the Stratagem language server over
// /lsp, the problems the server reports, the two diagrams and the report preview.
import * as vscode from 'vscode';
import * as monaco from '@codingame/monaco-vscode-editor-api';
import { EditorApp } from 'monaco-languageclient/editorApp';
import { configureDefaultWorkerFactory } from 'monaco-languageclient/workerFactory';
import { MonacoVscodeApiWrapper } from 'monaco-languageclient/vscodeApiWrapper';
import { LanguageClientWrapper } from 'monaco-languageclient/lcwrapper';
import { change, isEmpty, merge } from './merge.js';

const LANGUAGE = 'strategy';
const AUTOSAVE_MS = 1500;

const state = {
  root: '',          // file URI of the opened folder, ending in '/'
  path: null,        // open file, relative to the folder
  version: null,     // ETag of the text last read or saved (without a compression suffix)
  savedText: null,   // that text: the file on disk as the editor knows it
  queue: Promise.resolve(), // saves and outside changes, one at a time, in order
  autosave: 0,
  conflict: null,    // { text, version } of the file on disk when it and the editor changed the same place
  view: 'roadmap',
};

const $ = (id) => document.getElementById(id);
const status = (text) => { $('status').textContent = text; };

// The token came in the URL; the server has set its cookie, so the URL need not show it any more.
if (new URLSearchParams(location.search).has('token')) {
  history.replaceState(null, '', location.pathname);
}

/**
 * The version in an ETag. An answer the server compressed carries it with a suffix ("abc--gzip"): the
 * same version of the same bytes.
 */
function versionOf(response) {
  return response.headers.get('ETag')?.replace(/--[A-Za-z0-9]+"$/, '"') ?? null;
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
  // before start: the editor announces its model's changes to the callback known when the model is made
  // (registered after, the first file's typing was never marked unsaved nor saved by itself)
  editorApp.registerOnTextChangedCallback(() => edited());
  state.editorApp = editorApp;
  await editorApp.start($('editor'));
  if (first) {
    opened(first);
  }

  monaco.editor.onDidChangeMarkers(() => showProblems());
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      save();
    }
  }, true);
  $('save').addEventListener('click', () => save());
  $('keep-mine').addEventListener('click', () => resolveConflict(false));
  $('take-theirs').addEventListener('click', () => resolveConflict(true));
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
  state.version = versionOf(response);
  state.savedText = text;
  return text;
}

async function open(path) {
  if (path === state.path) {
    return;
  }
  await save();
  if (state.path !== null && (state.conflict || currentText() !== state.savedText)) {
    status(`${state.path} is not saved: save it (or decide what to keep) before opening another file`);
    return;
  }
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

function model() {
  return state.editorApp.getTextModels().modified;
}

function currentText() {
  return model()?.getValue() ?? '';
}

/**
 * After every change of the editor's text. Unsaved text is saved AUTOSAVE_MS after it was first typed,
 * even while the user keeps typing, so that a long stretch of typing is saved along the way.
 */
function edited() {
  const dirty = state.path !== null && currentText() !== state.savedText;
  $('dirty').hidden = !dirty;
  $('save').disabled = !dirty;
  if (!dirty || state.conflict) {
    clearTimeout(state.autosave);
    state.autosave = 0;
  } else if (!state.autosave) {
    state.autosave = setTimeout(() => {
      state.autosave = 0;
      save();
    }, AUTOSAVE_MS);
  }
}

/** Runs `task` after the saves and outside changes before it. */
function queued(task) {
  state.queue = state.queue.then(task).catch((error) => status(`not saved: ${error.message}`));
  return state.queue;
}

/**
 * Writes the editor's text, with the version it was made from: refused (412) when the file changed on
 * disk meanwhile, and then that change is merged into the editor. The editor's text is never replaced
 * by what was saved: the user may have typed on while the save was under way.
 */
function save() {
  return queued(async () => {
    const path = state.path;
    const text = currentText();
    if (path === null || text === state.savedText || state.conflict) {
      return;
    }
    status(`saving ${path}`);
    const response = await api(`/api/file?path=${encodeURIComponent(path)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain;charset=utf-8', ...(state.version ? { 'If-Match': state.version } : {}) },
      body: text,
    });
    if (response.ok) {
      state.version = versionOf(response);
      state.savedText = text;
      status(`saved ${path}`);
    } else if (response.status === 412) {
      await takeChangeOnDisk(path, `${path} was changed elsewhere (another program, a diagram or another page) and was not saved over`);
    } else {
      status(`not saved: ${await response.text()}`);
    }
    edited();
  });
}

/**
 * Reads the open file from disk and brings a change made elsewhere into the editor as the smallest
 * edit, which keeps the cursor, the selection and the scroll position; unsaved text is kept. When both
 * changed the same place, the user is asked which to keep.
 */
async function takeChangeOnDisk(path, why) {
  const response = await api(`/api/file?path=${encodeURIComponent(path)}`);
  if (!response.ok || path !== state.path) {
    return;
  }
  const version = versionOf(response);
  const theirs = await response.text();
  if (theirs === state.savedText) {
    state.version = version; // the editor's own save, announced
    return;
  }
  const edit = merge(state.savedText, currentText(), theirs);
  if (edit === null) {
    state.conflict = { text: theirs, version };
    $('conflict-text').textContent = `${why}: the file and your unsaved text changed the same lines.`;
    $('conflict').hidden = false;
    status(`${path}: decide which text to keep`);
    edited();
    return;
  }
  state.savedText = theirs;
  state.version = version;
  applyToEditor(edit);
  status(`${why}: its change is now in the editor${currentText() === theirs ? '' : ', with your unsaved text'}`);
  edited();
}

/** Replaces one range of the editor's text, keeping cursor, selection and scroll where they are. */
function applyToEditor(edit) {
  if (isEmpty(edit)) {
    return;
  }
  const text = model();
  const editor = state.editorApp.getEditor();
  const scrollTop = editor.getScrollTop();
  const start = text.getPositionAt(edit.start);
  const end = text.getPositionAt(edit.end);
  text.pushEditOperations(editor.getSelections(), [{
    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
    text: edit.text,
    forceMoveMarkers: false,
  }], () => null);
  editor.setScrollTop(scrollTop);
}

/** The user's answer to a conflict: the file's text (their edit wins) or the editor's (saved over it). */
function resolveConflict(takeTheirs) {
  const conflict = state.conflict;
  if (!conflict) {
    return;
  }
  state.conflict = null;
  $('conflict').hidden = true;
  if (takeTheirs) {
    applyToEditor(change(currentText(), conflict.text));
  }
  state.savedText = conflict.text;
  state.version = conflict.version;
  edited();
  if (!takeTheirs) {
    save();
  }
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

/**
 * Files changed by anyone (a diagram edit, another page, another program): the open one's change is
 * merged into the editor (after any save under way, so that the editor's own save is known as such).
 */
function listenForChanges() {
  const events = new EventSource('/events');
  let refresh = 0;
  events.addEventListener('changed', async (event) => {
    const { files } = JSON.parse(event.data);
    const path = state.path;
    if (path && files.includes(path)) {
      await queued(() => takeChangeOnDisk(path, `${path} was changed elsewhere`));
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
