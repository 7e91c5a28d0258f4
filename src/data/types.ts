/** Shared vocabulary of the domain: plain types and constants, no logic beyond a lookup. */

export type Role = 'gemeente' | 'aanbieder';
export const roles = ['gemeente', 'aanbieder'] as const satisfies readonly Role[];

export type Box = 'outbox' | 'inbox' | 'sent' | 'received';
export const boxes = ['outbox', 'inbox', 'sent', 'received'] as const satisfies readonly Box[];

export type Standard = 'iWmo' | 'iJw';
export type Kind = 'heen' | 'retour';
export type FileFormat = 'xml' | 'ei';

/** What a finding asks of the user: `open` and `missed` are obligations, the rest are reports. */
export type Status = 'open' | 'missed' | 'error' | 'warning' | 'info';
// A record, so the compiler refuses a status missing here; the report schema is tested against it.
const statusSet = { open: 0, missed: 0, error: 0, warning: 0, info: 0 } satisfies Record<Status, 0>;
export const statuses = Object.keys(statusSet) as Status[];

export type Phase = 'afsluiting' | 'transitie' | 'ingebruikname';
export type Verdict = 'ready' | 'not-ready' | 'missed';
export type ExitCode = 0 | 1 | 3;

export const otherRole = (role: Role): Role => (role === 'gemeente' ? 'aanbieder' : 'gemeente');
