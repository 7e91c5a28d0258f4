import { roleOfCode } from '../../core/role.js';
import { messageNames, nameOf, namedMessage, retourOf, standardName } from './naming.js';
import type { MessageName, WordContext, Words } from './Words.js';

const fallbackName: MessageName = { one: 'message', many: 'messages' };

const party = (code: string | null) => {
  if (code === null) return 'the other party';
  const role = roleOfCode(code);
  return role === null ? code : `${role} ${code}`;
};
const id = (identificatie: string | null) => (identificatie === null ? '' : ` (${identificatie})`);
const to = (who: string | null) => (who === null ? '' : ` to ${party(who)}`);
const from = (who: string | null) => (who === null ? '' : ` from ${party(who)}`);
const at = (line: number | null, column: number | null) =>
  line === null ? '' : ` at line ${line}${column === null ? '' : `, column ${column}`}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;

/** "before Thu 29 Mar 13:00 (17 hours left)": the moment always named. */
const before = (deadline: string | null, c: WordContext) => {
  if (deadline === null) return 'as soon as possible';
  const left = c.left(deadline);
  return `before ${c.short(deadline)}${left === null ? '' : ` (${left})`}`;
};
const until = (deadline: string, c: WordContext) => {
  const left = c.left(deadline);
  return `${c.short(deadline)}${left === null ? '' : ` (${left})`}`;
};

/** Advice once the chain no longer carries the message: what to do instead, and whom to tell. */
const blocked = (what: string, counterpart: string | null, c: WordContext) =>
  `This ${what} can no longer go in ${c.releases.from}. Do not leave it in the outbox; agree with ${party(counterpart)} how it goes in ${c.releases.to} after the switch (${c.short(c.blocks.live)}), and tell your software vendor.`;
const tooLateToAnswer = (counterpart: string | null, c: WordContext) =>
  `The retour can no longer go in ${c.releases.from}: agree with ${party(counterpart)} how it goes in ${c.releases.to} after the switch (${c.short(c.blocks.live)}), and tell your software vendor.`;
const blockedSince = (since: string | null, kind: string, c: WordContext) =>
  since === null
    ? ''
    : `; since ${c.short(since)} the chain blocks ${c.releases.from} ${kind}, so it can no longer go`;

const downloadAgain = 'Download the archive again, or ask the sender for the messages one by one.';

export const en: Words = {
  lang: 'en',
  messageName: messageNames,
  finding: {
    'unsent-heen': (a, c) =>
      `${namedMessage(a.message)}${to(a.counterpart)}${id(a.identificatie)} is still in the outbox` +
      (a.sendableUntil === null
        ? ''
        : `; its deadline has passed, but the chain still carries it until ${c.short(a.sendableUntil)}`) +
      blockedSince(a.blockedSince, 'heenberichten', c),
    'unsent-retour': (a, c) =>
      `retour ${a.message}${to(a.counterpart)}${id(a.identificatie)} is still in the outbox` +
      blockedSince(a.blockedSince, 'retours', c),
    unread: (a) =>
      `${namedMessage(a.message)}${from(a.counterpart)}${id(a.identificatie)} has not been read in`,
    unanswered: (a) =>
      `${namedMessage(a.message)}${from(a.counterpart)}${id(a.identificatie)} has no retour yet, sent or made`,
    'awaiting-retour': (a) =>
      `${namedMessage(a.message)}${to(a.counterpart)}${id(a.identificatie)} was sent, but no retour (${retourOf(a.message)}) has come in`,
    rejected: (a) =>
      `${namedMessage(a.message)}${to(a.counterpart)}${id(a.identificatie)} was rejected (retour code ${a.retourCodes.join(', ')})`,
    'duplicate-retour': (a) =>
      `${a.count} retours ${a.message} answer the same heenbericht${id(a.identificatie)}; only one is allowed`,
    'retour-without-heen': (a) =>
      `retour ${a.message}${to(a.counterpart)}${id(a.identificatie)} waits in the outbox, but the heenbericht it answers is in none of the folders`,
    'archived-retour-without-heen': (a) =>
      `the heenbericht of retour ${a.message}${id(a.identificatie)} in the archive was not found (perhaps pruned)`,
    'duplicate-identificatie': (a) =>
      `Identificatie ${a.identificatie} was used by ${party(a.sender)} for ${a.count} ${a.message} messages; the second is rejected (retour code 9056)`,
    'release-mismatch': (a) =>
      `${a.message} in release ${a.release} answers a heenbericht in release ${a.heenRelease}; a retour must be in the release of its heenbericht`,
    'early-release': (a, c) =>
      `${namedMessage(a.message)} in release ${a.release} is already waiting; it can only be sent once ${a.release} is in use (${c.short(c.blocks.live)})`,
    'other-release': (a, c) =>
      `${a.message === null ? 'message' : namedMessage(a.message)} of release ${a.release} (neither ${c.releases.from} nor ${c.releases.to})`,
    'other-standard': (a) => `${standardName(a.standard)} message (not iWmo or iJw)`,
    'wrong-direction': (a) =>
      `${namedMessage(a.message)} in the ${a.box}: ${a.role === 'aanbieder' ? 'an' : 'a'} ${a.role} does not ${a.box === 'outbox' || a.box === 'sent' ? 'send' : 'receive'} this message`,
    'not-addressed': (a) =>
      `${namedMessage(a.message)} is addressed to ${a.receiver === null ? 'nobody' : party(a.receiver)}, not to ${list(a.org)} (your --org)`,
    'link-outside': () => 'a symbolic link to a place outside the folder; not followed',
    copy: (a) =>
      `the same message is stored ${a.copies === 1 ? 'once more' : `${a.copies} more times`} in this folder; it counts once and is judged here`,
    'unsafe-entry-name': (a) =>
      `a ZIP archive with ${count(a.count, 'entry', 'entries')} named outside the archive (${a.entries.join(', ')}); read, nothing unpacked to disk`,
    'envelope-error': (a) =>
      `an error message from the GGk (StUF Fo01${a.code === null ? '' : `, code ${a.code}`}): one of your messages was refused`,
    unreadable: (a) =>
      ({
        permission: 'could not be read: permission denied',
        vanished: 'vanished while the folders were being read (moved or processed?)',
        'too-large': `larger than the limit of ${Math.round((a.limit ?? 0) / 1048576)} MiB; not read`,
        'not-a-file': 'not a regular file; not read',
        io: `could not be read (${a.code ?? 'error'})`,
        encrypted: 'an encrypted entry of a ZIP archive; it cannot be read',
        'zip-bomb': 'a ZIP entry that unpacks far beyond any message (a ZIP bomb?); not unpacked',
        'nested-too-deep':
          'a ZIP inside a ZIP inside a ZIP; check-ready unpacks at most two levels',
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
        'unsupported-encoding': 'an encoding check-ready does not support',
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
    'unsent-heen': ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Send it ${before(deadlineId, c)}. If it should no longer go, take it off the send list: only this message then stays unsent, nothing is cancelled.`
        : args.sendableUntil !== null
          ? `Late, but still possible: send it now. The chain still carries it until ${until(args.sendableUntil, c)}.`
          : blocked('message', args.counterpart, c),
    'unsent-retour': ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Send the retour ${before(deadlineId, c)}.`
        : blocked('retour', args.counterpart, c),
    unread: ({ status, deadlineId }, c) =>
      status === 'open'
        ? `Read it in ${before(deadlineId, c)}.`
        : 'Late, but read it in as soon as possible. If your system already runs the new release, tell your software vendor.',
    unanswered: ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Process it and send the retour (${retourOf(args.message)}) ${before(deadlineId, c)}; after that the chain takes no ${c.releases.from} retours.`
        : tooLateToAnswer(args.counterpart, c),
    'awaiting-retour': ({ status, deadlineId, args }, c) =>
      status === 'info'
        ? `Ask ${party(args.counterpart)} for the retour (${retourOf(args.message)}) ${before(deadlineId, c)}; after that it can no longer come in ${c.releases.from}.`
        : `The retour can no longer come in ${c.releases.from}. Agree with ${party(args.counterpart)} how this is handled after the switch (${c.short(c.blocks.live)}).`,
    rejected: ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Correct the message and send it again ${before(deadlineId, c)}.`
        : !c.past(c.blocks.heen)
          ? `Late, but still possible: correct it and send it now. The chain still carries it until ${until(c.blocks.heen, c)}.`
          : blocked('message', args.counterpart, c),
    'duplicate-retour': () =>
      'Agree with the other party which retour counts; a message that was sent cannot be called back.',
    'retour-without-heen': () =>
      'Check that the heenbericht was really received before you send this retour.',
    'archived-retour-without-heen': () =>
      'Nothing to do if the archive was pruned; otherwise look for the heenbericht.',
    'duplicate-identificatie': () =>
      'Every message needs its own Identificatie. Tell your software vendor.',
    'release-mismatch': ({ args }) =>
      `Answer the heenbericht in its own release (${args.heenRelease}).`,
    'early-release': ({ args }, c) =>
      `Send it only once ${args.release} is in use (${c.short(c.blocks.live)}).`,
    'other-release': () =>
      'Nothing to do for the switch; move it out of the folder if it does not belong there.',
    'other-standard': ({ args }) =>
      `Handle it through the ${standardName(args.standard)} process, or skip its folder with --exclude.`,
    'wrong-direction': () =>
      'Check whose folder this is (--role, --org) and where this file came from.',
    'not-addressed': () =>
      'Check --org. If it is right, report the misaddressed message to its sender.',
    'unsafe-entry-name': () =>
      'Do not trust this archive: such names are used to put files outside the folder. Download it again.',
    'envelope-error': () =>
      'Look up the refused message by its reference in your system, correct it and send it again.',
    'link-outside': () => 'Put the file itself in the folder, or name the folder it is in as well.',
    copy: () => 'No action needed: copies of one message count once.',
    unreadable: ({ args }) =>
      ({
        permission: 'Let check-ready read the file and run the check again.',
        vanished: 'Run the check again.',
        'too-large': 'Check that this really is a message; if not, move it out of the folder.',
        'not-a-file': 'Move it out of the folder; only regular files are read.',
        io: 'Run the check again; if the error stays, ask your system administrator.',
        encrypted: downloadAgain,
        'zip-bomb': downloadAgain,
        'nested-too-deep': downloadAgain,
        'too-many-entries': downloadAgain,
      })[args.reason],
    malformed: () =>
      'Download it again from the portal or ask the sender to send it again; do not edit it by hand.',
    unrecognised: () =>
      'Move files that are not messages out of the folder, or skip them with --exclude.',
    inconsistent: () =>
      'The header contradicts itself: ask the sender or your software vendor for a correct message.',
  },
  readAndAnswer: {
    text: (a) =>
      `${namedMessage(a.message)}${from(a.counterpart)}${id(a.identificatie)} has not been read in or answered`,
    hint: ({ args, answer, read, answerBy, readBy }, c) =>
      answer === 'open'
        ? `Read it in, process it and send the retour (${retourOf(args.message)}) ${before(answerBy, c)}; after that the chain takes no ${c.releases.from} retours.`
        : read === 'open'
          ? `Read it in ${before(readBy, c)}. ${tooLateToAnswer(args.counterpart, c)}`
          : `Late, but read it in as soon as possible. ${tooLateToAnswer(args.counterpart, c)}`,
  },
  ruleTitle: {
    'unsent-heen': 'heenbericht of the old release still in the outbox',
    'unsent-retour': 'retour of the old release still in the outbox',
    unread: 'message of the old release in the inbox not read in',
    unanswered: 'received heenbericht of the old release not answered',
    'awaiting-retour': 'sent heenbericht of the old release still awaits its retour',
    rejected: 'sent message was rejected',
    'duplicate-retour': 'more than one retour to the same heenbericht',
    'retour-without-heen': 'retour in the outbox without its heenbericht',
    'archived-retour-without-heen': 'retour in an archive without its heenbericht',
    'duplicate-identificatie': 'the same Identificatie for more than one message',
    'release-mismatch': 'retour in another release than its heenbericht',
    'early-release': 'message of the new release already waiting',
    'other-release': 'message of another release',
    'other-standard': 'message of another standard',
    'wrong-direction': 'message in the wrong folder for this role',
    'not-addressed': 'message not addressed to your organisation',
    'link-outside': 'symbolic link outside the folder',
    copy: 'the same message again in the same folder',
    'unsafe-entry-name': 'ZIP archive with unsafe entry names',
    'envelope-error': 'error message from the GGk',
    unreadable: 'file could not be read',
    malformed: 'file is broken or not valid XML',
    unrecognised: 'file is not a recognised message',
    inconsistent: 'header contradicts itself',
  },
  notice: {
    'no-files':
      '⚠ No file at all was found in the outbox and the inbox. Are the paths right? (Empty folders are the goal, a wrong path is not; --fail-on-empty makes this an error.)',
    'later-release': (found, t) =>
      `⚠ The outbox and the inbox hold messages of release ${list(found)}, later than this timetable's ${t.from} → ${t.to}: traffic of a later switch, each only a warning here. Is it the right timetable? Choose one with --timetable.`,
    'other-release-only': (found, t) =>
      `⚠ Every iJw/iWmo message in the outbox and the inbox is of release ${list(found)}, and this timetable is about ${t.from} → ${t.to}: each is only a warning, so nothing counts as open. Is it the right timetable? Choose one with --timetable.`,
  },
  inferredRows: (rows) =>
    `⚠ This timetable holds ${rows.length === 1 ? 'a row' : 'rows'} that no source states, inferred: ${rows.join('; ')}. Check ${rows.length === 1 ? 'it' : 'them'} against the draaiboek before relying on ${rows.length === 1 ? 'it' : 'them'}.`,
  status: {
    open: 'open',
    missed: 'missed',
    error: 'error',
    warning: 'warning',
    info: 'info',
    met: 'in order',
    unknown: 'unknown',
    'not-applicable': 'not applicable',
  },
  phase: {
    afsluiting: (r) => `afsluiting (closing ${r.from})`,
    transitie: () => 'transitie (no traffic)',
    ingebruikname: (r) => `ingebruikname (${r.to} in use)`,
  },
  verdict: { ready: 'READY', 'not-ready': 'NOT READY', missed: 'DEADLINE MISSED' },
  role: { gemeente: 'gemeente', aanbieder: 'aanbieder' },
  box: { outbox: 'outbox', inbox: 'inbox', sent: 'sent archive', received: 'received archive' },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dateTime: (p) =>
    `${p.weekday} ${p.day} ${p.month}${p.year === null ? '' : ` ${p.year}`} ${p.hh}:${p.mm}`,
  timeLeft: ({ days, hours, minutes }) =>
    days > 0
      ? `${count(days, 'day', 'days')}${hours > 0 ? ` and ${count(hours, 'hour', 'hours')}` : ''} left`
      : hours > 0
        ? `${count(hours, 'hour', 'hours')} left`
        : minutes > 0
          ? `${count(minutes, 'minute', 'minutes')} left`
          : 'less than a minute left',
  passed: 'passed',
  party,
  labels: {
    title: (p) =>
      `check-ready · iJw/iWmo switch ${p.from} → ${p.to}${p.who === null ? '' : ` · ${p.who}`} · as of ${p.moment}`,
    headline: ({ verdict, work, errors, next }) =>
      [
        en.verdict[verdict],
        work > 0
          ? `${count(work, 'message needs', 'messages need')} action`
          : errors === 0
            ? 'nothing to do'
            : null,
        errors > 0 ? `${count(errors, 'file', 'files')} with errors` : null,
        next === null
          ? null
          : next.carried
            ? `still possible until ${next.when}${next.left === null ? '' : ` (${next.left})`}`
            : `next deadline ${next.when}${next.left === null ? '' : ` (${next.left})`}`,
      ]
        .filter((part) => part !== null)
        .join(' · '),
    step: {
      answer: 'Read in and answer',
      resend: 'Correct and send again',
      send: 'Send',
      read: 'Read in',
      blocked: 'No longer possible',
      errors: 'Repair',
      warnings: 'Note',
    },
    kinds: (byMessage) => {
      // One name for the lot ("2 toewijzingen (JW301, WMO301)"), else each name with its codes.
      const byName = new Map<string, { name: MessageName; codes: string[]; n: number }>();
      for (const [code, n] of Object.entries(byMessage)) {
        const name = nameOf(code, messageNames, fallbackName);
        const entry = byName.get(name.one) ?? { name, codes: [], n: 0 };
        entry.codes.push(code);
        entry.n += n;
        byName.set(name.one, entry);
      }
      const parts = [...byName.values()].map(
        (e) => `${count(e.n, e.name.one, e.name.many)} (${e.codes.join(', ')})`,
      );
      if (parts.length <= 3)
        return parts.length <= 1
          ? (parts[0] ?? '')
          : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
      const total = Object.values(byMessage).reduce((sum, k) => sum + k, 0);
      return `${count(total, fallbackName.one, fallbackName.many)} (${Object.keys(byMessage).join(', ')})`;
    },
    inFolder: (folder) => `in ${folder}`,
    by: (p) => `before ${p.when}${p.left === null ? '' : ` (${p.left})`}`,
    carried: (p) =>
      p === null
        ? 'late: as soon as possible'
        : `late, now: still possible until ${p.when}${p.left === null ? '' : ` (${p.left})`}`,
    blockedStep: (n, release) =>
      `${count(n, 'message', 'messages')} can no longer go in ${release} — see "No longer possible in ${release}"`,
    errorStep: (n) =>
      `${count(n, 'file is', 'files are')} broken or unrecognised — until that is solved, nobody can say whether you are ready`,
    warningStep: (n) => `${count(n, 'warning', 'warnings')} — see below`,
    moment: 'As of',
    phase: 'Phase',
    role: 'Role',
    roleUnknown: 'unknown — pass --role or --org',
    roleFrom: { flag: 'given', org: 'from --org', files: 'inferred from the messages', none: '' },
    org: 'Organisation',
    filesLine: ({ byBox, ignored }) => {
      const parts = (['outbox', 'inbox', 'sent', 'received'] as const)
        .filter((box) => (byBox[box] ?? 0) > 0)
        .map((box) => `${byBox[box] ?? 0} in the ${en.box[box]}`);
      return `Files: ${parts.length === 0 ? 'none' : parts.join(', ')}${ignored > 0 ? ` (${ignored} not a message)` : ''}`;
    },
    endState: 'End state of Fase 1 Afsluiting',
    nothingToSend: 'outbox empty',
    allReadIn: 'every received message read in',
    allRetoursSent: 'every received heenbericht answered',
    endStateOpen: {
      nothingToSend: (n) => `${count(n, 'message', 'messages')} still to send`,
      allReadIn: (n) => `${n} still in the inbox`,
      // A retour still waiting in the outbox does not answer yet: it counts here too.
      allRetoursSent: (n) => `${n} still without a sent retour`,
    },
    unverified:
      'Not fully checked: pass --sent and --received as well, so messages already read in count too.',
    open: (n) => `${n} open`,
    unknown: (n) => `${count(n, 'file', 'files')} with an error could be such a message`,
    messages: (n) => count(n, 'message', 'messages'),
    deadlines: 'Deadlines',
    nothingOpen: 'nothing open',
    rowsFine: (ids) => `${ids.join(', ')}: in order`,
    todo: 'To do',
    nothingTodo: 'Nothing left to do.',
    groupHeader: ({ when, left, ids }) =>
      `Before ${when}${left === null ? '' : ` — ${left}`} (${ids.join(', ')})`,
    lateHeader: (p) =>
      p === null
        ? 'Late, but still to do — as soon as possible'
        : `Late, but still possible until ${p.when}${p.left === null ? '' : ` — ${p.left}`}`,
    groupCounts: (n, byMessage) =>
      `${count(n, 'message', 'messages')}: ${Object.entries(byMessage)
        .map(([code, k]) => `${k}× ${code}`)
        .join(', ')}`,
    blocked: (release) => `No longer possible in ${release}`,
    blockedIntro: (live, release) =>
      `These messages can no longer go in ${release}. Agree with the other party how they go after the switch (${live}), and tell your software vendor.`,
    problems: 'Errors and warnings',
    files: 'Files',
    ignoredFiles: 'Not messages (skipped)',
    counterparts: 'No retour received yet, by counterpart',
    more: (n) => `… and ${n} more (--verbose lists them all)`,
    related: (paths, more) => `with: ${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    owes: ({ party: who, pairs }) =>
      `${who}: ${pairs
        .map((o) => {
          const name = nameOf(o.heen, messageNames, fallbackName);
          return `${count(o.count, name.one, name.many)} (${o.heen}) ${o.count === 1 ? 'awaits' : 'await'} a ${o.retour}`;
        })
        .join('; ')}`,
    moreParties: (n) =>
      `… and ${count(n, 'more counterpart', 'more counterparts')} (--verbose lists them all)`,
    portal: (role) =>
      role === 'gemeente'
        ? 'Download everything from the Inlichtingenbureau, read it in and run check-ready again.'
        : role === 'aanbieder'
          ? 'Download everything from VECOZO, read it in and run check-ready again.'
          : 'Download everything from your portal (Inlichtingenbureau or VECOZO), read it in and run check-ready again.',
    runAgain: 'After sending and reading in: run check-ready again to check.',
    summary: (c) =>
      `${count(c.files, 'file', 'files')} · ${c.open} open · ${c.missed} missed · ${count(c.errors, 'error', 'errors')} · ${count(c.warnings, 'warning', 'warnings')}`,
  },
};
