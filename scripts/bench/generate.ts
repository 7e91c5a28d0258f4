/**
 * Writes the reference tree of the performance target (README, "Performance"): a gemeente's
 * four folders, about 6 % of the files in the outbox and inbox and the rest in the archives, all
 * message kinds of both standards in a gemeente's proportions, paired and unpaired messages,
 * declaraties of every size, a few broken files. Identificaties as real systems write them: each
 * sender's system has its own style (a plain sequence number, a 12-digit number, letters with
 * dashes). A few messages are stored twice in their box (a download and its unpacked copy), and
 * a few files are no messages at all (notes, CSV exports, Thumbs.db, marker files). Deterministic
 * from the seed.
 *
 * With --every-finding the same mix is written so that every file has a finding: no retour
 * answers a heen, so every heen is unanswered or awaits its retour and every retour has no heen
 * (for the check that a tree full of findings needs at most twice the memory of one without).
 *
 *   npm run bench:gen -- --files 100000 --out bench-out/tree-100000 [--seed 2018] [--every-finding]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildZip } from '../../test/support/zip.js';
import {
  buildMessage,
  clients,
  type Client,
  type MessageSpec,
} from '../../test/support/messages.js';

export interface TreeStats {
  readonly files: number;
  readonly bytes: number;
}

/** mulberry32: small, fast and the same on every machine. */
const random = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const gemeente = '0363';
const people: Client[] = Object.values(clients);

/** How a sender's system numbers its messages; a retour is numbered by its own sender. */
type IdStyle = 'sequence' | 'twelve-digits' | 'dashed';
const idStyles: readonly IdStyle[] = ['sequence', 'twelve-digits', 'dashed'];

/** An Identificatie of at most 12 characters, unique per message number `n` and purpose. */
const identificatieOf = (style: IdStyle, n: number, purpose: 0 | 1 | 2): string => {
  // Purposes: 0 a heen, 1 its retour, 2 the heen a retour claims to answer (--every-finding).
  switch (style) {
    case 'sequence':
      return String(purpose * 10_000_000 + n);
    case 'twelve-digits':
      return String(201800000000 + purpose * 10_000_000 + n);
    case 'dashed':
      return `${['ZA', 'RT', 'XX'][purpose]}-18-${String(n).padStart(6, '0')}`;
  }
};

/** Files a beheerder's folders hold besides messages (spec §1): never judged, only counted. */
const notes: readonly (readonly [string, Buffer])[] = [
  ['LEESMIJ.txt', Buffer.from('Niet versturen voor 29 maart\r\n')],
  ['overzicht.csv', Buffer.from('\ufeffBSN;Naam;Status\r\n', 'utf8')],
  ['Thumbs.db', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
  ['batch.ok', Buffer.alloc(0)],
];

export interface TreeOptions {
  /** Every file gets a finding: no retour answers a heen. */
  readonly everyFinding?: boolean;
}

export const generateTree = (
  out: string,
  files: number,
  seed = 2018,
  zipped = 0,
  options: TreeOptions = {},
): TreeStats => {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    let r = rnd() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of table) if ((r -= weight) < 0) return value;
    return table[0]![0];
  };
  const aanbieders = Array.from({ length: 200 }, (_, i) =>
    String(70000000 + i * 7919).padStart(8, '0'),
  );
  fs.rmSync(out, { recursive: true, force: true });
  let written = 0;
  let bytes = 0;
  const madeDirs = new Set<string>();
  // A share of what was received arrives as VECOZO-style downloads: ZIP archives of 30 messages.
  let bucket: { name: string; content: string }[] = [];
  let downloads = 0;
  const flush = () => {
    if (bucket.length === 0) return;
    const dir = path.join(out, 'received', 'downloads');
    fs.mkdirSync(dir, { recursive: true });
    const archive = buildZip(bucket);
    fs.writeFileSync(
      path.join(dir, `download-${String(++downloads).padStart(5, '0')}.zip`),
      archive,
    );
    bytes += archive.length;
    bucket = [];
  };
  const write = (box: string, day: string, name: string, content: string | Buffer) => {
    if (box === 'received' && zipped > 0 && rnd() < zipped) {
      bucket.push({ name: `berichten/${name}`, content: content.toString() });
      written++;
      if (bucket.length === 30) flush();
      return;
    }
    const dir =
      box === 'outbox' || box === 'inbox' ? path.join(out, box) : path.join(out, box, day);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    fs.writeFileSync(path.join(dir, name), content);
    written++;
    bytes += Buffer.byteLength(content);
  };
  /** Now and then the same bytes again in the same box, as an unpacked download leaves them. */
  const writeMaybeTwice = (box: string, day: string, name: string, content: string) => {
    write(box, day, name, content);
    if (rnd() < 0.002 && written < files) write(box, day, `kopie-${name}`, content);
  };
  /** A retour with a client block, as the chain's retours carry one (1–3 kB). */
  const retourText = (spec: MessageSpec, client: Client) => {
    const text = buildMessage(spec);
    const p = `${spec.message.toLowerCase()}:`;
    const b = spec.message.startsWith('WMO') ? 'iwmo' : 'ijw';
    const body = `  <${p}Clienten><${p}Client><${p}Bsn>${client.bsn}</${p}Bsn><${p}Geboortedatum><${b}:Datum>${client.geboortedatum}</${b}:Datum></${p}Geboortedatum><${p}Naam><${b}:Geslachtsnaam><${b}:Naam>${client.geslachtsnaam}</${b}:Naam></${b}:Geslachtsnaam></${p}Naam><${p}RetourCodes><${p}RetourCode>0200</${p}RetourCode></${p}RetourCodes></${p}Client></${p}Clienten>\n`;
    return text.replace(`</${p}Bericht>`, `${body}</${p}Bericht>`);
  };
  // A gemeente's exchanges: most heenberichten come in (declaraties above all), toewijzingen go out.
  const incoming = [
    ['303', 60],
    ['305', 14],
    ['307', 10],
    ['315', 8],
  ] as const;
  let n = 0;
  while (written < files) {
    n++;
    const std = rnd() < 0.5 ? 'WMO' : 'JW';
    const outgoing = rnd() < 0.12;
    const number = outgoing ? '301' : weighted(incoming);
    const heen = `${std}${number}`;
    const retour = `${std}${String(Number(number) + 1)}`;
    const aanbieder = pick(aanbieders);
    // The gemeente's system writes sequence numbers; each aanbieder's its own style.
    const styleOf = (code: string) =>
      code === gemeente ? 'sequence' : (idStyles[Number(code) % idStyles.length] as IdStyle);
    const heenSender = outgoing ? gemeente : aanbieder;
    const retourSender = outgoing ? aanbieder : gemeente;
    const client = pick(people);
    const month = 1 + Math.floor(rnd() * 3);
    const date = `2018-0${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const id = identificatieOf(styleOf(heenSender), n, 0);
    const big = rnd() < 0.004;
    const lines =
      number === '303'
        ? big
          ? 400 + Math.floor(rnd() * 3600)
          : 3 + Math.floor(rnd() * 50)
        : undefined;
    const spec: MessageSpec = {
      message: heen,
      afzender: outgoing ? gemeente : aanbieder,
      ontvanger: outgoing ? aanbieder : gemeente,
      identificatie: id,
      dagtekening: date,
      client,
      ...(lines === undefined
        ? {}
        : { lines, ...(rnd() < 0.3 ? { code: std === 'WMO' ? '448' : '450' } : {}) }),
    };
    // Where the pair stands: mostly closed in the archives; some still in the boxes; a few open.
    const place = rnd();
    const inBoxes = 0.05;
    const retourWaiting = 0.11;
    const heenBox = outgoing
      ? place < inBoxes
        ? 'outbox'
        : 'sent'
      : place < inBoxes
        ? 'inbox'
        : 'received';
    const retourBox =
      place < inBoxes
        ? null
        : place < retourWaiting
          ? outgoing
            ? 'inbox'
            : 'outbox'
          : rnd() < 0.02
            ? null
            : outgoing
              ? 'received'
              : 'sent';
    if (rnd() < 0.001 && written < files) {
      const [name, content] = pick(notes);
      write(heenBox, date, `${n}-${name}`, content);
    }
    const text = buildMessage(spec);
    writeMaybeTwice(
      heenBox,
      date,
      `${heen.toLowerCase()}-${id}.xml`,
      rnd() < 0.001 ? text.slice(0, text.length >> 1) : text,
    );
    if (retourBox !== null && written < files) {
      const retourSpec: MessageSpec = {
        ...spec,
        message: retour,
        client: undefined,
        lines: undefined,
        code: undefined,
        // With --every-finding, the retour answers a heen that is in no folder.
        ...(options.everyFinding
          ? { identificatie: identificatieOf(styleOf(heenSender), n, 2) }
          : {}),
        retour: { identificatie: identificatieOf(styleOf(retourSender), n, 1), dagtekening: date },
      };
      writeMaybeTwice(
        retourBox,
        date,
        `${retour.toLowerCase()}-${id}.xml`,
        retourText(retourSpec, client),
      );
    }
  }
  flush();
  return { files: written, bytes };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '10000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '2018' },
      zipped: { type: 'string', default: '0' },
      'every-finding': { type: 'boolean', default: false },
    },
  });
  const files = Number(values.files);
  const out = values.out ?? `bench-out/tree-${files}`;
  const started = performance.now();
  const stats = generateTree(out, files, Number(values.seed), Number(values.zipped), {
    everyFinding: values['every-finding'],
  });
  console.log(
    `wrote ${stats.files} files, ${(stats.bytes / 1e6).toFixed(0)} MB (${(stats.bytes / stats.files / 1000).toFixed(1)} kB a file) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
