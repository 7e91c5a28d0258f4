import type { Result } from '../core/evaluate.js';
import { jsonPieces, renderJson } from './json.js';
import type { ReportContext } from './ReportContext.js';
import { renderHtml } from './html.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif, sarifPieces } from './sarif.js';
import { renderText } from './text.js';

export type Reporter = (result: Result, context: ReportContext) => string;
/** A reporter that can hand on its text a piece at a time, for a report too large to hold whole. */
export type PieceReporter = (result: Result, context: ReportContext) => Iterable<string>;

/** Every output format, each a function of the same result. `--format` choices come from here. */
export const reporters = {
  text: { render: renderText, machine: false },
  json: { render: renderJson, pieces: jsonPieces, machine: true },
  junit: { render: renderJunit, machine: true },
  github: { render: renderGithub, machine: true },
  sarif: { render: renderSarif, pieces: sarifPieces, machine: true },
  markdown: { render: renderMarkdown, machine: true },
  // For people: in the language of the locale, like the text report.
  html: { render: renderHtml, machine: false },
} as const satisfies Record<string, { render: Reporter; pieces?: PieceReporter; machine: boolean }>;

export type FormatName = keyof typeof reporters;
export const formatNames = Object.keys(reporters) as FormatName[];
