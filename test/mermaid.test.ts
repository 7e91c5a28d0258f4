import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main, type Stream } from '../src/cli.js';
import { boxesOf, projectDir } from './support/runBin.js';

const markdown = async (scenario: string, extra: string[] = []) => {
  let text = '';
  const stdout: Stream = { write: (t: string) => (text += t) };
  await main({
    argv: [
      ...boxesOf(scenario),
      '--at',
      '2018-03-27T12:00:00+02:00',
      '--format',
      'markdown',
      ...extra,
    ],
    cwd: projectDir,
    env: {},
    stdout,
    stderr: { write: () => true },
    now: () => 0,
  });
  return text;
};

describe('the timeline in Markdown', () => {
  it('is one Mermaid gantt block: phases as bars, each row a milestone tagged by its state, "now" at the moment judged', async () => {
    const text = await markdown('aanbieder-declaratie-missed');
    const blocks = text.match(/```mermaid\n([\s\S]*?)\n```/g) ?? [];
    assert.equal(blocks.length, 1);
    const lines = (blocks[0] ?? '').split('\n').slice(1, -1);
    assert.equal(lines[0], 'gantt');
    assert.ok(lines.includes('  todayMarker off'));
    // Every task line is "name : tags, id, start, end|duration", so a name holds no colon of its own.
    const tasks = lines.filter((l) => / : /.test(l));
    for (const t of tasks) assert.doesNotMatch(t.split(' : ')[0] ?? '', /:/, t);
    const milestone = (id: string) => tasks.find((t) => new RegExp(`, ${id}, `).test(t)) ?? '';
    assert.match(
      milestone('D1'),
      /^ {2}D1 ✖ missed · 2 : crit, milestone, D1, 2018-03-18 23:00, 0m$/,
    );
    assert.match(
      milestone('D2'),
      /^ {2}D2 ✔ in order : done, milestone, D2, 2018-03-27 17:00, 0m$/,
    );
    assert.match(milestone('D3'), /^ {2}D3 – not applicable : milestone, D3, /);
    assert.match(
      milestone('now'),
      /^ {2}now · Tue 27 Mar 12∶00 : milestone, now, 2018-03-27 12:00, 0m$/,
    );
    assert.equal(tasks.filter((t) => / : phase\d, /.test(t)).length, 3);
  });
});
