import { rules, type Finding, type RuleArgs, type RuleId } from '../../src/core/findings.js';
import type { Status } from '../../src/data/types.js';
type DeadlineId = string;

const heen = { message: 'JW301', counterpart: '41105678', identificatie: 'J-1' } as const;
const retour = { message: 'WMO304', counterpart: '73730123', identificatie: 'DC-1' } as const;

/**
 * Arguments for every rule, enough to reach each branch of its words (late, blocked, each
 * reason). The compiler refuses a rule without a row, so a new rule cannot skip the word tests.
 */
export const sampleArgs: { readonly [R in RuleId]: readonly RuleArgs[R][] } = {
  'unsent-heen': [
    { ...heen, sendableUntil: null, blockedSince: null },
    { ...heen, message: 'WMO303', counterpart: '0363', sendableUntil: 'B1', blockedSince: null },
    { ...heen, sendableUntil: null, blockedSince: 'B1' },
  ],
  'unsent-retour': [
    { ...retour, blockedSince: null },
    { ...retour, blockedSince: 'B2' },
  ],
  unread: [heen, retour, { message: 'XYZ999', counterpart: null, identificatie: null }],
  unanswered: [heen, { message: 'WMO305', counterpart: '73730123', identificatie: null }],
  'awaiting-retour': [heen],
  rejected: [{ ...heen, retourCodes: ['0001'] }],
  'duplicate-retour': [{ message: 'JW302', identificatie: 'AN-01', count: 2 }],
  'retour-without-heen': [{ ...retour, box: 'outbox' }],
  'archived-retour-without-heen': [{ ...retour, box: 'sent' }],
  'duplicate-identificatie': [
    { message: 'JW315', sender: '73730123', identificatie: 'AN-04', count: 2 },
  ],
  'release-mismatch': [{ message: 'WMO302', release: '2.2', heenRelease: '2.1' }],
  'early-release': [{ message: 'JW315', release: '2.2' }],
  'other-release': [
    { message: 'WMO301', release: '2.0' },
    { message: null, release: '3.0' },
  ],
  'other-standard': [{ standard: 'iwlz' }, { standard: 'GGk tekstbestand' }],
  'wrong-direction': [
    { message: 'JW303', box: 'outbox', role: 'gemeente' },
    { message: 'JW301', box: 'inbox', role: 'gemeente' },
  ],
  'not-addressed': [
    { message: 'WMO315', receiver: '0599', org: ['0363'] },
    { message: 'WMO315', receiver: null, org: ['0363', '0364'] },
  ],
  'link-outside': [{}],
  copy: [{ copies: 1 }, { copies: 3 }],
  'unsafe-entry-name': [
    { entries: ['../x.xml'], count: 1 },
    { entries: ['../x.xml', '/etc/y'], count: 2 },
  ],
  'envelope-error': [{ code: 'IB210' }, { code: null }],
  unreadable: (
    [
      'permission',
      'vanished',
      'too-large',
      'not-a-file',
      'io',
      'encrypted',
      'zip-bomb',
      'nested-too-deep',
      'too-many-entries',
    ] as const
  ).map((reason) => ({ reason, code: 'EIO', limit: 64 * 1048576 })),
  malformed: (
    [
      'empty',
      'binary',
      'utf16-without-bom',
      'bad-encoding',
      'unsupported-encoding',
      'declaration-not-at-start',
      'doctype',
      'not-well-formed',
      'truncated',
      'too-deep',
      'header-incomplete',
      'header-invalid',
      'header-too-large',
      'ei-broken',
      'zip-broken',
      'base64-broken',
    ] as const
  ).map((reason) => ({ reason, line: 3, column: 7, detail: 'Identificatie' })),
  unrecognised: (['no-bericht', 'no-header', 'unknown-message', 'zip-in-envelope'] as const).map(
    (reason) => ({ reason, root: 'Factuurregels', namespace: 'urn:x' }),
  ),
  inconsistent: (['standard', 'namespace-version', 'version', 'code', 'envelope'] as const).map(
    (reason) => ({
      reason,
      namespace: 'http://www.istandaarden.nl/ijw/2_1/jw301/schema',
      functie: 'WMO302',
      berichtCode: '418',
      version: '2.1',
    }),
  ),
};

/** The row a finding of this rule and status is bound to, as the core would bind it. */
const deadlineOf = (rule: RuleId, args: object): DeadlineId | null => {
  switch (rule) {
    case 'unsent-heen':
      return 'message' in args && args.message === 'WMO303' ? 'D1' : 'D3';
    case 'unsent-retour':
      return 'D5';
    case 'unread':
      return 'D6';
    case 'unanswered':
    case 'awaiting-retour':
      return 'B2';
    case 'rejected':
      return 'D3';
    case 'early-release':
      return 'B4';
    default:
      return null;
  }
};

/** Every rule × every status it can have × every sample of its arguments, as findings. */
export const sampleFindings = (): { finding: Finding; status: Status }[] =>
  (Object.keys(rules) as RuleId[]).flatMap((rule) =>
    (rules[rule].statuses as readonly Status[]).flatMap((status) =>
      (sampleArgs[rule] as readonly object[]).map((args) => ({
        status,
        finding: {
          rule,
          path: `outbox/${rule}.xml`,
          status,
          deadlineId: deadlineOf(rule, args),
          related: [],
          args,
        } as Finding,
      })),
    ),
  );
