import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main, type Stream } from '../src/cli.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { boxesOf, projectDir } from './support/runBin.js';

/** The text report of a scenario on a terminal `columns` wide; the timeline is its third block. */
const report = async (
  scenario: string,
  options: { columns?: number; extra?: string[]; lang?: string; at?: string } = {},
) => {
  let text = '';
  const stdout: Stream = {
    write: (t: string) => (text += t),
    isTTY: true,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
  const code = await main({
    argv: [
      ...boxesOf(scenario),
      '--at',
      options.at ?? '2018-03-27T12:00:00+02:00',
      '--no-color',
      ...(options.extra ?? []),
    ],
    cwd: projectDir,
    env: { LANG: options.lang ?? 'nl_NL.UTF-8' },
    stdout,
    stderr: { write: () => true },
    now: () => 0,
  });
  const block = (text.split('\n\n')[2] ?? '').split('\n');
  return { code, text, block };
};

const rowAt = (id: string) => tt.byId.get(id)!.at;
const columnOf = (line: string, index: number) => [...line.slice(0, index)].length;

describe('the timeline in the text report', () => {
  for (const columns of [60, 80, 100]) {
    for (const ascii of [false, true]) {
      it(`${columns} columns${ascii ? ', --ascii' : ''}: every row of the role on one line, labelled, "now" between the rows around it`, async () => {
        const { block } = await report('aanbieder-open', {
          columns,
          extra: ascii ? ['--ascii'] : [],
        });
        const widths = block.map((l) => [...l].length);
        assert.ok(Math.max(...widths) <= columns, `${Math.max(...widths)} > ${columns}`);
        const axisChar = ascii ? '-' : '─';
        const axis = block.find((l) => l.includes(axisChar.repeat(5))) ?? '';
        assert.equal([...axis].length, columns, 'the axis spans the terminal');
        if (ascii) for (const l of block) assert.match(l, /^[\x20-\x7e]*$/, l);
        else assert.ok(axis.includes('─'));

        // The aanbieder's rows are all there; a gemeente's row is not.
        const labels = block.slice(0, block.indexOf(axis)).join('\n');
        for (const id of ['D1', 'D2', 'B1', 'D4', 'B2', 'D7'])
          assert.match(labels, new RegExp(`\\b${id}\\b`));
        for (const id of ['D3', 'D5', 'D6']) assert.doesNotMatch(labels, new RegExp(`\\b${id}\\b`));
        assert.match(labels, ascii ? /D2 B1 o 27 mrt 17\.00 uur/ : /D2 B1 ● 27 mrt 17\.00 uur/);

        // "Now" under the axis, no further right than the next row's mark, no further left than D1's.
        const nowLine = block[block.indexOf(axis) + 1] ?? '';
        const nowCol = columnOf(nowLine, nowLine.indexOf(ascii ? '^' : '▲'));
        assert.match(nowLine, /nu 27 mrt 12\.00 uur/);
        const markOf = (id: string) => {
          const line = block.find((l) => new RegExp(`\\b${id}\\b`).test(l)) ?? '';
          return columnOf(line, line.search(new RegExp(`\\b${id}\\b`)));
        };
        const d1 = markOf('D1');
        const d2 = markOf('D2');
        assert.ok(d1 < nowCol && nowCol <= d2, `D1 ${d1} < now ${nowCol} <= D2 ${d2}`);
        // The marks on the axis sit where the labels start, in time order.
        assert.notEqual([...axis][d1], axisChar);
        assert.notEqual([...axis][d2], axisChar);
        assert.ok(rowAt('D1') < rowAt('D2'));
      });
    }
  }

  it('keeps to 60–100 columns on narrower and wider terminals, and 80 off a terminal', async () => {
    const width = async (columns?: number) => {
      const { block } = await report('aanbieder-open', columns === undefined ? {} : { columns });
      return Math.max(...block.map((l) => [...l].length));
    };
    assert.equal(await width(30), 60);
    assert.equal(await width(240), 100);
    assert.equal(await width(), 80);
  });

  it('draws in ASCII by itself when the locale is not UTF-8', async () => {
    const { block } = await report('aanbieder-open', { columns: 80, lang: 'C' });
    for (const l of block) assert.match(l, /^[\x20-\x7e]*$/, l);
    const utf8 = await report('aanbieder-open', { columns: 80, lang: 'en_GB.UTF-8' });
    assert.ok(utf8.block.some((l) => l.includes('─')));
  });

  it('marks "now" at the edge when it lies off the axis', async () => {
    const { block } = await report('aanbieder-open', { columns: 80, at: '2018-01-10 12:00' });
    assert.match(block.at(-1) ?? '', /^ {2}◀ nu 10 jan 12\.00 uur$/);
  });

  it('is left out with --quiet', async () => {
    const { text } = await report('aanbieder-open', { columns: 80, extra: ['--quiet'] });
    assert.equal(text.split('\n').length, 2);
    assert.doesNotMatch(text, /─|▲/);
  });
});
