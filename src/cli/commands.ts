import fs from 'node:fs';
import path from 'node:path';
import type { CliParams } from '../cli.js';
import { evaluate } from '../core/evaluate.js';
import { resolveRole, roleOfCode } from '../core/role.js';
import { catalogue, isMessageId } from '../data/catalogue.js';
import type { ResolvedTimetable } from '../data/resolvedTimetable.js';
import { judgeFiles, newScratch, type Judged } from '../io/judgeFile.js';
import { fileExplanation, fileExplanationJson } from '../report/fileExplanation.js';
import { closest } from '../core/closest.js';
import { atError } from './atError.js';
import { ruleIds, type RuleId } from '../core/findings.js';
import { parseAt } from '../core/parseAt.js';
import type { Box, Role } from '../data/types.js';
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
  box?: string;
  org?: string[];
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
  const timetable = await loaded(
    options.check ?? options.timetable ?? defaultTimetableId,
    params,
    w,
  );
  if (timetable === null) return 2;
  if (options.check !== undefined) {
    params.stdout.write(
      `${commandWords[w.lang].timetable.valid(options.check, timetable.id, timetable.rows.length)}\n`,
    );
    return 0;
  }
  const at = momentOf(options, timetable, params);
  const view = { timetable, at, role: (options.role as Role | undefined) ?? null };
  // As the main command: JSON speaks English unless told, text follows the user's language.
  params.stdout.write(
    options.format === 'json'
      ? timetableJson(view, words[lang ?? 'en'])
      : timetableText(view, words[w.lang]),
  );
  return 0;
};

/** A name that is neither a path nor a file: meant as a rule id. */
const meantAsRule = (name: string, cwd: string): boolean =>
  !/[/\\.!]/.test(name) && !fs.existsSync(path.resolve(cwd, name));

/**
 * `check-ready explain <rule-id>`: what the rule means and what to do about it;
 * `check-ready explain <file…>`: for each file, what it is and what it asks.
 */
export const explainCommand = async (
  names: readonly string[],
  options: SubcommandOptions,
  lang: Lang | undefined,
  params: CliParams,
  w: CliWords,
): Promise<number> => {
  const cwd = params.cwd ?? process.cwd();
  const [first] = names;
  if (names.length === 1 && first !== undefined && meantAsRule(first, cwd)) {
    if (!(ruleIds as readonly string[]).includes(first)) {
      throw new UsageError({
        code: 'unknown-rule',
        rule: first,
        suggestion: closest(first, ruleIds),
      });
    }
    params.stdout.write(ruleExplanation(first as RuleId, words[w.lang]));
    return 0;
  }
  const timetable = await loaded(options.timetable ?? defaultTimetableId, params, w);
  if (timetable === null) return 2;
  const at = momentOf(options, timetable, params);
  const org = options.org ?? [];
  const given = options.box as Box | undefined;
  // Without --box, a role given with --role or --org says the box: where that role keeps the
  // message (a declaratie of an aanbieder lies in a gemeente's inbox). Without either, the outbox.
  const ownRole =
    (options.role as Role | undefined) ??
    org.map(roleOfCode).find((r): r is Role => r !== null) ??
    null;
  const boxOf = (j: Judged): Box => {
    if (given !== undefined) return given;
    const message = j.info?.message;
    if (ownRole === null || message == null || !isMessageId(message)) return 'outbox';
    return catalogue[message].sentBy === ownRole ? 'outbox' : 'inbox';
  };
  const judged: Judged[] = [];
  for (const name of names) {
    // `archive.zip!entry`: the archive is judged, and only that entry kept.
    const bang = name.indexOf('!');
    const file = bang < 0 ? name : name.slice(0, bang);
    const location = path.resolve(cwd, file);
    if (!fs.statSync(location, { throwIfNoEntry: false })?.isFile()) {
      throw new UsageError({ code: 'file-missing', file: name });
    }
    // Judged as in the given box, or the outbox: both are read whole, so the box can follow.
    const found = await judgeFiles(
      [{ box: given ?? 'outbox', path: file, location }],
      timetable,
      newScratch(),
    );
    const kept = bang < 0 ? found : found.filter((j) => j.path === name);
    if (kept.length === 0) throw new UsageError({ code: 'file-missing', file: name });
    judged.push(...kept.map((j) => ({ ...j, box: boxOf(j) })));
  }
  const role = resolveRole((options.role as Role | undefined) ?? null, org, judged);
  if (!role.ok) throw new UsageError({ code: 'role', error: role.error });
  const result = evaluate(
    {
      files: judged,
      scanProblems: [],
      role: role.role,
      roleSource: role.source,
      org: org.length > 0 ? org : null,
      archives: { sent: false, received: false },
    },
    timetable,
    at,
  );
  const outLang = options.format === 'json' ? (lang ?? 'en') : w.lang;
  params.stdout.write(
    options.format === 'json'
      ? fileExplanationJson(result, timetable, words[outLang])
      : fileExplanation(result, timetable, words[outLang]),
  );
  return 0;
};

/** The timetable by name, or null with its problems written on stderr. */
const loaded = async (
  name: string,
  params: CliParams,
  w: CliWords,
): Promise<ResolvedTimetable | null> => {
  const load = await loadTimetable(name, params.cwd ?? process.cwd());
  if (load.ok) return load.timetable;
  // The same lines the main command prints for a timetable file with problems.
  for (const problem of load.problems)
    params.stderr.write(`${toolName}: ${timetableProblemText(problem, w.lang)}\n`);
  return null;
};

const momentOf = (
  options: SubcommandOptions,
  timetable: ResolvedTimetable,
  params: CliParams,
): number => {
  if (options.at === undefined) return params.now();
  const parsed = parseAt(options.at, timetable.zone);
  if (!parsed.ok) throw atError(parsed.error, params.now(), timetable.zone);
  return parsed.at;
};
