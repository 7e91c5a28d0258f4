import { instantOf } from '../core/deadlines.js';
import type { Result } from '../core/evaluate.js';
import { isoInZone } from '../core/zone.js';
import { toolName, toolVersion } from '../version.js';
import type { ReportContext } from './ReportContext.js';
import { each, stringifyInPieces } from './stringifyInPieces.js';
import { findingText, wordContext } from './words/index.js';

// eslint-disable-next-line no-control-regex
const c1Controls = /[\u007f-\u009f]/g;

/** One placeholder a list: where its items go when the document is written piece by piece. */
const listMarks = { files: '\u0000files', findings: '\u0000findings' } as const;

// JSON.stringify escapes C0 controls but writes DEL and C1 controls raw, and a header value may
// hold them: escaped too, the same value, so that the report is safe to show on a terminal.
const escapeC1 = (text: string): string =>
  text.replace(c1Controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The JSON report, schemaVersion 2 (README, "JSON contract"), in pieces: the same bytes as
 * `JSON.stringify(document, null, 2)`, but the lists of files and findings are written an item at a
 * time. A report of a hundred thousand findings is some 80 MB of text, and built whole it held
 * that several times over (README, "Performance"). Key order is part of the contract.
 */
export function* jsonPieces(result: Result, context: ReportContext): Generator<string> {
  const zone = result.timetable.zone;
  const local = (instant: number) => isoInZone(instant, zone);
  const w = context.words;
  const wc = wordContext(w, context.timetable, result.at);
  const head = {
    schemaVersion: 2,
    tool: { name: toolName, version: toolVersion },
    evaluatedAt: { local: local(result.at), utc: new Date(result.at).toISOString() },
    timetable: {
      id: result.timetable.id,
      title: result.timetable.title[w.lang],
      from: result.timetable.from,
      to: result.timetable.to,
      inferred: result.timetable.inferred,
    },
    phase: result.phase,
    role: result.role,
    org: result.org,
    verdict: result.verdict,
    exitCode: result.exitCode,
    // Files outside the root keep their absolute path (README, "Paths in machine formats"); the
    // report says how many, once, without the root itself, which differs from machine to machine.
    notices:
      context.root !== undefined && context.root.outside > 0
        ? [...result.notices, { code: 'outside-root', files: context.root.outside }]
        : result.notices,
    endState: result.endState,
    deadlines: result.deadlines.map((d) => ({
      id: d.id,
      deadline: local(d.at),
      status: d.status,
      open: d.open,
      errors: d.errors,
    })),
    files: listMarks.files,
    findings: listMarks.findings,
    summary: result.summary,
  };
  const file = (f: Result['files'][number]) => ({
    path: f.path,
    box: f.box,
    standard: f.standard,
    message: f.message,
    berichtCode: f.berichtCode,
    release: f.release,
    kind: f.kind,
    afzender: f.afzender,
    ontvanger: f.ontvanger,
    identificatie: f.identificatie,
    dagtekening: f.dagtekening,
    identificatieRetour: f.identificatieRetour,
    sender: f.sender,
    receiver: f.receiver,
  });
  const finding = (f: Result['findings'][number]) => ({
    rule: f.rule,
    path: f.path,
    status: f.status,
    deadlineId: f.deadlineId,
    deadline: f.deadlineId === null ? null : local(instantOf(context.timetable, f.deadlineId)),
    related: f.related,
    text: findingText(f, w, wc),
  });
  yield* stringifyInPieces(
    head,
    [
      { mark: listMarks.files, items: each(result.files, file) },
      { mark: listMarks.findings, items: each(result.findings, finding) },
    ],
    escapeC1,
  );
}

/** The whole JSON report as one text, for a caller that wants it so (tests, small reports). */
export const renderJson = (result: Result, context: ReportContext): string =>
  [...jsonPieces(result, context)].join('');
