import type { CliParams, Stream } from '../cli.js';
import { closest } from '../core/closest.js';
import { ruleIds, type RuleId } from '../core/findings.js';
import { parseAt } from '../core/parseAt.js';
import type { Role } from '../data/types.js';
import { UsageError } from '../io/UsageError.js';
import { defaultTimetableId, loadTimetable } from '../io/loadTimetable.js';
import { ruleExplanation } from '../report/ruleExplanation.js';
import { timetableJson, timetableText } from '../report/timetableView.js';
import { commandWords } from '../report/words/commandWords.js';
import { words } from '../report/words/index.js';
import { timetableProblemText } from '../report/words/timetableProblems.js';
import type { Lang } from '../report/words/Words.js';
import { toolName } from '../version.js';
import type { CliWords } from './words/CliWords.js';

export const timetableFormats = ['text', 'json'] as const;

/** The options of the `timetable` and `explain` subcommands, as commander gives them. */
export interface SubcommandOptions {
  role?: string;
  at?: string;
  timetable?: string;
  check?: string;
  format?: (typeof timetableFormats)[number];
  lang?: string;
}

/**
 * `check-ready timetable`: the loaded timetable for a role at a moment, or with `--check` only
 * whether a file is valid. No folders are read.
 */
export const timetableCommand = async (
  options: SubcommandOptions,
  lang: Lang | undefined,
  params: CliParams,
  w: CliWords,
): Promise<number> => {
  const cwd = params.cwd ?? process.cwd();
  const name = options.check ?? options.timetable ?? defaultTimetableId;
  const loaded = await loadTimetable(name, cwd);
  if (!loaded.ok) {
    // The same lines the main command prints for a timetable file with problems.
    for (const problem of loaded.problems)
      params.stderr.write(`${toolName}: ${timetableProblemText(problem, w.lang)}\n`);
    return 2;
  }
  const timetable = loaded.timetable;
  if (options.check !== undefined) {
    params.stdout.write(
      `${commandWords[w.lang].timetable.valid(options.check, timetable.id, timetable.rows.length)}\n`,
    );
    return 0;
  }
  let at: number;
  if (options.at === undefined) at = params.now();
  else {
    const parsed = parseAt(options.at, timetable.zone);
    if (!parsed.ok) throw new UsageError({ code: 'at', error: parsed.error });
    at = parsed.at;
  }
  const view = { timetable, at, role: (options.role as Role | undefined) ?? null };
  // As the main command: JSON speaks English unless told, text follows the user's language.
  params.stdout.write(
    options.format === 'json'
      ? timetableJson(view, words[lang ?? 'en'])
      : timetableText(view, words[w.lang]),
  );
  return 0;
};

/** `check-ready explain <rule-id>`: what the rule means and what to do about it. */
export const explainCommand = (rule: string, lang: Lang, stdout: Stream): number => {
  if (!(ruleIds as readonly string[]).includes(rule)) {
    throw new UsageError({
      code: 'unknown-rule',
      rule,
      suggestion: closest(rule, ruleIds),
    });
  }
  stdout.write(ruleExplanation(rule as RuleId, words[lang]));
  return 0;
};
