/** The published schemas list what the code knows: a rule, status, deadline or format added in one place only fails here. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ruleIds } from '../src/core/findings.js';
import { boxes, roles, statuses } from '../src/data/types.js';
import { timetable2018 } from './support/timetable2018.js';
import { formatNames } from '../src/report/reporters.js';
import { langs } from '../src/report/words/Words.js';
import { projectDir } from './support/runBin.js';

const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(projectDir, 'schema', name), 'utf8'));
const sorted = (list: readonly unknown[]) => [...list].map(String).sort();

describe('the report schema against the code', () => {
  const schema = read('report.schema.json');
  const finding = schema.properties.findings.items.properties;
  it('the rule ids', () => assert.deepEqual(sorted(finding.rule.enum), sorted(ruleIds)));
  it('the finding statuses', () => assert.deepEqual(sorted(finding.status.enum), sorted(statuses)));
  it('the deadline ids', () => {
    const ids = timetable2018.rows.map((row) => row.id);
    const definition = schema.definitions.deadlineId;
    // A listed enum must be exactly the timetable's rows; a pattern must accept each of them.
    if (definition.enum !== undefined) assert.deepEqual(sorted(definition.enum), sorted(ids));
    else for (const id of ids) assert.match(id, new RegExp(definition.pattern));
  });
  it('the boxes and roles', () => {
    assert.deepEqual(sorted(schema.properties.files.items.properties.box.enum), sorted(boxes));
    assert.deepEqual(
      sorted(schema.properties.role.enum.filter((r: unknown) => r !== null)),
      sorted(roles),
    );
  });
});

describe('the config schema against the code', () => {
  const schema = read('check-ready.config.schema.json');
  it('the format names are the reporter registry', () =>
    assert.deepEqual(sorted(schema.definitions.format.enum), sorted(formatNames)));
  it('the languages and roles', () => {
    assert.deepEqual(sorted(schema.properties.lang.enum), sorted(langs));
    assert.deepEqual(sorted(schema.properties.role.enum), sorted(roles));
  });
});
