/**
 * A path as it may be shown on a terminal: control characters (a newline, or an escape sequence
 * that would recolour or rewrite the screen) written as \xNN. Names are otherwise shown as they
 * are; bytes that are not UTF-8 already arrive as U+FFFD.
 */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
