// Opens every page of a generated site in the machine's headless Chromium and prints, per page, its
// size, its height once the scripts ran, and how long it took to open: navigation to the load event,
// to the first contentful paint, and to the tables script being done (html[data-tables=ready]).
// Usage: node measure.mjs <site folder> [--top N] [--json file] [--skip-folder use-cases]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const site = args[0];
if (!site || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error('usage: node measure.mjs <site folder> [--top N] [--json file]  (the folder stratagem generate wrote)');
  process.exit(2);
}
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 10;
const json = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const skip = args.includes('--skip-folder') ? `${args[args.indexOf('--skip-folder') + 1]}/` : null;

function pages(folder, prefix = '') {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? pages(path.join(folder, entry.name), `${prefix}${entry.name}/`)
    : entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : []).sort();
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
const results = [];
const names = pages(site).filter((name) => !skip || !name.startsWith(skip));
const started = Date.now();
for (const name of names) {
  await page.goto(pathToFileURL(path.join(site, name)).href, { waitUntil: 'load', timeout: 120000 });
  if (await page.$('script[src$="tables.js"]')) {
    await page.waitForSelector('html[data-tables="ready"]', { timeout: 120000 });
  }
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { load: navigation.loadEventEnd - navigation.startTime, paint: paint ? paint.startTime : null,
      ready: document.documentElement.dataset.tables === 'ready' ? performance.now() : null, height: document.documentElement.scrollHeight };
  });
  results.push({ page: name, bytes: fs.statSync(path.join(site, name)).size, ...figures });
  if (results.length % 500 === 0) {
    console.error(`${results.length} of ${names.length} pages`);
  }
}
await browser.close();

const ms = (value) => (value === null ? '-' : `${Math.round(value)} ms`);
const row = (r) => `| ${r.page} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.height.toLocaleString('en')} px | ${ms(r.paint)} | ${ms(r.load)} | ${ms(r.ready)} |`;
const header = '| page | size | height | first paint | load event | tables ready |\n|---|---|---|---|---|---|';
const sorted = (by) => [...results].sort((a, b) => b[by] - a[by]).slice(0, top);
const loads = results.map((r) => r.load).sort((a, b) => a - b);
console.log(`${results.length} pages of ${site} in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} cores`);
console.log(`load event: median ${ms(loads[Math.floor(loads.length / 2)])}, 95th percentile ${ms(loads[Math.floor(loads.length * 0.95)])}, slowest ${ms(loads[loads.length - 1])}`);
console.log(`\nSlowest ${top} to the load event:\n${header}\n${sorted('load').map(row).join('\n')}`);
console.log(`\nTallest ${top}:\n${header}\n${sorted('height').map(row).join('\n')}`);
console.log(`\nLargest ${top}:\n${header}\n${sorted('bytes').map(row).join('\n')}`);
if (json) {
  fs.writeFileSync(json, JSON.stringify(results, null, 1));
}
