/** Properties of the evaluation over random folders: order does not matter, time only worsens. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluate, type EvaluationInput, type JudgedFile } from '../src/core/evaluate.js';
import { boxes, roles, type Verdict } from '../src/data/types.js';
import { catalogue, type MessageId } from '../src/data/catalogue.js';
import { timetable2018 } from './support/timetable2018.js';
import { infoFor } from './support/info.js';

const messageIds = Object.keys(catalogue) as MessageId[];

/** A file as the judging would give it: a message of any kind in any folder, now and then odd. */
const judgedFile = (index: number) =>
  fc
    .record({
      box: fc.constantFrom(...boxes),
      id: fc.constantFrom(...messageIds),
      // A small pool, so heen and retour pair up, and sometimes twice.
      identificatie: fc.constantFrom('A', 'B', 'C', 'D'),
      release: fc.constantFrom('2.1', '2.1', '2.1', '2.2', '2.0'),
      turned: fc.boolean(),
      dagtekening: fc.constantFrom('2018-03-01', '2018-03-20', '2018-03-28'),
      broken: fc.constantFrom(false, false, false, false, true),
      ignored: fc.constantFrom(false, false, false, false, true),
    })
    .map(
      ({ box, id, identificatie, release, turned, dagtekening, broken, ignored }): JudgedFile => {
        const path = `${box}/${index}-${id}.xml`;
        if (ignored) return { path, box, ignored: true, info: null, problem: null };
        if (broken)
          return {
            path,
            box,
            ignored: false,
            info: null,
            problem: { rule: 'malformed', args: { reason: 'not-well-formed' } },
          } as JudgedFile;
        const base = infoFor(id, identificatie, { release, dagtekening });
        // A message addressed the other way round, as a wrong-direction file would be.
        const info = turned
          ? {
              ...base,
              afzender: base.ontvanger,
              ontvanger: base.afzender,
              sender: base.receiver,
              receiver: base.sender,
            }
          : base;
        return { path, box, ignored: false, info, problem: null };
      },
    );

const folders = fc
  .integer({ min: 0, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => judgedFile(i))));

const inputOf = (
  files: readonly JudgedFile[],
  role: (typeof roles)[number],
  archives: boolean,
): EvaluationInput => ({
  files,
  scanProblems: [],
  role,
  roleSource: 'flag',
  org: null,
  archives: { sent: archives, received: archives },
});

// From a week before the first deadline to a week after the last row.
const moment = fc.integer({
  min: Date.parse('2018-03-10T00:00:00Z'),
  max: Date.parse('2018-04-10T00:00:00Z'),
});
const verdictRank: Record<Verdict, number> = { ready: 0, 'not-ready': 1, missed: 2 };

describe('evaluate over random folders', () => {
  it('does not depend on the order the files come in', () => {
    fc.assert(
      fc.property(
        folders.chain((files) =>
          fc.tuple(
            fc.constant(files),
            fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
          ),
        ),
        fc.constantFrom(...roles),
        fc.boolean(),
        moment,
        ([files, shuffled], role, archives, at) => {
          assert.deepEqual(
            evaluate(inputOf(shuffled, role, archives), timetable2018, at),
            evaluate(inputOf(files, role, archives), timetable2018, at),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('only worsens with time: no missed finding is open again later, and the verdict never improves', () => {
    fc.assert(
      fc.property(
        folders,
        fc.constantFrom(...roles),
        fc.boolean(),
        moment,
        moment,
        (files, role, archives, a, b) => {
          const [t1, t2] = a <= b ? [a, b] : [b, a];
          const early = evaluate(inputOf(files, role, archives), timetable2018, t1);
          const late = evaluate(inputOf(files, role, archives), timetable2018, t2);
          const key = (f: { rule: string; path: string }) => `${f.rule} ${f.path}`;
          const later = new Map(late.findings.map((f) => [key(f), f.status]));
          for (const f of early.findings)
            if (f.status === 'missed')
              assert.notEqual(
                later.get(key(f)),
                'open',
                `${key(f)} missed at ${t1}, open at ${t2}`,
              );
          assert.ok(
            verdictRank[late.verdict] >= verdictRank[early.verdict],
            `${early.verdict} at ${t1}, ${late.verdict} at ${t2}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
