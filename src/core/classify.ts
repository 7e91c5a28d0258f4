import { catalogue, isMessageId, messageForCode } from '../data/catalogue.js';
import { compareReleases } from './compareReleases.js';
import type { FileProblem, RuleArgs } from './findings.js';
import type { Kind, Standard } from '../data/types.js';

/** A message header as the I/O layer cut it out of the XML, by local element names. */
export interface XmlHeader {
  readonly berichtCode: string | null;
  readonly berichtVersie: string | null;
  readonly berichtSubversie: string | null;
  readonly afzender: string | null;
  readonly ontvanger: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly identificatieRetour: string | null;
  readonly retourCodes: readonly string[];
  /** Release 2.0 carried `Berichtspecificatie/Code|Versie|SubVersie` instead of BerichtCode. */
  readonly specificatie: {
    code: string | null;
    versie: string | null;
    subversie: string | null;
  } | null;
}

export type ParsedFile =
  | {
      readonly format: 'xml';
      readonly root: string;
      readonly namespace: string | null;
      readonly header: XmlHeader | null;
    }
  | {
      readonly format: 'ei';
      readonly berichtCode: string;
      readonly version: string;
      readonly subversion: string;
    }
  | {
      /** A GGk StUF envelope (Di01 heen, Du01 retour) with the message it carries. */
      readonly format: 'envelope';
      readonly kind: Kind;
      /** The message the envelope says it carries, e.g. `WMO301`. */
      readonly functie: string | null;
      /** The payload (xmlBestand or tekstBestand) judged as a file. */
      readonly payload: { readonly parsed: ParsedFile } | { readonly problem: FileProblem };
    }
  | {
      /** A StUF error message (Fo01): a message sent through the GGk was refused. */
      readonly format: 'stuf-error';
      readonly code: string | null;
    };

/** The classification of one file, as the JSON's `files` rows show it. */
export interface MessageInfo {
  readonly standard: Standard | null;
  readonly message: string | null;
  readonly berichtCode: string | null;
  readonly release: string | null;
  readonly kind: Kind | null;
  readonly afzender: string | null;
  readonly ontvanger: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  readonly identificatieRetour: string | null;
  /** Derived from the kind: a retour copies the heen header, so its Afzender receives it. */
  readonly sender: string | null;
  readonly receiver: string | null;
  readonly retourCodes: readonly string[];
}

export interface Classification {
  readonly info: MessageInfo | null;
  readonly problem: FileProblem | null;
}

/** The releases the timetable is about: anything else of iWmo/iJw is `other-release`. */
export interface Releases {
  readonly from: string;
  readonly to: string;
}

/**
 * Names taken from a file that are shown in a finding: only when they look like what they are
 * (a URI, an element name), never a long run of digits that could be a BSN from a broken file.
 */
const shown = (value: string | null, shape: RegExp): string | null =>
  value !== null && shape.test(value) && !/\d{9}/.test(value) ? value : null;
const uriShape = /^[A-Za-z][\w+.-]*:[\w.~:/?#@!$&'()*+,;=%-]{1,160}$/;
const nameShape = /^[A-Za-z_][\w.:-]{0,60}$/;

/**
 * Whether a header value is one the basisschema's type accepts (LDT_BerichtCode, LDT_Gemeente,
 * LDT_AgbCode, LDT_IdentificatieBericht, LDT_Datum): validity follows the XSD alone. What may be
 * printed is another question, answered when printing.
 */
const fieldTypes = {
  BerichtCode: (value: string) => /^\d{3}$/.test(value),
  Afzender: (value: string) => /^(\d{4}|\d{8})$/.test(value),
  Ontvanger: (value: string) => /^(\d{4}|\d{8})$/.test(value),
  // xs:string with maxLength 12: any text, empty included, counted in characters (code points).
  Identificatie: (value: string) => codePoints(value) <= 12,
  IdentificatieRetour: (value: string) => codePoints(value) <= 12,
  Dagtekening: (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value),
} as const;

type TypedField = keyof typeof fieldTypes;

const codePoints = (value: string): number => {
  let count = 0;
  for (const _ of value) count++;
  return count;
};

/** The value when its XSD type accepts it, else null: an invalid value is neither kept nor paired. */
const valid = (field: TypedField, value: string | null): string | null =>
  value !== null && fieldTypes[field](value) ? value : null;

/** Identificatie and IdentificatieRetour may be empty (the XSD sets no minimum); codes may not. */
const mayBeEmpty = (field: string) => field === 'Identificatie' || field === 'IdentificatieRetour';

const messageNamespace =
  /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/(\d+)_(\d+)\/(wmo|jw)(\d{3})\/schema(?:\/(\d+)_(\d+))?$/;
const istandaardNamespace = /^https?:\/\/www\.istandaarden\.nl\/([a-z]+)\//i;

const standardOf = { iwmo: 'iWmo', ijw: 'iJw' } as const;
const prefixOf = { iwmo: 'wmo', ijw: 'jw' } as const;

const release = (version: string | null, subversion: string | null): string | null =>
  version !== null && subversion !== null && /^\d+$/.test(version) && /^\d+$/.test(subversion)
    ? `${Number(version)}.${Number(subversion)}`
    : null;

/** A classification that knows nothing yet: every field null. */
export const emptyInfo: MessageInfo = {
  standard: null,
  message: null,
  berichtCode: null,
  release: null,
  kind: null,
  afzender: null,
  ontvanger: null,
  identificatie: null,
  dagtekening: null,
  identificatieRetour: null,
  sender: null,
  receiver: null,
  retourCodes: [],
};

const withParties = (info: MessageInfo): MessageInfo =>
  info.kind === 'retour'
    ? { ...info, sender: info.ontvanger, receiver: info.afzender }
    : info.kind === 'heen'
      ? { ...info, sender: info.afzender, receiver: info.ontvanger }
      : info;

/** Classifies a parsed file by its root namespace and header — never by its name or body. */
export const classify = (parsed: ParsedFile, releases: Releases): Classification => {
  switch (parsed.format) {
    case 'ei':
      return classifyEi(parsed, releases);
    case 'xml':
      return classifyXml(parsed, releases);
    case 'envelope':
      return classifyEnvelope(parsed, releases);
    case 'stuf-error':
      return {
        info: null,
        problem: {
          rule: 'envelope-error',
          args: { code: shown(parsed.code, /^[A-Z0-9]{1,12}$/i) },
        },
      };
  }
};

/**
 * The message inside an envelope is judged as if it were the file; the envelope must agree with
 * it on the message (`functie`) and on heen or retour.
 */
const classifyEnvelope = (
  parsed: Extract<ParsedFile, { format: 'envelope' }>,
  releases: Releases,
): Classification => {
  const { payload } = parsed;
  if ('problem' in payload) return { info: null, problem: payload.problem };
  const inner = classify(payload.parsed, releases);
  if (inner.info === null || inner.problem !== null) return inner;
  const functie = shown(parsed.functie, /^[A-Z]{2,3}\d{3}$/);
  if (functie !== inner.info.message || parsed.kind !== inner.info.kind) {
    return {
      info: inner.info,
      problem: {
        rule: 'inconsistent',
        args: {
          reason: 'envelope',
          namespace: 'http://www.stufstandaarden.nl/koppelvlak/ggk0210',
          berichtCode: inner.info.message,
          version: inner.info.release,
          functie: functie ?? (parsed.functie === null ? null : '?'),
        },
      },
    };
  }
  return inner;
};

const classifyEi = (
  parsed: Extract<ParsedFile, { format: 'ei' }>,
  releases: Releases,
): Classification => {
  const message = messageForCode(parsed.berichtCode);
  if (message === undefined || catalogue[message].format !== 'ei') {
    return {
      info: null,
      problem: { rule: 'other-standard', args: { standard: `EI ${parsed.berichtCode}` } },
    };
  }
  const spec = catalogue[message];
  const written = release(parsed.version, parsed.subversion) ?? releases.from;
  // Which versions JW321/JW322 carried is uncertain (domain.md §3): anything below the new
  // release counts as the old one, so an unexpected version can never hide old-release traffic.
  const rel = compareReleases(written, releases.to) < 0 ? releases.from : written;
  const info: MessageInfo = {
    ...emptyInfo,
    standard: spec.standard,
    message,
    berichtCode: parsed.berichtCode,
    release: rel,
    kind: spec.kind,
  };
  return { info, problem: otherRelease(rel, message, releases) };
};

const otherRelease = (
  rel: string,
  message: string | null,
  releases: Releases,
): FileProblem | null =>
  rel === releases.from || rel === releases.to
    ? null
    : { rule: 'other-release', args: { message, release: rel } };

const classifyXml = (
  parsed: Extract<ParsedFile, { format: 'xml' }>,
  releases: Releases,
): Classification => {
  const { root, namespace, header } = parsed;
  const unrecognised = (reason: RuleArgs['unrecognised']['reason']): Classification => ({
    info: null,
    problem: {
      rule: 'unrecognised',
      args: { reason, root: shown(root, nameShape), namespace: shown(namespace, uriShape) },
    },
  });
  const match = namespace === null ? null : messageNamespace.exec(namespace);
  if (match === null || namespace === null) {
    const other = namespace === null ? null : istandaardNamespace.exec(namespace);
    if (other !== null && root === 'Bericht') {
      const name = (other[1] ?? '').toLowerCase();
      if (name !== 'iwmo' && name !== 'ijw') {
        return { info: null, problem: { rule: 'other-standard', args: { standard: name } } };
      }
    }
    return unrecognised('no-bericht');
  }
  const [, std = '', major = '', minor = '', prefix = '', number = '', suffixMajor, suffixMinor] =
    match;
  const standardKey = std as keyof typeof standardOf;
  if (root !== 'Bericht') {
    return unrecognised('no-bericht');
  }
  const message = `${prefix.toUpperCase()}${number}`;
  const nsRelease = `${Number(major)}.${Number(minor)}`;
  const spec = isMessageId(message) ? catalogue[message] : undefined;
  if (header === null) {
    return unrecognised('no-header');
  }
  const berichtCode = header.berichtCode ?? header.specificatie?.code ?? null;
  const written =
    header.berichtCode !== null
      ? release(header.berichtVersie, header.berichtSubversie)
      : release(header.specificatie?.versie ?? null, header.specificatie?.subversie ?? null);
  const kind = spec?.kind ?? null;
  const info = withParties({
    ...emptyInfo,
    standard: standardOf[standardKey],
    message,
    berichtCode: valid('BerichtCode', berichtCode),
    release: nsRelease,
    kind,
    afzender: valid('Afzender', header.afzender),
    ontvanger: valid('Ontvanger', header.ontvanger),
    identificatie: valid('Identificatie', header.identificatie),
    dagtekening: valid('Dagtekening', header.dagtekening),
    identificatieRetour:
      kind === 'retour' ? valid('IdentificatieRetour', header.identificatieRetour) : null,
    retourCodes: kind === 'retour' ? header.retourCodes : [],
  });
  const inconsistent = (reason: RuleArgs['inconsistent']['reason']): Classification => ({
    info,
    problem: {
      rule: 'inconsistent',
      args: { reason, namespace, berichtCode: shown(berichtCode, /^\d{1,4}$/), version: written },
    },
  });
  if (prefixOf[standardKey] !== prefix) return inconsistent('standard');
  if (suffixMajor !== undefined && `${Number(suffixMajor)}.${Number(suffixMinor)}` !== nsRelease) {
    return inconsistent('namespace-version');
  }
  if (written !== null && written !== nsRelease) return inconsistent('version');
  const codeMessage = berichtCode === null ? undefined : messageForCode(berichtCode);
  if (spec !== undefined && berichtCode !== null && codeMessage !== message)
    return inconsistent('code');
  const other = otherRelease(nsRelease, message, releases);
  if (other !== null) return { info, problem: other };
  if (spec === undefined) {
    return unrecognised('unknown-message');
  }
  const required = [
    ['BerichtCode', header.berichtCode],
    ['BerichtVersie', header.berichtVersie],
    ['BerichtSubversie', header.berichtSubversie],
    ['Afzender', header.afzender],
    ['Ontvanger', header.ontvanger],
    ['Identificatie', header.identificatie],
    ['Dagtekening', header.dagtekening],
    ...(kind === 'retour' ? [['IdentificatieRetour', header.identificatieRetour] as const] : []),
  ] as const;
  const missing = required.find(
    ([field, value]) => value === null || (value === '' && !mayBeEmpty(field)),
  );
  if (missing !== undefined) {
    return {
      info,
      problem: {
        rule: 'malformed',
        args: { reason: 'header-incomplete', line: null, column: null, detail: missing[0] },
      },
    };
  }
  // A value its XSD type refuses is never shown (it might be anything, a BSN included) and the
  // message is broken: the chain would refuse it too.
  const invalid = required.find(
    ([field, value]) => field in fieldTypes && valid(field as TypedField, value) === null,
  );
  if (invalid !== undefined) {
    return {
      info,
      problem: {
        rule: 'malformed',
        args: { reason: 'header-invalid', line: null, column: null, detail: invalid[0] },
      },
    };
  }
  return { info, problem: null };
};
