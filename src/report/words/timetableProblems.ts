import type {
  PatternField,
  TimetableProblem,
  TimetableProblemArgs,
  TimetableProblemCode,
} from '../../io/TimetableProblem.js';
import type { RowType, TimetableRole } from '../../data/timetableFile.js';
import type { Lang } from './Words.js';

/** What is wrong, and how to fix it: two sentences without the place, which comes first. */
interface Sentences<A> {
  readonly what: (args: A) => string;
  readonly fix: (args: A) => string;
}

interface TimetableProblemWords {
  readonly where: (file: string, row: string | null) => string;
  readonly problem: { readonly [C in TimetableProblemCode]: Sentences<TimetableProblemArgs[C]> };
}

const quoted = (values: readonly string[], or: string): string => {
  const q = values.map((v) => (v === 'null' ? 'null' : `"${v}"`));
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${or} ${q.at(-1)}`;
};

/** `inbox:gemeente`, as the loader names a bound inbox, or a message id. */
const inboxOf = (bound: string): TimetableRole | null =>
  bound === 'inbox:gemeente' || bound === 'gemeente'
    ? 'gemeente'
    : bound === 'inbox:aanbieder' || bound === 'aanbieder'
      ? 'aanbieder'
      : null;

const schemaFile = 'schema/timetable.schema.json';

const enForm: Readonly<Record<PatternField, readonly [string, string]>> = {
  'timetable-id': [
    'not a timetable id',
    'lower-case letters, digits, dots and hyphens, 3 to 64 characters, e.g. ijw-iwmo-2.3-2.4-2020',
  ],
  'row-id': [
    'not a row id',
    'a capital letter, then up to 15 capitals, digits or hyphens, e.g. HEEN or LIVE',
  ],
  release: ['not a release', 'major.minor, e.g. 2.3'],
  at: [
    'not a moment',
    "YYYY-MM-DD HH:MM in the timetable's zone, e.g. 2020-03-25 17:00, or an ISO instant with its offset, e.g. 2020-03-25T17:00+01:00",
  ],
  message: ['not a message id', 'the id as the catalogue writes it, e.g. JW301 or WMO303'],
  zone: ['not a time zone', 'an IANA zone name, e.g. Europe/Amsterdam'],
  other: ['not in the right form', `the form ${schemaFile} gives`],
};

const nlForm: Readonly<Record<PatternField, readonly [string, string]>> = {
  'timetable-id': [
    'geen tijdpad-id',
    'kleine letters, cijfers, punten en streepjes, 3 tot 64 tekens, bijv. ijw-iwmo-2.3-2.4-2020',
  ],
  'row-id': [
    'geen rij-id',
    'een hoofdletter, dan hoogstens 15 hoofdletters, cijfers of streepjes, bijv. HEEN of LIVE',
  ],
  release: ['geen release', 'hoofd.sub, bijv. 2.3'],
  at: [
    'geen moment',
    'JJJJ-MM-DD UU:MM in de tijdzone van het tijdpad, bijv. 2020-03-25 17:00, of een ISO-tijdstip met zijn offset, bijv. 2020-03-25T17:00+01:00',
  ],
  message: [
    'geen bericht-id',
    'het id zoals de berichtencatalogus het schrijft, bijv. JW301 of WMO303',
  ],
  zone: ['geen tijdzone', 'een IANA-zonenaam, bijv. Europe/Amsterdam'],
  other: ['niet in de juiste vorm', `de vorm die ${schemaFile} geeft`],
};

const enType: Readonly<Record<string, string>> = {
  string: 'text in quotes',
  object: 'an object { … }',
  array: 'a list [ … ]',
  boolean: 'true or false',
  null: 'null',
  number: 'a number',
  integer: 'a whole number',
};
const nlType: Readonly<Record<string, string>> = {
  string: 'tekst tussen aanhalingstekens',
  object: 'een object { … }',
  array: 'een lijst [ … ]',
  boolean: 'true of false',
  null: 'null',
  number: 'een getal',
  integer: 'een geheel getal',
};
const typeWords = (table: Readonly<Record<string, string>>, expected: string, or: string) =>
  expected
    .split(',')
    .map((t) => table[t] ?? t)
    .join(` ${or} `);

const enRowType: Readonly<Record<RowType, string>> = {
  deadline: 'deadline',
  block: 'block',
  phase: 'phase',
};
const nlRowType: Readonly<Record<RowType, string>> = {
  deadline: 'deadline',
  block: 'blokkade',
  phase: 'fase',
};

const bindsFor: Readonly<Record<RowType, string>> = {
  deadline:
    '{"box": "outbox", "messages": ["JW301", …]} / {"box": "inbox", "receiver": "gemeente"}',
  block: '{"box": "outbox", "messages": "heen"} / {"box": "outbox", "messages": "retour"}',
  phase: '{"box": null}',
};

const blockRow = (kind: 'heen' | 'retour') =>
  `{"type": "block", "role": null, "binds": {"box": "outbox", "messages": "${kind}"}}`;

const place = (path: string, top: string) => (path === '' ? top : path);

const en: TimetableProblemWords = {
  where: (file, row) => (row === null ? file : `${file}, row ${row}`),
  problem: {
    'file-unreadable': {
      what: ({ reason }) => `cannot be read (${reason})`,
      fix: () => 'Check the path, and that the file exists and may be read.',
    },
    'unknown-timetable': {
      what: () => 'is neither a file nor the id of a timetable that ships with check-ready',
      fix: ({ shipped }) =>
        `Give the path of a timetable file, or one of these ids: ${shipped.join(', ')}.`,
    },
    'json-syntax': {
      what: ({ line, column }) => `is not valid JSON at line ${line}, column ${column}`,
      fix: () =>
        'Correct the JSON there: a missing comma, quote or bracket is the usual cause. An editor that knows the schema shows the place.',
    },
    'schema-type': {
      what: ({ path, expected }) =>
        `${place(path, 'the file')} must be ${typeWords(enType, expected, 'or')}`,
      fix: () => `Write a value of that kind (${schemaFile} says what each key holds).`,
    },
    'schema-required': {
      what: ({ path, key }) => `${place(path, 'the file')} lacks the key "${key}"`,
      fix: ({ key }) => `Add "${key}" (${schemaFile} says what it holds).`,
    },
    'schema-unknown-key': {
      what: ({ path, key }) => `"${key}" is not a key of ${place(path, 'the file')} here`,
      fix: () =>
        "Remove it or correct its spelling; which keys a row's binds take depends on its box.",
    },
    'schema-pattern': {
      what: ({ path, value, field }) => `${path}: "${value}" is ${enForm[field][0]}`,
      fix: ({ field }) => `Write ${enForm[field][1]}.`,
    },
    'schema-enum': {
      what: ({ path, value }) => `${path}: "${value}" is not allowed here`,
      fix: ({ allowed }) => `Write ${quoted(allowed, 'or')}.`,
    },
    'schema-too-few': {
      what: ({ path, min }) =>
        min <= 1 ? `${path} is empty` : `${path} has fewer than ${min} entries`,
      fix: () => 'Fill it in.',
    },
    'schema-duplicate-item': {
      what: ({ path }) => `${path} names the same entry twice`,
      fix: () => 'Remove the second one.',
    },
    'schema-other': {
      what: ({ path, keyword }) =>
        `${place(path, 'the file')} does not match the schema (${keyword})`,
      fix: () => `Compare it with ${schemaFile}.`,
    },
    'no-heen-block': {
      what: () => 'has no block for heenberichten',
      fix: () =>
        `Add the row from which on the chain refuses every heenbericht of the old release: ${blockRow('heen')}.`,
    },
    'no-retour-block': {
      what: () => 'has no block for retourberichten',
      fix: () =>
        `Add the row from which on the chain refuses every retourbericht of the old release: ${blockRow('retour')}.`,
    },
    'deadline-without-role': {
      what: () => 'is a deadline without a role',
      fix: () =>
        'Set "role" to "gemeente" or "aanbieder", whose obligation it is; a moment that binds nobody is a "block" or a "phase".',
    },
    'role-not-null': {
      what: ({ type, role }) => `is a ${enRowType[type]} but has the role "${role}"`,
      fix: ({ type }) =>
        `Set "role" to null (a ${enRowType[type]} ${type === 'block' ? 'binds everybody' : 'binds nobody'}), or make it a "deadline" if it is one role's obligation.`,
    },
    'blocks-not-deadline': {
      what: ({ type }) => `is a ${enRowType[type]} but has "blocks"`,
      fix: () => 'Remove "blocks": only a deadline can stop the chain carrying its messages.',
    },
    'binds-wrong-for-type': {
      what: ({ type }) => `its "binds" do not fit a ${enRowType[type]}`,
      fix: ({ type }) => `A ${enRowType[type]} binds ${bindsFor[type]}.`,
    },
    'duplicate-row-id': {
      what: ({ first, position }) => `the id is used by row ${first} and again by row ${position}`,
      fix: () => 'Give every row an id of its own.',
    },
    'phase-unknown-row': {
      what: ({ phase, id }) => `phases.${phase} names "${id}", which is no row of the file`,
      fix: () => 'Name the id of one of the rows (of any type), or add that row.',
    },
    'ingebruikname-before-transitie': {
      what: ({ transitie }) =>
        `is the start of ingebruikname, yet it comes before the start of transitie (row ${transitie})`,
      fix: () =>
        'Correct the "at" of either row, or swap the two in "phases": the new release goes live after the transitie begins.',
    },
    'invalid-date': {
      what: ({ at }) => `"at": "${at}" is not a date and time of the calendar`,
      fix: () => 'Correct the date (no 30 February) or the time (00:00 to 23:59).',
    },
    'nonexistent-time': {
      what: ({ at, zone, before, after }) =>
        `"at": "${at}" does not exist in ${zone}: the clocks jump from ${before} to ${after} there`,
      fix: ({ after }) =>
        `Write a time the clocks show, or an ISO instant with its offset (${after} after the jump).`,
    },
    'ambiguous-time': {
      what: ({ at, zone, offsets }) =>
        `"at": "${at}" occurs twice in ${zone}, at ${offsets[0]} and at ${offsets[1]}`,
      fix: ({ at, offsets }) =>
        `Write it as an ISO instant with the offset you mean, e.g. ${at.replace(' ', 'T')}${offsets[0]}.`,
    },
    'offset-mismatch': {
      what: ({ at, zone, offset, expected }) =>
        `"at": "${at}" has the offset ${offset}, but ${zone} is at ${expected} at that instant`,
      fix: ({ expected }) => `Write the offset ${expected}, or the wall time without an offset.`,
    },
    'unknown-zone': {
      what: ({ zone }) => `the zone "${zone}" is no IANA time zone this system knows`,
      fix: () => 'Write an IANA zone name, e.g. Europe/Amsterdam.',
    },
    'unknown-message': {
      what: ({ message, from }) =>
        `names the message ${message}, which release ${from} does not have`,
      fix: () => 'Use the message ids of the catalogue, e.g. JW301, WMO303 or JW315.',
    },
    'binds-other-role': {
      what: ({ role, bound, owner }) =>
        inboxOf(bound) !== null
          ? `is a deadline of the ${role} but binds the inbox of the ${owner}`
          : `is a deadline of the ${role} but binds ${bound}, which the ${owner} sends`,
      fix: ({ bound, owner }) =>
        `Set "role" to "${owner}", or move ${inboxOf(bound) !== null ? 'that inbox' : bound} to a deadline of the ${owner}.`,
    },
    'bound-twice': {
      what: ({ bound, first }) => {
        const inbox = inboxOf(bound);
        return `binds ${inbox !== null ? `the inbox of the ${inbox}` : bound}, as row ${first} already does`;
      },
      fix: () => 'Name it in one deadline row only, so that one moment counts.',
    },
    'same-release': {
      what: ({ release }) => `"from" and "to" are both ${release}`,
      fix: () => '"from" is the release being closed off, "to" the release that follows it.',
    },
    'unsupported-release': {
      what: ({ release }) =>
        `closes off release ${release}, which check-ready does not support yet: it knows the messages of the 2.x releases only`,
      fix: () => 'Use a timetable whose "from" is a 2.x release.',
    },
  },
};

const nlRole: Readonly<Record<TimetableRole, string>> = {
  gemeente: 'de gemeente',
  aanbieder: 'de aanbieder',
};

const nl: TimetableProblemWords = {
  where: (file, row) => (row === null ? file : `${file}, rij ${row}`),
  problem: {
    'file-unreadable': {
      what: ({ reason }) => `is niet te lezen (${reason})`,
      fix: () => 'Controleer het pad, en of het bestand bestaat en gelezen mag worden.',
    },
    'unknown-timetable': {
      what: () => 'is geen bestand en ook geen id van een tijdpad dat met check-ready meekomt',
      fix: ({ shipped }) =>
        `Geef het pad van een tijdpadbestand, of een van deze id's: ${shipped.join(', ')}.`,
    },
    'json-syntax': {
      what: ({ line, column }) => `is geen geldige JSON op regel ${line}, kolom ${column}`,
      fix: () =>
        'Verbeter de JSON daar: meestal ontbreekt een komma, aanhalingsteken of haakje. Een editor die het schema kent, wijst de plek aan.',
    },
    'schema-type': {
      what: ({ path, expected }) =>
        `${place(path, 'het bestand')} moet ${typeWords(nlType, expected, 'of')} zijn`,
      fix: () => `Schrijf een waarde van die soort (${schemaFile} zegt wat elke sleutel bevat).`,
    },
    'schema-required': {
      what: ({ path, key }) => `${place(path, 'het bestand')} mist de sleutel "${key}"`,
      fix: ({ key }) => `Voeg "${key}" toe (${schemaFile} zegt wat erin hoort).`,
    },
    'schema-unknown-key': {
      what: ({ path, key }) => `"${key}" is hier geen sleutel van ${place(path, 'het bestand')}`,
      fix: () =>
        'Haal hem weg of verbeter de spelling; welke sleutels "binds" neemt, hangt af van de box.',
    },
    'schema-pattern': {
      what: ({ path, value, field }) => `${path}: "${value}" is ${nlForm[field][0]}`,
      fix: ({ field }) => `Schrijf ${nlForm[field][1]}.`,
    },
    'schema-enum': {
      what: ({ path, value }) => `${path}: "${value}" mag hier niet`,
      fix: ({ allowed }) => `Schrijf ${quoted(allowed, 'of')}.`,
    },
    'schema-too-few': {
      what: ({ path, min }) =>
        min <= 1 ? `${path} is leeg` : `${path} heeft minder dan ${min} elementen`,
      fix: () => 'Vul het in.',
    },
    'schema-duplicate-item': {
      what: ({ path }) => `${path} noemt hetzelfde twee keer`,
      fix: () => 'Haal de tweede weg.',
    },
    'schema-other': {
      what: ({ path, keyword }) =>
        `${place(path, 'het bestand')} klopt niet met het schema (${keyword})`,
      fix: () => `Vergelijk het met ${schemaFile}.`,
    },
    'no-heen-block': {
      what: () => 'heeft geen blokkade voor heenberichten',
      fix: () =>
        `Voeg de rij toe vanaf wanneer de keten geen heenbericht van de oude release meer aanneemt: ${blockRow('heen')}.`,
    },
    'no-retour-block': {
      what: () => 'heeft geen blokkade voor retourberichten',
      fix: () =>
        `Voeg de rij toe vanaf wanneer de keten geen retourbericht van de oude release meer aanneemt: ${blockRow('retour')}.`,
    },
    'deadline-without-role': {
      what: () => 'is een deadline zonder rol',
      fix: () =>
        'Zet "role" op "gemeente" of "aanbieder": wiens verplichting het is. Een moment dat niemand bindt, is een "block" of een "phase".',
    },
    'role-not-null': {
      what: ({ type, role }) => `is een ${nlRowType[type]} maar heeft de rol "${role}"`,
      fix: ({ type }) =>
        `Zet "role" op null (een ${nlRowType[type]} ${type === 'block' ? 'bindt iedereen' : 'bindt niemand'}), of maak er een "deadline" van als het de verplichting van één rol is.`,
    },
    'blocks-not-deadline': {
      what: ({ type }) => `is een ${nlRowType[type]} maar heeft "blocks"`,
      fix: () =>
        'Haal "blocks" weg: alleen een deadline kan de keten zijn berichten laten weigeren.',
    },
    'binds-wrong-for-type': {
      what: ({ type }) => `de "binds" passen niet bij een ${nlRowType[type]}`,
      fix: ({ type }) => `Een ${nlRowType[type]} bindt ${bindsFor[type]}.`,
    },
    'duplicate-row-id': {
      what: ({ first, position }) =>
        `het id staat bij rij ${first} en nog eens bij rij ${position}`,
      fix: () => 'Geef elke rij een eigen id.',
    },
    'phase-unknown-row': {
      what: ({ phase, id }) =>
        `phases.${phase} noemt "${id}", maar het bestand heeft geen rij met dat id`,
      fix: () => 'Noem het id van een van de rijen (van elk type), of voeg die rij toe.',
    },
    'ingebruikname-before-transitie': {
      what: ({ transitie }) =>
        `is het begin van de ingebruikname, maar valt vóór het begin van de transitie (rij ${transitie})`,
      fix: () =>
        'Verbeter de "at" van een van beide rijen, of wissel ze om in "phases": de nieuwe release gaat live nadat de transitie begint.',
    },
    'invalid-date': {
      what: ({ at }) => `"at": "${at}" is geen datum en tijd van de kalender`,
      fix: () => 'Verbeter de datum (geen 30 februari) of de tijd (00:00 tot 23:59).',
    },
    'nonexistent-time': {
      what: ({ at, zone, before, after }) =>
        `"at": "${at}" bestaat niet in ${zone}: de klok springt daar van ${before} naar ${after}`,
      fix: ({ after }) =>
        `Schrijf een tijd die de klok aanwijst, of een ISO-tijdstip met zijn offset (${after} na de sprong).`,
    },
    'ambiguous-time': {
      what: ({ at, zone, offsets }) =>
        `"at": "${at}" komt twee keer voor in ${zone}, om ${offsets[0]} en om ${offsets[1]}`,
      fix: ({ at, offsets }) =>
        `Schrijf het als ISO-tijdstip met de offset die u bedoelt, bijv. ${at.replace(' ', 'T')}${offsets[0]}.`,
    },
    'offset-mismatch': {
      what: ({ at, zone, offset, expected }) =>
        `"at": "${at}" heeft de offset ${offset}, maar ${zone} staat op dat moment op ${expected}`,
      fix: ({ expected }) => `Schrijf de offset ${expected}, of de kloktijd zonder offset.`,
    },
    'unknown-zone': {
      what: ({ zone }) => `de zone "${zone}" is geen IANA-tijdzone die dit systeem kent`,
      fix: () => 'Schrijf een IANA-zonenaam, bijv. Europe/Amsterdam.',
    },
    'unknown-message': {
      what: ({ message, from }) => `noemt het bericht ${message}, dat release ${from} niet kent`,
      fix: () => "Gebruik de bericht-id's van de catalogus, bijv. JW301, WMO303 of JW315.",
    },
    'binds-other-role': {
      what: ({ role, bound, owner }) =>
        inboxOf(bound) !== null
          ? `is een deadline van ${nlRole[role]} maar bindt de inbox van ${nlRole[owner]}`
          : `is een deadline van ${nlRole[role]} maar bindt ${bound}, dat ${nlRole[owner]} verstuurt`,
      fix: ({ bound, owner }) =>
        `Zet "role" op "${owner}", of zet ${inboxOf(bound) !== null ? 'die inbox' : bound} in een deadline van ${nlRole[owner]}.`,
    },
    'bound-twice': {
      what: ({ bound, first }) => {
        const inbox = inboxOf(bound);
        return `bindt ${inbox !== null ? `de inbox van ${nlRole[inbox]}` : bound}, net als rij ${first}`;
      },
      fix: () => 'Noem het in één deadlinerij, zodat één moment telt.',
    },
    'same-release': {
      what: ({ release }) => `"from" en "to" zijn allebei ${release}`,
      fix: () => '"from" is de release die wordt afgesloten, "to" de release die erop volgt.',
    },
    'unsupported-release': {
      what: ({ release }) =>
        `sluit release ${release} af, en die ondersteunt check-ready nog niet: het kent alleen de berichten van de 2.x-releases`,
      fix: () => 'Gebruik een tijdpad waarvan "from" een 2.x-release is.',
    },
  },
};

export const timetableProblemWords: Readonly<Record<Lang, TimetableProblemWords>> = { en, nl };

/** One problem as one line: the file and row, what is wrong, and what to do about it. */
export const timetableProblemText = (problem: TimetableProblem, lang: Lang): string => {
  const w = timetableProblemWords[lang];
  // The cast is safe: `code` and `args` travel together in the union.
  const s = w.problem[problem.code] as Sentences<TimetableProblem['args']>;
  return `${w.where(problem.file, problem.row)}: ${s.what(problem.args)}. ${s.fix(problem.args)}`;
};
