/** Kept in step with package.json by a test; read here so the built tool needs no JSON import. */
export const toolName = 'check-ready';
export const toolVersion = '0.1.0';
