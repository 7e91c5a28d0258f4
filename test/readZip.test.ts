import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readZip, zipLimits } from '../src/io/readZip.js';
import { buildZip } from './support/zip.js';

const text = '<?xml version="1.0"?>\n<Bericht>' + 'inhoud '.repeat(500) + '</Bericht>\n';

const outcomes = async (zip: Buffer, limits = zipLimits) => {
  const contents = await readZip(zip, limits);
  return contents.entries.map((entry) =>
    'bytes' in entry
      ? { name: entry.name, text: entry.bytes.toString('utf8') }
      : {
          name: entry.name,
          problem: `${entry.problem.rule}:${'reason' in entry.problem.args ? entry.problem.args.reason : ''}`,
        },
  );
};

describe('reading a ZIP archive', () => {
  it('unpacks deflated and stored entries to the bytes that went in', async () => {
    assert.deepEqual(
      await outcomes(
        buildZip([
          { name: 'a.xml', content: text },
          { name: 'b.xml', content: text, store: true },
          { name: 'leeg.xml', content: '' },
        ]),
      ),
      [
        { name: 'a.xml', text },
        { name: 'b.xml', text },
        { name: 'leeg.xml', text: '' },
      ],
    );
  });
  it('a declared size that is too small is a bomb; one that is too large, a broken entry', async () => {
    assert.deepEqual(
      await outcomes(
        buildZip([
          { name: 'klein.xml', content: text, declaredSize: 10 },
          { name: 'groot.xml', content: text, declaredSize: text.length + 10 },
        ]),
      ),
      [
        { name: 'klein.xml', problem: 'unreadable:zip-bomb' },
        { name: 'groot.xml', problem: 'malformed:zip-broken' },
      ],
    );
  });
  it('entries beyond the room left by the total limit are not unpacked', async () => {
    const limits = { ...zipLimits, totalBytes: text.length * 2 + 1 };
    const zip = buildZip(['1', '2', '3'].map((n) => ({ name: `${n}.xml`, content: text })));
    assert.deepEqual(
      (await outcomes(zip, limits)).map((o) => ('problem' in o ? o.problem : 'read')),
      ['read', 'read', 'unreadable:zip-bomb'],
    );
  });
});
