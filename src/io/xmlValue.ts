/**
 * The value of a piece of XML text as written in a document without a DOCTYPE (one with a DOCTYPE
 * is refused before this): line ends normalised as XML does, the five predefined entities and
 * character references decoded. Used on header values only, never on a body.
 */
export const xmlValue = (text: string): string => {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.includes('&') ? lines.replace(reference, decodeReference) : lines;
};

const reference = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const decodeReference = (
  whole: string,
  hex: string | undefined,
  decimal: string | undefined,
  name: string | undefined,
): string => {
  if (name !== undefined) return named[name] ?? whole;
  const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
  // A reference to no character is left as written: the document is not well-formed anyway.
  const valid =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return valid ? String.fromCodePoint(code) : whole;
};
