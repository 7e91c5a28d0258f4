import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { each, stringifyInPieces } from '../src/report/stringifyInPieces.js';

/** A value holding `mark` once, at any depth, inside objects and arrays with other values around. */
const placed = (mark: string): fc.Arbitrary<unknown> =>
  fc
    .array(fc.tuple(fc.boolean(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })
    .map((steps) =>
      steps.reduceRight<unknown>(
        (inner, [inObject, other]) =>
          inObject ? { before: other, inner, after: other } : [other, inner, other],
        mark,
      ),
    );

const marks = ['\u0000first', '\u0000second'] as const;
const lists = fc.tuple(
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
);
/** Something to escape, as the JSON report escapes C1 controls. */
const escape = (text: string) => text.replace(/é/g, '\\u00e9');

describe('a document stringified a piece at a time', () => {
  it('gives the bytes of JSON.stringify with an indent of 2, lists at any depth, escaped alike', () => {
    fc.assert(
      fc.property(
        placed(marks[0]),
        placed(marks[1]),
        lists,
        fc.boolean(),
        (a, b, [one, two], swap) => {
          const document = swap ? { b, middle: 1, a } : { a, middle: 1, b };
          const text = JSON.stringify(document);
          // A generated value that happens to hold a mark would be a second place for its list.
          fc.pre(marks.every((mark) => text.split(JSON.stringify(mark)).length === 2));
          const whole = JSON.stringify(
            document,
            (_key, value: unknown) => (value === marks[0] ? one : value === marks[1] ? two : value),
            2,
          );
          const pieces = [
            ...stringifyInPieces(
              document,
              [
                { mark: marks[0], items: each(one, (item) => item) },
                { mark: marks[1], items: each(two, (item) => item) },
              ],
              escape,
            ),
          ];
          assert.equal(pieces.join(''), `${escape(whole)}\n`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes each item only when it is written', () => {
    let made = 0;
    const pieces = stringifyInPieces({ list: '\u0000list' }, [
      {
        mark: '\u0000list',
        items: each(
          Array.from({ length: 5_000 }, (_, i) => i),
          (i) => {
            made++;
            return { i, text: 'x'.repeat(100) };
          },
        ),
      },
    ]);
    pieces.next();
    assert.equal(made, 0, 'nothing made before the list is reached');
    pieces.next();
    assert.ok(made > 0 && made < 5_000, `${made} made for the first piece of the list`);
  });

  it('refuses a mark that is not in the document', () => {
    assert.throws(
      () => [...stringifyInPieces({ a: 1 }, [{ mark: '\u0000gone', items: [] }])],
      /not in the document/,
    );
  });
});
