/** What both languages write the same way: values, examples and the fixes they quote. */

/** `a, b or c` with the language's word for "or". */
export const orList = (items: readonly string[], or: string): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1] ?? ''}`;

/** A value from a JSON file as it was written there. */
export const jsonText = (value: unknown): string =>
  value === undefined ? 'nothing' : JSON.stringify(value);

/** A wall time as the ISO form an offset can be appended to: "2020-03-29 02.30" → "2020-03-29T02:30". */
export const isoWall = (text: string): string =>
  text
    .trim()
    .replace(
      /(?:T|\s+)(\d{1,2})[:.](\d{2})/,
      (_, h: string, m: string) => `T${h.padStart(2, '0')}:${m}`,
    );

/** A code written as a number lost its leading zeros; this puts them back. */
export const exampleOrg = (value: number): string =>
  String(value).padStart(String(value).length <= 4 ? 4 : 8, '0');

/** One extra digit or two on a gemeentecode, e.g. 03630: the first four were most likely meant. */
export const orgGuess = (code: string): string | null =>
  /^\d{5,7}$/.test(code) ? code.slice(0, 4) : null;

/** An example value for a flag, used where the value is missing. */
export const exampleValue = (flag: string): string =>
  ({
    '--outbox': 'uit',
    '--inbox': 'in',
    '--sent': 'verzonden',
    '--received': 'ontvangen',
    '--exclude': '"verwerkt/**"',
    '--role': 'gemeente',
    '--org': '0363',
    '--at': '"2020-03-24 20:00"',
    '--format': 'json',
    '--output': 'report.json',
    '--lang': 'nl',
    '--jobs': '4',
    '--config': 'check-ready.config.json',
    '--timetable': 'ijw-iwmo-2.3-2.4-2020',
  })[flag] ?? '…';
