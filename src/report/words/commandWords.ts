import type { RowType } from '../../data/timetableFile.js';
import type { Lang } from './Words.js';

/** The words of the `timetable` and `explain` commands, beyond the report's own. */
export interface CommandWords {
  readonly timetable: {
    readonly heading: (p: { title: string; id: string; from: string; to: string }) => string;
    readonly moment: string;
    readonly phase: string;
    readonly role: string;
    readonly everyRole: string;
    readonly bothRoles: string;
    readonly type: Readonly<Record<RowType, string>>;
    readonly inferred: string;
    /** Said once under the rows when some are inferred. */
    readonly inferredNote: string;
    readonly valid: (file: string, id: string, rows: number) => string;
  };
  readonly explain: {
    readonly rule: string;
    readonly means: string;
    readonly todo: string;
    readonly level: Readonly<Record<'error' | 'warning' | 'note', string>>;
    /** The labels of what a message file is. */
    readonly field: Readonly<
      Record<
        'box' | 'message' | 'release' | 'kind' | 'from' | 'to' | 'identificatie' | 'dagtekening',
        string
      >
    >;
    readonly notAMessage: string;
    readonly nothing: string;
  };
}

const en: CommandWords = {
  timetable: {
    heading: (p) => `${p.title} (${p.id}: ${p.from} → ${p.to})`,
    moment: 'Moment',
    phase: 'Phase',
    role: 'Role',
    everyRole: 'every role',
    bothRoles: 'both',
    type: { deadline: 'deadline', block: 'block', phase: 'phase' },
    inferred: 'inferred',
    inferredNote:
      'Rows marked "inferred" are stated by no source: check them against the draaiboek.',
    valid: (file, id, rows) => `${file}: valid (${id}, ${rows} rows).`,
  },
  explain: {
    rule: 'Rule',
    means: 'What it means',
    todo: 'What to do',
    level: { error: 'error', warning: 'warning', note: 'note' },
    field: {
      box: 'judged in',
      message: 'message',
      release: 'release',
      kind: 'heen or retour',
      from: 'sender',
      to: 'receiver',
      identificatie: 'Identificatie',
      dagtekening: 'Dagtekening',
    },
    notAMessage: 'not an iJw/iWmo message: counted, never judged',
    nothing: 'Nothing to do about this file.',
  },
};

const nl: CommandWords = {
  timetable: {
    heading: (p) => `${p.title} (${p.id}: ${p.from} → ${p.to})`,
    moment: 'Moment',
    phase: 'Fase',
    role: 'Rol',
    everyRole: 'elke rol',
    bothRoles: 'beide',
    type: { deadline: 'deadline', block: 'blokkade', phase: 'fase' },
    inferred: 'afgeleid',
    inferredNote: 'Regels met "afgeleid" staan in geen bron: controleer ze tegen het draaiboek.',
    valid: (file, id, rows) => `${file}: geldig (${id}, ${rows} regels).`,
  },
  explain: {
    rule: 'Regel',
    means: 'Wat het betekent',
    todo: 'Wat te doen',
    level: { error: 'fout', warning: 'waarschuwing', note: 'melding' },
    field: {
      box: 'beoordeeld in',
      message: 'bericht',
      release: 'release',
      kind: 'heen of retour',
      from: 'afzender',
      to: 'ontvanger',
      identificatie: 'Identificatie',
      dagtekening: 'Dagtekening',
    },
    notAMessage: 'geen iJw/iWmo-bericht: geteld, nooit beoordeeld',
    nothing: 'Aan dit bestand hoeft niets te gebeuren.',
  },
};

export const commandWords: Readonly<Record<Lang, CommandWords>> = { en, nl };
