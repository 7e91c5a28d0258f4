import { catalogue, isMessageId, rejectingRetourCodes, type MessageId } from '../data/catalogue.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import type { MessageInfo } from './classify.js';
import { blockFor, instantOf, outboxDeadline } from './deadlines.js';
import type { Finding } from './findings.js';
import { pairKey, retourKey } from './pairKey.js';
import { addressing } from './role.js';
import type { Box, Role } from '../data/types.js';

/** A classified file that can take part in a pair: an XML heen or retour of the catalogue. */
export interface PairCandidate {
  readonly path: string;
  readonly box: Box;
  readonly info: MessageInfo;
}

export interface PairGroup {
  readonly heens: readonly PairCandidate[];
  readonly retours: readonly PairCandidate[];
}

const nobody: readonly PairCandidate[] = Object.freeze([]);

/**
 * Groups heen and retour messages by the pairing key (domain.md §3), in one pass: the cost grows
 * with the number of files, never with their square. Release is not in the key, so a new-release retour
 * to an old-release heen is found (and reported) rather than missed. Most groups hold one side only: the
 * other is one shared empty list, not a new one for each.
 */
export const groupPairs = (files: readonly PairCandidate[]): Map<string, PairGroup> => {
  const groups = new Map<
    string,
    { heens: readonly PairCandidate[]; retours: readonly PairCandidate[] }
  >();
  const add = (key: string, side: 'heens' | 'retours', file: PairCandidate) => {
    const found = groups.get(key);
    if (found === undefined) {
      groups.set(
        key,
        side === 'heens' ? { heens: [file], retours: nobody } : { heens: nobody, retours: [file] },
      );
    } else if (found[side] === nobody) found[side] = [file];
    else (found[side] as PairCandidate[]).push(file);
  };
  for (const file of files) {
    const heen = pairKey(file.info);
    if (heen !== null) add(heen, 'heens', file);
    const retour = retourKey(file.info);
    if (retour !== null) add(retour, 'retours', file);
  }
  return groups;
};

export interface PairingContext {
  readonly role: Role | null;
  readonly org: readonly string[] | null;
  readonly archives: { readonly sent: boolean; readonly received: boolean };
}

const sentByUs = (box: Box) => box === 'outbox' || box === 'sent';
const receivedByUs = (box: Box) => box === 'inbox' || box === 'received';

/**
 * Whether a message obliges us: it was meant for our role and, with --org, for one of our codes.
 * A misdirected message still counts as traffic but creates no duty to answer.
 */
const concernsUs = (file: PairCandidate, context: PairingContext): boolean => {
  const { wrongDirection, notAddressed } = addressing(
    file.box,
    file.info,
    context.role,
    context.org,
  );
  return !wrongDirection && !notAddressed;
};

const heenOf = (retour: MessageInfo): MessageId | null => {
  const message = retour.message;
  if (message === null || !isMessageId(message)) return null;
  const answers = catalogue[message].answers;
  return answers !== null && isMessageId(answers) ? answers : null;
};

/** The findings that need both sides of a pair: who still owes whom a retour, and what is odd. */
export const pairingFindings = (
  files: readonly PairCandidate[],
  context: PairingContext,
  timetable: Timetable,
  at: number,
): Finding[] => {
  const passed = (id: string) => at >= instantOf(timetable, id);
  const lastRetour = blockFor(timetable, 'retour');
  const status = (id: string) => (passed(id) ? 'missed' : 'open');
  const findings: Finding[] = [];
  const traffic = files.filter(
    (f) => f.info.release === timetable.from || f.info.release === timetable.to,
  );

  for (const { heens, retours } of groupPairs(traffic).values()) {
    const oldHeens = heens.filter((h) => h.info.release === timetable.from);
    for (const heen of oldHeens) {
      const answers = retours.filter((r) => r.info.release === heen.info.release);
      const { message, identificatie } = heen.info;
      if (message === null) continue;
      // An archived heen is judged only with the archive where its retour would be (spec §2):
      // without it, every heen answered long ago would look unanswered. One in the inbox can
      // only have been answered from the outbox, so it is always judged.
      const retourHomeKept =
        heen.box === 'inbox' ||
        (heen.box === 'received' && context.archives.sent) ||
        (heen.box === 'sent' && context.archives.received);
      if (receivedByUs(heen.box) && retourHomeKept && concernsUs(heen, context)) {
        // Received: our retour must wait in the outbox or have been sent.
        if (!answers.some((r) => sentByUs(r.box))) {
          findings.push({
            rule: 'unanswered',
            path: heen.path,
            status: status(lastRetour),
            deadlineId: lastRetour,
            related: [],
            args: { message, counterpart: heen.info.sender, identificatie },
          });
        }
      } else if (heen.box === 'sent' && retourHomeKept && concernsUs(heen, context)) {
        const received = answers.filter((r) => receivedByUs(r.box));
        if (received.length === 0) {
          findings.push({
            rule: 'awaiting-retour',
            path: heen.path,
            status: passed(lastRetour) ? 'warning' : 'info',
            deadlineId: lastRetour,
            related: [],
            args: { message, counterpart: heen.info.receiver, identificatie },
          });
        }
      }
    }

    for (const retour of retours) {
      const heenMessage = heenOf(retour.info);
      if (heenMessage === null) continue;
      const sameRelease = heens.filter((h) => h.info.release === retour.info.release);
      const { identificatie } = retour.info;
      // A retour answers a heen of its own release only; any other pairing is a mistake.
      for (const heen of heens.filter((h) => h.info.release !== retour.info.release)) {
        findings.push({
          rule: 'release-mismatch',
          path: retour.path,
          status: 'warning',
          deadlineId: null,
          related: [heen.path],
          args: {
            message: retour.info.message ?? heenMessage,
            release: retour.info.release ?? '?',
            heenRelease: heen.info.release ?? '?',
          },
        });
      }
      if (retour.info.release !== timetable.from) continue;

      // Where its heen would be, had it been kept: ours came in (inbox, received), theirs went out.
      const heenHomeKept = sentByUs(retour.box) ? context.archives.received : context.archives.sent;
      // A retour still in the inbox is not looked at here: it is unread, and a rejection says so.
      if (heens.length === 0 && heenHomeKept && retour.box !== 'inbox') {
        const args = {
          message: retour.info.message ?? heenMessage,
          counterpart: retour.info.receiver,
          identificatie,
          box: retour.box,
        };
        findings.push(
          retour.box === 'outbox'
            ? {
                rule: 'retour-without-heen',
                path: retour.path,
                status: 'warning',
                deadlineId: null,
                related: [],
                args,
              }
            : {
                rule: 'archived-retour-without-heen',
                path: retour.path,
                status: 'info',
                deadlineId: null,
                related: [],
                args,
              },
        );
      }

      const rejecting = retour.info.retourCodes.filter((code) =>
        (rejectingRetourCodes as readonly string[]).includes(code),
      );
      if (receivedByUs(retour.box) && rejecting.length > 0 && concernsUs(retour, context)) {
        const heen = sameRelease.find((h) => sentByUs(h.box));
        const deadlineId = outboxDeadline(timetable, heenMessage);
        findings.push({
          rule: 'rejected',
          path: heen?.path ?? retour.path,
          status: status(deadlineId),
          deadlineId,
          related: [heen === undefined ? null : retour.path].filter((p): p is string => p !== null),
          args: {
            message: heenMessage,
            counterpart: retour.info.sender,
            identificatie,
            retourCodes: rejecting,
          },
        });
      }
    }

    // The chain allows one retour a heen; count by release, so a mismatch is not also a duplicate.
    const byRelease = new Map<string, PairCandidate[]>();
    if (retours.length > 1) {
      for (const retour of retours) {
        const release = retour.info.release ?? '';
        const same = byRelease.get(release);
        if (same === undefined) byRelease.set(release, [retour]);
        else same.push(retour);
      }
    }
    for (const same of byRelease.values()) {
      if (same.length < 2) continue;
      for (const retour of same) {
        findings.push({
          rule: 'duplicate-retour',
          path: retour.path,
          status: 'warning',
          deadlineId: null,
          // Sorted (by code units, as every list in the result), so the files' order does not show.
          related: same
            .filter((r) => r !== retour)
            .map((r) => r.path)
            .sort(),
          args: {
            message: retour.info.message ?? '?',
            identificatie: retour.info.identificatie,
            count: same.length,
          },
        });
      }
    }
  }

  findings.push(...duplicateIdentifications(traffic));
  return findings;
};

/**
 * One sender must not use one Identificatie twice for the same message (the chain answers with
 * RetourCode 9056). For a retour, the identification is its own IdentificatieRetour.
 */
const duplicateIdentifications = (files: readonly PairCandidate[]): Finding[] => {
  // A file alone is held as itself: a list for each of a hundred thousand would be garbage.
  const seen = new Map<string, PairCandidate | PairCandidate[]>();
  for (const file of files) {
    const { standard, message, sender, kind } = file.info;
    const identificatie =
      kind === 'retour' ? file.info.identificatieRetour : file.info.identificatie;
    if (standard === null || message === null || sender === null || identificatie === null)
      continue;
    const key = `${standard}\u0000${message}\u0000${sender}\u0000${identificatie}`;
    const same = seen.get(key);
    if (same === undefined) seen.set(key, file);
    else if (Array.isArray(same)) same.push(file);
    else seen.set(key, [same, file]);
  }
  const findings: Finding[] = [];
  for (const same of seen.values()) {
    if (!Array.isArray(same)) continue;
    for (const file of same) {
      const { message, sender, kind } = file.info;
      findings.push({
        rule: 'duplicate-identificatie',
        path: file.path,
        status: 'warning',
        deadlineId: null,
        related: same
          .filter((f) => f !== file)
          .map((f) => f.path)
          .sort(),
        args: {
          message: message ?? '?',
          sender: sender ?? '?',
          identificatie:
            (kind === 'retour' ? file.info.identificatieRetour : file.info.identificatie) ?? '?',
          count: same.length,
        },
      });
    }
  }
  return findings;
};
