import type { RuleId } from '../core/findings.js';
import { homepage } from '../version.js';
import { ciEn } from './words/ciEn.js';
import { ciNl } from './words/ciNl.js';
import type { CiWords } from './words/CiWords.js';
import type { Lang } from './words/Words.js';

export const ciWords: Readonly<Record<Lang, CiWords>> = { en: ciEn, nl: ciNl };

type Level = 'error' | 'warning' | 'note';

/**
 * What every rule is, apart from its words: its level when nothing else is known, its tags for
 * filtering in a code-scanning view, and its heading in the README's Rules section. The compiler
 * refuses a rule without a row; a test checks that every heading exists.
 */
export const ruleInfo = {
  'unsent-heen': { level: 'error', tags: ['obligation', 'outbox', 'deadline'] },
  'unsent-retour': { level: 'error', tags: ['obligation', 'outbox', 'deadline'] },
  unread: { level: 'error', tags: ['obligation', 'inbox', 'deadline'] },
  unanswered: { level: 'error', tags: ['obligation', 'retour', 'deadline'] },
  'awaiting-retour': { level: 'note', tags: ['pairs', 'retour'] },
  rejected: { level: 'error', tags: ['obligation', 'pairs', 'deadline'] },
  'duplicate-retour': { level: 'warning', tags: ['pairs', 'retour'] },
  'retour-without-heen': { level: 'warning', tags: ['pairs', 'retour'] },
  'archived-retour-without-heen': { level: 'note', tags: ['pairs', 'archive'] },
  copy: { level: 'note', tags: ['files', 'copy'] },
  'duplicate-identificatie': { level: 'warning', tags: ['pairs', 'identificatie'] },
  'release-mismatch': { level: 'warning', tags: ['pairs', 'release'] },
  'early-release': { level: 'warning', tags: ['traffic', 'release'] },
  'other-release': { level: 'warning', tags: ['traffic', 'release'] },
  'other-standard': { level: 'warning', tags: ['traffic'] },
  'wrong-direction': { level: 'warning', tags: ['traffic', 'role'] },
  'not-addressed': { level: 'warning', tags: ['traffic', 'role'] },
  'link-outside': { level: 'warning', tags: ['files'] },
  'unsafe-entry-name': { level: 'warning', tags: ['files', 'zip', 'security'] },
  'envelope-error': { level: 'error', tags: ['files', 'ggk'] },
  unreadable: { level: 'error', tags: ['files'] },
  malformed: { level: 'error', tags: ['files'] },
  unrecognised: { level: 'error', tags: ['files'] },
  inconsistent: { level: 'error', tags: ['files'] },
} as const satisfies Record<RuleId, { level: Level; tags: readonly string[] }>;

/**
 * A heading's anchor as GitHub and npm make it: lower case, punctuation dropped, spaces as
 * dashes. The README's heading of a rule is the rule id as code, so `early-release` is `#early-release`.
 */
export const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** The README section of a rule. */
export const helpUri = (rule: RuleId): string => `${homepage}#${anchorOf(rule)}`;
