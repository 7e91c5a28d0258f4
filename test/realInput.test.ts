/**
 * Regressions from a probe with realistic input: each case is one reproduction (R1–R12, R15, R16)
 * built in a temporary tree and run through the real pipeline.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseFile } from '../src/io/parseFile.js';
import { staysInside } from '../src/io/readZip.js';
import { words } from '../src/report/words/index.js';
import { renderText } from '../src/report/text.js';
import { renderJson } from '../src/report/json.js';
import { timetable2018 } from './support/timetable2018.js';
import type { ReportContext } from '../src/report/ReportContext.js';
import { Chalk } from 'chalk';
import { guardedParser } from './support/guardedParse.js';
import { fileRow, findingsOf, runTree, wmo301, wmo302 } from './support/realInput.js';
import { buildZip } from './support/zip.js';

const comment = `<!-- ${'Gegenereerd door systeem X. '.repeat(80)} -->`;
const withoutDeclaration = (xml: string) => xml.slice(xml.indexOf('\n') + 1);
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
const guard = guardedParser();
after(() => guard.close());

describe('real input: the head of an archived file', () => {
  it('R1: a long comment after the declaration ends, and the file is classified', async () => {
    const bytes = Buffer.from(
      `${declaration}${comment}\n${withoutDeclaration(wmo302('TW-1', 'R-1'))}`,
    );
    assert.deepEqual(await guard.parse(bytes.subarray(0, 2048), false, false, 'a.xml'), {
      kind: 'incomplete',
    });
    // Classified, it closes the pair of the heen it answers; misjudged, the heen is unanswered.
    const result = await runTree({
      'sent/wmo302-TW-1.xml': bytes,
      'received/wmo301-TW-1.xml': wmo301('TW-1'),
    });
    assert.deepEqual(findingsOf(result), []);
  });

  it('R1: a cut-off archived file that ends inside a comment or PI is malformed, not a hang', async () => {
    for (const cut of ['<!-- export', '<?xml-stylesheet href="a.xsl"']) {
      const bytes = Buffer.from(`<?xml version="1.0"?>\n${cut}`);
      const sniffed = await guard.parse(bytes, false, true, 'afgebroken.xml');
      assert.equal(sniffed.kind === 'problem' && sniffed.problem.rule, 'malformed', cut);
    }
    const result = await runTree({ 'sent/afgebroken.xml': '<?xml version="1.0"?>\n<!-- export' });
    assert.deepEqual(findingsOf(result), ['malformed sent/afgebroken.xml']);
  });

  it('R2: a long comment before or inside the Header of an archived heen: both unanswered', async () => {
    const inHeader = wmo301('TW-2').replace('<m:Header>', `<m:Header>${comment}`);
    const beforeHeader = wmo301('TW-3').replace('<m:Header>', `${comment}<m:Header>`);
    for (const xml of [inHeader, beforeHeader]) {
      const sniffed = await guard.parse(Buffer.from(xml).subarray(0, 2048), false, false, 'a.xml');
      assert.equal(sniffed.kind, 'incomplete');
    }
    const result = await runTree({
      'received/in-header.xml': inHeader,
      'received/before-header.xml': beforeHeader,
      'sent/.keep': '',
    });
    assert.deepEqual(findingsOf(result), [
      'unanswered received/before-header.xml',
      'unanswered received/in-header.xml',
    ]);
  });
});

describe('real input: header values as the XSD means them', () => {
  it('R3: escaped characters are decoded before they are measured and paired', async () => {
    const result = await runTree({
      'received/wmo301-a.xml': wmo301('R&amp;D-2018-1'),
      'sent/wmo302-a.xml': wmo302('R&amp;D-2018-1', 'RA-1'),
      'inbox/wmo301-b.xml': wmo301('A&amp;B-01'),
      'outbox/wmo302-b.xml': wmo302('A&#38;B-01', 'RB-1'),
    });
    assert.deepEqual(findingsOf(result), [
      'unread inbox/wmo301-b.xml',
      'unsent-retour outbox/wmo302-b.xml',
    ]);
    assert.equal(fileRow(result, 'wmo301-b.xml')?.identificatie, 'A&B-01');
    assert.equal(fileRow(result, 'wmo302-b.xml')?.identificatie, 'A&B-01');
  });

  it('R4: every Identificatie the XSD accepts is a valid retour, with its value', async () => {
    const cases: Record<string, [string, string]> = {
      empty: ['', ''],
      spaces: ['   ', '   '],
      newline: ['AB\nCD', 'AB\nCD'],
      astral: ['𝟙𝟚𝟛𝟜𝟝𝟞𝟟', '𝟙𝟚𝟛𝟜𝟝𝟞𝟟'],
      pi: ['PI<?x?>-0005', 'PI-0005'],
      cdata: ['AB<![CDATA[CD]]>EF', 'ABCDEF'],
    };
    const tree: Record<string, string> = {};
    for (const [name, [written]] of Object.entries(cases))
      tree[`outbox/${name}.xml`] = wmo302(written, `R-${name}`);
    const result = await runTree(tree);
    assert.deepEqual(
      findingsOf(result),
      Object.keys(cases)
        .map((name) => `unsent-retour outbox/${name}.xml`)
        .sort(),
    );
    for (const [name, [, value]] of Object.entries(cases))
      assert.equal(fileRow(result, `${name}.xml`)?.identificatie, value, name);
  });

  it('R4: thirteen characters are one too many', async () => {
    const result = await runTree({ 'outbox/long.xml': wmo302('𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟙𝟚𝟛𝟜𝟝𝟞', 'R-1') });
    assert.deepEqual(findingsOf(result), ['malformed outbox/long.xml']);
  });

  it('the example Identificaties 123456789012 and 987654321 classify and print as they are', async () => {
    const result = await runTree({
      'outbox/wmo302.xml': wmo302('123456789012', '987654321'),
    });
    assert.deepEqual(findingsOf(result), ['unsent-retour outbox/wmo302.xml']);
    assert.equal(fileRow(result, 'wmo302.xml')?.identificatie, '123456789012');
    assert.equal(fileRow(result, 'wmo302.xml')?.identificatieRetour, '987654321');
  });

  it('R5: windows-1252 bytes 0x80–0x9F are the letters of the code page, and pair', async () => {
    const heen = Buffer.from(wmo301('TW–0042', 'windows-1252'), 'latin1');
    // Written by hand: the en dash is 0x96 in windows-1252.
    const at = heen.indexOf('TW');
    heen[at + 2] = 0x96;
    const result = await runTree({
      'received/wmo301.xml': heen,
      'outbox/wmo302.xml': wmo302('TW–0042', 'R-1'),
      'sent/.keep': '',
    });
    assert.deepEqual(findingsOf(result), ['unsent-retour outbox/wmo302.xml']);
    const sniffed = parseFile(heen, true, true, true, 'wmo301.xml');
    assert.equal(
      sniffed.kind === 'parsed' &&
        sniffed.parsed.format === 'xml' &&
        sniffed.parsed.header?.identificatie,
      'TW–0042',
    );
  });

  it('R5: encoding labels resolve as the Encoding Standard has them', () => {
    for (const label of ['cp1252', 'l1', 'ISO_8859-1', 'us-ascii', 'windows-1252', 'latin1']) {
      const xml = wmo302('ÉÉN-1', 'R-1').replace('UTF-8', label);
      const sniffed = parseFile(Buffer.from(xml, 'latin1'), true, true, true, 'a.xml');
      assert.equal(
        sniffed.kind === 'parsed' &&
          sniffed.parsed.format === 'xml' &&
          sniffed.parsed.header?.identificatie,
        'ÉÉN-1',
        label,
      );
    }
  });

  it('R15: a control character in a header value is printed as \\xNN in every format', async () => {
    const result = await runTree({ 'outbox/wmo302.xml': wmo302('TW\u009b2J-1', 'R-1') });
    assert.equal(fileRow(result, 'wmo302.xml')?.identificatie, 'TW\u009b2J-1');
    const context: ReportContext = {
      words: words.en,
      timetable: timetable2018,
      chalk: new Chalk({ level: 0 }),
      verbose: true,
      quiet: false,
    };
    const text = renderText(result, context);
    const json = renderJson(result, context);
    for (const out of [text, json]) assert.doesNotMatch(out, /[\u0080-\u009f]/);
    assert.match(text, /TW\\x9b2J-1/);
    assert.equal(JSON.parse(json).files[0].identificatie, 'TW\u009b2J-1');
  });
});

describe("real input: what is a message, with the name's help", () => {
  it('R6: text with a byte-order mark under other names is ignored', async () => {
    const result = await runTree({
      'outbox/overzicht.csv': Buffer.from('\ufeffBSN;Naam;Status\r\n'),
      'outbox/LEESMIJ.txt': Buffer.from('\ufeffNiet versturen voor 29 maart\r\n'),
      'outbox/desktop.ini': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('[.ShellClassInfo]\r\n', 'utf16le'),
      ]),
    });
    assert.deepEqual(findingsOf(result), []);
    assert.equal(result.summary.ignored, 3);
  });

  it('R7: an Office document is ignored, not opened as a download', async () => {
    const xlsx = buildZip([
      {
        name: '[Content_Types].xml',
        content:
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      {
        name: 'xl/workbook.xml',
        content:
          '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      },
    ]);
    const result = await runTree({ 'outbox/openstaand.xlsx': xlsx });
    assert.deepEqual(findingsOf(result), []);
    assert.equal(result.summary.ignored, 1);
  });

  it('R8: empty marker files are ignored', async () => {
    const result = await runTree({ 'outbox/batch-0042.ok': '', 'outbox/READY': '' });
    assert.deepEqual(findingsOf(result), []);
    assert.equal(result.summary.ignored, 2);
  });

  it('R9: an error page under a message name is malformed (never a false READY)', async () => {
    const page = 'Bestand kon niet worden opgehaald (HTTP 500)\n';
    const result = await runTree({
      'inbox/wmo301-TW-0042.xml': page,
      'inbox/download-0329.ZIP': page,
      'inbox/jw321-0329.ei': page,
    });
    assert.deepEqual(findingsOf(result), [
      'malformed inbox/download-0329.ZIP',
      'malformed inbox/jw321-0329.ei',
      'malformed inbox/wmo301-TW-0042.xml',
    ]);
    assert.equal(result.verdict, 'not-ready');
  });

  it('R10: an empty ZIP archive is a download with nothing in it', async () => {
    const empty = Buffer.from([0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]);
    const result = await runTree({ 'inbox/download-0329.zip': empty });
    assert.deepEqual(findingsOf(result), []);
    assert.equal(result.verdict, 'ready');
  });

  it('R11: envelope base64 with &#13; line breaks is decoded, and the message judged', async () => {
    const envelope = (base64: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<GGK:envelopHeenbericht-ggk_Di01 xmlns:StUF="http://www.egem.nl/StUF/StUF0301" xmlns:GGK="http://www.stufstandaarden.nl/koppelvlak/ggk0210"><GGK:stuurgegevens><StUF:berichtcode>Di01</StUF:berichtcode><StUF:zender><StUF:organisatie>0363</StUF:organisatie><StUF:applicatie>Wmo</StUF:applicatie></StUF:zender><StUF:ontvanger><StUF:organisatie>73730123</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger><StUF:referentienummer>ref-1</StUF:referentienummer><StUF:tijdstipBericht>20180327091500</StUF:tijdstipBericht><StUF:functie>WMO301</StUF:functie></GGK:stuurgegevens><GGK:parameters><GGK:applicatieVersie>0004</GGK:applicatieVersie><GGK:applicatieSubversie>0003</GGK:applicatieSubversie><GGK:functieVersie>0002</GGK:functieVersie><GGK:functieSubversie>0001</GGK:functieSubversie><GGK:bericht><GGK:xmlBestand>${base64}</GGK:xmlBestand></GGK:bericht></GGK:parameters></GGK:envelopHeenbericht-ggk_Di01>\n`;
    const mime = (xml: string) =>
      (
        Buffer.from(xml)
          .toString('base64')
          .match(/.{1,76}/g) ?? []
      ).join('&#13;\n');
    const result = await runTree({ 'outbox/di01-crlf.xml': envelope(mime(wmo301('EV-2'))) });
    assert.deepEqual(findingsOf(result), ['unsent-heen outbox/di01-crlf.xml']);
    assert.equal(result.exitCode, 3);
    // Whatever the element: a tekstBestand payload is judged as a file too.
    const text = envelope(mime(wmo301('EV-3'))).replaceAll('xmlBestand', 'tekstBestand');
    assert.deepEqual(findingsOf(await runTree({ 'outbox/di01-text.xml': text })), [
      'unsent-heen outbox/di01-text.xml',
    ]);
  });

  it('R12: white space and then <?xml-model?> is well-formed; only the declaration must come first', async () => {
    const xml = `\n<?xml-model href="WMO302.xsd"?>\n${withoutDeclaration(wmo302('TW-1', 'R-1'))}`;
    const result = await runTree({
      'outbox/wmo302.xml': xml,
      'outbox/late.xml': `\n${wmo302('TW-2', 'R-2')}`,
    });
    assert.deepEqual(findingsOf(result), [
      'malformed outbox/late.xml',
      'unsent-retour outbox/wmo302.xml',
    ]);
  });

  it('R16: a ZIP entry whose `..` stays inside the archive is safe; one that climbs out is not', async () => {
    const zip = buildZip([{ name: 'berichten/sub/../wmo301-ZP-1.xml', content: wmo301('ZP-1') }]);
    const result = await runTree({ 'inbox/download.zip': zip });
    assert.deepEqual(findingsOf(result), [
      'unanswered inbox/download.zip!berichten/sub/../wmo301-ZP-1.xml',
      'unread inbox/download.zip!berichten/sub/../wmo301-ZP-1.xml',
    ]);
    assert.equal(staysInside('a/../../b.xml'), false);
    assert.equal(staysInside('/etc/b.xml'), false);
    assert.equal(staysInside('C:\\temp\\b.xml'), false);
    assert.equal(staysInside('a\\..\\b.xml'), true);
  });
});
