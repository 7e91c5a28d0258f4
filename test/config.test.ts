import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { projectDir } from './support/runBin.js';
import { runMain } from './support/runMain.js';

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
    assert.match((await runMain(['--config', file])).stderr, /not valid JSON/);
  });
  it('the file validates against its own published schema', async () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(projectDir, 'schema/check-ready.config.schema.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(
      validate({
        outbox: ['uit'],
        inbox: 'in',
        org: ['0363'],
        format: ['json', 'junit'],
        output: ['r.json', 'j.xml'],
        jobs: 2,
      }),
    );
    assert.ok(!validate({ outbx: 'uit' }));
  });
});
