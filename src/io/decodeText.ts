/**
 * The encodings a message may declare, by the name a decoder resolves its label to. Labels are
 * resolved as the WHATWG Encoding Standard does (`cp1252`, `l1`, `ISO_8859-1`, `us-ascii` …):
 * `ISO-8859-1` and `US-ASCII` then read as windows-1252, a superset of both, which is also what
 * XML processors in practice do with files that say ISO-8859-1 and were written on Windows.
 */
const supported = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15']);

const resolved = new Map<string, string | null>();

/** The encoding a declared label names, or null when it is unknown or not one messages use. */
export const resolveEncoding = (label: string): string | null => {
  let encoding = resolved.get(label);
  if (encoding === undefined) {
    try {
      encoding = new TextDecoder(label).encoding;
    } catch {
      encoding = null;
    }
    if (encoding !== null && !supported.has(encoding)) encoding = null;
    resolved.set(label, encoding);
  }
  return encoding;
};

// Node's TextDecoder gives bytes 0x80–0x9F as C1 control characters; the code page gives these.
// The five bytes the code page leaves unassigned stay as they are, as the WHATWG index has it.
const high =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252, exactly as the code page maps every byte. */
export const decodeWindows1252 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0080-\u009f]/g, (c) => high[c.charCodeAt(0) - 0x80] ?? c);
