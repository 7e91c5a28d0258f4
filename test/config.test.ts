import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { loadConfig } from '../src/io/config.js';
import { UsageError } from '../src/io/UsageError.js';
import { validateWithSchema } from '../src/io/validateWithSchema.js';
import { callMain } from './support/callMain.js';
import { projectDir } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const schemaFile = path.join(projectDir, 'schema/check-ready.config.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as {
  properties: Record<string, unknown>;
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-config-'));
const file = path.join(dir, 'check-ready.config.json');

/** The loader's answer: the config, or the problems it named. */
const load = async (value: unknown) => {
  fs.writeFileSync(file, JSON.stringify(value));
  try {
    return { ok: true as const, config: await loadConfig(file) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { ok: false as const, problem: error.problem };
  }
};

describe('the config file against its schema', () => {
  it('empty folder lists are refused, not judged as nothing and "ready"', async () => {
    const loaded = await load({ outbox: [], inbox: [] });
    assert.equal(loaded.ok, false);
    const run = await callMain(['--config', file, '--lang', 'en']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /"outbox" is an empty list/);
  });

  it('the loader accepts exactly what the published schema accepts (differential)', async () => {
    // An independent validator of the schema file: the loader must agree with it on every value.
    const validate = new Ajv({ strict: false }).compile(schema);
    const keys = [...Object.keys(schema.properties), 'outbx', 'Role', 'threads'];
    const text = fc.oneof(
      fc.constantFrom(
        '',
        'uit',
        '0363',
        '12345678',
        '363',
        'gemeente',
        'Gemeente',
        'json',
        'nl',
        'NL',
      ),
      fc.string({ maxLength: 6 }),
    );
    // The mistakes a person makes, at the edge of each key's rule.
    const nearMiss = fc.constantFrom<unknown>(
      [],
      '',
      [''],
      0,
      65,
      1.5,
      '2',
      'Gemeente',
      '363',
      363,
      'html',
      ['html'],
      'NL',
      'true',
      ['0363', '363'],
    );
    const anything = fc.oneof(
      { arbitrary: nearMiss, weight: 6 },
      text,
      fc.array(text, { maxLength: 3 }),
      fc.integer({ min: -2, max: 100 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.dictionary(fc.constantFrom('a', 'b'), text, { maxKeys: 1 }),
    );
    const oneOrList = (item: fc.Arbitrary<string>) =>
      fc.oneof(item, fc.array(item, { minLength: 1, maxLength: 3 }));
    const folder = fc.string({ minLength: 1, maxLength: 5 });
    // Mostly values the schema accepts, so that one wrong value among right ones is common: a
    // loader weaker than the schema on one key is only caught when the rest of the file is valid.
    const valid: Record<string, fc.Arbitrary<unknown>> = {
      $schema: fc.string(),
      outbox: oneOrList(folder),
      inbox: oneOrList(folder),
      sent: oneOrList(folder),
      received: oneOrList(folder),
      exclude: oneOrList(folder),
      output: oneOrList(folder),
      role: fc.constantFrom('gemeente', 'aanbieder'),
      org: oneOrList(fc.constantFrom('0363', '0599', '12345678')),
      at: fc.string(),
      format: oneOrList(
        fc.constantFrom('text', 'json', 'junit', 'github', 'sarif', 'markdown', 'html'),
      ),
      lang: fc.constantFrom('nl', 'en'),
      verbose: fc.boolean(),
      quiet: fc.boolean(),
      color: fc.boolean(),
      jobs: fc.integer({ min: 1, max: 64 }),
      failOnEmpty: fc.boolean(),
      timetable: fc.oneof(fc.constantFrom('ijw-iwmo-2.3-2.4-2020', 'eigen.json'), fc.string()),
    };
    const entry = fc
      .constantFrom(...keys)
      .chain((key) =>
        fc.tuple(
          fc.constant(key),
          valid[key] === undefined
            ? anything
            : fc.oneof({ arbitrary: valid[key], weight: 3 }, { arbitrary: anything, weight: 1 }),
        ),
      );
    const configs = fc
      .uniqueArray(entry, { maxLength: 5, selector: ([key]) => key })
      .map((entries) => Object.fromEntries(entries));
    await fc.assert(
      fc.asyncProperty(configs, async (config) => {
        const loaded = await load(config);
        assert.equal(loaded.ok, validate(config), JSON.stringify({ config, loaded }));
        if (!loaded.ok) {
          assert.equal(loaded.problem.code, 'schema');
          if (loaded.problem.code === 'schema') assert.ok(loaded.problem.problems.length > 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('folders and files are made relative to the file, single values become lists', async () => {
    const loaded = await load({ outbox: 'uit', inbox: ['in', '/abs/in'], org: '0363', jobs: 2 });
    assert.ok(loaded.ok);
    assert.deepEqual(loaded.config, {
      outbox: [path.join(dir, 'uit')],
      inbox: [path.join(dir, 'in'), '/abs/in'],
      org: ['0363'],
      jobs: 2,
    });
  });
});

describe('validateWithSchema: what a person can act on', () => {
  const check = (value: unknown, s: object = schema) => validateWithSchema(s, value);

  it('an unknown key, with the keys there are', () => {
    const [problem, ...rest] = check({ outbx: 'uit' });
    assert.equal(rest.length, 0);
    assert.equal(problem?.kind, 'unknown-key');
    if (problem?.kind === 'unknown-key') {
      assert.equal(problem.key, 'outbx');
      assert.ok(problem.allowed.includes('outbox') && !problem.allowed.includes('$schema'));
    }
  });
  it('one problem per key, the most specific of the alternatives', () => {
    assert.deepEqual(check({ outbox: [], role: 'Gemeente', org: ['0363', '363'], jobs: 65 }), [
      { kind: 'min-items', path: 'outbox', min: 1 },
      { kind: 'enum', path: 'role', value: 'Gemeente', allowed: ['gemeente', 'aanbieder'] },
      { kind: 'pattern', path: 'org[1]', value: '363', pattern: '^(\\d{4}|\\d{8})$' },
      { kind: 'range', path: 'jobs', value: 65, min: 1, max: 64 },
    ]);
  });
  it('a wrong type says every type the key may have', () => {
    assert.deepEqual(check({ org: 363 }), [
      { kind: 'type', path: 'org', value: 363, expected: ['string', 'array'] },
    ]);
    assert.deepEqual(check({ format: ['json', 'pdf'] }), [
      {
        kind: 'enum',
        path: 'format[1]',
        value: 'pdf',
        allowed: ['text', 'json', 'junit', 'github', 'sarif', 'markdown', 'html'],
      },
    ]);
  });
  it('a keyword without words of its own still names the key and the keyword', () => {
    assert.deepEqual(
      check({ n: 3 }, { type: 'object', properties: { n: { type: 'number', multipleOf: 2 } } }),
      [{ kind: 'other', path: 'n', keyword: 'multipleOf' }],
    );
    assert.deepEqual(check(['x'], { type: 'object' }), [
      { kind: 'type', path: '', value: ['x'], expected: ['object'] },
    ]);
  });
  it('a valid value has no problems', () => {
    assert.deepEqual(check({ outbox: 'uit', inbox: ['in'], format: ['json'], jobs: 64 }), []);
  });
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-config-'));

describe('the config file', () => {
  const project = () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
    const rel = (box: string) =>
      path.relative(dir, path.join(projectDir, 'fixtures/aanbieder-open', box));
    fs.writeFileSync(
      path.join(dir, 'check-ready.config.json'),
      JSON.stringify({
        $schema: './schema.json',
        outbox: rel('outbox'),
        inbox: [rel('inbox')],
        at: '2018-03-27 12:00',
        format: 'markdown',
      }),
    );
    return dir;
  };
  it('is found from the working folder upward; its folders are relative to it; it is named on stderr', async () => {
    const dir = project();
    const run = await runMain([], {}, path.join(dir, 'sub/deeper'));
    assert.equal(run.code, 1);
    assert.equal(run.stderr, `check-ready: using ${path.join(dir, 'check-ready.config.json')}\n`);
    assert.match(run.stdout, /^# check-ready/);
  });
  it('flags win over the file', async () => {
    const run = await runMain(['--format', 'json', '--at', '2018-03-29 14:00'], {}, project());
    assert.equal(JSON.parse(run.stdout).evaluatedAt.local, '2018-03-29T14:00:00+02:00');
  });
  it('the search stops at the repository root', async () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'sub/.git'));
    const run = await runMain([], {}, path.join(dir, 'sub/deeper'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /name both --outbox and --inbox/);
  });
  it('a bad key is a usage error that names the key and the fix', async () => {
    const dir = tmp();
    const file = path.join(dir, 'cfg.json');
    fs.writeFileSync(file, JSON.stringify({ outbx: 'uit' }));
    const run = await runMain(['--config', file]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown key "outbx"\. The keys mirror the flags: outbox, inbox/);
    fs.writeFileSync(file, JSON.stringify({ jobs: 'many' }));
    assert.match((await runMain(['--config', file])).stderr, /"jobs" must be a whole number/);
    fs.writeFileSync(file, '{ "outbox": ');
    assert.match((await runMain(['--config', file])).stderr, /not valid JSON at line 1, column 13/);
    fs.writeFileSync(file, '{\n  "outbox": "uit",\n  "inbox": [1,,2]\n}\n');
    assert.match((await runMain(['--config', file])).stderr, /not valid JSON at line 3, column 15/);
  });
});
