import type { Box } from '../../data/types.js';
import type { Lang } from './Words.js';

/** The few words the timeline and the HTML page add to the text report's, per language. */
export interface PageWords {
  readonly timeline: string;
  readonly now: string;
  /** The new release going live, as a mark on the axis: "2.4 live". */
  readonly live: (release: string) => string;
  readonly svgTitle: (p: { from: string; to: string }) => string;
  /** Where "now" is when it lies off the axis. */
  readonly nowOff: { readonly before: string; readonly after: string };
  readonly judgedAt: string;
  readonly nextRow: string;
  readonly noNextRow: string;
  readonly unknown: string;
  readonly rowsCaption: string;
  readonly columns: {
    readonly row: string;
    readonly moment: string;
    readonly what: string;
    readonly state: string;
    readonly messages: string;
    readonly file: string;
    readonly finding: string;
  };
  readonly summary: string;
  readonly showRest: (n: number) => string;
  readonly hint: string;
  readonly footer: {
    readonly made: (p: { tool: string; version: string }) => string;
    readonly timetable: string;
    readonly folders: string;
    readonly noPersonalData: string;
  };
  readonly boxFlag: Readonly<Record<Box, string>>;
}

const boxFlag = {
  outbox: '--outbox',
  inbox: '--inbox',
  sent: '--sent',
  received: '--received',
} as const;

export const pageWords: Readonly<Record<Lang, PageWords>> = {
  nl: {
    timeline: 'Tijdlijn',
    now: 'nu',
    live: (release) => `${release} in gebruik`,
    svgTitle: ({ from, to }) => `Tijdlijn van het draaiboek ${from} naar ${to}`,
    nowOff: { before: 'nu ligt vóór deze tijdlijn', after: 'nu ligt na deze tijdlijn' },
    judgedAt: 'Beoordeeld op',
    nextRow: 'Volgend moment voor deze rol',
    noNextRow: 'geen: elk moment voor deze rol is voorbij',
    unknown: 'onbekend',
    rowsCaption: 'Alle momenten van het draaiboek, met hun stand voor deze rol',
    columns: {
      row: 'Rij',
      moment: 'Moment',
      what: 'Wat',
      state: 'Stand',
      messages: 'Berichten',
      file: 'Bestand',
      finding: 'Bevinding',
    },
    summary: 'Samenvatting',
    showRest: (n) => `Toon de overige ${n}`,
    hint: 'Wat te doen',
    footer: {
      made: ({ tool, version }) => `Gemaakt met ${tool} ${version}`,
      timetable: 'Draaiboek',
      folders: 'Beoordeelde mappen',
      noPersonalData:
        'Dit rapport noemt bestanden en berichtsoorten, nooit de inhoud van een bericht.',
    },
    boxFlag,
  },
  en: {
    timeline: 'Timeline',
    now: 'now',
    live: (release) => `${release} live`,
    svgTitle: ({ from, to }) => `Timeline of the ${from} to ${to} timetable`,
    nowOff: { before: 'now lies before this timeline', after: 'now lies after this timeline' },
    judgedAt: 'Judged as of',
    nextRow: 'Next moment for this role',
    noNextRow: 'none: every moment for this role has passed',
    unknown: 'unknown',
    rowsCaption: 'Every moment of the timetable, with its state for this role',
    columns: {
      row: 'Row',
      moment: 'Moment',
      what: 'What',
      state: 'State',
      messages: 'Messages',
      file: 'File',
      finding: 'Finding',
    },
    summary: 'Summary',
    showRest: (n) => `Show the other ${n}`,
    hint: 'What to do',
    footer: {
      made: ({ tool, version }) => `Made with ${tool} ${version}`,
      timetable: 'Timetable',
      folders: 'Folders judged',
      noPersonalData: 'This report names files and message kinds, never what a message says.',
    },
    boxFlag,
  },
};
