/** Kept in step with package.json by a test; read here so the built tool needs no JSON import. */
export const toolName = 'check-ready';
export const toolVersion = '0.1.0';
/**
 * Where the README is read, kept in step with package.json's `homepage` by a test: SARIF links
 * each rule to its section there. Change `homepage` (and this) when the repository's own page
 * is the place to read it.
 */
export const homepage = 'https://www.npmjs.com/package/check-ready';
