import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, type Classification } from '../src/core/classify.js';
import { catalogue, messageIds } from '../src/data/catalogue.js';
import { parseFile } from '../src/io/parseFile.js';
import {
  buildEi,
  buildMessage,
  clients,
  namespaceOf,
  type MessageSpec,
} from './support/messages.js';

const releases = { from: '2.1', to: '2.2' };
const gemeente = '0363';
const aanbieder = '73730123';

/** Bytes → parse → classify, as the pipeline does it for one file. */
const judge = (
  bytes: Uint8Array | string,
): Classification | { problem: { rule: string; args: unknown } } | 'ignored' => {
  const sniffed = parseFile(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  if (sniffed.kind === 'ignored') return 'ignored';
  if (sniffed.kind === 'problem') return { problem: sniffed.problem };
  if (sniffed.kind === 'incomplete' || sniffed.kind === 'container') {
    return { problem: { rule: sniffed.kind, args: null } };
  }
  return classify(sniffed.parsed, releases);
};

const classified = (bytes: Uint8Array | string) => {
  const result = judge(bytes);
  assert.notEqual(result, 'ignored');
  assert.ok(
    typeof result === 'object' && 'info' in result,
    `expected a classification, got ${JSON.stringify(result)}`,
  );
  return result as Classification;
};

const specFor = (message: string, code?: string): MessageSpec => {
  const id = message as keyof typeof catalogue;
  const fromGemeente = catalogue[id].sentBy === 'gemeente';
  const heen = catalogue[id].kind === 'heen';
  // A retour repeats the heen header: its Afzender is whoever sent the heen.
  const heenFromGemeente = heen ? fromGemeente : !fromGemeente;
  return {
    message,
    ...(code === undefined ? {} : { code }),
    afzender: heenFromGemeente ? gemeente : aanbieder,
    ontvanger: heenFromGemeente ? aanbieder : gemeente,
    identificatie: `ID-${message}`,
    dagtekening: '2018-03-26',
    client: clients.bakker,
    ...(heen
      ? {}
      : { retour: { identificatie: `R-${message}`, dagtekening: '2018-03-27', codes: ['0200'] } }),
  };
};

describe('classification of every catalogue message in 2.1', () => {
  for (const id of messageIds) {
    const spec = catalogue[id];
    for (const code of spec.codes) {
      it(`${id} (BerichtCode ${code})`, () => {
        const bytes =
          spec.format === 'ei'
            ? buildEi({ code: code as '434' | '435', sender: aanbieder, receiver: gemeente })
            : buildMessage(specFor(id, code));
        const { info, problem } = classified(bytes);
        assert.equal(problem, null);
        assert.ok(info !== null);
        assert.equal(info.message, id);
        assert.equal(info.standard, spec.standard);
        assert.equal(info.berichtCode, code);
        assert.equal(info.release, '2.1');
        assert.equal(info.kind, spec.kind);
        if (spec.format === 'xml') {
          assert.equal(info.identificatie, `ID-${id}`);
          assert.equal(info.dagtekening, '2018-03-26');
          const senderCode = spec.sentBy === 'gemeente' ? gemeente : aanbieder;
          const receiverCode = spec.sentBy === 'gemeente' ? aanbieder : gemeente;
          assert.equal(
            info.sender,
            senderCode,
            'the sender follows from the kind, not from Afzender',
          );
          assert.equal(info.receiver, receiverCode);
          assert.equal(info.identificatieRetour, spec.kind === 'retour' ? `R-${id}` : null);
        } else {
          assert.equal(info.identificatie, null, 'EI files are classified, not paired');
        }
      });
    }
  }
});

describe('surface variants classify alike', () => {
  const base = buildMessage(specFor('WMO301'));
  const expectWmo301 = (bytes: Uint8Array | string) => {
    const { info, problem } = classified(bytes);
    assert.equal(problem, null);
    assert.equal(info?.message, 'WMO301');
    assert.equal(info?.identificatie, 'ID-WMO301');
  };
  it('prefixed namespace', () => expectWmo301(base));
  it('default namespace', () =>
    expectWmo301(buildMessage({ ...specFor('WMO301'), defaultNamespace: true })));
  it('UTF-8 with BOM', () => expectWmo301(`\ufeff${base}`));
  it('UTF-16 LE with BOM', () =>
    expectWmo301(Buffer.from(`\ufeff${base.replace('UTF-8', 'UTF-16')}`, 'utf16le')));
  it('UTF-16 BE with BOM', () => {
    const le = Buffer.from(`\ufeff${base.replace('UTF-8', 'UTF-16')}`, 'utf16le');
    expectWmo301(Buffer.from(le).swap16());
  });
  it('ISO-8859-1 declared, with non-ASCII in the body', () => {
    const text = buildMessage({
      ...specFor('WMO301'),
      encoding: 'ISO-8859-1',
      client: clients.oezdemir,
    });
    assert.ok(text.includes('Özdemir'));
    expectWmo301(Buffer.from(text, 'latin1'));
  });
  it('CRLF line endings', () =>
    expectWmo301(buildMessage({ ...specFor('WMO301'), lineEnding: '\r\n' })));
  it('the Identificatie and Dagtekening in the basisschema namespace, under another prefix', () =>
    expectWmo301(base.replaceAll('iwmo:', 'basis:').replace('xmlns:iwmo=', 'xmlns:basis=')));
});

describe('the head of an archived file', () => {
  // A body with characters of two, three and four bytes (and a surrogate pair in UTF-16).
  const text = buildMessage({ ...specFor('WMO301'), client: clients.oezdemir }).replace(
    '</wmo301:Bericht>',
    '<!-- Ödön · € · 𝄞 -->\n</wmo301:Bericht>',
  );
  const headerEnd = text.indexOf('</wmo301:Header>') + '</wmo301:Header>'.length;
  const cutsFrom = (bytes: Buffer, from: number) =>
    Array.from({ length: bytes.length - from }, (_, i) => bytes.subarray(0, from + i));

  const expectHead = (head: Uint8Array, why: string) => {
    const sniffed = parseFile(head, false, false);
    assert.equal(sniffed.kind, 'parsed', why);
    if (sniffed.kind !== 'parsed') return;
    const { info, problem } = classify(sniffed.parsed, releases);
    assert.equal(problem, null, why);
    assert.equal(info?.message, 'WMO301', why);
  };

  it('cut anywhere after the Header, even inside a character, is classified (UTF-8)', () => {
    const bytes = Buffer.from(text, 'utf8');
    const from = Buffer.byteLength(text.slice(0, headerEnd), 'utf8');
    for (const head of cutsFrom(bytes, from)) expectHead(head, `cut at ${head.length}`);
  });
  it('cut anywhere after the Header, even inside a surrogate pair, is classified (UTF-16)', () => {
    const utf16 = text.replace('UTF-8', 'UTF-16');
    const bytes = Buffer.from(`\ufeff${utf16}`, 'utf16le');
    const from = 2 + 2 * (utf16.indexOf('</wmo301:Header>') + '</wmo301:Header>'.length);
    for (const head of cutsFrom(bytes, from)) expectHead(head, `cut at ${head.length}`);
    for (const head of cutsFrom(Buffer.from(bytes).swap16(), from))
      expectHead(head, `big-endian, cut at ${head.length}`);
  });
  it('a broken character before the cut is still a broken encoding', () => {
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('Ödön', 'utf8'));
    const broken = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([0xc3, 0x20]),
      bytes.subarray(at + 2),
    ]);
    const sniffed = parseFile(broken, false, false);
    assert.equal(sniffed.kind, 'problem');
    assert.equal(sniffed.kind === 'problem' && sniffed.problem.rule, 'malformed');
  });
});

describe('what is not a 2.1 message', () => {
  const rule = (bytes: Uint8Array | string) => {
    const result = judge(bytes);
    if (result === 'ignored') return 'ignored';
    return result.problem?.rule ?? null;
  };
  it('release 2.2 is classified as the new release, without a problem', () => {
    const { info, problem } = classified(buildMessage({ ...specFor('JW315'), release: '2.2' }));
    assert.equal(problem, null);
    assert.equal(info?.release, '2.2');
  });
  it('release 2.0 (Berichtspecificatie header) is other-release', () => {
    const text = `<?xml version="1.0"?><m:Bericht xmlns:m="http://www.istandaarden.nl/iwmo/2_0/wmo305/schema/2_0" xmlns:b="x"><m:Header><m:Berichtspecificatie><b:Code>418</b:Code><b:Versie>2</b:Versie><b:SubVersie>0</b:SubVersie></m:Berichtspecificatie></m:Header></m:Bericht>`;
    const result = classified(text);
    assert.equal(result.problem?.rule, 'other-release');
    assert.equal(result.info?.release, '2.0');
    assert.equal(result.info?.berichtCode, '418');
  });
  it('release 3.2 (no namespace suffix) is other-release', () =>
    assert.equal(
      rule(
        buildMessage({ ...specFor('JW301'), release: '3.0' })
          .replace('3_0', '3_2')
          .replace('<jw301:BerichtSubversie>0<', '<jw301:BerichtSubversie>2<'),
      ),
      'other-release',
    ));
  it('iWlz is other-standard', () =>
    assert.equal(
      rule(
        '<a:Bericht xmlns:a="http://www.istandaarden.nl/iwlz/2_0/az01/schema/2_0"><a:Header/></a:Bericht>',
      ),
      'other-standard',
    ));
  it('an EI file of another BerichtCode is other-standard', () =>
    assert.equal(
      rule(
        buildEi({ code: '434', sender: aanbieder, receiver: gemeente }).replace(/^01434/, '01165'),
      ),
      'other-standard',
    ));
  it('an EI file of version 2.2 is the new release; an older version counts as 2.1', () => {
    assert.equal(
      classified(
        buildEi({
          code: '434',
          version: '02',
          subversion: '02',
          sender: aanbieder,
          receiver: gemeente,
        }),
      ).info?.release,
      '2.2',
    );
    assert.equal(
      classified(
        buildEi({
          code: '434',
          version: '01',
          subversion: '00',
          sender: aanbieder,
          receiver: gemeente,
        }),
      ).info?.release,
      '2.1',
    );
  });
  it('namespace version and BerichtSubversie disagree: inconsistent', () =>
    assert.equal(
      rule(buildMessage(specFor('WMO301')).replace('BerichtSubversie>1<', 'BerichtSubversie>2<')),
      'inconsistent',
    ));
  it('namespace message and BerichtCode disagree: inconsistent', () =>
    assert.equal(rule(buildMessage({ ...specFor('WMO301'), code: '436' })), 'inconsistent'));
  it('a jw message in an iwmo namespace: inconsistent', () =>
    assert.equal(
      rule(
        buildMessage(specFor('WMO301')).replace(
          namespaceOf('WMO301'),
          'http://www.istandaarden.nl/iwmo/2_1/jw301/schema/2_1',
        ),
      ),
      'inconsistent',
    ));
  it('a header without Identificatie: malformed', () =>
    assert.equal(
      rule(
        buildMessage(specFor('WMO301')).replace(
          /<iwmo:Identificatie>[^<]*<\/iwmo:Identificatie>/,
          '',
        ),
      ),
      'malformed',
    ));
  it('well-formed XML of another kind: unrecognised', () =>
    assert.equal(rule('<Factuur><Regel/></Factuur>'), 'unrecognised'));
  it('a ZIP archive goes to the reader of containers', () =>
    assert.equal(rule(Buffer.from('PK\x03\x04rest', 'latin1')), 'container'));
  it('plain text is ignored under another name, malformed under a message name', () => {
    const text = Buffer.from('Deze map wordt elk uur geleegd.\n');
    assert.equal(parseFile(text, true, true, true, 'LEESMIJ.txt').kind, 'ignored');
    const named = parseFile(text, true, true, true, 'wmo301.xml');
    assert.equal(named.kind === 'problem' && named.problem.rule, 'malformed');
  });
  for (const [name, bytes] of [
    ['empty file', ''],
    ['white space only', ' \n\t'],
    ['binary data', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10])],
    ['UTF-16 without BOM', Buffer.from('<?xml version="1.0"?><a/>', 'utf16le')],
    ['an XML declaration after white space', `\n  ${buildMessage(specFor('WMO301'))}`],
    ['truncated XML', buildMessage(specFor('WMO301')).slice(0, 400)],
    [
      'a DOCTYPE with an external entity',
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    ],
    [
      'bytes that are not UTF-8',
      Buffer.concat([
        Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('</a>'),
      ]),
    ],
    ['a broken EI file', '01434020100000\r\n02xxxx\r\n'],
  ] as const) {
    it(`${name}: malformed`, () => assert.equal(rule(bytes), 'malformed'));
  }
  it('a parser error never quotes the content: a BSN in a broken tag stays out', () => {
    const broken = buildMessage(specFor('WMO301')).replace(
      '<wmo301:Bsn>999990019</wmo301:Bsn>',
      '<wmo301:Bsn>999990019</wmo301:Bs 999990019>',
    );
    const result = judge(broken);
    assert.ok(result !== 'ignored' && result.problem?.rule === 'malformed');
    assert.ok(!JSON.stringify(result).includes('999990019'));
  });
});
