import type { RuleId } from '../../core/findings.js';
import type { Lang } from './Words.js';

/**
 * What a rule is, for a reader who meets it in a code-scanning view or a CI log; its one-line
 * title is the report's own (`Words.ruleTitle`).
 */
export interface RuleText {
  /** What the rule means: when it fires, and why it matters. */
  readonly description: string;
  /** What to do about it. */
  readonly help: string;
}

/** The words the CI formats need beyond the report's own: rule texts, moments, notices. */
export interface CiWords {
  readonly lang: Lang;
  readonly rules: { readonly [R in RuleId]: RuleText };
  /**
   * The moment a finding counts towards, after its text: an obligation still ahead or already
   * passed, or the moment a report (a warning, a note) is about.
   */
  readonly moment: {
    readonly due: (id: string, when: string) => string;
    readonly passed: (id: string, when: string) => string;
    readonly at: (id: string, when: string) => string;
  };
  /** Said once when files lie outside the root their paths are written against. */
  readonly outsideRoot: (files: number, root: string) => string;
  /** After the first items of a Markdown group: how many more, and where to find them. */
  readonly more: (n: number) => string;
  /** The summary line of a folded Markdown group. */
  readonly items: (n: number) => string;
  /** When even the folded Markdown does not fit: where the rest is. */
  readonly cut: string;
  /** The heading of a help text's "what to do" part, and its link. */
  readonly whatToDo: string;
  readonly docs: string;
}
