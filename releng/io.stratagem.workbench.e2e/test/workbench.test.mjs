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
  const deadline = Date.now() + 60000;
  while (!fs.readFileSync(file, 'utf8').split('\n')[26].includes('duration 3 months') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.match(fs.readFileSync(file, 'utf8').split('\n')[26], /^\s*duration 3 months$/);
  await problem.first().waitFor({ state: 'detached', timeout: 60000 });
  // the save's answer can come after the problem is gone: the workspace's listeners (diagrams, language servers) run first
  await page.locator('#dirty').waitFor({ state: 'hidden', timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench.png') });
  assert.deepEqual(errors, []);
  await page.close();
});


test('a bar dragged by a quarter and a KPI from the palette are written to the files', async () => {
  const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  const roadmap = page.frameLocator('#roadmap-frame');
  const bar = roadmap.locator('[id="sprotty_acme.delivery.CloudTenancy"]');
  await bar.waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench-roadmap.png') });

  const file = path.join(folder, 'roadmap.strategy');
  const before = fs.readFileSync(file, 'utf8');
  const box = await bar.boundingBox();
  const quarter = 91 * 1.25; // RoadmapLayout.PIXELS_PER_DAY
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 4; // on the bar, below its title
  await page.mouse.click(x, y);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + quarter / 2, y, { steps: 5 });
  await page.mouse.move(x + quarter, y, { steps: 5 });
  await page.mouse.up();

  const deadline = Date.now() + 60000;
  while (fs.readFileSync(file, 'utf8') === before && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const expected = before.replace('tenancy" {\n\t\t\tstart 2027-01', 'tenancy" {\n\t\t\tstart 2027-04');
  assert.notEqual(expected, before);
  assert.equal(fs.readFileSync(file, 'utf8'), expected, 'only the start of CloudTenancy changed, to the month one quarter later');
  // drawn again from the files: the bar now starts on 1 April (90 days after the timeline's 1 January)
  await page.frame({ url: /kind=roadmap/ }).waitForFunction((selector) => {
    const transform = document.querySelector(selector)?.getAttribute('transform') ?? '';
    const moved = /translate\(\s*([-\d.]+)/.exec(transform);
    return moved !== null && Math.abs(Number(moved[1]) - (200 + 90 * 1.25)) < 0.5;
  }, '[id="sprotty_acme.delivery.CloudTenancy"]', { timeout: 60000 });
  // the editor shows the change too (roadmap.strategy is the open file and has no unsaved text)
  await page.locator('.view-line', { hasText: /start\s2027-04/ }).first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench-roadmap-moved.png') });

  // a milestone dragged by a quarter: due at the end of October instead of July
  const movedText = fs.readFileSync(file, 'utf8');
  // the tool palette floats over the timeline's top right, where the drag ends: fold it away first
  await roadmap.locator('.minimize-palette-button i').click();
  // the page's hidden copy, where labels are measured, holds the milestone too
  const diamond = roadmap.locator('#sprotty [id="sprotty_acme.delivery.FirstModelLive"]');
  const mark = await diamond.boundingBox(); // the diamond (14 px) and its title to its right
  const mx = mark.x + 7;
  const my = mark.y + 7;
  await page.mouse.click(mx, my);
  await page.mouse.move(mx, my);
  await page.mouse.down();
  await page.mouse.move(mx + quarter / 2, my, { steps: 5 });
  await page.mouse.move(mx + 92 * 1.25, my, { steps: 5 });
  await page.mouse.up();
  const milestoneDeadline = Date.now() + 60000;
  while (fs.readFileSync(file, 'utf8') === movedText && Date.now() < milestoneDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(fs.readFileSync(file, 'utf8'), movedText.replace('in production" at 2027-07 {', 'in production" at 2027-10 {'), 'only the date of FirstModelLive changed');

  await page.click('#tabs button[data-view="strategy"]');
  const strategy = page.frameLocator('#strategy-frame');
  await strategy.locator('body[data-diagram=loaded] [id="sprotty_acme.usecases.ClaimsTriage"]').waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench-strategy.png') });
  // every node shows the icon of its type (node-icons.ts), each type its own
  const types = ['objective', 'usecase', 'kpi', 'risk', 'control', 'data', 'capability', 'partner'];
  const icons = await page.frame({ url: /kind=strategy/ }).evaluate((types) => [...document.querySelectorAll('g.node')].map((node) => {
    const type = [...node.classList].find((c) => types.includes(c));
    const icon = node.querySelector(':scope > g.icon');
    return `${type}:${icon?.getAttribute('class') ?? 'none'}:${icon?.childElementCount ?? 0}`;
  }), types);
  assert.ok(icons.length > 100, `${icons.length} nodes`);
  for (const shown of icons) {
    const [type, iconClass, shapes] = shown.split(':');
    assert.ok(types.includes(type), shown);
    assert.equal(iconClass, `icon ${type}`, shown);
    assert.ok(Number(shapes) > 0, shown);
  }
  assert.deepEqual([...new Set(icons.map((shown) => shown.split(':')[0]))].sort(), [...types].sort());
  // a close-up where the icons can be seen: the elements of the Claims unit, at full size
  const closeUp = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await closeUp.goto(url.replace(/\/\?token=/, '/diagram/diagram.html?kind=strategy&unit=Claims&token='));
  await closeUp.locator('body[data-diagram=loaded] g.node .icon').first().waitFor({ timeout: 60000 });
  await closeUp.screenshot({ path: path.join(screenshots, 'workbench-strategy-icons.png') });
  await closeUp.close();
  await strategy.locator('.tool-palette').getByText('KPI', { exact: true }).click();
  const canvas = await strategy.locator('#sprotty').boundingBox();
  // the header strip above the layered graph holds no element: the KPI is created unconnected
  await page.mouse.click(canvas.x + 15, canvas.y + 15);
  const kpis = path.join(folder, 'kpis.strategy');
  const kpiDeadline = Date.now() + 60000;
  while (!fs.readFileSync(kpis, 'utf8').includes('\nkpi NewKpi') && Date.now() < kpiDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.match(fs.readFileSync(kpis, 'utf8'), /\n\nkpi NewKpi\n$/);
  await strategy.locator('#fit').click();
  await strategy.locator('[id$=".NewKpi"]').first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(screenshots, 'workbench-strategy-new-kpi.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

/** Resolves when `holds(text of file)` is true; rejects with the last text after `ms`. */
async function fileBecomes(file, holds, ms = 60000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (holds(text)) {
      return text;
    }
    if (Date.now() > deadline) {
      throw new Error(`${file} did not become as expected within ${ms} ms; it is now:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A page of the workbench, ready, with the cursor at the end of the line that matches `line`. */
async function pageWithCursorAtEndOf(line) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const saves = [];
  page.on('response', (response) => {
    if (response.request().method() === 'PUT' && response.url().includes('/api/file?')) {
      saves.push(response.status());
    }
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  assert.equal(await page.textContent('#current-file'), 'roadmap.strategy');
  await page.locator('.view-line', { hasText: line }).first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  return { page, errors, saves };
}

const STATUS_LINE = '// Status is as of the 2027 year-end review.';
/** That line as the tests before have left it (typed on at its end). */
const STATUS_LINE_NOW = /^(\/\/ Status is as of the 2027 year-end review\.[^\n]*)$/m;

test('typing on across several autosaves: every key lands where the cursor is, the file holds exactly what was typed', async () => {
  const file = path.join(folder, 'roadmap.strategy');
  const before = fs.readFileSync(file, 'utf8');
  assert.ok(before.includes(`\n${STATUS_LINE}\n`));
  const { page, errors, saves } = await pageWithCursorAtEndOf(/Status\sis\sas\sof\sthe\s2027/);
  // without a pause longer than a key stroke until three saves have been answered (at most 200 words)
  let typed = '';
  for (let word = 0; (saves.length < 3 || word < 10) && word < 200; word++) {
    const next = ` w${word}`;
    await page.keyboard.type(next, { delay: 20 });
    typed += next;
  }
  assert.ok(saves.length >= 3, `${saves.length} saves while typing`);
  await page.keyboard.type(' end');
  typed += ' end';
  const expected = before.replace(`\n${STATUS_LINE}\n`, `\n${STATUS_LINE}${typed}\n`);
  await page.locator('#dirty').waitFor({ state: 'hidden', timeout: 60000 });
  assert.equal(await fileBecomes(file, (text) => text === expected), expected);
  // every save went through: none was refused for the version of a compressed answer (412)
  assert.deepEqual([...new Set(saves)], [200]);
  // the cursor is still where typing continues
  await page.keyboard.type('!');
  await page.locator('#dirty').waitFor({ state: 'hidden', timeout: 60000 });
  await fileBecomes(file, (text) => text === expected.replace(`${typed}\n`, `${typed}!\n`));
  await page.screenshot({ path: path.join(screenshots, 'workbench-typed.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a change made by another program is merged into the open editor; the cursor stays', async () => {
  const file = path.join(folder, 'roadmap.strategy');
  const before = fs.readFileSync(file, 'utf8');
  const { page, errors } = await pageWithCursorAtEndOf(/Status\sis\sas\sof\sthe\s2027/);
  // above the cursor: a new first line and a changed third one
  const theirs = `// checked out by another program\n${before.replace('no gaps.', 'no gaps at all.')}`;
  assert.notEqual(theirs.replace('no gaps at all.', 'no gaps.'), before);
  fs.writeFileSync(file, theirs);
  await page.locator('.view-line', { hasText: /checked\sout\sby\sanother\sprogram/ }).first().waitFor({ timeout: 60000 });
  await page.keyboard.type(' typed after');
  await page.locator('#dirty').waitFor({ state: 'hidden', timeout: 60000 });
  const expected = theirs.replace(STATUS_LINE_NOW, '$1 typed after');
  assert.equal(await fileBecomes(file, (text) => text === expected), expected);
  assert.deepEqual(errors, []);
  await page.close();
});

test('unsaved text and another program changed the same line: nothing is overwritten, the page asks', async () => {
  const file = path.join(folder, 'roadmap.strategy');
  const before = fs.readFileSync(file, 'utf8');
  const { page, errors } = await pageWithCursorAtEndOf(/Status\sis\sas\sof\sthe\s2027/);
  await page.keyboard.type(' mine');
  const theirs = before.replace(STATUS_LINE_NOW, '// Status is as of the 2028 review.');
  fs.writeFileSync(file, theirs);
  // whichever comes first, the announcement of the change or the autosave (refused: 412), the page asks
  await page.locator('#conflict').waitFor({ state: 'visible', timeout: 60000 });
  assert.match(await page.textContent('#conflict-text'), /changed elsewhere/);
  assert.equal(fs.readFileSync(file, 'utf8'), theirs, 'the other program\'s edit is kept');
  await page.screenshot({ path: path.join(screenshots, 'workbench-conflict.png') });
  await page.click('#keep-mine');
  const mine = before.replace(STATUS_LINE_NOW, '$1 mine');
  assert.equal(await fileBecomes(file, (text) => text === mine), mine);
  await page.locator('#conflict').waitFor({ state: 'hidden', timeout: 60000 });
  assert.deepEqual(errors, []);
  await page.close();
});
