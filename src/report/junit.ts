import type { Result } from '../core/evaluate.js';
import { ruleIds, rules, type RuleId } from '../core/findings.js';
import { formatInZone } from '../core/zone.js';
import { findingHint, findingMessage } from './findingMessage.js';
import type { ReportContext } from './ReportContext.js';
import { ciWords } from './ruleInfo.js';
import { noticeTexts } from './notices.js';
import { severity } from './severity.js';
import { xmlText } from './xml.js';

const groups = [...new Set(ruleIds.map((rule) => rules[rule].group))];

/**
 * Ant JUnit XML (Jenkins, GitLab, Azure DevOps): a suite per group of rules, a failing test a
 * finding that keeps readiness back, and a passing test for every rule that found nothing, so
 * "all green" differs from "nothing ran". Times are 0 and the host is `localhost`, so the same
 * inputs and moment give the same bytes.
 */
export const renderJunit = (result: Result, context: ReportContext): string => {
  const w = context.words;
  const ci = ciWords[w.lang];
  const root = context.root;
  const said = [
    ...noticeTexts(result, context.timetable, w),
    ...(root !== undefined && root.outside > 0 ? [ci.outsideRoot(root.outside, root.path)] : []),
  ];
  const timestamp = formatInZone(result.at, 'UTC', "yyyy-MM-dd'T'HH:mm:ss");
  const suites = groups.map((group, id) => {
    const groupRules = ruleIds.filter((rule) => rules[rule].group === group);
    const used = new Map<string, number>();
    const unique = (name: string) => {
      const seen = (used.get(name) ?? 0) + 1;
      used.set(name, seen);
      return seen === 1 ? name : `${name} #${seen}`;
    };
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    for (const rule of groupRules) {
      const found = result.findings.filter((f) => f.rule === rule);
      if (found.length === 0) {
        cases.push(testcase(rule, `${rule}: no findings`, ''));
        continue;
      }
      for (const f of found) {
        const name = unique(`${f.path}${f.deadlineId === null ? '' : ` (${f.deadlineId})`}`);
        // The moment goes into the message: it is the line a CI view shows of a failing test.
        const text = findingMessage(f, result.at, context.timetable, w, ci);
        const hint = findingHint(f, result.at, context.timetable, w);
        const outcome = severity[f.status].junit;
        if (outcome !== 'pass') {
          if (outcome === 'failure') failures++;
          else errors++;
          cases.push(
            testcase(
              rule,
              name,
              `<${outcome} type="${f.status}" message="${xmlText(text)}">${xmlText(`${text}\n${hint}`)}</${outcome}>`,
            ),
          );
        } else {
          // Warnings and info do not keep readiness back: a passing test that says what it saw.
          cases.push(testcase(rule, `${name}: ${f.status}: ${text}`, ''));
        }
      }
    }
    return [
      `  <testsuite name="${group}" package="check-ready" id="${id}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0" timestamp="${timestamp}" hostname="localhost">`,
      '    <properties>',
      `      <property name="verdict" value="${result.verdict}"/>`,
      `      <property name="evaluatedAt" value="${new Date(result.at).toISOString()}"/>`,
      '    </properties>',
      ...cases.map((c) => `    ${c}`),
      // Said once, in the first suite: the run's notices, and that some paths are absolute
      // because they lie outside the root.
      id === 0 && said.length > 0
        ? `    <system-out>${xmlText(said.join('\n'))}</system-out>`
        : '    <system-out/>',
      '    <system-err/>',
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

const testcase = (rule: RuleId, name: string, body: string) =>
  `<testcase classname="check-ready.${rules[rule].group}.${rule}" name="${xmlText(name)}" time="0"${body === '' ? '/>' : `>${body}</testcase>`}`;
