import { closest } from '../../core/closest.js';
import type { SchemaProblem } from '../../core/UsageProblem.js';
import { formatNames } from '../../report/reporters.js';
import { printable } from '../../report/printable.js';
import type { CliWords } from './CliWords.js';
import { exampleOrg, exampleValue, isoWall, jsonText, orgGuess, orList } from './shared.js';

const typeName: Readonly<Record<string, string>> = {
  string: 'tekst tussen aanhalingstekens',
  array: 'een lijst [ … ]',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object { … }',
  null: 'null',
};

const value = (v: unknown): string => (v === undefined ? 'niets' : jsonText(v));

const schemaProblem = (p: SchemaProblem): string => {
  switch (p.kind) {
    case 'not-json':
      return p.line === null
        ? 'dit is geen geldige JSON. Controleer de komma’s, aanhalingstekens en haakjes.'
        : `dit is geen geldige JSON (regel ${p.line}, kolom ${p.column}). Controleer daar de komma’s, aanhalingstekens en haakjes.`;
    case 'unknown-key': {
      const guess = closest(p.key, p.allowed);
      return `onbekende sleutel "${p.path}". De sleutels heten als de opties: ${p.allowed.join(', ')}.${guess === null ? '' : ` Bedoelde u "${guess}"?`}`;
    }
    case 'enum': {
      const guess = typeof p.value === 'string' ? closest(p.value, p.allowed.map(String)) : null;
      return `"${p.path}" is ${value(p.value)}; kies ${orList(p.allowed.map(jsonText), 'of')}.${guess === null ? '' : ` Bedoelde u "${guess}"?`}`;
    }
    case 'min-items':
      return `"${p.path}" is een lege lijst; geef er ${p.min === 1 ? 'minstens één' : `minstens ${p.min}`}, bijvoorbeeld "${p.path}": ["${p.path.startsWith('org') ? '0363' : 'uit'}"]. Met een lege lijst wordt niets beoordeeld en lijkt alles klaar.`;
    case 'min-length':
      return `"${p.path}" is leeg; vul een waarde in.`;
    case 'type': {
      const lead =
        p.path.startsWith('org') && typeof p.value === 'number'
          ? ` Een code houdt zijn voorloopnul alleen tussen aanhalingstekens: "org": "${exampleOrg(p.value)}".`
          : '';
      return `${p.path === '' ? 'het bestand' : `"${p.path}"`} moet ${orList(
        p.expected.map((t) => typeName[t] ?? t),
        'of',
      )} zijn, niet ${value(p.value)}.${lead}`;
    }
    case 'pattern':
      return p.path.startsWith('org')
        ? `"${p.path}" is "${p.value}": een gemeentecode heeft 4 cijfers (bijvoorbeeld "0363"), een AGB-code 8.`
        : `"${p.path}" is "${p.value}" en heeft niet de vereiste vorm (${p.pattern}).`;
    case 'range':
      return `"${p.path}" is ${p.value}; geef een getal${p.min === null ? '' : ` vanaf ${p.min}`}${p.max === null ? '' : ` tot en met ${p.max}`}.`;
    case 'other':
      return `"${p.path}" voldoet niet aan het schema (regel "${p.keyword}").`;
  }
};

const orgAdvice = (code: string): string => {
  if (/^GM\d{4}$/i.test(code)) return `laat "GM" weg: --org ${code.slice(2)}.`;
  if (/^\d{1,3}$/.test(code))
    return `een gemeentecode heeft 4 cijfers, met de voorloopnul: --org ${code.padStart(4, '0')}.`;
  const guess = orgGuess(code);
  return `een gemeentecode heeft 4 cijfers (bijvoorbeeld 0363), een AGB-code 8.${guess === null ? '' : ` Bedoelde u ${guess}?`}`;
};

const roleName = { gemeente: 'gemeente', aanbieder: 'zorgaanbieder' } as const;

export const nl: CliWords = {
  lang: 'nl',
  problem: {
    'unknown-option': (p) =>
      `${p.flag}: deze optie bestaat niet.${p.suggestion === null ? '' : ` Bedoelde u ${p.suggestion}?`}`,
    'option-missing-value': (p) =>
      `${p.flag} heeft een waarde nodig, bijvoorbeeld ${p.flag} ${exampleValue(p.flag)}.`,
    'excess-arguments': (p) =>
      `${p.args.map((a) => printable(a)).join(' ')}: een waarde zonder optie ervoor. Geef mappen op met --outbox, --inbox, --sent en --received.`,
    'command-line': (p) => `de opdracht klopt niet (${p.detail}).`,
    'file-missing': (p) =>
      `${printable(p.file)}: dit bestand bestaat niet (of het archief heeft die naam niet).`,
    'unknown-rule': (p) =>
      `${printable(p.rule)}: deze regel bestaat niet.${p.suggestion === null ? '' : ` Bedoelde u ${p.suggestion}?`} De regels staan in de README onder Rules.`,
    choice: (p) =>
      `${p.flag} ${p.value}: kies ${orList(p.choices, 'of')}.${p.suggestion === null ? '' : ` Bedoelde u ${p.flag} ${p.suggestion}?`}`,
    'folders-required': (p) =>
      `geef ${p.missing.length === 2 ? 'zowel --outbox als --inbox' : `ook ${p.missing.join('')}`} op (op de opdrachtregel of in het configuratiebestand): de eindstand gaat over allebei. Bijvoorbeeld:\n  check-ready --outbox D:\\Berichten\\Uit --inbox D:\\Berichten\\In`,
    'config-missing': (p) => `--config ${printable(p.file)}: dit bestand bestaat niet.`,
    'config-unreadable': (p) =>
      `${printable(p.file)}: kan niet worden gelezen (${p.reason}). Start de controle als een gebruiker die het mag lezen.`,
    schema: (p) =>
      p.problems.length === 1
        ? `${printable(p.file)}: ${schemaProblem(p.problems[0]!)}`
        : [`${printable(p.file)}:`, ...p.problems.map((x) => `  ${schemaProblem(x)}`)].join('\n'),
    'output-without-format': (p) =>
      `--output ${printable(p.file)}: zet dit direct na de --format waarvan het het rapport bevat, bijvoorbeeld --format json --output ${printable(p.file)}.`,
    'outputs-outnumber-formats': (p) =>
      `${p.outputs} uitvoerbestanden voor ${p.formats} formaten: geef elk uitvoerbestand een formaat, in dezelfde volgorde.`,
    'terminal-formats': (p) =>
      `${p.formats.map((f) => `--format ${f}`).join(' en ')} hebben geen --output: er past maar één rapport op het scherm. Geef de andere een --output direct na hun --format.`,
    jobs: (p) => `--jobs ${p.value}: geef een geheel aantal threads van 1 tot en met 64.`,
    'root-missing': (p) =>
      `${p.fromEnv ?? '--root'} ${printable(p.given)}: deze map bestaat niet. Geef met --root de map op waartegen machineformaten paden schrijven.`,
    'verbose-and-quiet': () => '--verbose en --quiet spreken elkaar tegen: kies er één.',
    at: ({ error, today }) => {
      switch (error.kind) {
        case 'invalid':
          return `--at ${error.text}: onbekend tijdstip. Schrijf jaar-maand-dag en tijd, bijvoorbeeld --at "2020-03-25 12:00" (Nederlandse tijd).`;
        case 'day-first':
          return error.time === null
            ? `--at ${error.text}: zet het jaar voorop en geef ook een tijd, bijvoorbeeld --at "${error.date} 12:00" (Nederlandse tijd).`
            : `--at ${error.text}: zet het jaar voorop: --at "${error.date} ${error.time}" (Nederlandse tijd).`;
        case 'date-only':
          return `--at ${error.text}: geef ook een tijd, bijvoorbeeld --at "${error.date} 12:00" (Nederlandse tijd).`;
        case 'time-only':
          return `--at ${error.text}: geef ook een datum, bijvoorbeeld vandaag: --at "${today} ${error.time}" (Nederlandse tijd).`;
        case 'nonexistent':
          return `--at ${error.text}: dit tijdstip bestaat niet in Nederland (de klok springt dan een uur vooruit, begin zomertijd). Kies een tijd buiten dat uur, of geef het verschil met UTC op, bijvoorbeeld --at ${isoWall(error.text)}${error.before}.`;
        case 'ambiguous':
          return `--at ${error.text}: dit tijdstip komt in Nederland twee keer voor (de klok gaat een uur terug, einde zomertijd). Geef aan welk u bedoelt met het verschil met UTC: --at ${isoWall(error.text)}${error.offsets[0]} of --at ${isoWall(error.text)}${error.offsets[1]}.`;
      }
    },
    role: ({ error }) => {
      switch (error.kind) {
        case 'org-invalid':
          return `--org ${error.code}: ${orgAdvice(error.code)}`;
        case 'org-mixed':
          return `--org ${error.codes.join(' ')}: hier staan gemeentecodes en AGB-codes door elkaar. Geef de codes van één organisatie op.`;
        case 'role-contradicts-org':
          return `--role ${error.role} spreekt --org tegen: die codes horen bij een ${roleName[error.orgRole]}. Laat een van beide weg of verbeter het.`;
        case 'conflicting-files':
          return [
            'De berichten spreken elkaar tegen over wiens mappen dit zijn. Bestanden die alleen een gemeente zou hebben:',
            ...error.gemeente.map((p) => `  ${printable(p)}`),
            'Bestanden die alleen een zorgaanbieder zou hebben:',
            ...error.aanbieder.map((p) => `  ${printable(p)}`),
            'Geef aan wie u bent met --role gemeente of --role aanbieder (of --org met uw code).',
          ].join('\n');
        case 'swapped-folders':
          return [
            error.byOrg
              ? 'Zijn --outbox en --inbox verwisseld? Geen bericht in de outbox is verstuurd door de codes van --org, en geen bericht in de inbox is aan hen gericht.'
              : 'Zijn --outbox en --inbox verwisseld? De outbox bevat berichten van verschillende afzenders, allemaal aan één code, en de berichten in de inbox komen allemaal van die code.',
            `  outbox: ${printable(error.outbox)}`,
            `  inbox:  ${printable(error.inbox)}`,
            error.byOrg
              ? 'Geef de mappen andersom op, of controleer --org.'
              : 'Geef de mappen andersom op, of geef met --org aan wie u bent.',
          ].join('\n');
        case 'org-unmatched':
          return [
            `--org ${error.org.join(' ')} komt in geen enkel bericht voor: de outbox is verstuurd door ${error.codes.join(', ')}, en de inbox is aan ${error.codes.length === 1 ? 'die code' : 'die codes'} gericht.`,
            `  outbox: ${printable(error.outbox)}`,
            `  inbox:  ${printable(error.inbox)}`,
            `Controleer --org: deze mappen zijn van ${error.codes.join(', ')}.`,
          ].join('\n');
      }
    },
    'folder-missing': (p) =>
      `${p.flag} ${printable(p.given)}: deze map bestaat niet (gezocht als ${printable(p.absolute)}). Controleer het pad; een lege map mag, een ontbrekende niet.`,
    'folder-not-folder': (p) =>
      `${p.flag} ${printable(p.given)} is een bestand. Geef de map op waarin de berichten staan, bijvoorbeeld ${p.flag} ${p.flag.slice(2)}.`,
    'folder-unreadable': (p) =>
      `${p.flag} ${printable(p.given)}: deze map kan niet worden gelezen (${p.reason}). Start de controle als een gebruiker die hem mag lezen.`,
    'folders-same': (p) =>
      `${p.first.flag} ${printable(p.first.given)} en ${p.second.flag} ${printable(p.second.given)} zijn dezelfde map. Geef elke map maar één keer op.`,
    'folders-overlap': (p) =>
      `${p.first.flag} ${printable(p.first.given)} en ${p.second.flag} ${printable(p.second.given)} overlappen: de ene map ligt in de andere. Geef mappen op die elkaar niet bevatten.`,
    'output-folder-missing': (p) =>
      `${p.flag} ${printable(p.file)}: de map ${printable(p.folder)} bestaat niet.`,
    'output-inside-scanned': (p) =>
      `${p.flag} ${printable(p.file)} ligt in de gecontroleerde map ${printable(p.folder)}; daar schrijft de controle nooit. Schrijf het rapport ergens anders heen.`,
    'output-unwritable': (p) =>
      `kan ${printable(p.file)} niet schrijven (${p.reason}). Kies een bestand waar u mag schrijven.`,
    'no-files': (p) =>
      `in de outbox (${p.outbox.map((f) => printable(f)).join(', ')}) en de inbox (${p.inbox.map((f) => printable(f)).join(', ')}) is geen enkel bestand gevonden, en met --fail-on-empty mag dat niet. Controleer de paden, of dat de taak die ze vult heeft gedraaid.`,
  },
  seeHelp: (tool) => `Zie ${tool} --help voor de opties.`,
  usingConfig: (file) => `instellingen uit ${printable(file)}`,
  internalError: (detail) =>
    `interne fout — de controle kon geen oordeel geven (${detail}). Meld dit alstublieft aan de leverancier of beheerder van de tool.`,
  progress: {
    reading: 'mappen lezen',
    files: (done, total) => `${done} van ${total} bestanden`,
  },
  summaryCut: '… (ingekort tot de 1 MiB van de samenvatting; zie het volledige rapport)',
  help: {
    description:
      'Controleert de iJw/iWmo-mappen van een gemeente of zorgaanbieder tegen het tijdpad voor het afsluiten van een release (Fase 1 Afsluiting).',
    usage: '[opties]',
    titles: {
      'Usage:': 'Gebruik:',
      'Options:': 'Opties:',
      'Arguments:': 'Argumenten:',
      'Commands:': 'Opdrachten:',
      'Global Options:': 'Algemene opties:',
    },
    option: {
      outbox: 'berichten die nog verstuurd moeten worden (uitmap) — verplicht',
      inbox: 'ontvangen berichten die nog niet zijn ingelezen (inmap) — verplicht',
      sent: 'archief van verstuurde berichten (met --received: toont dat elk retourbericht is verstuurd)',
      received: 'archief van ontvangen en ingelezen berichten',
      exclude: 'sla paden onder elke map over, bijvoorbeeld "verwerkt/**"',
      role: 'wiens verplichtingen gelden',
      org: 'eigen gemeentecode(s) of AGB-code(s)',
      at: 'beoordeel alsof het dit moment is: jaar-maand-dag en tijd in Nederlandse tijd, "jjjj-mm-dd uu:mm" (standaard: nu)',
      format: `uitvoerformaat: ${formatNames.join(', ')} (standaard: text); mag vaker, elk met zijn --output`,
      output:
        'schrijf het rapport van de --format ervoor naar dit bestand; het scherm toont dan het tekstrapport',
      lang: 'taal van het rapport, de foutmeldingen en deze hulp',
      jobs: 'threads die bestanden lezen en beoordelen (standaard: het aantal kernen, hoogstens 8)',
      root: 'schrijf paden in machineformaten ten opzichte van deze map (standaard: $GITHUB_WORKSPACE of $CI_PROJECT_DIR als die zijn gezet, anders de werkmap)',
      timetable: (shipped, fallback) =>
        `het tijdpad om tegen te toetsen: een tijdpadbestand, of de id van een tijdpad dat met check-ready wordt meegeleverd (${shipped.join(', ')}; standaard: ${fallback})`,
      config:
        'een configuratiebestand met dezelfde namen als deze opties (standaard: de dichtstbijzijnde check-ready.config.json, tot de hoofdmap van de repository)',
      failOnEmpty:
        'eindig met code 2 als de outbox en inbox geen enkel bestand bevatten (voor CI: een ontbrekend artefact mag niet slagen)',
      verbose: 'toon elk bestand',
      quiet: 'toon alleen de regel met het oordeel (meldingen over de run gaan naar standaardfout)',
      color: 'altijd kleur',
      noColor: 'nooit kleur',
      ascii:
        'teken de tijdlijn van het tekstrapport in gewone ASCII-tekens (vanzelf als de locale geen UTF-8 is)',
      help: 'toon deze hulp',
      box: 'beoordeel de bestanden alsof ze in deze map staan (standaard: waar --role of --org elk bericht bewaart, anders outbox)',
      check: 'controleer alleen dit tijdpadbestand: "geldig" en 0, of de problemen en 2',
      timetableFormat: 'uitvoerformaat: text of json (standaard: text)',
      version: 'toon het versienummer',
    },
    value: {
      dir: 'map',
      glob: 'patroon',
      role: 'rol',
      code: 'code',
      time: 'tijd',
      name: 'naam',
      file: 'bestand',
      timetable: 'bestand|id',
      lang: 'taal',
      n: 'aantal',
      box: 'map',
    },
    choices: (choices) => `(keuze: ${choices.join(', ')}; hoofd- of kleine letters)`,
    after: `
Exitcodes:
  0  klaar            niets open, gemist of fout (waarschuwingen en meldingen mogen)
  1  niet klaar       er staat nog iets open of fout, niets gemist: het kan nog op tijd
  3  deadline gemist  minstens één deadline is voorbij terwijl er nog werk open staat
  2  geen oordeel     verkeerd aangeroepen, een opgegeven map ontbreekt of is onleesbaar,
                      een onbekend --at-tijdstip, of een interne fout

Archieven: zonder --sent en --received ziet de controle alleen wat nog in de uit- en inmap staat.
Een heenbericht dat is ingelezen maar nooit beantwoord, blijft dan onzichtbaar ("allRetoursSent"
is dan niet gecontroleerd). Met beide archieven koppelt de controle elk heenbericht in de oude release aan zijn
retourbericht, over alle vier de mappen.

Tijden: --at "2020-03-25 16:30" (of 16.30) is Nederlandse tijd; --at 2020-03-25T17:00:00+01:00 is
een exact moment. Zonder --at beoordeelt de controle het huidige moment.`,
    commands: {
      timetable: {
        description:
          'toon het tijdpad voor een rol op een moment: elke regel op tijdsvolgorde, de stand, de fase; of controleer een tijdpadbestand met --check',
        usage: '[opties]',
        after: `
Exitcodes:
  0  het tijdpad is getoond, of het bestand bij --check is geldig
  2  geen antwoord: verkeerd aangeroepen, een onbekend --at-tijdstip, of een tijdpadbestand
     met problemen (op stderr)`,
      },
      explain: {
        description:
          'leg een regel uit (wat hij betekent, wat te doen), of berichtbestanden: wat elk is, welke regel van het tijdpad het bindt en hoe die staat, en wat te doen',
        usage: '[opties] <regel-id|bestand...>',
        argumentName: 'regel-id|bestand',
        argument:
          'een regel-id, zoals in een rapport (bijv. unsent-heen); of berichtbestanden, een ZIP-bestand als archief.zip!naam',
        after: `
Exitcodes:
  0  uitgelegd
  2  geen antwoord: verkeerd aangeroepen, de regel of het bestand bestaat niet, een onbekend
     --at-tijdstip of een tijdpadbestand met problemen`,
      },
    },
  },
};
