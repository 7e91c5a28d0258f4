import { XMLValidator } from 'fast-xml-parser';
import type { ParsedFile, XmlHeader } from '../core/classify.js';
import type { Kind } from '../data/types.js';
import type { FileProblem, MalformedReason } from '../core/findings.js';
import { catalogue, messageForCode } from '../data/catalogue.js';
import { decodeWindows1252, resolveEncoding } from './decodeText.js';
import { xmlValue } from './xmlValue.js';
import { hasDoctype, outline } from './outline.js';
import { parseExcerpt, xmlParser, type XmlNode as Node } from './parseExcerpt.js';

/** What the first bytes of a file make of it. */
export type Sniffed =
  | { readonly kind: 'ignored' }
  /** A ZIP archive: its entries are judged one by one, by the reader of containers. */
  | { readonly kind: 'container' }
  /** Only for a head: it ended before the Header did, so read more of the file. */
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'parsed'; readonly parsed: ParsedFile }
  | { readonly kind: 'problem'; readonly problem: FileProblem };

const malformed = (
  reason: MalformedReason,
  line: number | null = null,
  column: number | null = null,
): Sniffed => ({
  kind: 'problem',
  problem: { rule: 'malformed', args: { reason, line, column, detail: null } },
});

const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** No message nests this deep; a deeper document is refused before any parser recurses into it. */
export const maxDepth = 256;
/** The root's start tag and the Header are each far smaller than this in any real message. */
export const headerLimit = 64 * 1024;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** An archive with no entries is only its end-of-central-directory record. */
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06];
const sniffWindow = 8192;
/** Fewer bytes than this cannot show what a file is (a byte-order mark, `01` and a code …). */
const minimumHead = 16;
const xmlDeclaration = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];

/**
 * What a file's name says it should hold (spec §1): `.xml`, `.ei` and `.zip` (any case) are
 * message names, whose content must be a message; any other name holds a message only when its
 * content is one. `unnamed`: no name to go by (the payload of an envelope), judged as a message
 * and opened when it is an archive.
 */
export type NameRule = 'message' | 'zip' | 'other' | 'unnamed';

export const nameRule = (name: string | null): NameRule => {
  if (name === null) return 'unnamed';
  const lower = name.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  return lower.endsWith('.xml') || lower.endsWith('.ei') ? 'message' : 'other';
};

/**
 * Decides by content alone what a file is — XML (after an optional byte-order mark and white
 * space), a Vektis EI flat file, a ZIP archive, or something else — and parses what it can.
 * Never throws, and never puts any of the file's content into a problem.
 */
export const parseFile = (
  bytes: Uint8Array,
  whole = true,
  complete = true,
  /** False inside an envelope: an envelope in an envelope is not a message. */
  envelopes = true,
  /** The file's name (the last part of its path), or null when there is none to go by. */
  name: string | null = null,
): Sniffed => {
  const rule = nameRule(name);
  const sniffed = sniffSafely(bytes, whole, complete, envelopes, rule);
  return rule === 'other' ? underOtherName(sniffed, bytes) : sniffed;
};

/**
 * A file under a name that is no message name counts only when its content is a message: XML
 * whose root is in an iStandaard's namespace (or an envelope), or an EI file of the catalogue. A
 * broken one counts only when it names an iStandaard namespace or starts as a catalogue EI file;
 * everything else there (notes, exports, marker files, desktop.ini, Thumbs.db) is ignored.
 */
const underOtherName = (sniffed: Sniffed, bytes: Uint8Array): Sniffed => {
  switch (sniffed.kind) {
    case 'ignored':
    case 'incomplete':
      return sniffed;
    case 'container':
      return ignored;
    case 'parsed': {
      const { parsed } = sniffed;
      if (parsed.format === 'xml')
        return parsed.namespace !== null && istandaardNamespace.test(parsed.namespace)
          ? sniffed
          : ignored;
      if (parsed.format === 'ei') return isCatalogueEi(bytes) ? sniffed : ignored;
      return sniffed;
    }
    case 'problem':
      return isCatalogueEi(bytes) || (startsLikeXml(bytes) && namesIStandaard(bytes))
        ? sniffed
        : ignored;
  }
};

const ignored: Sniffed = { kind: 'ignored' };

const istandaardNamespace = /^https?:\/\/www\.istandaarden\.nl\//i;
const istandaardInLatin1 = Buffer.from('istandaarden.nl', 'latin1');
const istandaardInUtf16le = Buffer.from('istandaarden.nl', 'utf16le');
const istandaardInUtf16be = Buffer.from(istandaardInUtf16le).swap16();

/** `<` after an optional byte-order mark and white space, in one or two bytes a character. */
const startsLikeXml = (bytes: Uint8Array): boolean => {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) i = 2;
  while (i < bytes.length && (isSpace(bytes[i]) || bytes[i] === 0)) i++;
  return bytes[i] === 0x3c;
};

const namesIStandaard = (bytes: Uint8Array): boolean => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (
    buffer.includes(istandaardInLatin1) ||
    buffer.includes(istandaardInUtf16le) ||
    buffer.includes(istandaardInUtf16be)
  );
};

/** `01` and a BerichtCode of an EI message of the catalogue (JW321, JW322). */
const isCatalogueEi = (bytes: Uint8Array): boolean => {
  if (!startsWith(bytes, [0x30, 0x31]) || ![2, 3, 4].every((i) => isDigit(bytes[i]))) return false;
  const message = messageForCode(String.fromCharCode(bytes[2] ?? 0, bytes[3] ?? 0, bytes[4] ?? 0));
  return message !== undefined && catalogue[message].format === 'ei';
};

const sniffSafely = (
  bytes: Uint8Array,
  whole: boolean,
  complete: boolean,
  envelopes: boolean,
  rule: NameRule,
): Sniffed => {
  try {
    const sniffed = sniff(bytes, whole, complete, rule);
    if (
      !envelopes &&
      sniffed.kind === 'parsed' &&
      sniffed.parsed.format !== 'xml' &&
      sniffed.parsed.format !== 'ei'
    ) {
      return {
        kind: 'problem',
        problem: {
          rule: 'unrecognised',
          args: { reason: 'no-bericht', root: null, namespace: null },
        },
      };
    }
    return sniffed;
  } catch (error) {
    // A parser that runs out of stack on absurd nesting is a broken file, not a broken tool.
    return malformed(error instanceof RangeError ? 'too-deep' : 'not-well-formed');
  }
};

const sniff = (bytes: Uint8Array, whole: boolean, complete: boolean, rule: NameRule): Sniffed => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return parseXmlBytes(bytes.subarray(3), 'utf-8', whole, complete);
  if (startsWith(bytes, [0xff, 0xfe]))
    return parseXmlBytes(bytes.subarray(2), 'utf-16le', whole, complete);
  if (startsWith(bytes, [0xfe, 0xff]))
    return parseXmlBytes(bytes.subarray(2), 'utf-16be', whole, complete);
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first])) first++;
  // A head that holds nothing yet to decide by is read further; only a whole file is empty.
  if (!complete && (first === bytes.length || bytes.length < minimumHead))
    return { kind: 'incomplete' };
  if (first === bytes.length) return malformed('empty');
  if ((bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c)) {
    return malformed('utf16-without-bom');
  }
  if (bytes[first] === 0x3c) {
    // Only the declaration must come first; another PI (`<?xml-model …?>`) may follow white space.
    if (first > 0 && startsWith(bytes, xmlDeclaration, first) && isSpace(bytes[first + 5])) {
      return malformed('declaration-not-at-start');
    }
    return parseXmlBytes(bytes, declaredEncoding(bytes), whole, complete);
  }
  if (startsWith(bytes, [0x30, 0x31]) && [2, 3, 4].every((i) => isDigit(bytes[i])))
    return parseEi(bytes, whole);
  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) {
    // Only a download is opened: an Office or ODF document is a ZIP archive too.
    return rule === 'zip' || rule === 'unnamed' ? { kind: 'container' } : malformed('binary');
  }
  return looksBinary(bytes.subarray(0, sniffWindow)) ? malformed('binary') : malformed('text');
};

/** NUL bytes or control characters mean data, not text: it may be a damaged message. */
const looksBinary = (head: Uint8Array): boolean => {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && !isSpace(byte) && byte !== 0x0c) control++;
  }
  return control > head.length / 100;
};

const declaredEncoding = (bytes: Uint8Array): string => {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 200),
  ).toString('latin1');
  const match = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1] ?? 'utf-8';
};

const parseXmlBytes = (
  bytes: Uint8Array,
  encoding: string,
  whole: boolean,
  complete: boolean,
): Sniffed => {
  const label = resolveEncoding(encoding);
  if (label === null) return malformed('unsupported-encoding');
  let text: string;
  try {
    text =
      label === 'windows-1252'
        ? decodeWindows1252(bytes)
        : decoderFor(label).decode(whole ? bytes : withoutCutCharacter(bytes, label));
  } catch {
    return malformed('bad-encoding');
  }
  return parseXmlText(text, whole, complete);
};

// One decoder per encoding for the life of the thread: making one costs more than decoding a head.
const fatalDecoders = new Map<string, InstanceType<typeof TextDecoder>>();
const decoderFor = (label: string): InstanceType<typeof TextDecoder> => {
  let decoder = fatalDecoders.get(label);
  if (decoder === undefined) {
    decoder = new TextDecoder(label, { fatal: true });
    fatalDecoders.set(label, decoder);
  }
  return decoder;
};

/** A head may end inside a character: that last, cut character is left out, not called broken. */
const withoutCutCharacter = (bytes: Uint8Array, label: string): Uint8Array => {
  const end = bytes.length;
  if (label === 'utf-8') {
    let start = end - 1;
    while (start > end - 4 && start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--;
    const lead = bytes[start] ?? 0;
    const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return start + size > end ? bytes.subarray(0, start) : bytes;
  }
  if (label === 'utf-16le' || label === 'utf-16be') {
    const even = end - (end % 2);
    const last =
      label === 'utf-16le'
        ? (bytes[even - 2] ?? 0) | ((bytes[even - 1] ?? 0) << 8)
        : ((bytes[even - 2] ?? 0) << 8) | (bytes[even - 1] ?? 0);
    // A high surrogate wants the unit after it, which the head no longer holds.
    return bytes.subarray(0, last >= 0xd800 && last <= 0xdbff ? even - 2 : even);
  }
  return bytes;
};

/**
 * Whole: the document must be well-formed from end to end (the outbox and inbox). Head: only the
 * root's start tag and the Header are checked, in what may be the first part of the file (the
 * archives, where a broken body is not looked for).
 */
const parseXmlText = (text: string, whole: boolean, complete: boolean): Sniffed => {
  if (/^\s+<\?xml\s/.test(text)) return malformed('declaration-not-at-start');
  // iStandaarden messages never carry a DOCTYPE; refusing it means no entity is ever resolved.
  if (hasDoctype(text)) return malformed('doctype');
  if (whole) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      // The validator's own message can quote content (a BSN in a broken tag): keep only where.
      // Its 'InvalidXml' with a list of open tags means the text ended inside them: cut off.
      if (valid.err.code === 'InvalidXml' && valid.err.msg.startsWith("Invalid '["))
        return malformed('truncated');
      return malformed('not-well-formed', valid.err.line, valid.err.col);
    }
  }
  const shape = outline(text, maxDepth, !whole);
  if (shape.problem !== null) {
    return malformed(shape.problem === 'too-deep' ? 'too-deep' : 'not-well-formed');
  }
  if (!whole && !complete && shape.early) return { kind: 'incomplete' };
  if (!whole && shape.cut) return malformed('truncated');
  const { root: rootTag, header: headerAt } = shape;
  if (rootTag.name === '') return malformed(whole ? 'not-well-formed' : 'truncated');
  const rootLocal = splitName(rootTag.name)[1];
  if (envelopeKinds[rootLocal] !== undefined || rootLocal === 'Fo01Bericht') {
    // An envelope carries its message in the body: it is read and parsed whole.
    if (!complete) return { kind: 'incomplete' };
    if (!whole && XMLValidator.validate(text) !== true) return malformed('not-well-formed');
    return parseEnvelope(text);
  }
  const headerText = headerAt === null ? '' : text.slice(headerAt.start, headerAt.end);
  if (rootTag.end - rootTag.start > headerLimit || headerText.length > headerLimit) {
    return malformed('header-too-large');
  }
  // Only the root's start tag and the Header go to the parser: the body holds personal data the
  // tool never needs, and may be large.
  const excerpt = `${text.slice(rootTag.start, rootTag.end).replace(/\/>$/, '>')}${headerText}</${rootTag.name}>`;
  const rootNode = parseExcerpt(excerpt).find((node) => elementName(node) !== undefined);
  const rootName = rootNode === undefined ? undefined : elementName(rootNode);
  if (rootNode === undefined || rootName === undefined) return malformed('not-well-formed');
  const [prefix, local] = splitName(rootName);
  const attributes = rootNode[':@'] as Record<string, unknown> | undefined;
  const nsValue = attributes?.[prefix === null ? '@_xmlns' : `@_xmlns:${prefix}`];
  const namespace = typeof nsValue === 'string' ? nsValue : null;
  const header = childNamed(childrenOf(rootNode), 'Header');
  return {
    kind: 'parsed',
    parsed: {
      format: 'xml',
      root: local,
      namespace,
      header: header === undefined ? null : readHeader(childrenOf(header)),
    },
  };
};

const envelopeKinds: Readonly<Record<string, Kind>> = {
  'envelopHeenbericht-ggk_Di01': 'heen',
  'envelopRetourbericht-ggk_Du01': 'retour',
};

/** GGk StUF envelopes: the message travels base64-encoded in `parameters/bericht/xmlBestand`. */
const parseEnvelope = (text: string): Sniffed => {
  const rootNode = (xmlParser.parse(text) as Node[]).find(
    (node) => elementName(node) !== undefined,
  );
  const rootName = rootNode === undefined ? undefined : elementName(rootNode);
  if (rootNode === undefined || rootName === undefined) return malformed('not-well-formed');
  const local = splitName(rootName)[1];
  const children = childrenOf(rootNode);
  if (local === 'Fo01Bericht') {
    const body = childrenOf(childNamed(children, 'body') ?? {});
    return { kind: 'parsed', parsed: { format: 'stuf-error', code: field(body, 'code') } };
  }
  const functie = field(childrenOf(childNamed(children, 'stuurgegevens') ?? {}), 'functie');
  const bericht = childrenOf(
    childNamed(childrenOf(childNamed(children, 'parameters') ?? {}), 'bericht') ?? {},
  );
  const kind = envelopeKinds[local] ?? 'heen';
  // Whatever its element, the payload is judged as a file (an EI message travels as tekstBestand).
  const content = rawField(bericht, 'xmlBestand') ?? rawField(bericht, 'tekstBestand');
  if (content === null) return malformed('base64-broken');
  // xs:base64Binary allows white space, also written as references (`&#13;`), decoded by now.
  const base64 = content.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    return malformed('base64-broken');
  const inner = parseFile(Buffer.from(base64, 'base64'), true, true, false);
  const payload =
    inner.kind === 'parsed'
      ? { parsed: inner.parsed }
      : inner.kind === 'problem'
        ? { problem: inner.problem }
        : {
            problem: {
              rule: 'unrecognised' as const,
              args: {
                reason:
                  inner.kind === 'container'
                    ? ('zip-in-envelope' as const)
                    : ('no-bericht' as const),
                root: null,
                namespace: null,
              },
            },
          };
  return { kind: 'parsed', parsed: { format: 'envelope', kind, functie, payload } };
};

const splitName = (name: string): [string | null, string] => {
  const colon = name.indexOf(':');
  return colon < 0 ? [null, name] : [name.slice(0, colon), name.slice(colon + 1)];
};

const elementName = (node: Node): string | undefined => {
  for (const key in node) if (key !== ':@' && key !== '#text' && !key.startsWith('?')) return key;
  return undefined;
};

const childrenOf = (node: Node): Node[] => {
  const name = elementName(node);
  const children = name === undefined ? undefined : node[name];
  return Array.isArray(children) ? (children as Node[]) : [];
};

/** The first child element with this local name, whatever prefix its document gave it. */
const childNamed = (nodes: readonly Node[], local: string): Node | undefined =>
  nodes.find((node) => {
    const name = elementName(node);
    return name !== undefined && splitName(name)[1] === local;
  });

/**
 * An element's value as XML means it: its text pieces with references decoded and its CDATA
 * sections as they are, joined across the comments and PIs between them. White space is kept.
 */
const valueOf = (node: Node | undefined): string | null => {
  if (node === undefined) return null;
  let value = '';
  for (const child of childrenOf(node)) {
    const text = child['#text'];
    if (typeof text === 'string') value += xmlValue(text);
    else if ('#cdata' in child) {
      const inner = (child['#cdata'] as Node[] | undefined)?.[0]?.['#text'];
      if (typeof inner === 'string') value += inner.replace(/\r\n?/g, '\n');
    }
  }
  return value;
};

/** White space collapsed, as the XSD does for dates, integers and (tolerated here) codes. */
const collapse = (value: string | null): string | null =>
  value === null ? null : value.replace(/[ \t\r\n]+/g, ' ').trim();

const textOf = (node: Node | undefined): string | null => collapse(valueOf(node));

const field = (nodes: readonly Node[], local: string): string | null =>
  textOf(childNamed(nodes, local));

const rawField = (nodes: readonly Node[], local: string): string | null =>
  valueOf(childNamed(nodes, local));

/** The first child element of each local name, in one pass over the children. */
const childrenByName = (nodes: readonly Node[]): Map<string, Node> => {
  const byName = new Map<string, Node>();
  for (const node of nodes) {
    const name = elementName(node);
    if (name === undefined) continue;
    const local = name.slice(name.indexOf(':') + 1);
    if (!byName.has(local)) byName.set(local, node);
  }
  return byName;
};

const readHeader = (nodes: readonly Node[]): XmlHeader => {
  const header = childrenByName(nodes);
  const text = (local: string) => textOf(header.get(local));
  const identification = childrenOf(header.get('BerichtIdentificatie') ?? {});
  const specificatie = header.get('Berichtspecificatie');
  const codes = childrenOf(header.get('RetourCodes') ?? {});
  const spec = specificatie === undefined ? [] : childrenOf(specificatie);
  return {
    berichtCode: text('BerichtCode'),
    berichtVersie: text('BerichtVersie'),
    berichtSubversie: text('BerichtSubversie'),
    afzender: text('Afzender'),
    ontvanger: text('Ontvanger'),
    // xs:string: white space is part of the value, and pairs only with the same.
    identificatie: rawField(identification, 'Identificatie'),
    dagtekening: field(identification, 'Dagtekening'),
    identificatieRetour: valueOf(header.get('IdentificatieRetour')),
    retourCodes: codes
      .filter(
        (node) =>
          elementName(node) !== undefined && splitName(elementName(node) ?? '')[1] === 'RetourCode',
      )
      .map(textOf)
      .filter((code): code is string => code !== null),
    specificatie:
      specificatie === undefined
        ? null
        : {
            code: field(spec, 'Code'),
            versie: field(spec, 'Versie'),
            subversie: field(spec, 'SubVersie'),
          },
  };
};

/** Vektis EI: record 01 carries the BerichtCode, version and subversion; record 99 closes the file. */
const parseEi = (bytes: Uint8Array, whole: boolean): Sniffed => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const head = /^01(\d{3})(\d{2})(\d{2})/.exec(lines[0] ?? '');
  const closed = !whole || (lines.length >= 2 && (lines.at(-1) ?? '').startsWith('99'));
  if (head === null || !closed) return malformed('ei-broken');
  const [, berichtCode = '', version = '', subversion = ''] = head;
  return { kind: 'parsed', parsed: { format: 'ei', berichtCode, version, subversion } };
};
