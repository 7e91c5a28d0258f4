import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { validateXML } from 'xmllint-wasm';
import {
  escapeData,
  escapeProperty,
  fitStepSummary,
  stepSummaryLimit,
} from '../src/report/github.js';
import { boxesOf, fixture, projectDir, tempBoxes, type BinRun } from './support/runBin.js';
import { runMain } from './support/runMain.js';
import { sharedSkip } from './support/shared.js';

// ajv-draft-04 is CommonJS whose default export TypeScript cannot construct under NodeNext.
const Ajv04 = createRequire(import.meta.url)(
  'ajv-draft-04',
) as typeof import('ajv-draft-04').default;

const ciSchemas = path.resolve(projectDir, '../shared/ci-schemas');
const haveCiSchemas = fs.existsSync(path.join(ciSchemas, 'JUnit.xsd'));
const skipCi = sharedSkip(haveCiSchemas, 'the CI schemas');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-formats-'));

/** Runs that cover every kind of finding: open, missed, errors, warnings, info, archives, ZIPs. */
const runs: { name: string; args: string[] }[] = [
  { name: 'aanbieder-open', args: [...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00'] },
  {
    name: 'gemeente-after-retour-block',
    args: [...boxesOf('gemeente-after-retour-block'), '--at', '2018-03-29 14:00'],
  },
  { name: 'broken-files', args: [...boxesOf('broken-files'), '--at', '2018-03-27 12:00'] },
  {
    name: 'ready-with-warnings',
    args: [...boxesOf('ready-with-warnings'), '--at', '2018-03-28 10:00'],
  },
  { name: 'zip-hostile', args: [...boxesOf('zip-hostile'), '--at', '2018-03-27 12:00'] },
  {
    name: 'pairs-anomalies',
    args: [
      ...boxesOf('pairs-anomalies'),
      '--sent',
      fixture('pairs-anomalies', 'sent'),
      '--received',
      fixture('pairs-anomalies', 'received'),
      '--at',
      '2018-03-28 10:00',
    ],
  },
  { name: 'empty-ready', args: [...boxesOf('empty-ready'), '--at', '2018-03-27 12:00'] },
];

const formats = ['text', 'json', 'junit', 'github', 'sarif', 'markdown'] as const;
/** Every run in every format, rendered once in-process and shared by the checks below. */
const outputs = new Map<string, BinRun>();
const output = (name: string, format: string): BinRun => {
  const found = outputs.get(`${name} ${format}`);
  assert.ok(found, `${name} ${format} was rendered`);
  return found;
};
before(async () => {
  for (const { name, args } of runs)
    for (const format of formats)
      outputs.set(`${name} ${format}`, await runMain([...args, '--format', format]));
});

describe('every machine format', () => {
  for (const { name, args } of runs) {
    it(`${name}: stdout holds only the document, the same run after run, and the exit code is the same in every format`, async () => {
      const codes = new Set<number | null>();
      for (const format of formats) {
        const run = output(name, format);
        assert.equal(run.stderr, '', format);
        codes.add(run.code);
        if (format === 'json' || format === 'sarif')
          assert.doesNotThrow(() => JSON.parse(run.stdout), format);
        if (format === 'junit')
          assert.match(
            run.stdout,
            /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites>\n[\s\S]*<\/testsuites>\n$/,
          );
        if (format === 'github')
          for (const line of run.stdout.trimEnd().split('\n'))
            assert.match(line, /^::(error|warning|notice) /);
        if (format === 'markdown') assert.match(run.stdout, /^# check-ready — /);
        assert.equal(
          (await runMain([...args, '--format', format])).stdout,
          run.stdout,
          `${format} is byte-identical run after run`,
        );
      }
      assert.equal(codes.size, 1, `exit codes ${[...codes].join(', ')}`);
    });
  }
});

describe('JUnit against the Ant JUnit XSD', { skip: skipCi }, () => {
  const xsd = haveCiSchemas ? fs.readFileSync(path.join(ciSchemas, 'JUnit.xsd'), 'utf8') : '';
  it('every run validates, all checked in one call', async () => {
    const result = await validateXML({
      xml: runs.map(({ name }) => ({
        fileName: `${name}.xml`,
        contents: output(name, 'junit').stdout,
      })),
      schema: [{ fileName: 'JUnit.xsd', contents: xsd }],
    });
    assert.deepEqual(
      result.errors.map((e) => e.rawMessage),
      [],
    );
    for (const { name } of runs)
      assert.ok(result.rawOutput.includes(`${name}.xml validates`), name);
  });
  it('passing checks are test cases too, so "all green" differs from "nothing ran"', async () => {
    const xml = output('empty-ready', 'junit').stdout;
    assert.match(
      xml,
      /<testcase classname="check-ready\.nothingToSend\.unsent-heen" name="unsent-heen: no findings" time="0"\/>/,
    );
    assert.doesNotMatch(xml, /<failure|<error /);
  });
  it('classname and name are unique, timestamp is the moment in UTC without a zone', async () => {
    const xml = output('aanbieder-open', 'junit').stdout;
    const keys = [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    assert.equal(new Set(keys).size, keys.length);
    assert.match(xml, /timestamp="2018-03-27T10:00:00" hostname="localhost"/);
    assert.match(xml, /tests="3" failures="3" errors="0"/);
  });
});

describe('SARIF against the SARIF 2.1.0 schema', { skip: skipCi }, () => {
  const schema = haveCiSchemas
    ? JSON.parse(fs.readFileSync(path.join(ciSchemas, 'sarif-schema-2.1.0.json'), 'utf8'))
    : {};
  const validate = haveCiSchemas
    ? new Ajv04({ strict: false, validateFormats: false }).compile(schema)
    : () => true;
  for (const { name } of runs) {
    it(`${name} validates`, () => {
      const sarif = JSON.parse(output(name, 'sarif').stdout);
      assert.ok(
        validate(sarif),
        JSON.stringify((validate as { errors?: unknown }).errors)?.slice(0, 500),
      );
    });
  }
  it('results carry stable rule ids, relative URIs and our own fingerprints', async () => {
    const sarif = JSON.parse(output('zip-hostile', 'sarif').stdout);
    const [run] = sarif.runs;
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'unsafe-entry-name');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'unsafe-entry-name');
    assert.equal(
      result.locations[0].physicalLocation.artifactLocation.uri,
      'fixtures/zip-hostile/inbox/namen-buiten.zip',
    );
    assert.match(result.partialFingerprints['checkReady/v2'], /^[0-9a-f]{32}$/);
    const entry = run.results.find(
      (r: {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }) => r.locations[0]!.physicalLocation.artifactLocation.uri.includes('!'),
    );
    assert.match(
      entry.locations[0].physicalLocation.artifactLocation.uri,
      /^fixtures\/zip-hostile\/inbox\/[a-z-]+\.zip!/,
    );
  });
});

describe('GitHub workflow commands', () => {
  it('escape as the toolkit does', async () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('inbox/a:b,c%.xml'), 'inbox/a%3Ab%2Cc%25.xml');
  });
  it('a path with a colon, a comma, a percent sign and a newline stays one command', async () => {
    const run = await runMain([
      ...tempBoxes({ 'a:b,c%d\ne.xml': '' }),
      '--at',
      '2018-03-27 12:00',
      '--format',
      'github',
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    // The finding, the word that its folder lies outside the root, and the summary.
    assert.equal(lines.length, 3);
    assert.match(
      lines[0] ?? '',
      /^::error file=[^:,\n]*a%3Ab%2Cc%25d%0Ae\.xml,title=check-ready malformed::empty file/,
    );
  });
  it('past 10 errors, one annotation a rule with its count', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`leeg-${i}.xml`] = '';
    for (let i = 0; i < 3; i++) files[`kapot-${i}.xml`] = '<a>';
    const run = await runMain([
      ...tempBoxes(files),
      '--at',
      '2018-03-27 12:00',
      '--format',
      'github',
    ]);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.deepEqual(
      errors.map((line) => /^::error title=([^:]*)::/.exec(line)?.[1]),
      ['check-ready malformed (17)'],
    );
    assert.ok(errors.length <= 10);
    assert.equal(run.code, 1);
  });
  it('appends a Markdown summary to $GITHUB_STEP_SUMMARY, kept under 1 MiB', async () => {
    const dir = tmp();
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(summary, '## an earlier step\n');
    const run = await runMain([...runs[0]!.args, '--format', 'github'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    assert.equal(run.code, 1);
    const text = fs.readFileSync(summary, 'utf8');
    assert.match(
      text,
      /^## an earlier step\n# check-ready — Migration iJw\/iWmo 2\.1 to 2\.2\n\n\*\*NOT READY\*\*/,
    );
    const big = `# x\n${'- a line of a long report\n'.repeat(100_000)}`;
    const fitted = fitStepSummary(big, '… cut');
    assert.ok(Buffer.byteLength(fitted) <= stepSummaryLimit);
    assert.match(fitted, /\n\n… cut\n$/);
    assert.equal(fitStepSummary('# small\n', '… cut'), '# small\n');
  });
});

describe('--output', () => {
  it('writes each format to its file; the terminal shows the text report', async () => {
    const dir = tmp();
    const [json, junit] = [path.join(dir, 'report.json'), path.join(dir, 'junit.xml')];
    const run = await runMain([
      ...runs[0]!.args,
      '--format',
      'json',
      '--output',
      json,
      '--format',
      'junit',
      '--output',
      junit,
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^check-ready · [\s\S]*\nNOT READY · [^\n]*\n$/);
    assert.equal(
      fs.readFileSync(json, 'utf8'),
      (await runMain([...runs[0]!.args, '--format', 'json'])).stdout,
    );
    assert.equal(
      fs.readFileSync(junit, 'utf8'),
      (await runMain([...runs[0]!.args, '--format', 'junit'])).stdout,
    );
  });
  it('a file inside a scanned folder is a usage error, and nothing is written', async () => {
    const target = path.join(projectDir, 'fixtures/aanbieder-open/inbox/report.json');
    const run = await runMain([...runs[0]!.args, '--format', 'json', '--output', target]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /lies inside the scanned folder/);
    assert.equal(fs.existsSync(target), false);
  });
  it('each --output belongs to the --format before it; one format may go to the terminal', async () => {
    const sarif = path.join(tmp(), 'report.sarif');
    const run = await runMain([
      ...runs[0]!.args,
      '--format',
      'github',
      '--format',
      'sarif',
      '--output',
      sarif,
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^::error /);
    assert.equal(JSON.parse(fs.readFileSync(sarif, 'utf8')).version, '2.1.0');
  });
  it('formats and outputs must pair up', async () => {
    assert.equal(
      (await runMain([...runs[0]!.args, '--format', 'json', '--format', 'junit'])).code,
      2,
    );
    assert.equal(
      (
        await runMain([
          ...runs[0]!.args,
          '--format',
          'json',
          '--output',
          path.join(tmp(), 'a'),
          '--output',
          path.join(tmp(), 'b'),
        ])
      ).code,
      2,
    );
  });
});

describe('the JSON report schema', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(projectDir, 'schema/report.schema.json'), 'utf8'),
  );
  const validate = new Ajv({ strict: false }).compile(schema);
  const scenarios = fs
    .readdirSync(path.join(projectDir, 'fixtures'))
    .filter((name) => name !== 'role-conflict');
  it("every fixture's report validates, with and without archives", async () => {
    let checked = 0;
    for (const name of scenarios) {
      const archives = fs.existsSync(path.join(projectDir, 'fixtures', name, 'sent'))
        ? ['--sent', fixture(name, 'sent'), '--received', fixture(name, 'received')]
        : [];
      for (const lang of ['en', 'nl']) {
        const report = JSON.parse(
          (
            await runMain([
              ...boxesOf(name),
              ...archives,
              '--at',
              '2018-03-28 10:00',
              '--format',
              'json',
              '--lang',
              lang,
            ])
          ).stdout,
        );
        assert.ok(validate(report), `${name}: ${JSON.stringify(validate.errors)?.slice(0, 400)}`);
        checked++;
      }
    }
    assert.ok(checked >= 30);
  });
  it('the schema refuses what the contract forbids', async () => {
    const report = JSON.parse((await runMain([...runs[0]!.args, '--format', 'json'])).stdout);
    assert.ok(!validate({ ...report, verdict: 'maybe' }));
    assert.ok(!validate({ ...report, extra: 1 }));
  });
});
