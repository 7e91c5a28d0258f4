import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { main, type Stream } from '../src/cli.js';
import { ruleIds } from '../src/core/findings.js';
import { markdownLimit } from '../src/report/markdown.js';
import { anchorOf } from '../src/report/ruleInfo.js';
import { homepage } from '../src/version.js';
import { generateTree } from '../scripts/bench/generate.js';
import { projectDir } from './support/runBin.js';
import { sharedSkip } from './support/shared.js';

// ajv-draft-04 and ajv-formats are CommonJS whose default exports TypeScript cannot call under NodeNext.
const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const ciSchemas = path.resolve(projectDir, '../shared/ci-schemas');
const haveSarifSchema = fs.existsSync(path.join(ciSchemas, 'sarif-schema-2.1.0.json'));

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-ci-'));
const fixtureDir = (...parts: string[]) => path.join(projectDir, 'fixtures', ...parts);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI in-process, with the environment and working folder a CI runner would give it. */
const run = async (
  argv: readonly string[],
  env: Record<string, string> = {},
  cwd = projectDir,
): Promise<Run> => {
  let stdout = '';
  let stderr = '';
  const sink = (write: (t: string) => void): Stream => ({ write });
  const code = await main({
    argv: [...argv, '--jobs', '1'],
    cwd,
    env,
    stdout: sink((t) => (stdout += t)),
    stderr: sink((t) => (stderr += t)),
    now: () => Date.parse('2018-03-28T18:00:00Z'),
  });
  return { code, stdout, stderr };
};

const boxes = (scenario: string, archives = false) => [
  '--outbox',
  fixtureDir(scenario, 'outbox'),
  '--inbox',
  fixtureDir(scenario, 'inbox'),
  ...(archives
    ? ['--sent', fixtureDir(scenario, 'sent'), '--received', fixtureDir(scenario, 'received')]
    : []),
];

/** Runs with open, missed, blocked, carried and reported findings, each with its deadline. */
const scenarios: { name: string; args: string[] }[] = [
  { name: 'demo-aanbieder', args: [...boxes('demo-aanbieder'), '--at', '2018-03-28 20:00'] },
  { name: 'demo-gemeente', args: [...boxes('demo-gemeente'), '--at', '2018-03-28 20:00'] },
  {
    name: 'aanbieder-declaratie-missed',
    args: [...boxes('aanbieder-declaratie-missed'), '--at', '2018-03-20 10:00'],
  },
  {
    name: 'gemeente-after-retour-block',
    args: [...boxes('gemeente-after-retour-block'), '--at', '2018-03-29 14:00'],
  },
  {
    name: 'pairs-anomalies',
    args: [...boxes('pairs-anomalies', true), '--at', '2018-03-28 10:00'],
  },
  { name: 'broken-files', args: [...boxes('broken-files'), '--at', '2018-03-27 12:00'] },
];

interface JsonFinding {
  rule: string;
  path: string;
  status: string;
  deadlineId: string | null;
  deadline: string | null;
}

/** How each language writes a deadline's moment, derived from the JSON's ISO instant. */
const momentIn = (lang: 'en' | 'nl', iso: string) => {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(iso)!;
  const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const nl = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const month = (lang === 'en' ? en : nl)[Number(m) - 1];
  return lang === 'en'
    ? `${Number(d)} ${month} ${y} ${hh}:${mm}`
    : `${Number(d)} ${month} ${y} ${hh}.${mm} uur`;
};

const xmlUnescape = (text: string) =>
  text
    .replace(/&#10;/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe("every message names its moment: the deadline's id, date and time", () => {
  for (const lang of ['en', 'nl'] as const) {
    for (const { name, args } of scenarios) {
      it(`${name} (${lang}): github, sarif, junit and markdown`, async () => {
        const withLang = [...args, '--lang', lang];
        const json = JSON.parse((await run([...withLang, '--format', 'json'])).stdout) as {
          findings: JsonFinding[];
        };
        const dated = json.findings.filter((f) => f.deadlineId !== null);
        assert.ok(dated.length > 0 || name === 'broken-files');
        const github = (await run([...withLang, '--format', 'github'])).stdout.split('\n');
        const sarif = JSON.parse((await run([...withLang, '--format', 'sarif'])).stdout).runs[0];
        const junit = (await run([...withLang, '--format', 'junit'])).stdout;
        const markdown = (await run([...withLang, '--format', 'markdown'])).stdout.split('\n');
        for (const f of dated) {
          const moment = momentIn(lang, f.deadline!);
          const names = (text: string | undefined, where: string) => {
            assert.ok(text !== undefined, `${where}: no message for ${f.rule} ${f.path}`);
            assert.ok(
              text.includes(f.deadlineId!) && text.includes(moment),
              `${where}: "${text}" lacks ${f.deadlineId} ${moment}`,
            );
          };
          const annotations = github.filter(
            (l) => l.includes(`file=${f.path},`) && l.includes(`title=check-ready ${f.rule}::`),
          );
          // Grouped annotations (past 10 of a kind) name one example; the fixtures stay below.
          assert.ok(annotations.length > 0, `github: ${f.rule} ${f.path}`);
          assert.ok(annotations.some((l) => l.includes(f.deadlineId!) && l.includes(moment)));
          names(
            sarif.results.find(
              (r: {
                ruleId: string;
                locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
                properties: { deadlineId: string };
              }) =>
                r.ruleId === f.rule &&
                r.properties.deadlineId === f.deadlineId &&
                decodeURI(r.locations[0]!.physicalLocation.artifactLocation.uri) === f.path,
            )?.message.text,
            'sarif',
          );
          const testcase = [
            ...junit.matchAll(
              /<testcase classname="([^"]+)" name="([^"]+)" time="0"(\/>|>(.*?)<\/testcase>)/g,
            ),
          ].find((m) => m[1]!.endsWith(`.${f.rule}`) && xmlUnescape(m[2]!).startsWith(f.path));
          const body = testcase?.[4];
          if (f.status === 'open' || f.status === 'missed') {
            names(/message="([^"]*)"/.exec(body ?? '')?.[1], 'junit failure');
          } else names(xmlUnescape(testcase?.[2] ?? ''), 'junit test name');
          names(
            markdown.find((l) => l.includes(`\`${f.path}\``) && l.includes(f.deadlineId!)) ??
              markdown.find((l) => l.includes(`\`${f.path}\``)),
            'markdown',
          );
        }
      });
    }
  }
});

/** Copies a fixture's folders into a fresh repository-like tree: `<repo>/berichten/<box>`. */
const repoWith = (scenario: string): string => {
  const repo = path.join(tmp(), 'repo');
  for (const box of ['outbox', 'inbox', 'sent', 'received']) {
    const from = fixtureDir(scenario, box);
    if (fs.existsSync(from))
      fs.cpSync(from, path.join(repo, 'berichten', box), { recursive: true });
  }
  return repo;
};
const repoBoxes = (repo: string, shown: (p: string) => string = (p) => p) =>
  ['outbox', 'inbox', 'sent', 'received'].flatMap((box) =>
    fs.existsSync(path.join(repo, 'berichten', box))
      ? [`--${box}`, shown(path.join(repo, 'berichten', box))]
      : [],
  );

interface SarifRun {
  tool: { driver: { rules: Record<string, any>[] } };
  originalUriBaseIds?: Record<string, { uri: string }>;
  invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[];
  results: {
    ruleId: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
    partialFingerprints: Record<string, string>;
  }[];
}

describe('SARIF as code scanning shows it', () => {
  it('every rule has a title, a description, help in text and Markdown, a link, a level and tags', async () => {
    const sarif = JSON.parse((await run([...scenarios[0]!.args, '--format', 'sarif'])).stdout);
    const rules = (sarif.runs[0] as SarifRun).tool.driver.rules;
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    assert.equal(homepage, pkg.homepage, 'src/version.ts keeps the homepage of package.json');
    assert.deepEqual(
      rules.map((r) => r.id),
      ruleIds,
    );
    // The README's headings, as anchors: every rule's link must land on one.
    const readme = fs.readFileSync(path.join(projectDir, 'README.md'), 'utf8');
    const anchors = new Set(
      [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]!.replace(/`/g, ''))),
    );
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text.length > 10, rule.id);
      assert.notEqual(rule.shortDescription.text, rule.id);
      assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
      assert.notEqual(rule.fullDescription.text, rule.help.text, rule.id);
      assert.match(rule.help.markdown, /\*\*.+\*\*/, rule.id);
      assert.ok(rule.help.markdown.includes(`(${rule.helpUri})`), rule.id);
      assert.ok(rule.helpUri.startsWith(`${homepage}#`), rule.helpUri);
      assert.ok(anchors.has(rule.helpUri.split('#')[1]), `no README heading for ${rule.helpUri}`);
      assert.ok(
        readme.includes(
          `#### \`${rule.id}\`\n\n**${rule.shortDescription.text.replace(/^./, (c: string) => c.toUpperCase())}.** ${rule.fullDescription.text}`,
        ),
        `the README's section of ${rule.id} says what SARIF says`,
      );
      assert.match(rule.defaultConfiguration.level, /^(error|warning|note)$/);
      assert.ok(rule.properties.tags.length > 0, rule.id);
    }
  });

  it('is written a piece at a time, in the bytes of the whole document', async () => {
    for (const { args } of scenarios) {
      const { stdout } = await run([...args, '--format', 'sarif']);
      const sarif = JSON.parse(stdout) as { runs: { results: unknown[] }[] };
      assert.equal(stdout, `${JSON.stringify(sarif, null, 2)}\n`);
    }
  });

  it('locations are relative to SRCROOT, which names the root; fingerprints are the same from any folder', async () => {
    const repo = repoWith('pairs-anomalies');
    const at = ['--at', '2018-03-28 10:00', '--format', 'sarif'];
    // Once as absolute folders with --root; once as ../ folders from a subfolder, the root from
    // $GITHUB_WORKSPACE, as a runner gives it.
    const first = await run([...repoBoxes(repo), '--root', repo, ...at]);
    const sub = path.join(repo, 'scripts');
    fs.mkdirSync(sub);
    const second = await run(
      [...repoBoxes(repo, (p) => path.relative(process.cwd(), p)), ...at],
      { GITHUB_WORKSPACE: repo },
      sub,
    );
    assert.equal(first.code, second.code);
    assert.equal(second.stdout, first.stdout);
    const sarifRun = JSON.parse(first.stdout).runs[0] as SarifRun;
    assert.equal(sarifRun.originalUriBaseIds?.SRCROOT?.uri, `file://${repo}/`);
    assert.ok(sarifRun.results.length > 5);
    for (const result of sarifRun.results) {
      const location = result.locations[0]!.physicalLocation.artifactLocation;
      assert.equal(location.uriBaseId, 'SRCROOT');
      assert.match(location.uri, /^berichten\/(outbox|inbox|sent|received)\//);
      assert.match(result.partialFingerprints['checkReady/v2']!, /^[0-9a-f]{32}$/);
    }
    const prints = sarifRun.results.map((r) => r.partialFingerprints['checkReady/v2']);
    assert.equal(new Set(prints).size, prints.length, 'one fingerprint a finding');
  });

  it('a ZIP entry keeps its own name after the archive, `..` and all', async () => {
    const repo = repoWith('zip-hostile');
    const sarif = JSON.parse(
      (
        await run([
          ...repoBoxes(repo),
          '--root',
          repo,
          '--at',
          '2018-03-27 12:00',
          '--format',
          'sarif',
        ])
      ).stdout,
    ).runs[0] as SarifRun;
    const uris = sarif.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('berichten/inbox/namen-buiten.zip'));
    assert.ok(uris.some((u) => /^berichten\/inbox\/[a-z-]+\.zip!/.test(u)));
  });

  it(
    'validates against the SARIF 2.1.0 schema, its formats checked',
    {
      skip: sharedSkip(haveSarifSchema, 'the CI schemas'),
    },
    async () => {
      const schema = JSON.parse(
        fs.readFileSync(path.join(ciSchemas, 'sarif-schema-2.1.0.json'), 'utf8'),
      );
      const ajv = new Ajv04({ strict: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      // A format that is checked refuses what it must: the test would pass unchecked otherwise.
      assert.ok(!ajv.validate({ type: 'string', format: 'uri' }, 'not a uri'));
      const outside = tmp();
      fs.cpSync(fixtureDir('zip-hostile', 'inbox'), outside, { recursive: true });
      const runs = [
        ...scenarios.map((s) => s.args),
        [
          '--outbox',
          fixtureDir('empty-ready', 'outbox'),
          '--inbox',
          outside,
          '--at',
          '2018-03-27 12:00',
        ],
      ];
      for (const args of runs) {
        for (const lang of ['en', 'nl']) {
          const out = await run([...args, '--format', 'sarif', '--lang', lang]);
          const sarif = JSON.parse(out.stdout);
          assert.ok(validate(sarif), JSON.stringify(validate.errors)?.slice(0, 600));
        }
      }
    },
  );
});

describe('paths that attach: written against --root in every machine format', () => {
  const at = ['--at', '2018-03-28 20:00'];
  const machine = ['json', 'junit', 'github', 'sarif', 'markdown'] as const;

  it('from absolute folders and from ../ folders alike, with / separators and never ../', async () => {
    const repo = repoWith('demo-gemeente');
    const sub = path.join(repo, 'deep', 'er');
    fs.mkdirSync(sub, { recursive: true });
    for (const format of machine) {
      const absolute = await run([...repoBoxes(repo), ...at, '--format', format, '--root', repo]);
      const dotted = await run(
        [...repoBoxes(repo, (p) => path.relative(process.cwd(), p)), ...at, '--format', format],
        { CI_PROJECT_DIR: repo },
        sub,
      );
      assert.equal(dotted.stdout, absolute.stdout, format);
      assert.equal(absolute.code, 3, format);
      // SARIF names the root once, in originalUriBaseIds; its rule texts may quote `../`.
      const paths =
        format === 'sarif'
          ? JSON.stringify(JSON.parse(absolute.stdout).runs[0].results)
          : absolute.stdout;
      assert.doesNotMatch(paths, /\.\.\//, format);
      assert.ok(!paths.includes(repo), `${format} names the root's own path`);
      assert.match(paths, /berichten\/outbox\/[^\s"]+\.xml/, format);
    }
    const json = JSON.parse(
      (await run([...repoBoxes(repo), ...at, '--format', 'json', '--root', repo])).stdout,
    );
    for (const p of [
      ...json.files.map((f: { path: string }) => f.path),
      ...json.findings.map((f: { path: string }) => f.path),
    ])
      assert.match(p, /^berichten\/(outbox|inbox)\//);
  });

  it('the text report keeps paths as typed', async () => {
    const repo = repoWith('demo-gemeente');
    const typed = path.relative(process.cwd(), path.join(repo, 'berichten', 'outbox'));
    const text = await run([
      '--outbox',
      typed,
      '--inbox',
      path.join(repo, 'berichten', 'inbox'),
      ...at,
      '--root',
      repo,
    ]);
    assert.ok(text.stdout.includes(`${typed}/`), text.stdout);
    assert.ok(text.stdout.includes(`${repo}/berichten/inbox/`));
  });

  it('a file outside the root keeps its absolute path, and each format says so once', async () => {
    const repo = repoWith('demo-aanbieder');
    const elsewhere = tmp();
    fs.cpSync(path.join(repo, 'berichten', 'inbox'), elsewhere, { recursive: true });
    const args = ['--outbox', path.join(repo, 'berichten', 'outbox'), '--inbox', elsewhere, ...at];
    const said = /4 files lie outside the root /g;
    for (const format of machine) {
      const out = (await run([...args, '--format', format, '--root', repo])).stdout;
      if (format === 'json')
        assert.deepEqual(JSON.parse(out).notices, [{ code: 'outside-root', files: 4 }]);
      else assert.equal(out.match(said)?.length, 1, `${format}: ${out.slice(0, 300)}`);
      assert.ok(out.includes(`${elsewhere}/vecozo/`), format);
      assert.match(out, /berichten\/outbox\/retour\//, format);
    }
    const inside = (await run([...args, '--format', 'github', '--root', path.dirname(elsewhere)]))
      .stdout;
    assert.doesNotMatch(inside, /outside the root/);
  });

  it('the config key `root` is relative to the config file; a root that does not exist is a usage error', async () => {
    const repo = repoWith('demo-gemeente');
    const config = path.join(repo, 'ci', 'check-ready.config.json');
    fs.mkdirSync(path.dirname(config));
    fs.writeFileSync(
      config,
      JSON.stringify({ outbox: '../berichten/outbox', inbox: '../berichten/inbox', root: '..' }),
    );
    const out = await run(['--config', config, ...at, '--format', 'json']);
    assert.equal(out.code, 3, out.stderr);
    assert.match(JSON.parse(out.stdout).findings[0].path, /^berichten\//);
    const missing = await run([
      ...repoBoxes(repo),
      ...at,
      '--format',
      'sarif',
      '--root',
      path.join(repo, 'nope'),
    ]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /--root .*nope: no such folder/);
  });
});

describe('fits where it goes', () => {
  it(`a 10,000-file gemeente gives Markdown under ${markdownLimit.toLocaleString('en')} characters, the rest counted and pointed to`, async () => {
    const tree = path.join(tmp(), 'tree');
    generateTree(tree, 10_000);
    const args = ['outbox', 'inbox', 'sent', 'received'].flatMap((box) => [
      `--${box}`,
      path.join(tree, box),
    ]);
    // One judgement, both reports: the JSON to a file, the Markdown to standard output.
    const jsonFile = path.join(tmp(), 'report.json');
    const both = [...args, '--at', '2018-03-28 20:00', '--root', tree];
    const markdown = (
      await run([...both, '--format', 'json', '--output', jsonFile, '--format', 'markdown'])
    ).stdout;
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    assert.ok(json.findings.length > 300, `${json.findings.length} findings`);
    assert.ok(markdown.length < markdownLimit, `${markdown.length} characters`);
    assert.match(markdown, /<details><summary>[\d,]+ files<\/summary>/);
    assert.match(markdown, /… and [\d,]+ more: the full list is in the complete report/);
    assert.match(markdown, /^\*\*NOT READY\*\*|^\*\*DEADLINE MISSED\*\*/m);
  });
});

describe('what to know before the report, in every format', () => {
  const reportSchema = new Ajv({ strict: false }).compile(
    JSON.parse(fs.readFileSync(path.join(projectDir, 'schema/report.schema.json'), 'utf8')),
  );
  it('the wrong timetable, no file at all and inferred rows are said where each format says things', async () => {
    // 2018 traffic against the 2020 switch: every message is another release; 2020 has inferred rows.
    const wrong = [
      ...boxes('aanbieder-open'),
      '--timetable',
      'ijw-iwmo-2.3-2.4-2020',
      '--at',
      '2020-03-20 12:00',
    ];
    const empty = tmp();
    fs.mkdirSync(path.join(empty, 'out'));
    fs.mkdirSync(path.join(empty, 'in'));
    const none = ['--outbox', path.join(empty, 'out'), '--inbox', path.join(empty, 'in')];
    const said: Record<string, RegExp[]> = {
      wrong: [/is of release 2\.1, and this timetable is about 2\.3 → 2\.4/, /no source states/],
      none: [/No file at all was found/],
    };
    for (const [name, args] of [
      ['wrong', wrong],
      ['none', [...none, '--at', '2018-03-27 12:00']],
    ] as const) {
      for (const format of ['text', 'markdown', 'github', 'junit', 'sarif', 'html']) {
        const { stdout, code } = await run([...args, '--format', format]);
        assert.equal(code, 0, `${name} ${format}`);
        for (const pattern of said[name]!) assert.match(stdout, pattern, `${name} ${format}`);
      }
      // --quiet: the verdict line alone on stdout, the run's notice on stderr.
      const quiet = await run([...args, '--quiet']);
      assert.equal(quiet.stdout.split('\n').length, 2, 'the verdict line only');
      assert.match(quiet.stderr, new RegExp(`^check-ready: ⚠ [^\\n]*${said[name]![0]!.source}`));
      const json = JSON.parse((await run([...args, '--format', 'json'])).stdout) as {
        notices: unknown;
      };
      assert.ok(reportSchema(json), JSON.stringify(reportSchema.errors));
      assert.deepEqual(
        json.notices,
        name === 'wrong'
          ? [{ code: 'other-release-only', releases: ['2.1'] }]
          : [{ code: 'no-files' }],
      );
    }
  });
});
