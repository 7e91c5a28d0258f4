import { XMLParser } from 'fast-xml-parser';

/** A node of fast-xml-parser's ordered output: `{ name: children, ':@': attributes }` or text. */
export type XmlNode = Record<string, unknown>;

/** Elements open at once beyond which the library refuses a document (its own default, made explicit). */
const maxNestedTags = 100;

export const xmlParser = new XMLParser({
  maxNestedTags,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // References are decoded by the tool itself, in header values only (./xmlValue.ts): a DOCTYPE's
  // entities are never expanded, and the body is never looked at.
  processEntities: false,
  htmlEntities: false,
  // A value is taken as written, its white space included, and joined from its text and CDATA
  // pieces; each field's XSD type then says whether white space counts.
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Ordered output without path tracking: measurably cheaper per header, and the header is all
  // that is parsed (README, "Performance").
  preserveOrder: true,
  jPath: false,
  // Entities are never expanded (processEntities is off), so the decoder the parser would build
  // for every header — copies of its entity tables — is replaced by one that leaves text as it is.
  entityDecoder: {
    setExternalEntities: () => undefined,
    addInputEntities: () => undefined,
    reset: () => undefined,
    decode: (text) => text,
    setXmlVersion: () => undefined,
  },
});

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/**
 * Names an object's prototype has (`__proto__`, `constructor`, `toString`, …) and `prototype`:
 * the library refuses or renames them, so they are left to it.
 */
const isReserved = (name: string) => name in Object.prototype || name === 'prototype';

/**
 * Where the XML name that starts at `from` ends, for a name with at most one prefix in the ASCII
 * letters real messages use; `from` itself when there is none such.
 */
const nameEnd = (text: string, from: number): number => {
  let at = from;
  for (let part = 0; part < 2; part++) {
    if (!isNameStart(text.charCodeAt(at))) return part === 0 ? from : at - 1;
    at++;
    while (isNameChar(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 58 /* : */) return at;
    at++;
  }
  // A second colon: not a name this path takes.
  return from;
};

/**
 * The root's start tag and the Header (see parseFile) as `xmlParser` parses them, for the plain
 * XML real messages are written in: elements, attributes in quotes, and text. Anything else — a
 * comment, CDATA, a processing instruction, a DOCTYPE, a name outside ASCII or one the library
 * guards against, an attribute twice, an end tag that closes another element, text outside the
 * root, nesting as deep as the library's limit — is declined with `undefined`,
 * and the library parses it. The library takes some 25 µs a header, most of an archived file's
 * cost; this takes a few (README, "Performance"). A property test compares the two.
 */
export const parseExcerptFast = (written: string): XmlNode[] | undefined => {
  // Line ends as XML reads them, and as the library makes them before it parses.
  const text = written.includes('\r') ? written.replace(/\r\n?/g, '\n') : written;
  const top: XmlNode[] = [];
  const open: { readonly name: string; readonly children: XmlNode[] }[] = [];
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return undefined;
    const parent = open[open.length - 1];
    if (lt > at) {
      if (parent === undefined) return undefined;
      parent.children.push({ '#text': text.slice(at, lt) });
    }
    if (text[lt + 1] === '/') {
      const gt = text.indexOf('>', lt);
      if (parent === undefined || gt < 0 || text.slice(lt + 2, gt) !== parent.name)
        return undefined;
      open.pop();
      at = gt + 1;
      continue;
    }
    const tagEnd = nameEnd(text, lt + 1);
    if (tagEnd === lt + 1) return undefined;
    const tag = text.slice(lt + 1, tagEnd);
    if (isReserved(tag)) return undefined;
    at = tagEnd;
    let attributes: Record<string, string> | undefined;
    for (;;) {
      const gap = at;
      while (isSpace(text.charCodeAt(at))) at++;
      if (text[at] === '>' || (text[at] === '/' && text[at + 1] === '>')) break;
      const attributeEnd = at === gap ? at : nameEnd(text, at);
      if (attributeEnd === at || text[attributeEnd] !== '=') return undefined;
      const attribute = text.slice(at, attributeEnd);
      if (isReserved(attribute)) return undefined;
      const quote = text[attributeEnd + 1];
      if (quote !== '"' && quote !== "'") return undefined;
      const from = attributeEnd + 2;
      const to = text.indexOf(quote, from);
      const value = to < 0 ? '' : text.slice(from, to);
      if (to < 0 || value.includes('<')) return undefined;
      attributes ??= {};
      const key = `@_${attribute}`;
      if (key in attributes) return undefined;
      attributes[key] = value;
      at = to + 1;
    }
    const children: XmlNode[] = [];
    const node: XmlNode = { [tag]: children };
    if (attributes !== undefined) node[':@'] = attributes;
    (parent === undefined ? top : parent.children).push(node);
    if (text[at] === '>') {
      if ((parent === undefined && top.length > 1) || open.length >= maxNestedTags)
        return undefined;
      open.push({ name: tag, children });
      at += 1;
    } else at += 2;
  }
  return open.length === 0 && top.length === 1 ? top : undefined;
};

/** The excerpt as the library parses it, by the fast path where it answers. */
export const parseExcerpt = (text: string): XmlNode[] =>
  parseExcerptFast(text) ?? (xmlParser.parse(text) as XmlNode[]);
