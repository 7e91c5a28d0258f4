import { instantOf } from '../core/deadlines.js';
import { isoInZone } from '../core/zone.js';
import type { Result } from '../core/evaluate.js';
import { isMessageId } from '../data/catalogue.js';
import type { ResolvedTimetable } from '../data/resolvedTimetable.js';
import { findingHint, findingMessage } from './findingMessage.js';
import { ciWords } from './ruleInfo.js';
import { commandWords } from './words/commandWords.js';
import type { Words } from './words/Words.js';

/**
 * What `check-ready explain <file…>` says of each file: what it is, the findings it gives in the
 * box it was judged in with the row that binds each and its state, and what to do. Only header
 * fields are shown: a message's content (names, BSN) is never read into the result.
 */
export const fileExplanation = (result: Result, timetable: ResolvedTimetable, w: Words): string => {
  const c = commandWords[w.lang].explain;
  const ci = ciWords[w.lang];
  const blocks = result.files.map((file) => {
    const name =
      file.message !== null && isMessageId(file.message)
        ? ` (${w.messageName[file.message].one})`
        : '';
    const fields: [string, string | null][] = [
      [c.field.box, w.box[file.box]],
      [
        c.field.message,
        file.message === null ? null : `${file.standard ?? ''} ${file.message}${name}`.trim(),
      ],
      [c.field.release, file.release],
      [c.field.kind, file.kind],
      [c.field.from, file.sender],
      [c.field.to, file.receiver],
      [c.field.identificatie, file.identificatie],
      [c.field.dagtekening, file.dagtekening],
    ];
    const findings = result.findings.filter((f) => f.path === file.path);
    return [
      file.path,
      ...fields.filter(([, v]) => v !== null).map(([label, v]) => `  ${label}: ${v}`),
      ...(findings.length === 0
        ? [`  ${c.nothing}`]
        : findings.flatMap((f) => [
            `  ${f.rule}: ${findingMessage(f, result.at, timetable, w, ci)}`,
            `    → ${findingHint(f, result.at, timetable, w)}`,
          ])),
    ].join('\n');
  });
  const ignored = result.ignored.map((path) => `${path}\n  ${c.notAMessage}`);
  return `${[...blocks, ...ignored].join('\n\n')}\n`;
};

/** The same as data: per file its header fields and its findings with their words. */
export const fileExplanationJson = (
  result: Result,
  timetable: ResolvedTimetable,
  w: Words,
): string => {
  const ci = ciWords[w.lang];
  const document = {
    timetable: timetable.id,
    at: isoInZone(result.at, timetable.zone),
    role: result.role,
    files: result.files.map((file) => ({
      ...file,
      findings: result.findings
        .filter((f) => f.path === file.path)
        .map((f) => ({
          rule: f.rule,
          status: f.status,
          deadlineId: f.deadlineId,
          deadline:
            f.deadlineId === null
              ? null
              : isoInZone(instantOf(timetable, f.deadlineId), timetable.zone),
          message: findingMessage(f, result.at, timetable, w, ci),
          hint: findingHint(f, result.at, timetable, w),
        })),
    })),
    ignored: result.ignored,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
