// End to end in the machine's headless Chromium: node test/e2e.mjs <base URL of a host serving the
// diagram page and /glsp> <folder for screenshots>. Drags the CloudTenancy bar of the Acme example
// by one quarter and checks the diagram is drawn again with the bar moved; creates a KPI from the
// strategy graph's palette and checks it is drawn. The host test checks the files on disk.
import { chromium } from 'playwright-core';

const [base, output] = process.argv.slice(2);
if (!base || !output) {
    console.error('usage: node test/e2e.mjs <base URL> <screenshot folder>');
    process.exit(2);
}
const QUARTER_PX = 91 * 1.25; // RoadmapLayout.PIXELS_PER_DAY
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
const failures = [];
function check(condition, message) {
    if (!condition) {
        failures.push(message);
        console.error('FAILED: ' + message);
    }
}
try {
    const page = await browser.newPage({ viewport: { width: 1800, height: 1100 } });
    page.on('console', message => message.type() === 'error' && console.error('page: ' + message.text()));
    page.on('pageerror', error => console.error('page error: ' + error.message));
    // the operations the client sends, to tell what a gesture became
    page.on('websocket', socket =>
        socket.on('framesent', frame => {
            const kind = /"kind":"(compound|changeBounds|createNode|createEdge|deleteElement|applyLabelEdit)"/.exec(String(frame.payload));
            if (kind) {
                console.log('sent ' + String(frame.payload).slice(0, 400));
            }
        })
    );

    const started = Date.now();
    await page.goto(new URL('diagram.html?kind=roadmap', base).href);
    const bar = page.locator('[id="sprotty_acme.delivery.CloudTenancy"]');
    await bar.waitFor({ timeout: 30000 });
    console.log(`roadmap drawn ${Date.now() - started} ms after opening the page`);
    await page.screenshot({ path: `${output}/roadmap.png`, fullPage: true });
    const before = await bar.boundingBox();
    const x = before.x + before.width / 2;
    const y = before.y + before.height - 4; // below the title, which is a label of its own
    await page.mouse.click(x, y);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + QUARTER_PX / 2, y, { steps: 5 });
    await page.mouse.move(x + QUARTER_PX, y, { steps: 5 });
    await page.mouse.up();
    // drawn again from the model: the bar starts on 1 April, 90 days after 1 January (x 200 + 112.5)
    await page.waitForFunction(
        selector => {
            const transform = document.querySelector(selector)?.getAttribute('transform') ?? '';
            const x = /translate\(\s*([-\d.]+)/.exec(transform);
            return x !== null && Math.abs(Number(x[1]) - (200 + 90 * 1.25)) < 0.5;
        },
        '[id="sprotty_acme.delivery.CloudTenancy"]',
        { timeout: 20000 }
    ).catch(async () => {
        const transform = await bar.getAttribute('transform');
        check(false, 'the moved bar was not drawn again at 1 April: ' + transform);
    });
    await page.screenshot({ path: `${output}/roadmap-moved.png`, fullPage: true });

    await page.goto(new URL('diagram.html?kind=strategy', base).href);
    // drawn and fitted to the window (elements outside the view are not rendered)
    await page.locator('body[data-diagram=loaded] [id="sprotty_acme.usecases.ClaimsTriage"]').waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${output}/strategy.png`, fullPage: true });
    await page.locator('.tool-palette').getByText('KPI', { exact: true }).click();
    const canvas = await page.locator('#sprotty').boundingBox();
    // the header strip above the layered graph holds no element: the KPI is created unconnected
    await page.mouse.click(canvas.x + 15, canvas.y + 15);
    await page.waitForTimeout(1000);
    await page.locator('#fit').click();
    await page.locator('[id$=".NewKpi"]').first().waitFor({ timeout: 20000 }).catch(() => check(false, 'the new KPI was not drawn'));
    await page.screenshot({ path: `${output}/strategy-new-kpi.png`, fullPage: true });
} finally {
    await browser.close();
}
if (failures.length > 0) {
    process.exit(1);
}
console.log('diagrams edited in Chromium');
