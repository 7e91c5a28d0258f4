/**
 * Messages as real systems write them, after the reproductions of defects found on real traffic:
 * `wmo301(id)` is a complete, XSD-valid WMO301 from gemeente 0363 to aanbieder 73730123,
 * `wmo302(id, idRetour)` its header-only retour. `id` is written into the XML as given, so
 * references and CDATA stay as written. Plus a temporary tree and an in-process run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../src/core/evaluate.js';
import { timetable2018 } from './timetable2018.js';
import { run } from '../../src/run.js';

const ns = 'http://www.istandaarden.nl/iwmo/2_1';

export const header = (code: string, id: string, extra = '') =>
  `<m:Header><m:BerichtCode>${code}</m:BerichtCode><m:BerichtVersie>2</m:BerichtVersie><m:BerichtSubversie>1</m:BerichtSubversie><m:Afzender>0363</m:Afzender><m:Ontvanger>73730123</m:Ontvanger><m:BerichtIdentificatie><iwmo:Identificatie>${id}</iwmo:Identificatie><iwmo:Dagtekening>2018-03-20</iwmo:Dagtekening></m:BerichtIdentificatie>${extra}</m:Header>`;

const body301 =
  '<m:Clienten><m:Client><m:Bsn>999990019</m:Bsn><m:Geboortedatum><iwmo:Datum>1952-11-03</iwmo:Datum><iwmo:DatumGebruik>1</iwmo:DatumGebruik></m:Geboortedatum><m:Geslacht>1</m:Geslacht><m:Naam><iwmo:Geslachtsnaam><iwmo:Naam>Bakker</iwmo:Naam></iwmo:Geslachtsnaam><iwmo:Voorletters>J</iwmo:Voorletters><iwmo:NaamGebruik>1</iwmo:NaamGebruik></m:Naam><m:Contactgegevens><m:Contact><m:Soort>01</m:Soort><m:Adres><iwmo:Huis><iwmo:Huisnummer>12</iwmo:Huisnummer></iwmo:Huis><iwmo:Postcode>1012AB</iwmo:Postcode><iwmo:Straatnaam>Kerkstraat</iwmo:Straatnaam><iwmo:Plaatsnaam>Amsterdam</iwmo:Plaatsnaam></m:Adres></m:Contact></m:Contactgegevens><m:Beschikking><m:BeschikkingNummer>20180112</m:BeschikkingNummer><m:Afgiftedatum>2018-01-15</m:Afgiftedatum><m:Ingangsdatum>2018-02-01</m:Ingangsdatum><m:BeschiktProducten><m:BeschiktProduct><m:Product><iwmo:Categorie>02</iwmo:Categorie><iwmo:Code>02A01</iwmo:Code></m:Product><m:Ingangsdatum>2018-02-01</m:Ingangsdatum></m:BeschiktProduct></m:BeschiktProducten><m:ToegewezenProducten><m:ToegewezenProduct><m:ToewijzingNummer>48213</m:ToewijzingNummer><m:Product><iwmo:Categorie>02</iwmo:Categorie><iwmo:Code>02A01</iwmo:Code></m:Product><m:Aanbieder>73730123</m:Aanbieder><m:Toewijzingsdatum>2018-01-15</m:Toewijzingsdatum><m:Toewijzingstijd>10:15:00</m:Toewijzingstijd><m:Ingangsdatum>2018-02-01</m:Ingangsdatum></m:ToegewezenProduct></m:ToegewezenProducten></m:Beschikking></m:Client></m:Clienten>';

export const wmo301 = (id: string, encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<m:Bericht xmlns:m="${ns}/wmo301/schema/2_1" xmlns:iwmo="${ns}/basisschema/schema/2_1">${header('414', id)}${body301}</m:Bericht>\n`;

export const wmo302 = (id: string, idRetour: string, ...codes: string[]) => {
  const rc =
    codes.length === 0
      ? ''
      : `<m:RetourCodes>${codes.map((c) => `<m:RetourCode>${c}</m:RetourCode>`).join('')}</m:RetourCodes>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<m:Bericht xmlns:m="${ns}/wmo302/schema/2_1" xmlns:iwmo="${ns}/basisschema/schema/2_1">${header('415', id, `<m:IdentificatieRetour>${idRetour}</m:IdentificatieRetour><m:DagtekeningRetour>2018-03-26</m:DagtekeningRetour>${rc}`)}</m:Bericht>\n`;
};

export type Tree = Readonly<Record<string, string | Uint8Array>>;

/** Writes the files (paths like `outbox/a.xml`) under a new temporary folder; outbox and inbox always exist. */
export const writeTree = (files: Tree): string => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-real-'));
  for (const box of ['outbox', 'inbox']) fs.mkdirSync(path.join(root, box));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
};

/** Runs the real pipeline on a folder with outbox/, inbox/ and, where they exist, the archives. */
export const runFolder = (root: string, at: number): Promise<Result> => {
  const box = (name: string) =>
    fs.existsSync(path.join(root, name)) ? [path.join(root, name)] : [];
  return run({
    folders: {
      outbox: box('outbox'),
      inbox: box('inbox'),
      sent: box('sent'),
      received: box('received'),
    },
    exclude: [],
    role: null,
    org: [],
    at,
    timetable: timetable2018,
    threads: 1,
  });
};

/** Runs the real pipeline on a tree; the archives are named when the tree has them. */
export const runTree = async (files: Tree, at = '2018-03-28T12:00:00+02:00'): Promise<Result> => {
  const root = writeTree(files);
  try {
    return await runFolder(root, Date.parse(at));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

/** The findings as `rule path` (path relative to the tree), sorted: what a reproduction shows. */
export const findingsOf = (result: Result): string[] =>
  result.findings
    .map((f) => `${f.rule} ${f.path.replace(/^.*?check-ready-real-[^/]*\//, '')}`)
    .sort();

/** The JSON `files` row of a path ending in `suffix`. */
export const fileRow = (result: Result, suffix: string) =>
  result.files.find((f) => f.path.endsWith(suffix));
