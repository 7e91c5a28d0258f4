import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { classify } from '../src/core/classify.js';
import { parseFile } from '../src/io/parseFile.js';
import { haveXsds, messagesWithXsd, validateIwmo21 } from './support/xsd.js';
import { buildMessage, clients } from './support/messages.js';
import { projectDir } from './support/runBin.js';
import { sharedSkip } from './support/shared.js';

/**
 * The validator takes text: decode the bytes as the file declares them and say so in the
 * declaration, so UTF-16 and ISO-8859-1 fixtures are checked as the documents they are.
 */
const asUtf8Document = (bytes: Buffer): string => {
  const label =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : /^<\?xml[^>]*encoding="ISO-8859-1"/.test(bytes.subarray(0, 100).toString('latin1'))
          ? 'latin1'
          : 'utf-8';
  const text = new TextDecoder(label).decode(bytes);
  return text.replace(/^(<\?xml[^>]*encoding=")[^"]+"/, '$1UTF-8"');
};

const skip = sharedSkip(haveXsds, 'the iStandaarden XSDs');

/** Every fixture file that classifies as a clean iWmo 2.1 message, with the XSD it must pass. */
/** The document to validate: the file itself, or for a GGk envelope the message it carries. */
const documentOf = (bytes: Buffer): Buffer => {
  const payload = /<(?:\w+:)?xmlBestand>([^<]*)</.exec(bytes.toString('latin1'));
  return payload?.[1] === undefined ? bytes : Buffer.from(payload[1], 'base64');
};

const validFixtures = (): { file: string; message: string }[] => {
  const withXsd = new Set(messagesWithXsd());
  const out: { file: string; message: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const sniffed = parseFile(fs.readFileSync(full));
        if (sniffed.kind !== 'parsed') continue;
        const { info, problem } = classify(sniffed.parsed, { from: '2.1', to: '2.2' });
        if (
          problem === null &&
          info?.release === '2.1' &&
          info.message !== null &&
          withXsd.has(info.message)
        ) {
          out.push({ file: path.relative(projectDir, full), message: info.message });
        }
      }
    }
  };
  walk(path.join(projectDir, 'fixtures'));
  return out;
};

describe('fixtures against the iWmo 2.1 XSDs', { skip }, () => {
  const files = haveXsds ? validFixtures() : [];
  it('finds fixtures of every message that has an XSD', () => {
    const seen = new Set(files.map((f) => f.message));
    assert.ok(seen.size >= 4, `only ${[...seen].join(', ')}`);
  });
  // One validation a message kind: every fixture of that kind and the builder's own message.
  for (const message of haveXsds ? messagesWithXsd() : []) {
    it(`the fixtures and the test message builder write valid ${message}s`, async () => {
      const heen = Number(message.slice(-3)) % 2 === 1;
      const fromGemeente = message === 'WMO301' || message === 'WMO302';
      const built = buildMessage({
        message,
        afzender: fromGemeente ? '0363' : '73730123',
        ontvanger: fromGemeente ? '73730123' : '0363',
        identificatie: 'XSD-1',
        dagtekening: '2018-03-26',
        client: clients.oezdemir,
        ...(heen
          ? {}
          : { retour: { identificatie: 'XSD-R', dagtekening: '2018-03-27', codes: ['0001'] } }),
      });
      const documents = [
        { name: 'the message builder', xml: built },
        ...files
          .filter((f) => f.message === message)
          .map(({ file }) => ({
            name: file,
            xml: asUtf8Document(documentOf(fs.readFileSync(path.join(projectDir, file)))),
          })),
      ];
      const errors = await validateIwmo21(message, documents);
      assert.deepEqual(
        [...errors].filter(([, list]) => list.length > 0),
        [],
      );
      assert.equal(errors.size, documents.length);
    });
  }
  it('the validator does reject a broken message (a BSN of 8 digits)', async () => {
    const good = files.find((f) => f.message === 'WMO301');
    assert.ok(good);
    const text = fs
      .readFileSync(path.join(projectDir, good.file), 'utf8')
      .replace(/<wmo301:Bsn>\d{9}</, '<wmo301:Bsn>12345678<');
    const errors = await validateIwmo21('WMO301', [
      { name: 'broken', xml: text },
      { name: 'good', xml: fs.readFileSync(path.join(projectDir, good.file), 'utf8') },
    ]);
    assert.notDeepEqual(errors.get('broken'), []);
    assert.deepEqual(errors.get('good'), [], 'and blames only the broken one of several');
  });
});
