import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { classify } from '../src/core/classify.js';
import { parseFile } from '../src/io/parseFile.js';
import { buildEi, buildMessage, clients } from './support/messages.js';

const seeds = [
  buildMessage({
    message: 'WMO301',
    afzender: '0363',
    ontvanger: '73730123',
    identificatie: 'P-1',
    dagtekening: '2018-03-26',
    client: clients.oezdemir,
  }),
  buildMessage({
    message: 'JW302',
    afzender: '0363',
    ontvanger: '73730123',
    identificatie: 'P-2',
    dagtekening: '2018-03-26',
    retour: { identificatie: 'R', dagtekening: '2018-03-27', codes: ['0001'] },
  }),
  buildMessage({
    message: 'WMO303',
    code: '448',
    afzender: '73730123',
    ontvanger: '0363',
    identificatie: 'P-3',
    dagtekening: '2018-03-26',
    client: clients.bakker,
    lines: 2,
    defaultNamespace: true,
  }),
  buildEi({ code: '434', sender: '73730123', receiver: '0363' }),
].map((text) => Buffer.from(text));

/** One edit of a real message: bytes replaced, cut out, or put in; often in the header. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 16 }),
      fc.constantFrom(
        ...['<', '>', '</', '<!DOCTYPE x>', '&amp;', ']]>', '\ufeff', '\u0000', 'xmlns:x="y"'].map(
          (t) => Buffer.from(t),
        ),
      ),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Edit = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

const apply = (seed: Buffer, edits: readonly Edit[]): Buffer => {
  let bytes = Buffer.from(seed);
  for (const edit of edits) {
    const at = bytes.length === 0 ? 0 : edit.at % bytes.length;
    if (edit.kind === 'replace')
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(edit.bytes),
        bytes.subarray(at + edit.bytes.length),
      ]);
    else if (edit.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + edit.length)]);
    else if (edit.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(edit.bytes), bytes.subarray(at)]);
    else bytes = bytes.subarray(0, at);
  }
  return bytes;
};

describe('the classifier on mutated real messages', () => {
  it('always returns a classification or a finding, never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        (seed, edits) => {
          const sniffed = parseFile(apply(seed, edits));
          assert.ok(['ignored', 'parsed', 'problem'].includes(sniffed.kind));
          if (sniffed.kind === 'parsed') {
            const result = classify(sniffed.parsed, { from: '2.1', to: '2.2' });
            assert.ok(result.info !== null || result.problem !== null);
          }
        },
      ),
      { numRuns: 3000, seed: 20180329 },
    );
  });
});
