import type { DeadlineId } from '../../data/timetable.js';
import type { WordContext, Words } from './Words.js';

const id = (identificatie: string | null) => (identificatie === null ? '' : ` (${identificatie})`);
const to = (who: string | null) => (who === null ? '' : ` to ${who}`);
const from = (who: string | null) => (who === null ? '' : ` from ${who}`);
const at = (line: number | null, column: number | null) =>
  line === null ? '' : ` at line ${line}${column === null ? '' : `, column ${column}`}`;
const blocked = (since: DeadlineId | null, c: WordContext) =>
  since === null ? '' : `; blocked since ${c.when(since)}: it can no longer be sent in 2.1`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: Words = {
  lang: 'en',
  finding: {
    'unsent-heen': (a, c) =>
      `heenbericht ${a.message}${to(a.counterpart)}${id(a.identificatie)} is still waiting in the outbox` +
      (a.sendableUntil === null
        ? ''
        : `; its deadline has passed, but the chain still carries it until ${c.when(a.sendableUntil)}`) +
      blocked(a.blockedSince, c),
    'unsent-retour': (a, c) =>
      `retourbericht ${a.message}${to(a.counterpart)}${id(a.identificatie)} is still waiting in the outbox` +
      blocked(a.blockedSince, c),
    unread: (a) => `${a.message}${from(a.counterpart)}${id(a.identificatie)} has not been read in`,
    unanswered: (a) =>
      `heenbericht ${a.message}${from(a.counterpart)}${id(a.identificatie)} has no retourbericht sent or waiting`,
    'awaiting-retour': (a) =>
      `heenbericht ${a.message}${to(a.counterpart)}${id(a.identificatie)} was sent, but no retourbericht was received`,
    rejected: (a) =>
      `heenbericht ${a.message}${to(a.counterpart)}${id(a.identificatie)} was rejected (RetourCode ${a.retourCodes.join(', ')}): correct it and send it again`,
    'duplicate-retour': (a) =>
      `${a.count} retourberichten ${a.message} answer the same heenbericht${id(a.identificatie)}; the chain allows one`,
    'retour-without-heen': (a) =>
      `retourbericht ${a.message}${to(a.counterpart)}${id(a.identificatie)} waits in the outbox, but its heenbericht is in no folder: are we answering something we never received?`,
    'archived-retour-without-heen': (a) =>
      `retourbericht ${a.message}${id(a.identificatie)} in the archive has no heenbericht in any folder (archives are often pruned)`,
    'duplicate-identificatie': (a) =>
      `${a.sender} used Identificatie ${a.identificatie} for ${a.count} ${a.message} messages; the chain rejects the repeat (RetourCode 9056)`,
    'release-mismatch': (a) =>
      `${a.message} of release ${a.release} answers a heenbericht of release ${a.heenRelease}; a message can only be answered in its own release`,
    'early-2.2': (a) =>
      `${a.message} of release ${a.release} waits in the outbox; it cannot be delivered until ${a.release} is live`,
    'other-release': (a) =>
      `${a.message ?? 'message'} of release ${a.release}: not part of this migration`,
    'other-standard': (a) => `a message of another standard (${a.standard}), not iWmo or iJw`,
    'wrong-direction': (a) =>
      `${a.message} in the ${a.box}: a ${a.role} does not ${a.box === 'outbox' || a.box === 'sent' ? 'send' : 'receive'} this message`,
    'not-addressed': (a) =>
      `${a.message} is addressed to ${a.receiver ?? 'nobody'}, which is none of ${a.org.join(', ')}`,
    'link-outside': () => 'a link that leads out of its folder; not followed',
    copy: (a) =>
      `the same bytes are stored ${a.copies === 1 ? 'once more' : `${a.copies} more times`} in this box (listed under related); judged once, here`,
    'unsafe-entry-name': (a) =>
      `a ZIP archive with ${a.count} ${a.count === 1 ? 'entry' : 'entries'} named outside the archive (${a.entries.join(', ')}); read, never written anywhere`,
    'envelope-error': (a) =>
      `a StUF error message (Fo01${a.code === null ? '' : `, code ${a.code}`}): a message sent through the GGk was refused`,
    unreadable: (a) =>
      ({
        permission: 'could not be read: permission denied',
        vanished: 'vanished while the folders were being read',
        'too-large': `larger than the limit of ${Math.round((a.limit ?? 0) / 1048576)} MiB; not read`,
        'not-a-file': 'not a regular file; not read',
        io: `could not be read (${a.code ?? 'error'})`,
        encrypted: 'an encrypted entry of a ZIP archive; it cannot be read',
        'zip-bomb': 'a ZIP entry that unpacks far beyond any message (a ZIP bomb?); not unpacked',
        'nested-too-deep': 'a ZIP inside a ZIP inside a ZIP; only one level is unpacked',
        'too-many-entries':
          'a ZIP archive with far more entries than a download holds; not unpacked',
      })[a.reason],
    malformed: (a) =>
      ({
        empty: 'empty file',
        binary: 'binary data, not a message',
        text: 'text, not a message: a failed download or a file saved under the wrong name?',
        'utf16-without-bom': 'UTF-16 text without a byte-order mark',
        'bad-encoding': 'bytes that do not match the declared encoding',
        'unsupported-encoding': 'an encoding the tool does not read',
        'declaration-not-at-start': 'XML declaration after white space',
        doctype: 'carries a DOCTYPE, which messages never do; not processed',
        'not-well-formed': `not well-formed XML${at(a.line, a.column)}`,
        truncated:
          'the file ends before its elements are closed: cut off while being written or downloaded?',
        'too-deep': 'nested too deeply to be a message',
        'header-incomplete': `the header lacks ${a.detail ?? 'a required field'}`,
        'header-invalid': `the header's ${a.detail ?? 'field'} has a value of the wrong form`,
        'header-too-large': 'a header or root tag far larger than any message has',
        'zip-broken': 'a broken ZIP archive (cut off, or damaged)',
        'base64-broken': 'an envelope whose message is not valid base64',
        'ei-broken': 'a broken EI file (no record 01 or no closing record 99)',
      })[a.reason],
    unrecognised: (a) =>
      ({
        'no-bericht': `well-formed XML, but not a message of any iStandaard (root ${a.root ?? '?'}${a.namespace === null ? '' : ` in ${a.namespace}`})`,
        'no-header': 'an iWmo/iJw message without a Header',
        'unknown-message': `no message of this release is called ${a.root ?? '?'} in ${a.namespace ?? '?'}`,
        'zip-in-envelope': 'an envelope that carries a ZIP archive instead of a message',
      })[a.reason],
    inconsistent: (a) =>
      ({
        standard: `namespace ${a.namespace} mixes two standards`,
        'namespace-version': `namespace ${a.namespace} names two releases`,
        version: `namespace ${a.namespace} and BerichtVersie/BerichtSubversie ${a.version ?? '?'} disagree`,
        code: `namespace ${a.namespace} and BerichtCode ${a.berichtCode ?? '?'} disagree`,
        envelope: `the envelope says ${a.functie ?? '?'}, the message inside is ${a.berichtCode ?? 'another'}`,
      })[a.reason],
  },
  hint: {
    'unsent-heen': 'Send it before the deadline, or withdraw it in your system.',
    'unsent-retour': 'Send the retourbericht before the deadline.',
    unread: 'Read the message in (import it) in your system.',
    unanswered: 'Process the message and send its retourbericht before the retour block.',
    'awaiting-retour':
      'Ask the receiver for the retourbericht; after the retour block the pair cannot be closed in 2.1.',
    rejected: 'Correct the message and send it again before its deadline.',
    'duplicate-retour': 'Check which retourbericht is right with the sender; withdraw the other.',
    'retour-without-heen':
      'Check that the heenbericht was really received before sending this retour.',
    'archived-retour-without-heen':
      'Nothing to do if the archive was pruned; otherwise look for the heenbericht.',
    'duplicate-identificatie':
      'Give every message its own Identificatie; ask your vendor if the system repeats them.',
    'release-mismatch': 'Answer the heenbericht in its own release.',
    'early-2.2': 'Hold it back until 2.2 is live; it cannot be delivered before.',
    'other-release':
      'Not part of this migration; move it out of the folder if it does not belong there.',
    'other-standard': 'Not iWmo or iJw; handle it by its own standard, or --exclude its folder.',
    'wrong-direction': 'Check whose folder this is (--role, --org) and where this file came from.',
    'not-addressed': 'Check --org, or forward the message to the organisation it is meant for.',
    'unsafe-entry-name':
      'Ask the sender where the archive came from; such names are a trick to write outside a folder.',
    'envelope-error':
      'Look up the refused message by its reference in your system, correct it and send it again.',
    'link-outside': 'Move the target into the folder, or name its folder on the command line.',
    copy: 'Nothing to do: copies of one message count once.',
    unreadable: 'Give the tool read access, or run again if the file was being written.',
    malformed: 'Open the file in your system: repair it, or ask the sender for it again.',
    unrecognised: 'Move files that are not messages out of the folder, or --exclude them.',
    inconsistent:
      'The header contradicts itself: ask the sender or your vendor for a correct message.',
  },
  hintLate: {
    'unsent-heen':
      'It can no longer be sent in 2.1: withdraw it in your system and agree with the receiver how to settle it in 2.2.',
    sendable: 'Its deadline has passed, but the chain still carries it: send it at once.',
    'unsent-retour':
      'It can no longer be sent in 2.1: withdraw it in your system and agree with the sender of the heenbericht how to settle it in 2.2.',
    unanswered:
      'It can no longer be answered in 2.1: agree with the sender how to settle it in 2.2.',
    rejected:
      'Its deadline has passed: correct it, send it again while the chain still carries it, else settle it in 2.2.',
  },
  notice: {
    'no-files':
      'No file at all was found in the outbox and inbox. Are the paths right? (Empty folders are the goal state; --fail-on-empty makes this an error.)',
  },
  deadline: {
    D1: 'all declaraties and facturen sent (303)',
    D2: 'all verzoeken om toewijzing sent (JW315)',
    D3: 'all toewijzingen sent (301)',
    D4: 'all retourberichten on toewijzingen sent (302)',
    D5: 'all retourberichten sent (304, JW316)',
    D6: 'everything on the Inlichtingenbureau portal read in',
    D7: 'everything on the VECOZO portal read in',
    B1: 'every 2.1 heenbericht blocked',
    B2: 'every 2.1 retourbericht blocked; traffic stands still',
    B3: 'transitie: no traffic at all',
    B4: '2.2 live',
  },
  status: {
    open: 'open',
    missed: 'missed',
    error: 'error',
    warning: 'warning',
    info: 'info',
    met: 'met',
    unknown: 'unknown',
    'not-applicable': 'not applicable',
  },
  phase: {
    afsluiting: 'afsluiting (closing 2.1)',
    transitie: 'transitie (no traffic)',
    ingebruikname: 'ingebruikname (2.2 live)',
  },
  verdict: { ready: 'READY', 'not-ready': 'NOT READY', missed: 'DEADLINE MISSED' },
  role: { gemeente: 'gemeente', aanbieder: 'aanbieder' },
  box: { outbox: 'outbox', inbox: 'inbox', sent: 'sent archive', received: 'received archive' },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dateTime: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hh}:${p.mm}`,
  timeLeft: ({ days, hours, minutes }) =>
    days > 0
      ? `${plural(days, 'day', 'days')} ${hours} h left`
      : hours > 0
        ? `${hours} h left`
        : `${minutes} min left`,
  passed: 'passed',
  labels: {
    moment: 'Moment',
    phase: 'Phase',
    role: 'Role',
    roleUnknown: 'unknown (no messages)',
    roleFrom: { flag: 'given', org: 'from --org', files: 'inferred from the messages', none: '' },
    org: 'Org',
    endState: 'End state of Fase 1 Afsluiting',
    nothingToSend: 'nothing left to send',
    allReadIn: 'everything received read in',
    allRetoursSent: 'all retourberichten sent',
    unverified: 'not proven: pass --sent and --received to check read-in messages too',
    open: (n) => `${n} open`,
    unknown: (n) => `unknown: ${plural(n, 'file', 'files')} with an error could be such a message`,
    deadlines: 'Deadlines',
    todo: 'To do',
    nothingTodo: 'Nothing left to do.',
    problems: 'Warnings and errors',
    files: 'Files',
    ignoredFiles: 'Not messages (ignored)',
    counterparts: 'Open pairs by counterpart',
    more: (n) => `… and ${n} more (--verbose lists them all)`,
    counterpart: (p) =>
      `${p.role ?? 'party'} ${p.code}: ${[
        ...p.theyOwe.map((o) => `${o.count} × ${o.heen} await their ${o.retour}`),
        ...p.weOwe.map((o) => `${o.count} × ${o.heen} await our ${o.retour}`),
      ].join('; ')}`,
    portal: (role) =>
      role === 'gemeente'
        ? 'Download everything from the Inlichtingenbureau portal (messages sent on 29 March appear there from 16.00) and run again.'
        : role === 'aanbieder'
          ? 'Download everything from the VECOZO portal and run again.'
          : 'Download everything from your portal (Inlichtingenbureau or VECOZO) and run again.',
    summary: (c) =>
      `${plural(c.files, 'file', 'files')} (${c.ignored} ignored) · ${c.open} open · ${c.missed} missed · ${plural(c.errors, 'error', 'errors')} · ${plural(c.warnings, 'warning', 'warnings')}`,
  },
};
