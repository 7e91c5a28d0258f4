/**
 * Headers generated from the header's types in the iWmo 2.1 basisschema (read at test time): every
 * value the XSD accepts, written in every way XML allows — references, CDATA, comments and PIs
 * between and inside values, any prefix style — classifies as its message, whole and from any
 * cut of an archived file's head, and a heen and its retour written in different styles pair.
 *
 * Guard: every head parse runs on a thread of its own with a time-out (./support/guardedParse.ts),
 * so a parse that loops fails its case instead of hanging the suite.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { classify, type MessageInfo } from '../src/core/classify.js';
import { pairKey, retourKey } from '../src/core/pairKey.js';
import { parseFile, type Sniffed } from '../src/io/parseFile.js';
import { guardedParser } from './support/guardedParse.js';
import { haveXsds, iwmo21XsdDir } from './support/xsd.js';
import { sharedSkip } from './support/shared.js';

const releases = { from: '2.1', to: '2.2' };
const basis = haveXsds ? fs.readFileSync(path.join(iwmo21XsdDir, 'basisschema.xsd'), 'utf8') : '';

/** The facets of one simple type of the basisschema. */
const facets = (type: string) => {
  const start = basis.indexOf(`<xs:simpleType name="${type}">`);
  assert.ok(start >= 0, `${type} is in the basisschema`);
  const body = basis.slice(start, basis.indexOf('</xs:simpleType>', start));
  const value = (facet: string) => new RegExp(`<xs:${facet} value="([^"]*)"`).exec(body)?.[1];
  return {
    base: /<xs:restriction base="xs:(\w+)"/.exec(body)?.[1],
    maxLength: value('maxLength'),
    pattern: value('pattern'),
  };
};

/** Characters XML 1.0 allows in text, from every plane: letters of any script included. */
const xmlChar = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...'AZaz09-_/.& <>"\'') },
    { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\n', '\r', '\u0085', '\u2028', '\u009b') },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  )
  .map((s) => [...s][0] ?? 'A')
  .filter((c) => /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]$/u.test(c));

/** A generator for each header type, from its facets. */
const typed = (type: string): fc.Arbitrary<string> => {
  const f = facets(type);
  if (f.base === 'date') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (f.pattern !== undefined) return fc.stringMatching(new RegExp(`^${f.pattern}$`));
  const max = Number(f.maxLength);
  assert.ok(max > 0, `${type} has a maxLength`);
  return fc.array(xmlChar, { maxLength: max }).map((chars) => chars.join(''));
};

/** One piece of text as XML may write it: escaped by name or number, or as it is where it may be. */
const writeChar = (c: string, style: number): string => {
  const code = c.codePointAt(0) ?? 0;
  if (c === '\r' || style % 3 === 2)
    return style % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
  if (c === '&') return style % 2 === 0 ? '&amp;' : '&#38;';
  if (c === '<') return '&lt;';
  if (c === '>') return style % 2 === 0 ? '&gt;' : '>';
  return c;
};

/** A value written as text, references and CDATA, with comments and PIs in between. */
const writtenValue = (value: string): fc.Arbitrary<string> => {
  const chars = [...value];
  return fc.array(fc.nat(9), { minLength: chars.length, maxLength: chars.length }).map((styles) => {
    let out = '';
    let cdata = false;
    chars.forEach((c, i) => {
      const style = styles[i] ?? 0;
      const wantCdata = style === 7 && c !== '\r' && c !== '>';
      if (cdata && !wantCdata) {
        out += ']]>';
        cdata = false;
      }
      if (style === 8) out += '<!-- tussen -->';
      if (style === 9) out += '<?verwerking x?>';
      if (wantCdata) {
        if (!cdata) out += '<![CDATA[';
        cdata = true;
        out += c;
      } else out += writeChar(c, style);
    });
    return cdata ? `${out}]]>` : out;
  });
};

/** White space around a value whose type collapses it (integers, dates). */
const padded = (value: string) =>
  fc
    .tuple(fc.constantFrom('', ' ', '\n\t', '\r\n  '), fc.constantFrom('', ' ', '\n'))
    .map(([a, b]) => `${a}${value}${b}`);

interface Values {
  readonly afzender: string;
  readonly ontvanger: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  readonly identificatieRetour: string;
}

/** Built when the test runs: without the shared XSDs there are no facets to build it from. */
const values = (): fc.Arbitrary<Values> =>
  fc.record({
    afzender: typed('LDT_Gemeente'),
    ontvanger: typed('LDT_AgbCode'),
    identificatie: typed('LDT_IdentificatieBericht'),
    dagtekening: typed('LDT_Datum'),
    identificatieRetour: typed('LDT_IdentificatieBericht'),
  });

const ns = (message: string) => `http://www.istandaarden.nl/iwmo/2_1/${message}/schema/2_1`;
const basisNs = 'http://www.istandaarden.nl/iwmo/2_1/basisschema/schema/2_1';

/** The prefix styles real writers use; `basisOn` says where the basisschema namespace is declared. */
type Style = {
  readonly m: string;
  readonly b: string;
  readonly basisOn: 'root' | 'identificatie' | 'element';
};
const style: fc.Arbitrary<Style> = fc.oneof(
  fc.record({
    m: fc.constantFrom('m:', 'wmo301:', 'ns2:'),
    b: fc.constantFrom('iwmo:', 'b:'),
    basisOn: fc.constant('root' as const),
  }),
  fc.record({
    m: fc.constant(''),
    b: fc.constantFrom('iwmo:', 'ns3:'),
    basisOn: fc.constantFrom('root' as const, 'identificatie' as const),
  }),
  fc.record({ m: fc.constant(''), b: fc.constant(''), basisOn: fc.constant('element' as const) }),
  fc.record({
    m: fc.constant('m:'),
    b: fc.constant('iwmo:'),
    basisOn: fc.constant('identificatie' as const),
  }),
);

interface Written {
  readonly code: string;
  readonly versie: string;
  readonly subversie: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  readonly identificatieRetour: string;
  readonly prolog: string;
  readonly between: string;
}

const written = (v: Values, code: string): fc.Arbitrary<Written> =>
  fc.record({
    code: fc.constant(code),
    versie: padded('2'),
    subversie: padded('1'),
    afzender: fc.constant(v.afzender),
    ontvanger: fc.constant(v.ontvanger),
    identificatie: writtenValue(v.identificatie),
    dagtekening: padded(v.dagtekening),
    identificatieRetour: writtenValue(v.identificatieRetour),
    // A long comment or PI before the root or the Header moves the Header past an archive's head.
    prolog: fc.constantFrom(
      '',
      `<!-- ${'gegenereerd '.repeat(200)}-->\n`,
      '<?xml-stylesheet href="a.xsl"?>\n',
    ),
    between: fc.constantFrom('', '\n  ', `<!-- ${'x'.repeat(2100)} -->`, '<?pi data?>'),
  });

const document = (message: 'wmo301' | 'wmo302', s: Style, w: Written): string => {
  const { m, b } = s;
  const xmlnsM = m === '' ? `xmlns="${ns(message)}"` : `xmlns:${m.slice(0, -1)}="${ns(message)}"`;
  const xmlnsB = b === '' ? '' : ` xmlns:${b.slice(0, -1)}="${basisNs}"`;
  const onRoot = s.basisOn === 'root' ? xmlnsB : '';
  const onId = s.basisOn === 'identificatie' ? xmlnsB : '';
  const onElement = s.basisOn === 'element' ? ` xmlns="${basisNs}"` : '';
  const el = (p: string, name: string, value: string, extra = '') =>
    `<${p}${name}${extra}>${value}</${p}${name}>`;
  const retour =
    message === 'wmo302'
      ? `${el(m, 'IdentificatieRetour', w.identificatieRetour)}${el(m, 'DagtekeningRetour', '2018-03-26')}`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${w.prolog}<${m}Bericht ${xmlnsM}${onRoot}>${w.between}<${m}Header>` +
    `${el(m, 'BerichtCode', w.code)}${w.between}${el(m, 'BerichtVersie', w.versie)}${el(m, 'BerichtSubversie', w.subversie)}` +
    `${el(m, 'Afzender', w.afzender)}${el(m, 'Ontvanger', w.ontvanger)}` +
    `<${m}BerichtIdentificatie${onId}>${el(b, 'Identificatie', w.identificatie, onElement)}${w.between}${el(b, 'Dagtekening', w.dagtekening, onElement)}</${m}BerichtIdentificatie>` +
    `${retour}</${m}Header></${m}Bericht>\n`
  );
};

const infoOf = (sniffed: Sniffed): MessageInfo | null => {
  if (sniffed.kind !== 'parsed') return null;
  const { info, problem } = classify(sniffed.parsed, releases);
  assert.equal(problem, null, JSON.stringify(problem));
  return info;
};

describe(
  'headers generated from the basisschema',
  {
    skip: sharedSkip(haveXsds, 'the iStandaarden XSDs'),
  },
  () => {
    const guard = guardedParser();
    after(() => guard.close());

    it('every valid header classifies, whole and from any cut of its head, and heen and retour pair', async () => {
      const cases = values().chain((v) =>
        fc.record({
          v: fc.constant(v),
          heen: fc.tuple(style, written(v, '414')),
          retour: fc.tuple(style, written(v, '415')),
          cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
            minLength: 2,
            maxLength: 4,
          }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ v, heen, retour, cuts }) => {
          const heenXml = Buffer.from(document('wmo301', heen[0], heen[1]));
          const retourXml = Buffer.from(document('wmo302', retour[0], retour[1]));
          const heenInfo = infoOf(parseFile(heenXml, true, true, true, 'heen.xml'));
          const retourInfo = infoOf(parseFile(retourXml, true, true, true, 'retour.xml'));
          assert.equal(heenInfo?.message, 'WMO301');
          assert.equal(retourInfo?.message, 'WMO302');
          assert.equal(heenInfo?.identificatie, v.identificatie);
          assert.equal(heenInfo?.dagtekening, v.dagtekening);
          assert.equal(retourInfo?.identificatieRetour, v.identificatieRetour);
          assert.ok(pairKey(heenInfo!) !== null);
          assert.equal(retourKey(retourInfo!), pairKey(heenInfo!));
          for (const bytes of [heenXml, retourXml]) {
            const archived = await guard.parse(bytes, false, true, 'a.xml');
            assert.deepEqual(infoOf(archived), infoOf(parseFile(bytes, true, true, true, 'a.xml')));
            for (const at of cuts) {
              const head = bytes.subarray(0, Math.floor(at * bytes.length));
              const cut = await guard.parse(head, false, false, 'a.xml');
              if (cut.kind !== 'incomplete') assert.deepEqual(cut, archived);
            }
          }
        }),
        // No shrinking: with a parse that never ends, every step would wait for the guard.
        { numRuns: 150, includeErrorInReport: true, endOnFailure: true },
      );
    });
  },
);
