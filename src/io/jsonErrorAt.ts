// Its main file is CommonJS in a UMD wrapper whose require() calls esbuild cannot follow, and Node
// loads that file, not its ESM build, where the tests run unbundled: so it stays out of the
// bundle (scripts/bundle.js) and is loaded from node_modules, by the modules that read a
// timetable or config file the user names, never on a plain run.
import jsonc from 'jsonc-parser';

/**
 * Where a text that JSON.parse refused is broken, as line and column from 1; null when no place
 * can be named. The first error of jsonc-parser's scanner in strict JSON; where it sees none,
 * the offset V8 names at the end of its message. V8's message alone is no guide: on Node 20 some
 * messages name no offset ("Unexpected token ',', … is not valid JSON"), and the text it quotes
 * from the file can itself read "position 9".
 */
export const jsonErrorAt = (
  text: string,
  error: unknown,
): { line: number; column: number } | null => {
  let offset: number | null = null;
  jsonc.visit(
    text,
    {
      onError: (_code, at) => {
        offset ??= at;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (offset === null) {
    const message = error instanceof Error ? error.message : '';
    const lineColumn = /\(line (\d+) column (\d+)\)$/.exec(message);
    if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const named = /in JSON at position (\d+)$/.exec(message);
    if (named === null) return null;
    offset = Number(named[1]);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
};
