import type { RoleEvidence } from './role.js';

/** A file of each folder, named when the outbox and inbox look swapped. */
export interface SwappedFolders {
  readonly outbox: string;
  readonly inbox: string;
  /**
   * With --org, when the folders point to no --org code either way round but are plainly one
   * other party's (the outbox sent by one code, the inbox all addressed to it): that code. Then
   * --org is wrong, not the folders. `null` when the folders look swapped.
   */
  readonly ownCodes: readonly string[] | null;
}

/**
 * Files that tell who sent them and to whom: messages without a problem. Another release or
 * standard is no evidence (spec §2, "Messages outside the migration").
 */
const parties = (files: readonly RoleEvidence[], box: 'outbox' | 'inbox') =>
  files
    .filter((f) => f.box === box && f.problem === null)
    .flatMap((f) =>
      f.info?.sender == null || f.info.receiver == null
        ? []
        : [{ path: f.path, sender: f.info.sender, receiver: f.info.receiver }],
    );

const first = (paths: readonly string[]): string =>
  paths.reduce((a, b) => (b < a ? b : a), paths[0] ?? '');

/**
 * Swapped --outbox and --inbox look like a consistent picture of the other role, so kinds cannot
 * show it; senders can (spec §2, "Detected mistakes"). A real outbox is sent by one organisation
 * and a real inbox is addressed to it. Without --org: an outbox from several senders, all to one
 * code, and an inbox all from that code. With --org: no outbox message sent by our codes and no
 * inbox message addressed to them. Both sides must hold a message: an empty side proves nothing.
 */
export const swappedFolders = (
  org: readonly string[],
  roleGiven: boolean,
  files: readonly RoleEvidence[],
): SwappedFolders | null => {
  const outbox = parties(files, 'outbox');
  const inbox = parties(files, 'inbox');
  if (outbox.length === 0 || inbox.length === 0) return null;
  const named = (ownCodes: readonly string[] | null = null) => ({
    outbox: first(outbox.map((f) => f.path)),
    inbox: first(inbox.map((f) => f.path)),
    ownCodes,
  });
  if (org.length > 0) {
    const ours = (code: string) => org.includes(code);
    if (outbox.some((f) => ours(f.sender)) || inbox.some((f) => ours(f.receiver))) return null;
    // Swapped, the outbox is addressed to us or the inbox sent by us; if neither, --org is wrong.
    if (outbox.some((f) => ours(f.receiver)) || inbox.some((f) => ours(f.sender))) return named();
    // Folders of one other party: the outbox sent by one code, the inbox all addressed to it.
    // Anything less clear (several senders, an inbox to others) keeps the swap question.
    const senders = [...new Set(outbox.map((f) => f.sender))];
    const [own] = senders;
    return senders.length === 1 && own !== undefined && inbox.every((f) => f.receiver === own)
      ? named([own])
      : named();
  }
  if (roleGiven) return null;
  const senders = new Set(outbox.map((f) => f.sender));
  const receivers = new Set(outbox.map((f) => f.receiver));
  if (senders.size < 2 || receivers.size !== 1) return null;
  const [code] = receivers;
  return inbox.every((f) => f.sender === code) ? named() : null;
};
