import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { binPath, projectDir } from './support/runBin.js';

/**
 * The README's CI recipes, run as written: their shell lines are read from the README and run by
 * a real shell, with `check-ready` on the PATH as `npm install --global` puts it there, in a
 * workspace laid out as the recipes expect (`berichten/uit`, `berichten/in`).
 */
const readme = fs.readFileSync(path.join(projectDir, 'README.md'), 'utf8');
const recipe = (name: string): string => {
  const match = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(
    readme,
  );
  assert.ok(match, `the README has a recipe "${name}"`);
  return match[1]!;
};

/** The block under `run: |` of the step that holds `marker`, as the runner hands it to bash. */
const runBlock = (yaml: string, marker: string): string => {
  const lines = yaml.split('\n');
  const from = lines.findIndex((l) => l.includes(marker));
  const run = lines.findIndex((l, i) => i > from && /^\s*run: \|$/.test(l));
  assert.ok(from >= 0 && run > from, `a run block after ${marker}`);
  const indent = /^\s*/.exec(lines[run]!)![0].length;
  const block: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== '' && /^\s*/.exec(line)![0].length <= indent) break;
    block.push(line.slice(indent + 2));
  }
  return `${block.join('\n')}\n`;
};

/** A GitLab `script:` list: items start with `- `, continuation lines fold into one line. */
const scriptItems = (yaml: string): string[] => {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => /^\s*script:$/.test(l));
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*- /.test(line)) items.push(line.replace(/^\s*- /, ''));
    else if (/^\s{6,}\S/.test(line) && items.length > 0)
      items[items.length - 1] += ` ${line.trim()}`;
    else break;
  }
  return items;
};

/** A workspace holding a fixture's folders where the recipes look, and `check-ready` on the PATH. */
const workspace = (scenario: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-cookbook-'));
  const ws = path.join(dir, 'ws');
  fs.cpSync(path.join(projectDir, 'fixtures', scenario, 'outbox'), path.join(ws, 'berichten/uit'), {
    recursive: true,
  });
  fs.cpSync(path.join(projectDir, 'fixtures', scenario, 'inbox'), path.join(ws, 'berichten/in'), {
    recursive: true,
  });
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, 'check-ready'),
    `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`,
    { mode: 0o755 },
  );
  return { dir, ws, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
};

const sh = (shell: 'bash' | 'sh', script: string, cwd: string, env: Record<string, string>) => {
  const result = spawnSync(shell, shell === 'bash' ? ['-e', '-c', script] : ['-c', script], {
    cwd,
    env: { LANG: 'C', TZ: 'UTC', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the CI cookbook, run as the README writes it', () => {
  it('GitHub Actions: annotations, summary, SARIF and JSON are written; the last step fails on 1 and 3 only', () => {
    const yaml = recipe('github-actions');
    const check = runBlock(yaml, 'id: check');
    const verdict = runBlock(yaml, 'name: Fail when');
    // The scenarios give each exit code the recipe must handle: ready, not ready, missed.
    for (const [scenario, expected] of [
      ['empty-ready', 0],
      ['broken-files', 1],
      ['demo-aanbieder', 3],
    ] as const) {
      const { dir, ws, PATH } = workspace(scenario);
      const env = {
        PATH,
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: path.join(dir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      };
      const step = sh('bash', check, ws, env);
      assert.equal(step.code, 0, `the check step itself never fails: ${step.stderr}`);
      const code = Number(/exit-code=(\d+)/.exec(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'))![1]);
      assert.equal(code, expected, scenario);
      assert.match(step.stdout, /^::notice title=check-ready::/m);
      assert.match(fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), /^# check-ready — /);
      const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'check-ready.sarif'), 'utf8'));
      for (const r of sarif.runs[0].results)
        assert.match(r.locations[0].physicalLocation.artifactLocation.uri, /^berichten\//);
      const json = JSON.parse(fs.readFileSync(path.join(ws, 'check-ready.json'), 'utf8'));
      assert.equal(json.exitCode, code);
      const last = sh('bash', verdict, ws, { PATH, EXIT_CODE: String(code) });
      assert.equal(last.code, code === 0 ? 0 : 1, `${scenario}: exit ${code}`);
    }
    const { PATH } = workspace('empty-ready');
    assert.equal(sh('bash', verdict, os.tmpdir(), { PATH, EXIT_CODE: '2' }).code, 1);
  });

  it('GitLab: the JUnit report and the JSON are kept, and the job fails on the exit code', () => {
    const items = scriptItems(recipe('gitlab'));
    assert.match(items[0]!, /^npm install --global check-ready$/);
    for (const [scenario, expected] of [
      ['empty-ready', 0],
      ['demo-gemeente', 3],
    ] as const) {
      const { ws, PATH } = workspace(scenario);
      // GitLab runs each item in turn and stops at the first that fails; install is done.
      const run = sh('bash', items.slice(1).join('\n'), ws, { PATH, CI_PROJECT_DIR: ws });
      assert.equal(run.code, expected, run.stderr);
      assert.match(run.stdout, /^check-ready · /);
      const junit = fs.readFileSync(path.join(ws, 'check-ready.xml'), 'utf8');
      assert.match(junit, /^<\?xml[\s\S]*<testsuites>/);
      if (expected !== 0)
        assert.match(
          junit,
          /<failure type="(open|missed)" message="[^"]*\b(D\d|B\d) \(\w{3} \d+ \w{3} 2018 \d\d:\d\d\)/,
        );
      assert.ok(!junit.includes(ws), 'paths relative to $CI_PROJECT_DIR');
      assert.ok(fs.existsSync(path.join(ws, 'check-ready.json')));
    }
  });

  it('a shell script: the report is written and the exit code passed on with its line', () => {
    const script = recipe('shell');
    for (const [scenario, expected, line] of [
      ['empty-ready', 0, /^klaar: /m],
      ['demo-aanbieder', 3, /^deadline gemist/m],
    ] as const) {
      const { dir, ws, PATH } = workspace(scenario);
      const report = path.join(dir, 'rapport.json');
      const run = sh('sh', script, dir, {
        PATH,
        BERICHTEN: path.join(ws, 'berichten'),
        RAPPORT: report,
      });
      assert.equal(run.code, expected, run.stderr);
      assert.match(run.stdout, line);
      assert.equal(JSON.parse(fs.readFileSync(report, 'utf8')).exitCode, expected);
    }
    const { dir, PATH } = workspace('empty-ready');
    const missing = sh('sh', script, dir, { PATH, BERICHTEN: path.join(dir, 'nergens') });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /kon niet oordelen \(exit 2\)/);
  });
});
