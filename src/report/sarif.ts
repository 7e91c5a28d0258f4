import { createHash } from 'node:crypto';
import type { Result } from '../core/evaluate.js';
import { ruleIds, type Finding } from '../core/findings.js';
import { toolName, toolVersion } from '../version.js';
import type { ReportContext } from './ReportContext.js';
import { findingText, wordContext } from './words/index.js';

const level = (status: Finding['status']) =>
  status === 'warning' ? 'warning' : status === 'info' ? 'note' : 'error';

/** A path as a URI reference: each segment percent-encoded, `/` and the archive mark `!` kept. */
const uriOf = (path: string) => {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%21/g, '!'))
    .join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
};

/** Stable across runs and machines: the rule, the path and the deadline a finding is about. */
const fingerprint = (f: Finding) =>
  createHash('sha256')
    .update(`${f.rule}\u0000${f.path}\u0000${f.deadlineId ?? ''}`)
    .digest('hex')
    .slice(0, 32);

/** SARIF 2.1.0, for code-scanning views: one rule a rule id, one result a finding. */
export const renderSarif = (result: Result, context: ReportContext): string => {
  const w = context.words;
  const wc = wordContext(w, context.timetable, result.at);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: toolVersion,
            informationUri: 'https://www.npmjs.com/package/check-ready',
            rules: ruleIds.map((id) => ({
              id,
              name: id,
              shortDescription: { text: id },
              fullDescription: { text: w.ruleTitle[id] },
              help: { text: w.ruleTitle[id] },
            })),
          },
        },
        invocations: [{ executionSuccessful: true }],
        results: result.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: level(f.status),
          message: { text: findingText(f, w, wc) },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.path) } } }],
          partialFingerprints: { 'checkReady/v1': fingerprint(f) },
          properties: { status: f.status, deadlineId: f.deadlineId, related: f.related },
        })),
        properties: {
          verdict: result.verdict,
          exitCode: result.exitCode,
          evaluatedAt: new Date(result.at).toISOString(),
          timetable: result.timetable.id,
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
