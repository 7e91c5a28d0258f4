import { createHash } from 'node:crypto';
import type { Result } from '../core/evaluate.js';
import { ruleIds, type Finding } from '../core/findings.js';
import { homepage, toolName, toolVersion } from '../version.js';
import { findingMessage } from './findingMessage.js';
import type { ReportContext } from './ReportContext.js';
import { ciWords, helpUri, ruleInfo } from './ruleInfo.js';
import { noticeTexts } from './notices.js';
import { severity } from './severity.js';
import { each, stringifyInPieces } from './stringifyInPieces.js';

/** The name of the root that relative paths are resolved against (as GitHub's own tools use). */
export const rootId = 'SRCROOT';

/** Each segment percent-encoded, `/` and the archive mark `!` kept. */
const encode = (path: string) =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%21/g, '!'))
    .join('/');

/** An absolute path (`/` separators) as a `file:` URI, on POSIX and on Windows (`C:/…`). */
const fileUri = (path: string) =>
  path.startsWith('/')
    ? `file://${encode(path)}`
    : `file:///${encode(path).replace(/^([A-Za-z])%3A/, '$1:')}`;

/**
 * A path as an artifact location: relative to the root, or a `file:` URI when it lies outside
 * (SARIF §3.4.4: an absolute URI carries no `uriBaseId`).
 */
const locationOf = (path: string) =>
  path.startsWith('/') || /^[A-Za-z]:\//.test(path)
    ? { uri: fileUri(path) }
    : { uri: encode(path), uriBaseId: rootId };

/**
 * The same alert from run to run and machine to machine: the rule, the path relative to the root,
 * the deadline, and the arguments that name the message (never a count, a time or the root).
 */
export const fingerprint = (f: Finding): string => {
  const args = f.args as Partial<Record<string, unknown>>;
  const stable = ['message', 'identificatie', 'counterpart', 'reason', 'box'].map((key) =>
    typeof args[key] === 'string' ? (args[key] as string) : '',
  );
  return createHash('sha256')
    .update([f.rule, f.path, f.deadlineId ?? '', ...stable].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
};

/** Where the results go when the document is written a piece at a time. */
const resultsMark = '\u0000results';

/**
 * SARIF 2.1.0, as code scanning shows it: one rule a rule id, one result a finding. In pieces, the
 * results an item at a time: a hundred thousand findings are some 90 MB of SARIF, and built whole
 * the run held that several times over.
 */
export function* sarifPieces(result: Result, context: ReportContext): Generator<string> {
  const w = context.words;
  const ci = ciWords[w.lang];
  const root = context.root;
  const notifications = [
    ...noticeTexts(result, context.timetable, w).map((text) => ({
      level: 'warning',
      message: { text },
    })),
    ...(root !== undefined && root.outside > 0
      ? [{ level: 'note', message: { text: ci.outsideRoot(root.outside, root.path) } }]
      : []),
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version: toolVersion,
            informationUri: homepage,
            rules: ruleIds.map((id) => {
              const text = ci.rules[id];
              return {
                id,
                name: id,
                shortDescription: { text: w.ruleTitle[id] },
                fullDescription: { text: text.description },
                help: {
                  text: `${text.description}\n\n${ci.whatToDo}: ${text.help}`,
                  markdown: `**${w.ruleTitle[id]}**\n\n${text.description}\n\n**${ci.whatToDo}:** ${text.help}\n\n[${ci.docs}](${helpUri(id)})`,
                },
                helpUri: helpUri(id),
                defaultConfiguration: { level: ruleInfo[id].level },
                properties: { tags: [...ruleInfo[id].tags] },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }),
          },
        ],
        ...(root === undefined
          ? {}
          : { originalUriBaseIds: { [rootId]: { uri: fileUri(root.path) } } }),
        results: resultsMark,
        properties: {
          verdict: result.verdict,
          exitCode: result.exitCode,
          evaluatedAt: new Date(result.at).toISOString(),
          timetable: result.timetable.id,
        },
      },
    ],
  };
  const resultOf = (f: Finding) => ({
    ruleId: f.rule,
    ruleIndex: ruleIds.indexOf(f.rule),
    level: severity[f.status].sarif,
    message: { text: findingMessage(f, result.at, context.timetable, w, ci) },
    locations: [{ physicalLocation: { artifactLocation: locationOf(f.path) } }],
    partialFingerprints: { 'checkReady/v2': fingerprint(f) },
    properties: { status: f.status, deadlineId: f.deadlineId, related: f.related },
  });
  yield* stringifyInPieces(sarif, [{ mark: resultsMark, items: each(result.findings, resultOf) }]);
}

/** The whole SARIF document as one text. */
export const renderSarif = (result: Result, context: ReportContext): string =>
  [...sarifPieces(result, context)].join('');
