/**
 * A bounded look at a document: how deep it nests, whether its tags close in order, where the
 * root's start tag is, and where its first child, when that is the Header, begins and ends. It
 * does not parse; it finds where to cut, so that fast-xml-parser builds objects for the header
 * alone and never for a 50 MB body.
 */
export type Outline =
  | { readonly problem: 'too-deep' | 'mismatch' }
  | {
      readonly problem: null;
      readonly root: { readonly start: number; readonly end: number; readonly name: string };
      /** The first child element of the root when its local name is `Header`. */
      readonly header: { readonly start: number; readonly end: number } | null;
      /** The text ended before the root's first child did: a head that was cut too short. */
      readonly early: boolean;
      /** The text ended inside a tag, comment, PI or CDATA section: a cut, not a document. */
      readonly cut: boolean;
    };

const gt = 62;
const slash = 47;
const question = 63;
const bang = 33;

const tagName = (text: string, from: number): string => {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === gt || c === slash || c === 32 || c === 9 || c === 10 || c === 13) break;
    end++;
  }
  return text.slice(from, end);
};

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The index of the `>` that ends the tag opened at `from`, skipping `>` inside quoted values;
 * -1 when the text ends first.
 */
const tagEnd = (text: string, from: number): number => {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === gt) return i;
  }
  return -1;
};

/**
 * @param stopAfterHeader for a head: stop once the root's first child is complete.
 *
 * Every step moves forward: each search that can miss (the end of a comment, a PI, a CDATA
 * section, a declaration or a tag) ends the scan as cut short — the text stopped before the
 * Header did, so a head is read further — and never restarts it. No input can make it loop.
 */
export const outline = (text: string, maxDepth: number, stopAfterHeader = false): Outline => {
  let root: { start: number; end: number; name: string } | null = null;
  let header: { start: number; end: number } | null = null;
  let headerOpen = false;
  let firstChildSeen = false;
  const open: string[] = [];
  const done = (cutShort: boolean): Outline => {
    const early = cutShort || !firstChildSeen || headerOpen;
    if (root === null)
      return {
        problem: null,
        root: { start: 0, end: 0, name: '' },
        header: null,
        early,
        cut: cutShort,
      };
    return { problem: null, root, header: headerOpen ? null : header, early, cut: cutShort };
  };
  /** The index just after `close`, searched from `from`; -1 when the text ends first. */
  const after = (close: string, from: number): number => {
    const at = text.indexOf(close, from);
    return at < 0 ? -1 : at + close.length;
  };
  let i = text.indexOf('<');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    let end: number;
    if (next === question) {
      end = after('?>', i + 2);
    } else if (next === bang) {
      if (text.startsWith('<!--', i)) end = after('-->', i + 4);
      else if (text.startsWith('<![CDATA[', i)) end = after(']]>', i + 9);
      else end = after('>', i + 2);
    } else if (next === slash) {
      const close = text.indexOf('>', i + 2);
      if (close < 0) return done(true);
      if (open.pop() !== tagName(text, i + 2)) return { problem: 'mismatch' };
      if (headerOpen && open.length === 1 && header !== null) {
        header = { start: header.start, end: close + 1 };
        headerOpen = false;
        if (stopAfterHeader && root !== null)
          return { problem: null, root, header, early: false, cut: false };
      }
      end = close + 1;
    } else {
      const close = tagEnd(text, i + 1);
      if (close < 0) return done(true);
      const selfClosing = text.charCodeAt(close - 1) === slash;
      const name = tagName(text, i + 1);
      if (root === null) {
        root = { start: i, end: close + 1, name };
      } else if (open.length === 1 && !firstChildSeen) {
        firstChildSeen = true;
        if (localName(name) === 'Header') {
          header = { start: i, end: close + 1 };
          headerOpen = !selfClosing;
        }
        if (stopAfterHeader && !headerOpen)
          return { problem: null, root, header, early: false, cut: false };
      }
      if (!selfClosing) {
        open.push(name);
        if (open.length > maxDepth) return { problem: 'too-deep' };
      }
      end = close + 1;
    }
    // Cut short: the text ended inside this construct.
    if (end < 0) return done(true);
    i = text.indexOf('<', end);
  }
  // Elements still open at the end: the text stops inside the document.
  return done(open.length > 0);
};

/** Whether the prolog — before the root element, the only place one may stand — holds a DOCTYPE. */
export const hasDoctype = (text: string): boolean => {
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\r\n\ufeff'.includes(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else {
      return /^<!DOCTYPE/i.test(text.slice(i, i + 9));
    }
  }
};
