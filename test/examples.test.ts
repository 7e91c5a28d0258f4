/**
 * The public example messages of the iStandaarden, rewritten from release 3.2 to 2.1 (namespaces
 * and header versions only, as the maintainers' check does): each one of the 2.1 catalogue is
 * classified as its message, with its Identificatie as written and no error. They number their
 * messages as real systems do (`123456789012`, `987654321`).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isMessageId } from '../src/data/catalogue.js';
import { fileRow, runTree } from './support/realInput.js';
import { istandaardenDir } from './support/xsd.js';
import { sharedSkip } from './support/shared.js';

const folders = ['ijw-3.2', 'iwmo-3.2'].map((f) => path.join(istandaardenDir, f, 'xml'));
const examples = folders.flatMap((dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => path.join(dir, f))
    : [],
);

/** 3.2 → 2.1: `…/3_2/jw301/schema` → `…/2_1/jw301/schema/2_1`, BerichtVersie 3 → 2, BerichtSubversie 2 → 1. */
const to21 = (xml: string): string =>
  xml
    .replace(/(i(?:jw|wmo))\/3_2\/([a-z0-9]+)\/schema/g, '$1/2_1/$2/schema/2_1')
    .replace(/BerichtVersie>3</g, 'BerichtVersie>2<')
    .replace(/BerichtSubversie>2</g, 'BerichtSubversie>1<');

describe(
  'the public example messages, rewritten to 2.1',
  {
    skip: sharedSkip(examples.length > 0, 'the iStandaarden examples'),
  },
  () => {
    it('there are examples to check', () => assert.ok(examples.length >= 14));
    for (const file of examples) {
      const message = path.basename(file, '.xml');
      const skip = isMessageId(message)
        ? false
        : `${message} exists only from release 3.x, not in the 2.1 catalogue`;
      it(`${path.basename(path.dirname(path.dirname(file)))}/${message}`, { skip }, async () => {
        const xml = to21(fs.readFileSync(file, 'utf8'));
        const written = /<(?:\w+:)?Identificatie>([^<]*)</.exec(xml)?.[1];
        const result = await runTree({ [`outbox/${message.toLowerCase()}.xml`]: xml });
        const row = fileRow(result, `${message.toLowerCase()}.xml`);
        assert.equal(row?.message, message);
        assert.equal(row?.release, '2.1');
        assert.equal(row?.identificatie, written);
        assert.deepEqual(
          result.findings.filter((f) => f.status === 'error').map((f) => f.rule),
          [],
        );
      });
    }
  },
);
