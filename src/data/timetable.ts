import type { MessageId } from './catalogue.js';
import type { Role } from '../core/types.js';

export type DeadlineId = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'B1' | 'B2' | 'B3' | 'B4';

/**
 * Which files a row of the timetable binds. A row with `messages: 'heen'` or `'retour'` is the
 * technical block that catches every message of that kind the draaiboek names no deadline for.
 */
export type Binding =
  | { readonly box: 'outbox'; readonly messages: readonly MessageId[] | 'heen' | 'retour' }
  | { readonly box: 'inbox'; readonly receiver: Role }
  | { readonly box: null };

export interface DeadlineRow {
  /** The instant, in UTC, from which on the row applies ("from 17.00 on, blocked"). */
  readonly at: string;
  /** Whose obligation it is; `null` for the chain's technical blocks, which bind everybody. */
  readonly role: Role | null;
  readonly type: 'deadline' | 'block';
  readonly binds: Binding;
  /** Listed in the report's and the JSON's deadline rows (B3 and B4 are phases, not deadlines). */
  readonly listed: boolean;
}

export interface Timetable {
  readonly id: string;
  readonly title: string;
  readonly zone: string;
  /** The release being closed off and the release that follows it. */
  readonly from: string;
  readonly to: string;
  readonly rows: Readonly<Record<DeadlineId, DeadlineRow>>;
  /** Rows in the order the draaiboek lists them; equal instants keep this order. */
  readonly order: readonly DeadlineId[];
  /** Phase boundaries: `transitie` from this row on, `ingebruikname` from the next. */
  readonly transitieFrom: DeadlineId;
  readonly ingebruiknameFrom: DeadlineId;
}

/** Landelijk draaiboek migratie iJw/iWmo 2.1 → 2.2, Fase 1 Afsluiting (domain.md §4). */
// prettier-ignore
export const timetable2018 = {
  id: 'ijw-iwmo-2.1-2.2-2018',
  title: 'Migratie iJw/iWmo 2.1 naar 2.2',
  zone: 'Europe/Amsterdam',
  from: '2.1',
  to: '2.2',
  rows: {
    // D1: zo 18 mrt 2018 23.00 — all declaratie- and factuurberichten sent (aanbieders).
    D1: { at: '2018-03-18T22:00:00.000Z', role: 'aanbieder', type: 'deadline', listed: true, binds: { box: 'outbox', messages: ['WMO303', 'JW303'] } },
    // D2: di 27 mrt 2018 17.00 — all verzoeken om toewijzing sent; the draaiboek names JW315 only.
    D2: { at: '2018-03-27T15:00:00.000Z', role: 'aanbieder', type: 'deadline', listed: true, binds: { box: 'outbox', messages: ['JW315'] } },
    // D3: di 27 mrt 2018 17.00 — all toewijzingen sent (gemeenten).
    D3: { at: '2018-03-27T15:00:00.000Z', role: 'gemeente', type: 'deadline', listed: true, binds: { box: 'outbox', messages: ['WMO301', 'JW301'] } },
    // D4: do 29 mrt 2018 13.00 — retourberichten on received toewijzingen sent (aanbieders).
    D4: { at: '2018-03-29T11:00:00.000Z', role: 'aanbieder', type: 'deadline', listed: true, binds: { box: 'outbox', messages: ['WMO302', 'JW302'] } },
    // D5: do 29 mrt 2018 13.00 — retourberichten on received declaraties and verzoeken sent (gemeenten).
    D5: { at: '2018-03-29T11:00:00.000Z', role: 'gemeente', type: 'deadline', listed: true, binds: { box: 'outbox', messages: ['WMO304', 'JW304', 'JW316'] } },
    // D6: do 29 mrt 2018 14.00–23.00 — everything on the Inlichtingenbureau portal read in (gemeenten).
    D6: { at: '2018-03-29T21:00:00.000Z', role: 'gemeente', type: 'deadline', listed: true, binds: { box: 'inbox', receiver: 'gemeente' } },
    // D7: do 29 mrt 2018 14.00–23.00 — everything on the VECOZO portal read in (aanbieders).
    D7: { at: '2018-03-29T21:00:00.000Z', role: 'aanbieder', type: 'deadline', listed: true, binds: { box: 'inbox', receiver: 'aanbieder' } },
    // B1: di 27 mrt 2018 17.00 — VECOZO blocks every 2.1 heenbericht.
    B1: { at: '2018-03-27T15:00:00.000Z', role: null, type: 'block', listed: true, binds: { box: 'outbox', messages: 'heen' } },
    // B2: do 29 mrt 2018 13.00 — VECOZO and IB block every retourbericht; 2.1 traffic stands still.
    B2: { at: '2018-03-29T11:00:00.000Z', role: null, type: 'block', listed: true, binds: { box: 'outbox', messages: 'retour' } },
    // B3: do 29 mrt 13.00 – di 3 apr 2018 13.00 — Fase 2 Transitie, no traffic at all.
    B3: { at: '2018-03-29T11:00:00.000Z', role: null, type: 'block', listed: false, binds: { box: null } },
    // B4: di 3 apr 2018 13.00 — 2.2 live (Fase 3 Ingebruikname), JW321/JW322 return.
    B4: { at: '2018-04-03T11:00:00.000Z', role: null, type: 'block', listed: false, binds: { box: null } },
  },
  order: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'B1', 'B2', 'B3', 'B4'],
  transitieFrom: 'B2',
  ingebruiknameFrom: 'B4',
} as const satisfies Timetable;
