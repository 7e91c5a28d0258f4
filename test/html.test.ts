import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { main, type Stream } from '../src/cli.js';
import { boxesOf, projectDir } from './support/runBin.js';

/*
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core. CI installs the
 * browser (.ci/run) and must run this; on a machine without one the test says so and skips.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const haveBrowser = fs.existsSync(executablePath);
const skip =
  haveBrowser || inCi
    ? false
    : `no browser at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH`;

const outputDir = path.join(projectDir, 'test-output');
const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const scenarios = [
  { name: 'not-ready', fixture: 'aanbieder-open', code: 1, verdict: /NIET KLAAR/ },
  { name: 'missed', fixture: 'aanbieder-declaratie-missed', code: 3, verdict: /DEADLINE GEMIST/ },
  { name: 'ready', fixture: 'ready-with-warnings', code: 0, verdict: /^\W*KLAAR/ },
] as const;

const writePage = async (fixture: string, dir: string): Promise<{ file: string; code: number }> => {
  let html = '';
  const stdout: Stream = { write: (t: string) => (html += t) };
  const stderr: Stream = { write: () => true };
  const code = await main({
    argv: [...boxesOf(fixture), '--at', '2018-03-27T12:00:00+02:00', '--format', 'html'],
    cwd: projectDir,
    env: { LANG: 'nl_NL.UTF-8' },
    stdout,
    stderr,
    now: () => 0,
  });
  const file = path.join(dir, `${fixture}.html`);
  fs.writeFileSync(file, html);
  return { file, code };
};

interface Watched {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

describe('the HTML report in a browser', { skip }, () => {
  let context: BrowserContext;
  let profile: string;
  let dir: string;

  before(async () => {
    assert.ok(haveBrowser, `CI must run the browser test: no browser at ${executablePath}`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-html-'));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-chromium-'));
    fs.mkdirSync(outputDir, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 900 },
    });
  });
  after(async () => {
    await context?.close();
    for (const d of [dir, profile])
      if (d !== undefined) fs.rmSync(d, { recursive: true, force: true });
  });

  /** A fresh page that records console errors and every request, and refuses any but the page itself. */
  const open = async (file: string): Promise<Watched> => {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.route('**/*', (route) =>
      route.request().url() === url ? route.continue() : route.abort(),
    );
    await page.goto(url);
    return { page, errors, requests };
  };

  const seriousViolations = async (page: Page) => {
    // Evaluated through the debugging protocol, which the page's CSP does not govern.
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(`axe
      .run({ resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) })))`)) as {
      id: string;
      impact: string | null;
      targets: string[];
    }[];
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };

  for (const scenario of scenarios) {
    it(`${scenario.name}: the verdict, every row and "now" in the right place; no error, no request, no serious accessibility problem`, async () => {
      const { file, code } = await writePage(scenario.fixture, dir);
      assert.equal(code, scenario.code);
      const { page, errors, requests } = await open(file);
      try {
        const verdict = page.locator('#verdict');
        assert.ok(await verdict.isVisible());
        assert.match((await verdict.innerText()).trim(), scenario.verdict);

        // Every row: its dot and label in the picture, its line in the table.
        const rows = await page.$$eval('svg g.row', (gs) =>
          gs.map((g) => {
            const dot = g.querySelector('circle')?.getBoundingClientRect();
            const label = g.querySelector('text')?.getBoundingClientRect();
            return {
              id: g.getAttribute('data-row') ?? '',
              at: Number(g.getAttribute('data-at')),
              x: dot === undefined ? NaN : dot.x + dot.width / 2,
              shown: dot !== undefined && label !== undefined && dot.width > 0 && label.width > 0,
            };
          }),
        );
        assert.ok(rows.length >= 5, `${rows.length} rows`);
        for (const row of rows) {
          assert.ok(row.shown, `${row.id} not drawn`);
          assert.ok(await page.locator(`tr[data-row="${row.id}"]`).isVisible(), row.id);
        }
        // Labels of rows at one instant do not overlap.
        const boxes = await page.$$eval('svg g.row text', (ts) =>
          ts.map((t) => {
            const r = t.getBoundingClientRect();
            return { x: r.x, y: r.y, w: r.width, h: r.height, text: t.textContent ?? '' };
          }),
        );
        for (const a of boxes)
          for (const b of boxes) {
            if (a === b) continue;
            const overlap =
              a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h - 2 && b.y < a.y + a.h - 2;
            assert.ok(!overlap, `"${a.text}" overlaps "${b.text}"`);
          }

        // "Now" (27 mrt 12.00) lies after the last row passed and before the first row ahead, on screen.
        const now = await page.$eval('svg g.now', (g) => {
          const r = g.querySelector('line')?.getBoundingClientRect();
          return {
            at: Number(g.getAttribute('data-at')),
            x: r === undefined ? NaN : r.x + r.width / 2,
          };
        });
        const passed = rows.filter((r) => r.at <= now.at);
        const ahead = rows.filter((r) => r.at > now.at);
        assert.ok(passed.length > 0 && ahead.length > 0);
        assert.ok(Math.max(...passed.map((r) => r.x)) < now.x, 'now before a passed row');
        assert.ok(now.x < Math.min(...ahead.map((r) => r.x)), 'now after a row ahead');

        assert.deepEqual(await seriousViolations(page), []);
        await page.screenshot({
          path: path.join(outputDir, `html-${scenario.name}.png`),
          fullPage: true,
        });

        // Dark mode: a dark page, still readable.
        await page.emulateMedia({ colorScheme: 'dark' });
        const background = (await page.evaluate(
          'getComputedStyle(document.body).backgroundColor',
        )) as string;
        const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
        assert.ok(r + g + b < 150, `dark background, got ${background}`);
        assert.deepEqual(await seriousViolations(page), []);
        await page.screenshot({
          path: path.join(outputDir, `html-${scenario.name}-dark.png`),
          fullPage: true,
        });

        // Print: the timeline prints, and folded lists print open.
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        assert.ok(await page.locator('svg').isVisible());
        const svgWidth = await page.$eval('svg', (s) => s.getBoundingClientRect().width);
        assert.ok(svgWidth > 300, `timeline ${svgWidth} px wide in print`);
        await page.screenshot({
          path: path.join(outputDir, `html-${scenario.name}-print.png`),
          fullPage: true,
        });

        assert.deepEqual(errors, []);
        assert.deepEqual(requests, [pathToFileURL(file).href]);
      } finally {
        await page.close();
      }
    });
  }
});
