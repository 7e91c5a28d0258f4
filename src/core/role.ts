import { catalogue, isMessageId } from '../data/catalogue.js';
import type { MessageInfo } from './classify.js';
import { swappedFolders } from './swappedFolders.js';
import { otherRole, type Box, type Role } from '../data/types.js';

export interface RoleEvidence {
  readonly path: string;
  readonly box: Box;
  readonly info: MessageInfo | null;
  /** A file whose header contradicts itself proves nothing about whose folder it is in. */
  readonly problem: { readonly rule: string } | null;
}

export type RoleSource = 'flag' | 'org' | 'files' | 'none';

export type RoleResolution =
  | {
      readonly ok: true;
      readonly role: Role | null;
      readonly source: RoleSource;
    }
  | { readonly ok: false; readonly error: RoleError };

export type RoleError =
  | { readonly kind: 'org-invalid'; readonly code: string }
  | { readonly kind: 'org-mixed'; readonly codes: readonly string[] }
  | { readonly kind: 'role-contradicts-org'; readonly role: Role; readonly orgRole: Role }
  | {
      readonly kind: 'conflicting-files';
      /** A few files that say "gemeente" and a few that say "aanbieder". */
      readonly gemeente: readonly string[];
      readonly aanbieder: readonly string[];
    }
  | {
      /** --outbox and --inbox look swapped: a file of each, to look at. */
      readonly kind: 'swapped-folders';
      readonly outbox: string;
      readonly inbox: string;
      readonly byOrg: boolean;
    }
  | {
      /** No message names an --org code, but the folders agree with each other on `codes`. */
      readonly kind: 'org-unmatched';
      readonly org: readonly string[];
      readonly codes: readonly string[];
      readonly outbox: string;
      readonly inbox: string;
    };

/** Gemeentecodes have 4 digits, AGB-codes 8 (domain.md §1). */
export const roleOfCode = (code: string): Role | null =>
  /^\d{4}$/.test(code) ? 'gemeente' : /^\d{8}$/.test(code) ? 'aanbieder' : null;

/**
 * The role a file shows its owner to have: who sends what it sends, who receives what it receives.
 * Only a message of the timetable's releases without a problem shows it: one of another release
 * (a 2.0 leftover, a 3.x example) or another standard is no evidence, so that one stray file
 * never turns a run into a usage error (spec §2, "Messages outside the migration").
 */
export const roleShownBy = ({ box, info, problem }: RoleEvidence): Role | null =>
  problem === null ? ownerRole(box, info) : null;

const sentByOwner = (box: Box) => box === 'outbox' || box === 'sent';

/** The role of whoever keeps this message in this folder, or null when it is no catalogue message. */
const ownerRole = (box: Box, info: MessageInfo | null): Role | null => {
  const message = info?.message;
  if (message == null || !isMessageId(message)) return null;
  const sender = catalogue[message].sentBy;
  return sentByOwner(box) ? sender : otherRole(sender);
};

/**
 * Whether a message in a folder fits whose folder it is: a role that neither sends nor receives
 * it (`wrongDirection`), or, with --org, a code of ours it does not carry (`notAddressed`; an EI
 * file's parties are not read, so it never is). Such a message creates no duty to answer.
 */
export const addressing = (
  box: Box,
  info: MessageInfo,
  role: Role | null,
  org: readonly string[] | null,
): { readonly wrongDirection: boolean; readonly notAddressed: boolean } => {
  const owner = ownerRole(box, info);
  const ownCode = sentByOwner(box) ? info.sender : info.receiver;
  const isEi =
    info.message !== null && isMessageId(info.message) && catalogue[info.message].format === 'ei';
  return {
    wrongDirection: role !== null && owner !== null && owner !== role,
    notAddressed: org !== null && !isEi && (ownCode === null || !org.includes(ownCode)),
  };
};

const examples = 3;

export const resolveRole = (
  flag: Role | null,
  org: readonly string[],
  files: readonly RoleEvidence[],
): RoleResolution => {
  let orgRole: Role | null = null;
  for (const code of org) {
    const role = roleOfCode(code);
    if (role === null) return { ok: false, error: { kind: 'org-invalid', code } };
    if (orgRole !== null && role !== orgRole)
      return { ok: false, error: { kind: 'org-mixed', codes: org } };
    orgRole = role;
  }
  if (flag !== null && orgRole !== null && flag !== orgRole) {
    return { ok: false, error: { kind: 'role-contradicts-org', role: flag, orgRole } };
  }
  const swapped = swappedFolders(org, flag !== null, files);
  if (swapped !== null) {
    const { outbox, inbox, ownCodes } = swapped;
    return {
      ok: false,
      error:
        ownCodes === null
          ? { kind: 'swapped-folders', outbox, inbox, byOrg: org.length > 0 }
          : { kind: 'org-unmatched', org, codes: ownCodes, outbox, inbox },
    };
  }
  if (flag !== null) return { ok: true, role: flag, source: 'flag' };
  if (orgRole !== null) return { ok: true, role: orgRole, source: 'org' };
  const seen: Record<Role, string[]> = { gemeente: [], aanbieder: [] };
  for (const file of files) {
    const role = roleShownBy(file);
    if (role !== null) seen[role].push(file.path);
  }
  if (seen.gemeente.length > 0 && seen.aanbieder.length > 0) {
    const few = (paths: string[]) => [...paths].sort().slice(0, examples);
    return {
      ok: false,
      error: {
        kind: 'conflicting-files',
        gemeente: few(seen.gemeente),
        aanbieder: few(seen.aanbieder),
      },
    };
  }
  if (seen.gemeente.length > 0) return { ok: true, role: 'gemeente', source: 'files' };
  if (seen.aanbieder.length > 0) return { ok: true, role: 'aanbieder', source: 'files' };
  return { ok: true, role: null, source: 'none' };
};
