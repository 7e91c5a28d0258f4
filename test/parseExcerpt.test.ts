/**
 * The fast path in front of fast-xml-parser (src/io/parseExcerpt.ts) gives the library's answer or
 * declines: compared on generated documents in the shape of a message's root and Header, plain
 * and with everything the fast path does not take (comments, CDATA, PIs, DOCTYPEs, names outside
 * ASCII, broken tags), whole and mutated.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseExcerptFast, xmlParser } from '../src/io/parseExcerpt.js';

interface Element {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string, string])[];
  readonly children: readonly (Element | string)[];
  readonly empty: boolean;
}

const plainNames = ['m:Bericht', 'Bericht', 'm:Header', 'iwmo:Identificatie', 'a', 'a.b-c_1', 'B2'];
const oddNames = [
  'x:y:z',
  'é',
  '1a',
  'a b',
  '',
  ':a',
  // Names the library refuses or renames, as prototype keys.
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'm:constructor',
];
const plainText = fc
  .array(
    fc.constantFrom(
      'a',
      '0363',
      ' ',
      '\n',
      '\r\n',
      '\t',
      '&',
      '&amp;',
      '&#13;',
      '>',
      '"',
      "'",
      ']]>',
      'é',
      '€',
      '\u0085',
      '😀',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const oddText = fc.constantFrom(
  '<!-- c -->',
  '<?pi x?>',
  '<![CDATA[ x ]]>',
  '<!DOCTYPE x>',
  '<',
  '</>',
);

const element = (plain: boolean): fc.Arbitrary<Element> =>
  fc.letrec<{ element: Element; child: Element | string }>((tie) => ({
    element: fc.record({
      name: plain ? fc.constantFrom(...plainNames) : fc.constantFrom(...plainNames, ...oddNames),
      attributes: fc.uniqueArray(
        fc.tuple(
          fc.constantFrom(
            'xmlns:m',
            'xmlns',
            'a',
            'xmlns:iwmo',
            ...(plain ? [] : ['1x', 'é', 'constructor', '__proto__', 'toString']),
          ),
          fc.constantFrom('"', "'"),
          fc.constantFrom(
            'http://www.istandaarden.nl/iwmo/2_1/wmo301/schema/2_1',
            '',
            'a>b',
            "it's",
            ...(plain ? [] : ['a<b']),
          ),
        ),
        // Odd documents may name an attribute twice, with another quote or value.
        { maxLength: 3, selector: (a) => (plain ? a[0] : a.join('\u0000')) },
      ),
      children: fc.array(tie('child'), { maxLength: 4 }),
      empty: fc.boolean(),
    }),
    child: plain
      ? fc.oneof({ depthSize: 'small' }, plainText, tie('element'))
      : fc.oneof({ depthSize: 'small' }, plainText, oddText, tie('element')),
  })).element;

const written = (e: Element): string => {
  const attributes = e.attributes
    .map(([name, quote, value]) => ` ${name}=${quote}${value.replaceAll(quote, '')}${quote}`)
    .join('');
  if (e.empty && e.children.length === 0) return `<${e.name}${attributes}/>`;
  const children = e.children.map((c) => (typeof c === 'string' ? c : written(c))).join('');
  return `<${e.name}${attributes}>${children}</${e.name}>`;
};

/** One edit anywhere: a cut, a character gone, or one of XML's own characters put in. */
const mutated = (text: string) =>
  fc
    .tuple(
      fc.constantFrom('cut', 'delete', 'insert'),
      fc.nat(),
      fc.constantFrom('<', '>', '/', '"', '=', ' ', '!', '?'),
    )
    .map(([edit, n, c]) => {
      const at = text.length === 0 ? 0 : n % text.length;
      if (edit === 'cut') return text.slice(0, at);
      if (edit === 'delete') return text.slice(0, at) + text.slice(at + 1);
      return text.slice(0, at) + c + text.slice(at);
    });

const library = (text: string): unknown => {
  try {
    return xmlParser.parse(text);
  } catch {
    return 'the library refused it';
  }
};

/** The fast path's answer, or its refusal; when it answers, the library's answer too. */
const agrees = (text: string): boolean => {
  const fast = parseExcerptFast(text);
  if (fast !== undefined) assert.deepStrictEqual(fast, library(text), JSON.stringify(text));
  return fast !== undefined;
};

describe('the fast path in front of fast-xml-parser', () => {
  it('answers every plain document, and as the library does', () => {
    fc.assert(
      fc.property(element(true), (e) => {
        const text = written(e);
        assert.ok(agrees(text), `declined ${JSON.stringify(text)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('on anything else, and after any one edit, it answers as the library does or declines', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc
          .oneof(element(true), element(false))
          .chain((e) => fc.oneof(fc.constant(written(e)), mutated(written(e)))),
        (text) => {
          if (agrees(text)) answered++;
        },
      ),
      { numRuns: 4000 },
    );
    assert.ok(answered > 100, `only ${answered} answered: the comparison saw too little`);
  });

  it('as deep as the library allows, and no deeper', () => {
    let answered = 0;
    for (const depth of [1, 50, 99, 100, 101, 150]) {
      const text = `${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`;
      if (agrees(text)) answered++;
    }
    assert.ok(answered >= 3, `${answered} depths answered`);
  });

  it('answers the header of a real message', () => {
    const excerpt = `<jw302:Bericht xmlns:jw302="http://www.istandaarden.nl/ijw/2_1/jw302/schema/2_1" xmlns:ijw="http://www.istandaarden.nl/ijw/2_1/basisschema/schema/2_1"><jw302:Header>
    <jw302:BerichtCode>437</jw302:BerichtCode>
    <jw302:BerichtIdentificatie><ijw:Identificatie>14281</ijw:Identificatie><ijw:Dagtekening>2018-01-01</ijw:Dagtekening></jw302:BerichtIdentificatie>
    <jw302:IdentificatieRetour>201810014281</jw302:IdentificatieRetour>
  </jw302:Header></jw302:Bericht>`;
    assert.ok(agrees(excerpt));
  });
});
