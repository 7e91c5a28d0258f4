/**
 * The files real folders hold besides messages, each with the outcome spec §1 gives it, through
 * the real pipeline: notes, exports, marker files and Office documents are ignored and counted; a
 * message name with other content is `malformed`. In every box, the archives' heads included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runTree, wmo301 } from './support/realInput.js';
import { buildZip } from './support/zip.js';

const xmlPart = (root: string, ns: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root} xmlns="${ns}"/>`;
const ooxml = (main: string, part: string, ns: string) =>
  buildZip([
    {
      name: '[Content_Types].xml',
      content: xmlPart('Types', 'http://schemas.openxmlformats.org/package/2006/content-types'),
    },
    {
      name: '_rels/.rels',
      content: xmlPart(
        'Relationships',
        'http://schemas.openxmlformats.org/package/2006/relationships',
      ),
    },
    { name: main, content: xmlPart(part, ns) },
  ]);
const odt = buildZip([
  // ODF wants its mimetype first and stored.
  { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', store: true },
  {
    name: 'content.xml',
    content: xmlPart(
      'office:document-content',
      'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    ).replace('xmlns=', 'xmlns:office='),
  },
  {
    name: 'META-INF/manifest.xml',
    content: xmlPart(
      'manifest:manifest',
      'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
    ).replace('xmlns=', 'xmlns:manifest='),
  },
]);
const errorPage =
  '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body><h1>Bestand kon niet worden opgehaald</h1></body></html>\n';
const pdf = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const thumbs = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
]);

const corpus: Readonly<
  Record<string, { bytes: string | Buffer; outcome: 'ignored' | 'malformed' }>
> = {
  'openstaand.xlsx': {
    bytes: ooxml(
      'xl/workbook.xml',
      'workbook',
      'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    ),
    outcome: 'ignored',
  },
  'brief.docx': {
    bytes: ooxml(
      'word/document.xml',
      'document',
      'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    ),
    outcome: 'ignored',
  },
  'notulen.odt': { bytes: odt, outcome: 'ignored' },
  'overzicht.csv': {
    bytes: Buffer.from('\ufeffBSN;Naam;Status\r\n999990019;Bakker;open\r\n'),
    outcome: 'ignored',
  },
  'desktop.ini': {
    bytes: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('[.ShellClassInfo]\r\nIconResource=x\r\n', 'utf16le'),
    ]),
    outcome: 'ignored',
  },
  'Thumbs.db': { bytes: thumbs, outcome: 'ignored' },
  'handleiding.pdf': { bytes: pdf, outcome: 'ignored' },
  READY: { bytes: '', outcome: 'ignored' },
  'batch-0042.ok': { bytes: '', outcome: 'ignored' },
  'LEESMIJ.txt': { bytes: '<<< NIET VERSTUREN >>>\r\n', outcome: 'ignored' },
  'agb-codes.txt': { bytes: '01234567\n01234568\n', outcome: 'ignored' },
  'storing.html': { bytes: errorPage, outcome: 'ignored' },
  'export.xml.bak': { bytes: '<Export><Regel/></Export>', outcome: 'ignored' },
  'wmo301-TW-0042.xml': { bytes: errorPage, outcome: 'malformed' },
  'download-0329.ZIP': { bytes: errorPage, outcome: 'malformed' },
  'jw321-0329.ei': {
    bytes: 'Bestand kon niet worden opgehaald (HTTP 500)\n',
    outcome: 'malformed',
  },
  'leeg.xml': { bytes: '', outcome: 'malformed' },
  'rapport.xml': { bytes: thumbs, outcome: 'malformed' },
  'download.zip.xml': {
    bytes: buildZip([{ name: 'a.xml', content: wmo301('Z-1') }]),
    outcome: 'malformed',
  },
};

describe('the files real folders hold besides messages', () => {
  for (const box of ['outbox', 'inbox', 'sent', 'received'] as const) {
    it(`in the ${box}: each gets its outcome, and the message beside them is judged`, async () => {
      const tree: Record<string, string | Buffer> = { [`${box}/wmo301-TW-1.xml`]: wmo301('TW-1') };
      for (const [name, { bytes }] of Object.entries(corpus)) tree[`${box}/${name}`] = bytes;
      const result = await runTree(tree);
      const outcome = (name: string) =>
        result.ignored.some((p) => p.endsWith(`/${name}`))
          ? 'ignored'
          : (result.findings.find((f) => f.path.endsWith(`/${name}`))?.rule ?? 'nothing');
      for (const [name, expected] of Object.entries(corpus))
        assert.equal(outcome(name), expected.outcome, name);
      assert.equal(
        result.summary.ignored,
        Object.values(corpus).filter((c) => c.outcome === 'ignored').length,
      );
      if (box === 'outbox') assert.equal(outcome('wmo301-TW-1.xml'), 'unsent-heen');
      if (box === 'inbox')
        assert.ok(
          result.findings.some((f) => f.rule === 'unread' && f.path.endsWith('/wmo301-TW-1.xml')),
        );
    });
  }
});
