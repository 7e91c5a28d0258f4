import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Chalk } from 'chalk';
import { main, type Stream } from '../src/cli.js';
import type { JudgedFile } from '../src/core/evaluate.js';
import type { Box } from '../src/data/types.js';
import { catalogue, type MessageId } from '../src/data/catalogue.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { escapeHtml, renderHtml } from '../src/report/html.js';
import { formatNames } from '../src/report/reporters.js';
import { examplesPerGroup } from '../src/report/view.js';
import { words } from '../src/report/words/index.js';
import { infoFor } from './support/info.js';
import { personalData } from './support/messages.js';
import { boxesOf, projectDir } from './support/runBin.js';
import { judge } from './support/judge.js';

const amsterdam = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+02:00`);

/** Runs the CLI in-process and returns what it wrote to stdout, with the exit code. */
const cli = async (argv: string[], env: Record<string, string> = {}) => {
  let stdout = '';
  let stderr = '';
  const out: Stream = { write: (t: string) => (stdout += t) };
  const err: Stream = { write: (t: string) => (stderr += t) };
  const code = await main({
    argv,
    cwd: projectDir,
    env: { LANG: 'nl_NL.UTF-8', ...env },
    stdout: out,
    stderr: err,
    now: () => amsterdam('2018-03-27 12:00'),
  });
  return { code, stdout, stderr };
};

const at = ['--at', '2018-03-27T12:00:00+02:00'];

/** A gemeente of `n` files: toewijzingen waiting, declaraties to answer and read in, from many aanbieders. */
const gemeente = (n: number): JudgedFile[] => {
  const kinds: [Box, MessageId][] = [
    ['outbox', 'JW301'],
    ['outbox', 'WMO304'],
    ['inbox', 'JW303'],
    ['inbox', 'WMO303'],
    ['inbox', 'WMO306'],
    ['inbox', 'JW305'],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [box, id] = kinds[i % kinds.length] ?? ['inbox', 'JW303'];
    const aanbieder = String(70_000_000 + (i % 400)).padStart(8, '0');
    const fromGemeente = catalogue[id].sentBy === 'gemeente';
    return {
      path: `${box}/${String(i).padStart(6, '0')}-${id.toLowerCase()}.xml`,
      box,
      ignored: false,
      problem: null,
      info: infoFor(id, `ID-${i}`, {
        sender: fromGemeente ? '0363' : aanbieder,
        receiver: fromGemeente ? aanbieder : '0363',
        afzender: fromGemeente ? '0363' : aanbieder,
        ontvanger: fromGemeente ? aanbieder : '0363',
      }),
    };
  });
};

const page = (result: ReturnType<typeof judge>, verbose = false) =>
  renderHtml(result, {
    words: words.en,
    timetable: tt,
    chalk: new Chalk({ level: 0 }),
    verbose,
    quiet: false,
  });

describe('the HTML report', () => {
  it('is a format of its own, in the config schema too', () => {
    assert.ok(formatNames.includes('html'));
    const schema = JSON.parse(
      fs.readFileSync(path.join(projectDir, 'schema/check-ready.config.schema.json'), 'utf8'),
    );
    assert.deepEqual([...schema.definitions.format.enum].sort(), [...formatNames].sort());
  });

  it('allows only its own style: the CSP names the hash of the one <style>, and nothing else loads', async () => {
    const { stdout, code } = await cli([...boxesOf('aanbieder-open'), ...at, '--format', 'html']);
    assert.equal(code, 1);
    const style = /<style>([\s\S]*?)<\/style>/.exec(stdout)?.[1] ?? '';
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(stdout)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
    assert.equal(stdout.match(/<style/g)?.length, 1);
    assert.doesNotMatch(stdout, /<script|<link|<img|<iframe|\ssrc=|\shref=|\sstyle=|url\(/i);
  });

  it('speaks the locale like the text report, and --lang over it', async () => {
    const nl = await cli([...boxesOf('aanbieder-open'), ...at, '--format', 'html']);
    assert.match(nl.stdout, /<html lang="nl">/);
    assert.match(nl.stdout, /NIET KLAAR/);
    const en = await cli([...boxesOf('aanbieder-open'), ...at, '--format', 'html'], {
      LANG: 'en_GB.UTF-8',
    });
    assert.match(en.stdout, /<html lang="en">/);
    const forced = await cli([
      ...boxesOf('aanbieder-open'),
      ...at,
      '--format',
      'html',
      '--lang',
      'en',
    ]);
    assert.equal(forced.stdout, en.stdout);
  });

  it('is byte-identical for the same inputs and --at, whatever the machine zone', async () => {
    const before = process.env.TZ;
    const pages: string[] = [];
    try {
      for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Europe/Amsterdam']) {
        process.env.TZ = zone;
        pages.push(
          (await cli([...boxesOf('aanbieder-declaratie-missed'), ...at, '--format', 'html']))
            .stdout,
        );
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    assert.ok((pages[0] ?? '').length > 1000);
    for (const p of pages) assert.equal(p, pages[0]);
  });

  it('names the tool, the timetable and the folders judged in its footer', async () => {
    const { stdout } = await cli([...boxesOf('aanbieder-open'), ...at, '--format', 'html']);
    const footer = stdout.slice(stdout.indexOf('<footer>'));
    assert.match(footer, /check-ready 0\.1\.0/);
    assert.ok(footer.includes(tt.id));
    for (const folder of boxesOf('aanbieder-open').filter((a) => !a.startsWith('--')))
      assert.ok(footer.includes(escapeHtml(folder)), folder);
  });

  it('escapes every name: a path cannot open a tag, a control character is shown', () => {
    const hostile = '<img src=x onerror=alert(1)>\n"&\'.xml';
    const files = gemeente(3).map((f, i) => (i === 0 ? { ...f, path: `outbox/${hostile}` } : f));
    const html = page(judge(files, amsterdam('2018-03-27 12:00')));
    assert.ok(!html.includes('<img'), 'a tag from a path');
    assert.ok(html.includes('outbox/&lt;img src=x onerror=alert(1)&gt;\\x0a&quot;&amp;&#39;.xml'));
  });

  it('holds no BSN, client name or birth date of any fixture, even with --verbose', async () => {
    const scenarios = fs
      .readdirSync(path.join(projectDir, 'fixtures'))
      .filter((n) => fs.existsSync(path.join(projectDir, 'fixtures', n, 'outbox')));
    assert.ok(scenarios.length > 5);
    for (const name of scenarios) {
      const { stdout } = await cli([...boxesOf(name), ...at, '--format', 'html', '--verbose']);
      for (const value of personalData) assert.ok(!stdout.includes(value), `${name}: ${value}`);
    }
  });

  it('a 100,000-file gemeente: under 2 MB, a few files per group and the count of the rest', () => {
    const files = gemeente(100_000);
    const result = judge(files, amsterdam('2018-03-28 20:00'));
    const html = page(result);
    assert.ok(Buffer.byteLength(html) < 2_000_000, `${Buffer.byteLength(html)} bytes`);
    const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
    const listed = main.match(/<code>(?:outbox|inbox)\//g)?.length ?? 0;
    assert.ok(listed > 0 && listed <= 10 * examplesPerGroup, `${listed} files listed`);
    assert.match(main, /… and \d+ more \(--verbose lists them all\)/);
  });

  it('--verbose lists every file with work, the rest folded away under the first few', () => {
    const result = judge(gemeente(3_000), amsterdam('2018-03-28 20:00'));
    const verbose = page(result, true);
    const work = new Set(
      result.findings
        .filter((f) => f.status === 'open' || f.status === 'missed')
        .map((f) => f.path),
    );
    for (const p of work) assert.ok(verbose.includes(`<code>${p}</code>`), p);
    assert.match(verbose, /<details><summary>Show the other \d+<\/summary>/);
  });

  it('draws every row of the timetable on the axis in time order, "now" between the rows around it', async () => {
    const { stdout } = await cli([...boxesOf('aanbieder-open'), ...at, '--format', 'html']);
    const rows = [
      ...stdout.matchAll(
        /<g class="row ([a-z-]+)" data-row="(\w+)" data-at="(\d+)" data-x="([\d.]+)"/g,
      ),
    ].map((m) => ({ state: m[1], id: m[2], at: Number(m[3]), x: Number(m[4]) }));
    assert.deepEqual(
      rows.map((r) => r.id),
      tt.rows.filter((row) => row.type !== 'phase').map((row) => row.id),
    );
    for (let i = 1; i < rows.length; i++) assert.ok((rows[i]?.x ?? 0) >= (rows[i - 1]?.x ?? 0));
    const now = /<g class="now" data-at="(\d+)" data-x="([\d.]+)" data-on="on"/.exec(stdout);
    assert.ok(now !== null);
    const nowX = Number(now[2]);
    const before = rows.filter((r) => r.at <= Number(now[1]));
    const after = rows.filter((r) => r.at > Number(now[1]));
    assert.ok(before.length > 0 && after.length > 0);
    assert.ok(
      Math.max(...before.map((r) => r.x)) < nowX && nowX < Math.min(...after.map((r) => r.x)),
    );
    // Every row also in words, in the table and in the picture's description.
    for (const r of rows)
      assert.match(stdout, new RegExp(`<tr class="${r.state}" data-row="${r.id}">`));
    assert.match(stdout, /<desc id="tl-desc">nu: di 27 mrt 2018 12\.00 uur/);
  });
});
