import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { outboxDeadline } from '../src/core/deadlines.js';
import { catalogue, messageIds } from '../src/data/catalogue.js';
import type { ResolvedTimetable } from '../src/data/resolvedTimetable.js';
import { checkTimetable, parseTimetable } from '../src/io/checkTimetableFile.js';
import {
  defaultTimetableId,
  loadTimetable,
  packageDirOf,
  shippedTimetables,
  type TimetableLoad,
} from '../src/io/loadTimetable.js';
import {
  timetableProblemCodes,
  type TimetableProblem,
  type TimetableProblemCode,
} from '../src/io/TimetableProblem.js';
import { timetableProblemText } from '../src/report/words/timetableProblems.js';
import { projectDir } from './support/runBin.js';
import { errorCases } from './support/timetableErrorCases.js';

const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(projectDir, file), 'utf8'));
const file2018 = 'timetables/ijw-iwmo-2.1-2.2-2018.json';
const file2020 = 'timetables/ijw-iwmo-2.3-2.4-2020.json';
const zeeland = 'examples/zeeland-ijw-2019.json';

const loaded = (load: TimetableLoad): ResolvedTimetable => {
  assert.ok(load.ok, `expected no problems, got ${JSON.stringify(!load.ok && load.problems)}`);
  return load.timetable;
};
const row = (t: ResolvedTimetable, id: string) => {
  const found = t.byId.get(id);
  assert.ok(found, `row ${id}`);
  return found;
};

describe('the timetable files that ship', () => {
  it('2018, 2020 and the Zeeland example load without problems, by id and by path', async () => {
    assert.deepEqual(shippedTimetables(), ['ijw-iwmo-2.1-2.2-2018', 'ijw-iwmo-2.3-2.4-2020']);
    assert.equal(defaultTimetableId, 'ijw-iwmo-2.1-2.2-2018');
    for (const id of shippedTimetables()) {
      const t = loaded(await loadTimetable(id, '/'));
      assert.equal(t.id, id);
    }
    loaded(await loadTimetable(zeeland, projectDir));
    loaded(await loadTimetable(path.join(projectDir, file2020), '/'));
  });

  it('every row of every file has a source and a title in both languages', () => {
    for (const file of [file2018, file2020, zeeland]) {
      const doc = read(file) as { rows: { id: string; source?: string; title: object }[] };
      for (const r of doc.rows) {
        assert.ok((r.source ?? '').length > 5, `${file} ${r.id} source`);
        assert.deepEqual(Object.keys(r.title).sort(), ['en', 'nl'], `${file} ${r.id} title`);
      }
    }
  });

  it('a block whose title lists messages lists every message it binds: those no deadline row names', () => {
    type FileRow = {
      id: string;
      type: string;
      binds?: { box: string; messages: string | string[] } | null;
      title: { en: string; nl: string };
    };
    let checked = 0;
    for (const file of [file2018, file2020, zeeland]) {
      const rows = (read(file) as { rows: FileRow[] }).rows;
      const named = new Set(
        rows.flatMap((r) =>
          r.type === 'deadline' && Array.isArray(r.binds?.messages) ? r.binds.messages : [],
        ),
      );
      for (const r of rows) {
        const kind = r.binds?.messages;
        if (r.type !== 'block' || typeof kind !== 'string') continue;
        for (const title of [r.title.en, r.title.nl]) {
          // Titles that say "every 2.3 heenbericht" list nothing, and need not.
          if (!/\(\D*\d{3}/.test(title)) continue;
          checked++;
          for (const id of messageIds.filter((m) => catalogue[m].kind === kind && !named.has(m)))
            assert.match(
              title,
              new RegExp(`\\b${id}\\b|(?<![A-Z])${id.replace(/\D/g, '')}\\b`),
              `${file} ${r.id}: ${id} is bound here but not in the title`,
            );
        }
      }
    }
    assert.ok(checked >= 4, `${checked} titles checked`);
  });

  it('2020: 3.1.1 blocks, the rows no source states are marked inferred, 2.4 is live on 30 March 13.00 summer time', async () => {
    const t = loaded(await loadTimetable('ijw-iwmo-2.3-2.4-2020', '/'));
    assert.equal(row(t, 'D1').blocks, true);
    assert.match(row(t, 'D1').source ?? '', /3\.1\.1/);
    assert.deepEqual(
      t.rows.filter((r) => r.blocks).map((r) => r.id),
      ['D1'],
    );
    assert.deepEqual(t.inferred.map((r) => r.id).sort(), ['B1', 'B2', 'D5', 'D6', 'D7']);
    assert.equal(t.phases.ingebruikname.at, Date.parse('2020-03-30T11:00:00Z'));
    assert.equal(t.phases.transitie.at, Date.parse('2020-03-26T12:00:00Z'));
    assert.equal(row(t, 'D6').at, Date.parse('2020-03-26T22:00:00Z'));
    assert.equal(t.outboxRow.JW315.id, 'D2');
    assert.equal(t.outboxRow.WMO306.id, 'D5');
    assert.equal(t.outboxRow.JW321.id, 'B1');
    assert.equal(t.outboxRow.JW322.id, 'B2');
  });

  it('Zeeland 2019: iJw deadlines only, iWmo messages fall to the blocks, no read-in row', async () => {
    const t = loaded(await loadTimetable(zeeland, projectDir));
    assert.equal(t.outboxRow.JW303.id, 'D1');
    assert.equal(t.outboxRow.WMO303.id, 'B1');
    assert.equal(t.outboxRow.WMO302.id, 'B2');
    assert.deepEqual(t.inboxRow, { gemeente: null, aanbieder: null });
    assert.deepEqual(
      t.inferred.map((r) => r.id),
      ['B1'],
    );
    // Written as an ISO instant in summer time: the offset is checked, and it holds.
    assert.equal(t.phases.ingebruikname.at, Date.parse('2019-04-01T11:00:00Z'));
  });

  it('the 2018 file says what the draaiboek of 2018 says, row by row (domain.md §4)', async () => {
    const t = loaded(await loadTimetable(defaultTimetableId, '/'));
    // The instants in UTC as the compiled table of earlier versions held them: moving the
    // timetable into a file must not move a single deadline.
    // prettier-ignore
    const draaiboek: Record<string, [string, string | null, 'deadline' | 'block' | 'phase']> = {
      D1: ['2018-03-18T22:00:00.000Z', 'aanbieder', 'deadline'],
      D2: ['2018-03-27T15:00:00.000Z', 'aanbieder', 'deadline'],
      D3: ['2018-03-27T15:00:00.000Z', 'gemeente', 'deadline'],
      D4: ['2018-03-29T11:00:00.000Z', 'aanbieder', 'deadline'],
      D5: ['2018-03-29T11:00:00.000Z', 'gemeente', 'deadline'],
      D6: ['2018-03-29T21:00:00.000Z', 'gemeente', 'deadline'],
      D7: ['2018-03-29T21:00:00.000Z', 'aanbieder', 'deadline'],
      B1: ['2018-03-27T15:00:00.000Z', null, 'block'],
      B2: ['2018-03-29T11:00:00.000Z', null, 'block'],
      B3: ['2018-03-29T11:00:00.000Z', null, 'phase'],
      B4: ['2018-04-03T11:00:00.000Z', null, 'phase'],
    };
    assert.deepEqual([...t.byId.keys()].sort(), Object.keys(draaiboek).sort());
    for (const [id, [at, role, type]] of Object.entries(draaiboek)) {
      const got = row(t, id);
      assert.equal(new Date(got.at).toISOString(), at, `${id} at`);
      assert.equal(got.role, role, `${id} role`);
      assert.equal(got.type, type, `${id} type`);
      assert.equal(got.blocks, false, `${id} blocks`);
      assert.equal(got.inferred, false, `${id} inferred`);
    }
    assert.deepEqual([t.phases.transitie.id, t.phases.ingebruikname.id], ['B3', 'B4']);
    assert.deepEqual([t.heenBlock.id, t.retourBlock.id], ['B1', 'B2']);
    assert.deepEqual([t.inboxRow.gemeente?.id, t.inboxRow.aanbieder?.id], ['D6', 'D7']);
    const named: Record<string, string> = {
      WMO303: 'D1',
      JW303: 'D1',
      JW315: 'D2',
      WMO301: 'D3',
      JW301: 'D3',
      WMO302: 'D4',
      JW302: 'D4',
      WMO304: 'D5',
      JW304: 'D5',
      JW316: 'D5',
    };
    for (const m of messageIds) {
      const want = named[m] ?? (catalogue[m].kind === 'heen' ? 'B1' : 'B2');
      assert.equal(outboxDeadline(t, m), want, m);
    }
    assert.deepEqual([t.from, t.to, t.zone], ['2.1', '2.2', 'Europe/Amsterdam']);
  });

  it('rows are in time order, equal instants in the file order', async () => {
    const t = loaded(await loadTimetable(defaultTimetableId, '/'));
    assert.deepEqual(
      t.rows.map((r) => r.id),
      ['D1', 'D2', 'D3', 'B1', 'D4', 'D5', 'B2', 'B3', 'D6', 'D7', 'B4'],
    );
  });

  it('the built loader finds the shipped files too: from the sources and from the bundle in dist/', () => {
    for (const file of ['src/io/loadTimetable.ts', 'dist/cli.js'])
      assert.equal(packageDirOf(pathToFileURL(path.join(projectDir, file)).href), projectDir, file);
  });
});

describe('the timetable schema', () => {
  const schema = read('schema/timetable.schema.json') as Record<string, unknown>;

  it('compiles under ajv strict mode', () => {
    new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  });

  it('describes every key, for editors that complete from it', () => {
    const definitions = schema.definitions as Record<string, { description?: string }>;
    const described = (s: { description?: string; $ref?: string }): boolean =>
      typeof s.description === 'string' ||
      (s.$ref !== undefined && described(definitions[s.$ref.split('/').at(-1) ?? ''] ?? {}));
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      const inConditional = /\/(if|then|else|contains|allOf)/.test(where);
      if (props !== undefined && !inConditional) {
        for (const [key, sub] of Object.entries(props)) {
          assert.ok(described(sub as object), `${where}/properties/${key}`);
        }
      }
      for (const [key, sub] of Object.entries(node)) walk(sub, `${where}/${key}`);
    };
    walk(schema, '#');
  });
});

/** The 2018 file, changed by `change`, checked. */
const mutated = (change: (doc: any) => void): TimetableLoad => {
  const doc = structuredClone(read(file2018));
  change(doc);
  return checkTimetable(doc, 'next.json');
};

const assertNamed = (problem: TimetableProblem, file: string) => {
  const texts = (['nl', 'en'] as const).map((lang) => timetableProblemText(problem, lang));
  for (const text of texts) {
    assert.ok(text.startsWith(file), text);
    if (problem.row !== null) assert.ok(text.includes(problem.row), text);
    assert.doesNotMatch(text, /undefined|\[object|NaN/, text);
    assert.ok(text.length > file.length + 20, text);
  }
  assert.notEqual(texts[0], texts[1]);
};

describe('what is an error in a timetable file', () => {
  const seen = new Set<TimetableProblemCode>();
  for (const c of errorCases) {
    it(`${c.name}: ${c.code}, naming ${c.row ?? 'the file'}, in both languages`, () => {
      const load = mutated(c.change);
      assert.ok(!load.ok, 'refused');
      const found = load.problems.find((p) => p.code === c.code);
      assert.ok(found, JSON.stringify(load.problems));
      assert.equal(found.row, c.row);
      assert.equal(found.file, 'next.json');
      assertNamed(found, 'next.json');
      seen.add(c.code);
    });
  }

  it('a JSON syntax error names its line and column', () => {
    const load = parseTimetable('{\n  "id": "x",\n  "rows": [1 2]\n}', 'broken.json');
    assert.ok(!load.ok);
    assert.deepEqual(load.problems, [
      { code: 'json-syntax', file: 'broken.json', row: null, args: { line: 3, column: 14 } },
    ]);
    assertNamed(load.problems[0] as TimetableProblem, 'broken.json');
    const cut = parseTimetable('{\n "id": ', 'cut.json');
    assert.ok(!cut.ok);
    assert.deepEqual(cut.problems[0]?.args, { line: 2, column: 8 });
    // Node 20's message names no position for this one: the place is found all the same.
    const doubled = parseTimetable('{\n  "id": "x",\n  "rows": [1,,2]\n}\n', 'doubled.json');
    assert.ok(!doubled.ok);
    assert.deepEqual(doubled.problems[0]?.args, { line: 3, column: 14 });
    // The file's own text, which Node quotes in its message, is no position.
    const quoted = parseTimetable('["position 9",]', 'quoted.json');
    assert.ok(!quoted.ok);
    assert.deepEqual(quoted.problems[0]?.args, { line: 1, column: 15 });
    seen.add('json-syntax');
  });

  it('a file that is not there, and a name that is neither a file nor a shipped id', async () => {
    const missing = await loadTimetable('no/such.json', projectDir);
    assert.ok(!missing.ok);
    assert.equal(missing.problems[0]?.code, 'file-unreadable');
    assertNamed(missing.problems[0] as TimetableProblem, 'no/such.json');
    const unknown = await loadTimetable('ijw-iwmo-2.4-3.0-2021', projectDir);
    assert.ok(!unknown.ok);
    assert.equal(unknown.problems[0]?.code, 'unknown-timetable');
    assert.match(
      timetableProblemText(unknown.problems[0] as TimetableProblem, 'en'),
      /ijw-iwmo-2\.1-2\.2-2018/,
    );
    seen.add('file-unreadable');
    seen.add('unknown-timetable');
  });

  it('every problem code has a case above (schema-other aside: the schema uses no other keyword)', () => {
    const missing = timetableProblemCodes.filter((c) => !seen.has(c) && c !== 'schema-other');
    assert.deepEqual(missing, []);
  });

  it('a byte-order mark is not a syntax error', () => {
    const text = fs.readFileSync(path.join(projectDir, file2018), 'utf8');
    assert.ok(parseTimetable(`\uFEFF${text}`, 'bom.json').ok);
  });
});

describe('the loader and the schema agree', () => {
  const schemaCheck = new Ajv({ strict: true, allowUnionTypes: true }).compile(
    read('schema/timetable.schema.json') as object,
  );
  const base = read(file2018);
  const nodeAt = (at: readonly string[]): unknown =>
    at.reduce<any>((node, key) => node?.[key], base);
  const pointers: string[][] = [];
  const collect = (node: unknown, at: string[]) => {
    pointers.push(at);
    if (node !== null && typeof node === 'object') {
      for (const [key, sub] of Object.entries(node)) collect(sub, [...at, key]);
    }
  };
  collect(base, []);
  const objects = pointers.filter((at) => {
    const node = nodeAt(at);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const values = fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      1,
      '',
      [],
      {},
      ['JW303'],
      ['JW399'],
      'heen',
      'retour',
      'deadline',
      'block',
      'phase',
      'gemeente',
      'aanbieder',
      'outbox',
      'inbox',
      'D1',
      'B2',
      'B4',
      'X',
      '2.1',
      '2.2',
      '3.0',
      'Europe/Amsterdam',
      'Europe/Atlantis',
      '2018-03-25 02:30',
      '2018-10-28 02:30',
      '2018-03-27T17:00+01:00',
      '2018-03-27T17:00+02:00',
      { box: null },
      { box: 'inbox', receiver: 'gemeente' },
      { box: 'outbox', messages: 'heen' },
    ),
    fc.string({ maxLength: 8 }),
  );
  const edit = fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.constantFrom(...pointers), value: values }),
    fc.record({ op: fc.constant('delete' as const), at: fc.constantFrom(...pointers) }),
    // A key is added to an object (a row, its binds or title, the phases, the file): one of the
    // format's optional keys, which the 2018 file leaves out, or a stranger.
    fc.record({
      op: fc.constant('add' as const),
      at: fc.constantFrom(...objects),
      key: fc.constantFrom('blocks', 'inferred', 'source', 'messages', 'receiver', 'role', 'note'),
      value: values,
    }),
  );

  it('the loader refuses every mutation of the 2018 file the schema refuses, and never throws', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        for (const e of edits) {
          if (e.op === 'add') {
            const target = e.at.reduce<any>((node, key) => node?.[key], doc);
            if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
              target[e.key] = structuredClone(e.value);
            }
            continue;
          }
          const parent = e.at.slice(0, -1).reduce<any>((node, key) => node?.[key], doc);
          const key = e.at.at(-1);
          if (parent === null || typeof parent !== 'object' || key === undefined) continue;
          if (e.op === 'set') parent[key] = structuredClone(e.value);
          else if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        }
        const load = checkTimetable(doc, 'f.json');
        if (!schemaCheck(doc)) assert.ok(!load.ok, 'the schema refuses, the loader accepts');
        if (!load.ok) {
          assert.ok(load.problems.length > 0);
          for (const p of load.problems) assertNamed(p, 'f.json');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
