import type { Result } from '../core/evaluate.js';
import { ruleIds, rules, type RuleId } from '../core/findings.js';
import { formatInZone } from '../core/zone.js';
import type { ReportContext } from './ReportContext.js';
import { findingText, hintText, wordContext } from './words/index.js';
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
  const wc = wordContext(w, context.timetable, result.at);
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
        const text = findingText(f, w, wc);
        const hint = hintText(f, w, wc);
        if (f.status === 'open' || f.status === 'missed') {
          failures++;
          cases.push(
            testcase(
              rule,
              name,
              `<failure type="${f.status}" message="${xmlText(text)}">${xmlText(`${text}\n${hint}`)}</failure>`,
            ),
          );
        } else if (f.status === 'error') {
          errors++;
          cases.push(
            testcase(
              rule,
              name,
              `<error type="${f.status}" message="${xmlText(text)}">${xmlText(`${text}\n${hint}`)}</error>`,
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
      '    <system-out/>',
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
