/** Items are gathered into pieces of about this many characters before they are handed on. */
const pieceSize = 64 * 1024;

/** A list of the document written an item at a time; it stands in the document as `mark`. */
export interface PieceList {
  /** A string no other value of the document holds. */
  readonly mark: string;
  /** The items, made one at a time as they are written (see `each`). */
  readonly items: Iterable<unknown>;
}

/** The items of a list made one at a time, so that they are never all held at once. */
export function* each<T>(values: Iterable<T>, item: (value: T) => unknown): Generator<unknown> {
  for (const value of values) yield item(value);
}

/**
 * `JSON.stringify(document, null, 2)` a piece at a time, for a document whose few long lists would
 * make it too large to hold whole: each list stands in `document` as its mark and is written an
 * item at a time, indented as the mark's line is. The same bytes as the whole document stringified
 * with its lists in place, at any depth; `escape` is applied to every piece.
 */
export function* stringifyInPieces(
  document: object,
  lists: readonly PieceList[],
  escape: (text: string) => string = (text) => text,
): Generator<string> {
  const text = JSON.stringify(document, null, 2);
  const marks = lists
    .map((list) => ({ list, at: text.indexOf(JSON.stringify(list.mark)) }))
    .sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { list, at } of marks) {
    if (at < 0) throw new Error(`the mark ${JSON.stringify(list.mark)} is not in the document`);
    yield escape(text.slice(from, at));
    const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
    yield* written(list.items, /^ */.exec(line)?.[0].length ?? 0, escape);
    from = at + JSON.stringify(list.mark).length;
  }
  yield `${escape(text.slice(from))}\n`;
}

/** One list as JSON.stringify with an indent of 2 writes it on a line indented by `indent`. */
function* written(
  items: Iterable<unknown>,
  indent: number,
  escape: (text: string) => string,
): Generator<string> {
  const inner = `\n${' '.repeat(indent + 2)}`;
  let piece = '';
  let count = 0;
  for (const item of items) {
    piece += `${count === 0 ? `[${inner}` : `,${inner}`}${JSON.stringify(item, null, 2).replace(/\n/g, inner)}`;
    count++;
    if (piece.length >= pieceSize) {
      yield escape(piece);
      piece = '';
    }
  }
  yield escape(count === 0 ? '[]' : `${piece}\n${' '.repeat(indent)}]`);
}
