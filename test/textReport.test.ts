import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Chalk } from 'chalk';
import type { JudgedFile } from '../src/core/evaluate.js';
import type { Box } from '../src/data/types.js';
import { catalogue, type MessageId } from '../src/data/catalogue.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { renderText } from '../src/report/text.js';
import { examplesPerGroup, topCounterparts } from '../src/report/view.js';
import { words } from '../src/report/words/index.js';
import type { Lang } from '../src/report/words/Words.js';
import { run } from '../src/run.js';
import { infoFor } from './support/info.js';
import { projectDir } from './support/runBin.js';
import { judge } from './support/judge.js';

const amsterdam = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+02:00`);
const winter = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+01:00`);

const report = async (
  scenario: string,
  at: number,
  lang: Lang,
  options: { verbose?: boolean; quiet?: boolean } = {},
) => {
  const folder = (box: string) => [path.join(projectDir, 'fixtures', scenario, box)];
  const result = await run({
    folders: { outbox: folder('outbox'), inbox: folder('inbox'), sent: [], received: [] },
    exclude: [],
    role: null,
    org: [],
    at,
    timetable: tt,
    threads: 1,
  });
  const text = renderText(result, {
    words: words[lang],
    timetable: tt,
    chalk: new Chalk({ level: 0 }),
    verbose: options.verbose ?? false,
    quiet: options.quiet ?? false,
  });
  const lines = text.trimEnd().split('\n');
  return { result, text, lines, headline: lines[2] ?? '', last: lines.at(-1) ?? '' };
};

/** The lines of the to-do sections (open, late and blocked work) that name a file. */
const fileLines = (lines: readonly string[], lang: Lang) => {
  const start = lines.indexOf(lang === 'nl' ? 'Te doen' : 'To do');
  const end = lines.findIndex(
    (l, i) =>
      i > start &&
      /^(Nog geen retourbericht|No retour received|Fouten en|Errors and|Niet volledig|Not fully|Na versturen|After sending)/.test(
        l,
      ),
  );
  return lines.slice(start, end === -1 ? undefined : end).filter((l) => /^\s+[●✖] /.test(l));
};

const assertOneLinePerFile = (lines: readonly string[], lang: Lang) => {
  const paths = fileLines(lines, lang).map((l) => l.trim().split(/\s+/)[1]);
  assert.deepEqual(paths, [...new Set(paths)], 'a file appears once in the work');
};

describe('the text report: headline first and last', () => {
  it('not ready (nl): verdict, the next moment with the time left, the work in working order', async () => {
    const { lines, headline, last } = await report(
      'demo-aanbieder',
      amsterdam('2018-03-28 20:00'),
      'nl',
    );
    assert.equal(
      headline,
      'NIET KLAAR · 6 berichten vragen actie · eerstvolgende deadline do 29 mrt 13.00 uur (nog 17 uur)',
    );
    assert.equal(last, headline);
    const steps = lines.slice(3, 7);
    assert.match(
      steps[0] ?? '',
      /^ {2}1\. Inlezen en beantwoorden +1 toewijzing \(JW301\) in .*inbox\/vecozo\/ — vóór do 29 mrt 13\.00 uur \(nog 17 uur\)$/,
    );
    assert.match(
      steps[1] ?? '',
      /^ {2}2\. Versturen +2 retourberichten \(JW302, WMO302\) in .*outbox\/retour\/ — vóór do 29 mrt 13\.00 uur/,
    );
    assert.match(
      steps[2] ?? '',
      /^ {2}3\. Inlezen +2 retourberichten \(JW306, WMO304\) en 1 toewijzing \(WMO301\) in .*inbox\/vecozo\/ — vóór do 29 mrt 23\.00 uur \(nog 1 dag en 3 uur\)$/,
    );
    assertOneLinePerFile(lines, 'nl');
    // The unanswered toewijzing sits under 13.00 uur with both steps, not under the read-in deadline.
    const todo = lines.join('\n');
    const at13 = todo.indexOf('Vóór do 29 mrt 2018 13.00 uur');
    const at23 = todo.indexOf('Vóór do 29 mrt 2018 23.00 uur');
    const jw301 = todo.indexOf(
      'toewijzing-jw301-J-2018-905.xml  toewijzing JW301 van gemeente 0599 (J-2018-905) is nog niet ingelezen en nog niet beantwoord',
    );
    assert.ok(at13 > 0 && at13 < jw301 && jw301 < at23, todo);
    assert.match(
      todo,
      /→ Lees het in, verwerk het en verstuur het retourbericht \(JW302\) vóór do 29 mrt 13\.00 uur \(nog 17 uur\)/,
    );
    assert.match(todo, /→ Verstuur het retourbericht vóór do 29 mrt 13\.00 uur \(nog 17 uur\)\./);
    // Rows count messages; past rows with nothing open fold into one line.
    assert.match(todo, /^ {2}✔ D1, D2, B1: in orde$/m);
    assert.match(todo, /^ {2}D7 .* — ● 4 berichten · nog 1 dag en 3 uur$/m);
  });

  it('not ready (en): the same headline in English', async () => {
    const { lines, headline, last } = await report(
      'demo-aanbieder',
      amsterdam('2018-03-28 20:00'),
      'en',
    );
    assert.equal(
      headline,
      'NOT READY · 6 messages need action · next deadline Thu 29 Mar 13:00 (17 hours left)',
    );
    assert.equal(last, headline);
    assert.match(lines[3] ?? '', /^ {2}1\. Read in and answer +1 toewijzing \(JW301\)/);
    assert.match(lines.join('\n'), /→ Send the retour before Thu 29 Mar 13:00 \(17 hours left\)\./);
    assertOneLinePerFile(lines, 'en');
  });

  it('ready (nl, en): nothing to do, the next deadline, warnings pointed to', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { lines, headline, last, result } = await report(
        'ready-with-warnings',
        amsterdam('2018-03-28 10:00'),
        lang,
      );
      assert.equal(result.verdict, 'ready');
      assert.equal(
        headline,
        lang === 'nl'
          ? 'KLAAR · niets te doen · eerstvolgende deadline do 29 mrt 13.00 uur (nog 1 dag en 3 uur)'
          : 'READY · nothing to do · next deadline Thu 29 Mar 13:00 (1 day and 3 hours left)',
      );
      assert.equal(last, headline);
      assert.deepEqual(fileLines(lines, lang), []);
      assert.match(
        lines.join('\n'),
        lang === 'nl' ? /Let op +3 waarschuwingen/ : /Note +3 warnings/,
      );
    }
  });

  it('late but carried (nl, en): its own status, the count, "send it now" with the end of the grace', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { lines, headline, last } = await report(
        'aanbieder-declaratie-missed',
        winter('2018-03-20 10:00'),
        lang,
      );
      assert.equal(
        headline,
        lang === 'nl'
          ? 'DEADLINE GEMIST · 2 berichten vragen actie · kan nog tot di 27 mrt 17.00 uur (nog 7 dagen en 6 uur)'
          : 'DEADLINE MISSED · 2 messages need action · still possible until Tue 27 Mar 17:00 (7 days and 6 hours left)',
      );
      assert.equal(last, headline);
      const text = lines.join('\n');
      assert.match(
        text,
        lang === 'nl'
          ? /Te laat, maar nog mogelijk tot di 27 mrt 17\.00 uur/
          : /Late, but still possible until Tue 27 Mar 17:00/,
      );
      assert.match(
        text,
        lang === 'nl'
          ? /→ Te laat, maar nog mogelijk: verstuur het nú\. De keten geeft het nog door tot di 27 mrt 17\.00 uur/
          : /→ Late, but still possible: send it now\./,
      );
      assert.doesNotMatch(
        text,
        lang === 'nl' ? /Niet meer mogelijk in 2\.1/ : /No longer possible in 2\.1/,
      );
      assertOneLinePerFile(lines, lang);
    }
  });

  it('blocked (nl, en): a closing section of its own, with what to do instead', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { lines, headline } = await report(
        'demo-gemeente',
        amsterdam('2018-03-28 20:00'),
        lang,
      );
      assert.match(
        headline,
        lang === 'nl'
          ? /^DEADLINE GEMIST · 6 berichten vragen actie · eerstvolgende deadline do 29 mrt 13\.00 uur \(nog 17 uur\)$/
          : /^DEADLINE MISSED · 6 messages need action/,
      );
      const text = lines.join('\n');
      const closing = text.indexOf(
        lang === 'nl' ? '\nNiet meer mogelijk in 2.1\n' : '\nNo longer possible in 2.1\n',
      );
      const jw301 = text.indexOf('toewijzing-jw301-J-0363-120.xml');
      assert.ok(closing > 0 && jw301 > closing, 'the blocked toewijzing is in the closing section');
      assert.match(
        text,
        lang === 'nl'
          ? /→ Dit bericht kan niet meer in 2\.1\. Laat het niet in de outbox staan, spreek met aanbieder 41105678 af hoe het na de overgang \(di 3 apr 13\.00 uur\) in 2\.2 gaat, en meld het bij uw softwareleverancier\./
          : /→ This message can no longer go in 2\.1\. Do not leave it in the outbox; agree with aanbieder 41105678/,
      );
      assertOneLinePerFile(lines, lang);
    }
  });

  it('errors only (nl, en): the repair step in the headline, never "nothing to do"', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const { lines, headline, last } = await report(
        'broken-files',
        amsterdam('2018-03-28 20:00'),
        lang,
      );
      assert.match(
        headline,
        lang === 'nl'
          ? /^NIET KLAAR · 7 bestanden met fouten · /
          : /^NOT READY · 7 files with errors · /,
      );
      assert.equal(last, headline);
      const text = lines.join('\n');
      assert.match(
        lines[3] ?? '',
        lang === 'nl'
          ? /1\. Herstellen +7 bestanden zijn kapot of onherkenbaar/
          : /1\. Repair +7 files are broken or unrecognised/,
      );
      assert.doesNotMatch(text, /Niets meer te doen|Nothing left to do/);
      assert.match(
        text,
        lang === 'nl'
          ? /Rol: onbekend — geef --role of --org op/
          : /Role: unknown — pass --role or --org/,
      );
    }
  });

  it('--quiet prints the headline alone: the verdict with the next deadline', async () => {
    const { text } = await report('demo-aanbieder', amsterdam('2018-03-28 20:00'), 'nl', {
      quiet: true,
    });
    assert.equal(
      text,
      'NIET KLAAR · 6 berichten vragen actie · eerstvolgende deadline do 29 mrt 13.00 uur (nog 17 uur)\n',
    );
  });

  it('empty folders: a notice opens the report', async () => {
    const { lines } = await report('empty-ready', winter('2018-03-16 12:00'), 'nl');
    assert.match(
      lines[3] ?? '',
      /^⚠ Geen enkel bestand gevonden in de outbox en de inbox\. Klopt het pad\?/,
    );
  });
});

describe('the text report at real size', () => {
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
      const aanbieder = String(70_000_000 + (i % 40)).padStart(8, '0');
      const spec = catalogue[id];
      const fromGemeente = spec.sentBy === 'gemeente';
      return {
        path: `${box}/${String(i).padStart(5, '0')}-${id.toLowerCase()}.xml`,
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

  it('10,000 files fit a screen or two, the headline first and last; --verbose lists every file', () => {
    const files = gemeente(10_000);
    const result = judge(files, amsterdam('2018-03-28 20:00'));
    const render = (verbose: boolean) =>
      renderText(result, {
        words: words.nl,
        timetable: tt,
        chalk: new Chalk({ level: 0 }),
        verbose,
        quiet: false,
      });
    const lines = render(false).trimEnd().split('\n');
    assert.ok(lines.length <= 100, `${lines.length} lines:\n${lines.join('\n')}`);
    assert.match(
      lines[2] ?? '',
      /^DEADLINE GEMIST · 10000 berichten vragen actie · eerstvolgende deadline do 29 mrt 13\.00 uur \(nog 17 uur\)$/,
    );
    assert.equal(lines.at(-1), lines[2]);
    // Every group counts per message and shows a few paths; counterparts the top ten.
    assert.ok(fileLines(lines, 'nl').length <= 4 * examplesPerGroup);
    assert.match(lines.join('\n'), /… en nog \d+ \(--verbose toont ze allemaal\)/);
    assert.ok(topCounterparts <= 10);
    const verbose = render(true);
    for (const f of files.slice(0, 50)) assert.ok(verbose.includes(f.path));
    const work = new Set(
      result.findings
        .filter((f) => f.status === 'open' || f.status === 'missed')
        .map((f) => f.path),
    );
    assert.equal(fileLines(verbose.trimEnd().split('\n'), 'nl').length, work.size);
  });
});
