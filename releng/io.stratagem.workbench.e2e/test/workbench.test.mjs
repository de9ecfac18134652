// End to end: `stratagem serve` from the distribution's lib folder on a copy of the Acme example,
// the page in the machine's headless Chromium. Environment: STRATAGEM_LIB (the lib folder),
// STRATAGEM_ROOT (the checkout), E2E_OUTPUT (where screenshots go; target/ of this module).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = process.env.STRATAGEM_ROOT ?? path.resolve(here, '../../..');
const lib = process.env.STRATAGEM_LIB ?? path.join(root, 'releng/io.stratagem.cli.dist/target/stratagem/lib');
const output = process.env.E2E_OUTPUT ?? path.join(here, '../target');
const screenshots = path.join(output, 'screenshots');

let server;
let url;
let folder;
let browser;

/** Starts `stratagem serve` and resolves with the URL it prints. */
function serve(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-cp', `${lib}/*`, 'io.stratagem.cli.Main', 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    const timer = setTimeout(() => reject(new Error(`stratagem serve printed no URL within 120 s:\n${printed}`)), 120000);
    const read = (chunk) => {
      printed += chunk;
      const match = printed.match(/open (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => { printed += chunk; });
    child.on('exit', (code) => reject(new Error(`stratagem serve ended (${code}):\n${printed}`)));
  });
}

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stratagem-e2e-'));
  fs.cpSync(path.join(root, 'examples/acme-insurance'), folder, { recursive: true });
  ({ child: server, url } = await serve(folder));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  fs.mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const ended = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await ended;
  }
  fs.rmSync(folder, { recursive: true, force: true });
});

test('the page is refused without the token', async () => {
  const page = await browser.newPage();
  const bare = url.replace(/\?token=.*/, '');
  // an error status with an empty body: Chromium shows no page at all
  await assert.rejects(page.goto(bare), /ERR_HTTP_RESPONSE_CODE_FAILURE/);
  const response = await page.request.get(bare);
  assert.equal(response.status(), 403);
  assert.equal(await response.text(), '');
  const wrong = await page.request.get(`${bare}?token=wrong`);
  assert.equal(wrong.status(), 403);
  await page.close();
});

test('an error typed in the editor is listed; the fix is saved to disk', async () => {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url);
  assert.equal(response.status(), 200);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  assert.equal(await page.textContent('#current-file'), 'roadmap.strategy');

  // line 27 of roadmap.strategy: "duration 2 months" of the first initiative
  const line = page.locator('.view-line', { hasText: /duration\s2\smonths/ }).first();
  // near its start: the line element is as wide as the longest line, and its middle would scroll the editor
  await line.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  for (let i = 0; i < 'months'.length + 2; i++) {
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type('two months');
  const problem = page.locator('#problems li.error', { hasText: 'roadmap.strategy:27:' });
  await problem.first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench-error.png') });

  await page.keyboard.press('End');
  for (let i = 0; i < 'two months'.length; i++) {
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type('3 months');
  await page.keyboard.press('Control+s');
  const file = path.join(folder, 'roadmap.strategy');
  const deadline = Date.now() + 30000;
  while (!fs.readFileSync(file, 'utf8').split('\n')[26].includes('duration 3 months') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.match(fs.readFileSync(file, 'utf8').split('\n')[26], /^\s*duration 3 months$/);
  await problem.first().waitFor({ state: 'detached', timeout: 60000 });
  // the save's answer can come after the problem is gone: the workspace's listeners (diagrams, language servers) run first
  await page.locator('#dirty').waitFor({ state: 'hidden', timeout: 30000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

