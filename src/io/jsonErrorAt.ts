// CommonJS in a UMD wrapper, which a bundle cannot follow: loaded from node_modules as it is
// (scripts/bundle.js keeps it out of the bundle), and only on the way to an error message.
import jsonc from 'jsonc-parser';

/**
 * Where a text that JSON.parse refused is broken, as line and column from 1; null when no place
 * can be named. V8 names the offset in most of its messages, but on Node 20 not in all ("Unexpected
 * token ',', … is not valid JSON"), and the rest of its message may quote the file: so the offset
 * is V8's where it gives one, else the first error of jsonc-parser's scanner in strict JSON.
 */
export const jsonErrorAt = (
  text: string,
  error: unknown,
): { line: number; column: number } | null => {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const named = /position (\d+)/.exec(message);
  let offset = named === null ? null : Number(named[1]);
  if (offset === null) {
    jsonc.visit(
      text,
      {
        onError: (_code, at) => {
          offset ??= at;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  }
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
};
