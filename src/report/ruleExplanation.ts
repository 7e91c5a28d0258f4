import type { RuleId } from '../core/findings.js';
import { ciWords, ruleInfo } from './ruleInfo.js';
import { commandWords } from './words/commandWords.js';
import type { Words } from './words/Words.js';

/** What `check-ready explain <rule-id>` prints: the rule's title, what it means, what to do. */
export const ruleExplanation = (rule: RuleId, w: Words): string => {
  const c = commandWords[w.lang].explain;
  const text = ciWords[w.lang].rules[rule];
  return [
    `${c.rule} ${rule} (${c.level[ruleInfo[rule].level]}): ${w.ruleTitle[rule]}`,
    '',
    `${c.means}:`,
    `  ${text.description}`,
    '',
    `${c.todo}:`,
    `  ${text.help}`,
    '',
  ].join('\n');
};
