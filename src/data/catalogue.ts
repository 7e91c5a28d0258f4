import type { FileFormat, Kind, Role, Standard } from './types.js';

export interface MessageSpec {
  readonly standard: Standard;
  readonly name: string;
  readonly sentBy: Role;
  readonly kind: Kind;
  /** The heenbericht this retourbericht answers. */
  readonly answers: string | null;
  /** Vektis COD002 BerichtCodes; a heen code is even and its retour the next odd number. */
  readonly codes: readonly string[];
  readonly format: FileFormat;
}

/** The iJw/iWmo message set of the 2.x releases (domain.md §2; timetables.md §2). One row a message. */
export const catalogue = {
  WMO301: {
    standard: 'iWmo',
    name: 'Toewijzing Wmo-ondersteuning',
    sentBy: 'gemeente',
    kind: 'heen',
    answers: null,
    codes: ['414'],
    format: 'xml',
  },
  WMO302: {
    standard: 'iWmo',
    name: 'Toewijzing Wmo-ondersteuning Retour',
    sentBy: 'aanbieder',
    kind: 'retour',
    answers: 'WMO301',
    codes: ['415'],
    format: 'xml',
  },
  // 416 is the declaratie, 448 the factuur variant of the same message.
  WMO303: {
    standard: 'iWmo',
    name: 'Declaratie/Factuur Wmo-ondersteuning',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['416', '448'],
    format: 'xml',
  },
  WMO304: {
    standard: 'iWmo',
    name: 'Declaratie/Factuur Wmo-ondersteuning Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'WMO303',
    codes: ['417', '449'],
    format: 'xml',
  },
  WMO305: {
    standard: 'iWmo',
    name: 'Start Wmo-ondersteuning',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['418'],
    format: 'xml',
  },
  WMO306: {
    standard: 'iWmo',
    name: 'Start Wmo-ondersteuning Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'WMO305',
    codes: ['419'],
    format: 'xml',
  },
  WMO307: {
    standard: 'iWmo',
    name: 'Stop Wmo-ondersteuning',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['420'],
    format: 'xml',
  },
  WMO308: {
    standard: 'iWmo',
    name: 'Stop Wmo-ondersteuning Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'WMO307',
    codes: ['421'],
    format: 'xml',
  },
  WMO315: {
    standard: 'iWmo',
    name: 'Verzoek om toewijzing Wmo-ondersteuning',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['444'],
    format: 'xml',
  },
  WMO316: {
    standard: 'iWmo',
    name: 'Verzoek om toewijzing Wmo-ondersteuning Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'WMO315',
    codes: ['445'],
    format: 'xml',
  },
  JW301: {
    standard: 'iJw',
    name: 'Toewijzing Jeugdhulp',
    sentBy: 'gemeente',
    kind: 'heen',
    answers: null,
    codes: ['436'],
    format: 'xml',
  },
  JW302: {
    standard: 'iJw',
    name: 'Toewijzing Jeugdhulp Retour',
    sentBy: 'aanbieder',
    kind: 'retour',
    answers: 'JW301',
    codes: ['437'],
    format: 'xml',
  },
  // 432 is the declaratie, 450 the factuur variant of the same message.
  JW303: {
    standard: 'iJw',
    name: 'Declaratie/Factuur Jeugdhulp',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['432', '450'],
    format: 'xml',
  },
  JW304: {
    standard: 'iJw',
    name: 'Declaratie/Factuur Jeugdhulp Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'JW303',
    codes: ['433', '451'],
    format: 'xml',
  },
  JW305: {
    standard: 'iJw',
    name: 'Start Jeugdhulp',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['438'],
    format: 'xml',
  },
  JW306: {
    standard: 'iJw',
    name: 'Start Jeugdhulp Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'JW305',
    codes: ['439'],
    format: 'xml',
  },
  JW307: {
    standard: 'iJw',
    name: 'Stop Jeugdhulp',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['440'],
    format: 'xml',
  },
  JW308: {
    standard: 'iJw',
    name: 'Stop Jeugdhulp Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'JW307',
    codes: ['441'],
    format: 'xml',
  },
  JW315: {
    standard: 'iJw',
    name: 'Verzoek om toewijzing Jeugdhulp',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['446'],
    format: 'xml',
  },
  JW316: {
    standard: 'iJw',
    name: 'Verzoek om toewijzing Jeugdhulp Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'JW315',
    codes: ['447'],
    format: 'xml',
  },
  JW321: {
    standard: 'iJw',
    name: 'Declaratie Jeugd-GGZ',
    sentBy: 'aanbieder',
    kind: 'heen',
    answers: null,
    codes: ['434'],
    format: 'ei',
  },
  JW322: {
    standard: 'iJw',
    name: 'Declaratie Jeugd-GGZ Retour',
    sentBy: 'gemeente',
    kind: 'retour',
    answers: 'JW321',
    codes: ['435'],
    format: 'ei',
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageId = keyof typeof catalogue;
export const messageIds = Object.keys(catalogue) as MessageId[];

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(catalogue, id);

const byCode = new Map<string, MessageId>(
  messageIds.flatMap((id) => catalogue[id].codes.map((code) => [code, id] as const)),
);

/** The message a BerichtCode belongs to, e.g. `448` → `WMO303`. */
export const messageForCode = (code: string): MessageId | undefined => byCode.get(code);

/**
 * RetourCodes in a retour's header that reject the whole heenbericht (domain.md §3).
 * How systems of the first 2.x releases filled retours in practice is uncertain; this list is the one place to change.
 */
export const rejectingRetourCodes = ['0001'] as const satisfies readonly string[];
