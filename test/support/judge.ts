import type { MessageInfo } from '../../src/core/classify.js';
import { evaluate, type EvaluationInput, type JudgedFile } from '../../src/core/evaluate.js';
import { catalogue, type MessageId } from '../../src/data/catalogue.js';
import type { Box } from '../../src/data/types.js';
import { infoFor } from './info.js';
import { timetable2018 } from './timetable2018.js';

/** A classified 2.1 message in a box; a retour carries its heen's identification, so they pair. */
export const judgedMessage = (
  box: Box,
  id: MessageId,
  over: Partial<MessageInfo> = {},
  path = `${box}/${id}.xml`,
): JudgedFile => ({
  path,
  box,
  ignored: false,
  info: infoFor(id, `ID-${catalogue[id].answers ?? id}`, over),
  problem: null,
});

/** What `evaluate` is handed when nothing else is said: no role, no --org, no archives. */
export const evaluationInput = (
  files: readonly JudgedFile[],
  over: Partial<EvaluationInput> = {},
): EvaluationInput => ({
  files,
  scanProblems: [],
  role: null,
  roleSource: 'none',
  org: null,
  archives: { sent: false, received: false },
  ...over,
});

/** The files judged against the 2018 timetable at a moment. */
export const judge = (
  files: readonly JudgedFile[],
  at: number,
  over: Partial<EvaluationInput> = {},
) => evaluate(evaluationInput(files, over), timetable2018, at);
