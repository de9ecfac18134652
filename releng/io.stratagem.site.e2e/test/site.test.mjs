// End to end: `stratagem generate` from the distribution's lib folder on the Acme example, the
// pages in the machine's headless Chromium. Environment: STRATAGEM_LIB (the lib folder),
// STRATAGEM_ROOT (the checkout), E2E_OUTPUT (where screenshots go; target/ of this module).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = process.env.STRATAGEM_ROOT ?? path.resolve(here, '../../..');
const lib = process.env.STRATAGEM_LIB ?? path.join(root, 'releng/io.stratagem.cli.dist/target/stratagem/lib');
const output = process.env.E2E_OUTPUT ?? path.join(here, '../target');
const screenshots = path.join(output, 'screenshots');

let folder;
let site;
let browser;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stratagem-site-e2e-'));
  site = path.join(folder, 'site');
  execFileSync('java', ['-cp', `${lib}/*`, 'io.stratagem.cli.Main', 'generate', path.join(root, 'examples/acme-insurance'), '-o', site],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  fs.mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (folder) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** Opens a page of the site; fails on a script error or on any request that leaves the site's folder. */
async function open(name, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) {
      errors.push(`request outside the site: ${request.url()}`);
    }
  });
  await page.goto(pathToFileURL(path.join(site, name)).href);
  if (options.javaScriptEnabled !== false) {
    await page.waitForSelector('html[data-tables="ready"]');
  }
  return { page, errors, close: () => context.close() };
}

/** The texts of a column (by header) in the visible rows of the page's readiness board. */
async function column(page, index) {
  return page.$$eval('table.board tbody tr:not([hidden])', (rows, i) => rows.map((row) => row.cells[i].textContent.trim()), index);
}

test('clicking a header sorts every table of the readiness board by that column, again the other way', async () => {
  const { page, errors, close } = await open('readiness.html');
  const before = await column(page, 0);
  assert.equal(before.length, 13);
  await page.locator('table.board thead th').first().click();
  const ascending = await column(page, 0);
  const sorted = [...before].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }));
  // each unit's table is sorted on its own: the rows of each table follow the order of the whole
  const tables = await page.$$eval('table.board', (all) => all.map((t) => [...t.tBodies[0].rows].map((r) => r.cells[0].textContent.trim())));
  for (const rows of tables) {
    assert.deepEqual(rows, sorted.filter((name) => rows.includes(name)));
  }
  assert.deepEqual([...ascending].sort(), [...before].sort());
  assert.equal(await page.locator('table.board thead th').first().getAttribute('aria-sort'), 'ascending');
  await page.locator('table.board thead th').first().click();
  assert.equal(await page.locator('table.board thead th').first().getAttribute('aria-sort'), 'descending');
  const descending = await page.$$eval('table.board', (all) => all.map((t) => [...t.tBodies[0].rows].map((r) => r.cells[0].textContent.trim())));
  assert.deepEqual(descending, tables.map((rows) => [...rows].reverse()));
  assert.deepEqual(errors, []);
  await close();
});

test('a number column sorts by value, not as text', async () => {
  const { page, errors, close } = await open('portfolio.html');
  const header = page.locator('table thead th', { hasText: 'WSJF rank' }).first();
  await header.click();
  await header.click();
  const ranks = await page.$$eval('table', (tables) => [...tables[0].tBodies[0].rows].filter((r) => !r.hidden).map((r) => r.cells[2].textContent.trim()));
  const numbers = ranks.filter((r) => r !== '').map(Number);
  assert.ok(numbers.length > 10, ranks.join(','));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
  assert.deepEqual(errors, []);
  await close();
});

test('choosing a value in a column list keeps only its rows and says how many', async () => {
  const { page, errors, close } = await open('readiness.html');
  // the lists are made for the columns with few values: on the example, among others, Data
  const data = page.getByLabel('Filter Data');
  const choices = await data.locator('option').allTextContents();
  assert.equal(choices[0], 'Data: all');
  assert.ok(choices.length >= 3, choices.join(', '));
  const index = (await page.locator('table.board').first().locator('thead th').allTextContents()).indexOf('Data');
  const value = choices[1];
  await data.selectOption(value);
  const kept = await page.$$eval('table.board tbody tr:not([hidden])', (rows, i) => rows.map((row) => row.cells[i].firstChild.textContent.trim()), index);
  assert.ok(kept.length > 0 && kept.length < 13, `${kept.length} of 13`);
  assert.deepEqual(kept, kept.map(() => value));
  assert.equal(await page.locator('.table-count').first().textContent(), `${kept.length} of 13 rows`);
  await data.selectOption('');
  assert.equal((await column(page, 1)).length, 13);
  assert.equal(await page.locator('.table-count').first().textContent(), '13 rows');
  assert.deepEqual(errors, []);
  await close();
});

test('searching keeps the rows holding every word, hides the units without any, and opens the others', async () => {
  const { page, errors, close } = await open('readiness.html');
  await page.getByLabel('Search the table').first().fill('cv pre-screening');
  await page.waitForFunction(() => document.querySelectorAll('table.board tbody tr:not([hidden])').length === 1);
  assert.deepEqual(await column(page, 0), ['CV pre-screening for high-volume hiring']);
  const groups = await page.$$eval('details.group', (all) => all.map((d) => ({ hidden: d.hidden, open: d.open })));
  assert.equal(groups.filter((g) => !g.hidden).length, 1);
  assert.ok(groups.filter((g) => !g.hidden).every((g) => g.open));
  await page.getByLabel('Search the table').first().fill('');
  await page.waitForFunction(() => document.querySelectorAll('table.board tbody tr:not([hidden])').length === 13);
  assert.equal(await page.locator('details.group[hidden]').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('searching a checklist page finds a use case by its name, in its unit', async () => {
  const { page, errors, close } = await open('conformity/eu-ai-act.html');
  const search = page.getByLabel('Search the table').first();
  await search.fill('Applicant risk scoring');
  await page.waitForFunction(() => document.querySelectorAll('section.checklist:not([hidden])').length === 1);
  assert.equal(await page.locator('section.checklist:not([hidden]) h3').textContent(), 'Applicant risk scoring for term life');
  await page.getByLabel('Filter Status').first().selectOption('missing');
  const statuses = await page.$$eval('section.checklist:not([hidden]) tbody tr:not([hidden])', (rows) => rows.map((r) => r.cells[1].textContent.trim()));
  assert.ok(statuses.length > 0);
  assert.deepEqual(statuses, statuses.map(() => 'missing'));
  assert.deepEqual(errors, []);
  await close();
});

test('without JavaScript every table reads as written, with all its rows and no controls', async () => {
  const { page, errors, close } = await open('readiness.html', { javaScriptEnabled: false });
  assert.equal(await page.locator('table.board tbody tr').count(), 13);
  assert.equal(await page.locator('.table-tools').count(), 0);
  assert.equal(await page.locator('details.group:not([open])').count(), 0, 'a short board starts open');
  assert.deepEqual(errors, []);
  await close();
});

test('a long table shows its first 100 rows in the sorted order until all are asked for', async () => {
  // a page of the site's shape with one table of 300 rows, such as the federal portfolio ranking
  const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>use-case-${i + 1}</td><td class="num">${(i * 7) % 300}</td></tr>`).join('');
  fs.writeFileSync(path.join(site, 'long-table.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>long</title>'
    + '<script src="tables.js" defer="defer"></script></head><body><main><table><thead><tr><th>Use case</th><th>Score</th></tr></thead>'
    + `<tbody>${rows}</tbody></table></main></body></html>`);
  const { page, errors, close } = await open('long-table.html');
  const visible = () => page.$$eval('tbody tr:not([hidden])', (all) => all.map((r) => r.cells[1].textContent));
  assert.equal((await visible()).length, 100);
  assert.equal(await page.locator('.table-count').textContent(), '100 of 300 rows');
  await page.locator('th', { hasText: 'Score' }).click();
  await page.locator('th', { hasText: 'Score' }).click();
  assert.deepEqual(await visible(), Array.from({ length: 100 }, (_, i) => String(299 - i)));
  await page.getByLabel('Search the table').fill('use-case-2');
  await page.waitForFunction(() => document.querySelector('.table-count').textContent === '100 of 300 rows, 111 match');
  await page.getByRole('button', { name: 'Show all rows' }).click();
  assert.equal((await visible()).length, 111);
  assert.equal(await page.getByRole('button', { name: 'Show all rows' }).isVisible(), false);
  assert.deepEqual(errors, []);
  await close();
});

/** The text of each page of a PDF, read with pdf.js. */
async function pdfPages(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}

test('printed, a long table repeats its header on every page and the page has no navigation', async () => {
  const { page, close } = await open('conformity/eu-ai-act.html');
  // closed sections print open
  await page.$$eval('details.group', (all) => all.forEach((d) => { d.open = false; }));
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  for (const [index, text] of pages.entries()) {
    for (const link of ['Portfolio', 'Traceability', 'Findings', 'KPIs']) {
      assert.ok(!text.includes(link), `page ${index + 1} shows the navigation (${link}): ${text.slice(0, 200)}`);
    }
  }
  // every use case's checklist is printed, though its section was closed
  for (const name of ['Medical evidence assistant for life underwriting', 'Applicant risk scoring for term life', 'CV pre-screening for high-volume hiring']) {
    assert.ok(pages.some((text) => text.includes(name)), name);
  }
  // page 2 starts inside a table: its header is printed again at the top
  assert.match(pages[1], /^\s*(\S.*?)?Requirement Status Controls/);
  assert.ok(pages[1].indexOf('Requirement Status Controls') < 120, pages[1].slice(0, 300));
  await close();
});

test('the overview and roadmap pages are kept as screenshots', async () => {
  for (const name of ['index', 'roadmap']) {
    const { page, errors, close } = await open(`${name}.html`);
    const file = path.join(screenshots, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 10000, file);
    assert.deepEqual(errors, []);
    await close();
  }
});
