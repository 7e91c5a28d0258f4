import type { DeadlineId } from '../../data/timetable.js';
import type { WordContext, Words } from './Words.js';

const id = (identificatie: string | null) => (identificatie === null ? '' : ` (${identificatie})`);
const aan = (who: string | null) => (who === null ? '' : ` aan ${who}`);
const van = (who: string | null) => (who === null ? '' : ` van ${who}`);
const at = (line: number | null, column: number | null) =>
  line === null ? '' : ` op regel ${line}${column === null ? '' : `, kolom ${column}`}`;

const geblokkeerd = (since: DeadlineId | null, c: WordContext) =>
  since === null
    ? ''
    : `; geblokkeerd sinds ${c.when(since)}: het kan niet meer in 2.1 worden verstuurd`;

export const nl: Words = {
  lang: 'nl',
  finding: {
    'unsent-heen': (a, c) =>
      `heenbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} staat nog klaar om te versturen` +
      (a.sendableUntil === null
        ? ''
        : `; de deadline is verstreken, maar de keten neemt het nog aan tot ${c.when(a.sendableUntil)}`) +
      geblokkeerd(a.blockedSince, c),
    'unsent-retour': (a, c) =>
      `retourbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} staat nog klaar om te versturen` +
      geblokkeerd(a.blockedSince, c),
    unread: (a) => `${a.message}${van(a.counterpart)}${id(a.identificatie)} is nog niet ingelezen`,
    unanswered: (a) =>
      `heenbericht ${a.message}${van(a.counterpart)}${id(a.identificatie)} heeft geen retourbericht, verstuurd of klaarstaand`,
    'awaiting-retour': (a) =>
      `heenbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} is verstuurd, maar er kwam geen retourbericht`,
    rejected: (a) =>
      `heenbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} is afgekeurd (RetourCode ${a.retourCodes.join(', ')}): corrigeer het en verstuur het opnieuw`,
    'duplicate-retour': (a) =>
      `${a.count} retourberichten ${a.message} beantwoorden hetzelfde heenbericht${id(a.identificatie)}; de keten staat er één toe`,
    'retour-without-heen': (a) =>
      `retourbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} staat klaar, maar het heenbericht staat in geen enkele map: beantwoorden we iets dat we nooit ontvingen?`,
    'archived-retour-without-heen': (a) =>
      `retourbericht ${a.message}${id(a.identificatie)} in het archief heeft geen heenbericht in een map (archieven worden vaak opgeschoond)`,
    'duplicate-identificatie': (a) =>
      `${a.sender} gebruikte Identificatie ${a.identificatie} voor ${a.count} berichten ${a.message}; de keten keurt de herhaling af (RetourCode 9056)`,
    'release-mismatch': (a) =>
      `${a.message} van release ${a.release} beantwoordt een heenbericht van release ${a.heenRelease}; een bericht kan alleen in zijn eigen release worden beantwoord`,
    'early-2.2': (a) =>
      `${a.message} van release ${a.release} staat klaar; het kan pas worden afgeleverd als ${a.release} live is`,
    'other-release': (a) =>
      `${a.message ?? 'bericht'} van release ${a.release}: hoort niet bij deze migratie`,
    'other-standard': (a) =>
      `een bericht van een andere standaard (${a.standard}), geen iWmo of iJw`,
    'wrong-direction': (a) =>
      `${a.message} in de ${a.box === 'outbox' ? 'outbox' : a.box === 'inbox' ? 'inbox' : 'archiefmap'}: een ${a.role} ${a.box === 'outbox' || a.box === 'sent' ? 'verstuurt' : 'ontvangt'} dit bericht niet`,
    'not-addressed': (a) =>
      `${a.message} is gericht aan ${a.receiver ?? 'niemand'}, geen van ${a.org.join(', ')}`,
    'link-outside': () => 'een koppeling die buiten de map leidt; niet gevolgd',
    copy: (a) =>
      `dezelfde bytes staan ${a.copies === 1 ? 'nog een keer' : `nog ${a.copies} keer`} in deze map (zie related); één keer beoordeeld, hier`,
    'unsafe-entry-name': (a) =>
      `een ZIP-archief met ${a.count} ${a.count === 1 ? 'bestand' : 'bestanden'} met een naam buiten het archief (${a.entries.join(', ')}); gelezen, nergens geschreven`,
    'envelope-error': (a) =>
      `een StUF-foutbericht (Fo01${a.code === null ? '' : `, code ${a.code}`}): een bericht via het GGk is geweigerd`,
    unreadable: (a) =>
      ({
        permission: 'kan niet worden gelezen: geen toegang',
        vanished: 'verdween terwijl de mappen werden gelezen',
        'too-large': `groter dan de grens van ${Math.round((a.limit ?? 0) / 1048576)} MiB; niet gelezen`,
        'not-a-file': 'geen gewoon bestand; niet gelezen',
        io: `kan niet worden gelezen (${a.code ?? 'fout'})`,
        encrypted: 'een versleuteld bestand in een ZIP-archief; het kan niet worden gelezen',
        'zip-bomb':
          'een ZIP-bestand dat veel groter uitpakt dan een bericht ooit is (een ZIP-bom?); niet uitgepakt',
        'nested-too-deep': 'een ZIP in een ZIP in een ZIP; er wordt maar één laag uitgepakt',
        'too-many-entries':
          'een ZIP-archief met veel meer bestanden dan een download bevat; niet uitgepakt',
      })[a.reason],
    malformed: (a) =>
      ({
        empty: 'leeg bestand',
        binary: 'binaire gegevens, geen bericht',
        text: 'tekst, geen bericht: een mislukte download of een bestand onder de verkeerde naam?',
        'utf16-without-bom': 'UTF-16-tekst zonder byte-order mark',
        'bad-encoding': 'bytes die niet kloppen met de opgegeven tekenset',
        'unsupported-encoding': 'een tekenset die het hulpmiddel niet leest',
        'declaration-not-at-start': 'XML-declaratie na witruimte',
        doctype: 'bevat een DOCTYPE, wat berichten nooit doen; niet verwerkt',
        'not-well-formed': `geen geldige XML${at(a.line, a.column)}`,
        truncated:
          'het bestand houdt op voordat de elementen gesloten zijn: afgebroken tijdens schrijven of downloaden?',
        'too-deep': 'te diep genest voor een bericht',
        'header-incomplete': `de header mist ${a.detail ?? 'een verplicht veld'}`,
        'header-invalid': `${a.detail ?? 'een veld'} in de header heeft een waarde van de verkeerde vorm`,
        'header-too-large': 'een header of root-element veel groter dan een bericht ooit heeft',
        'zip-broken': 'een kapot ZIP-archief (afgebroken of beschadigd)',
        'base64-broken': 'een envelop waarvan het bericht geen geldige base64 is',
        'ei-broken': 'een kapot EI-bestand (geen record 01 of geen sluitrecord 99)',
      })[a.reason],
    unrecognised: (a) =>
      ({
        'no-bericht': `geldige XML, maar geen bericht van een iStandaard (root ${a.root ?? '?'}${a.namespace === null ? '' : ` in ${a.namespace}`})`,
        'no-header': 'een iWmo/iJw-bericht zonder Header',
        'unknown-message': `deze release kent geen bericht ${a.root ?? '?'} in ${a.namespace ?? '?'}`,
        'zip-in-envelope': 'een envelop met een ZIP-archief in plaats van een bericht',
      })[a.reason],
    inconsistent: (a) =>
      ({
        standard: `namespace ${a.namespace} mengt twee standaarden`,
        'namespace-version': `namespace ${a.namespace} noemt twee releases`,
        version: `namespace ${a.namespace} en BerichtVersie/BerichtSubversie ${a.version ?? '?'} spreken elkaar tegen`,
        code: `namespace ${a.namespace} en BerichtCode ${a.berichtCode ?? '?'} spreken elkaar tegen`,
        envelope: `de envelop zegt ${a.functie ?? '?'}, het bericht erin is ${a.berichtCode ?? 'een ander'}`,
      })[a.reason],
  },
  hint: {
    copy: 'Niets te doen: kopieën van één bericht tellen één keer.',
    'unsent-heen': 'Verstuur het voor de deadline, of trek het in uw systeem in.',
    'unsent-retour': 'Verstuur het retourbericht voor de deadline.',
    unread: 'Lees het bericht in uw systeem in.',
    unanswered: 'Verwerk het bericht en verstuur het retourbericht voor de retourblokkade.',
    'awaiting-retour':
      'Vraag de ontvanger om het retourbericht; na de retourblokkade kan het paar niet meer in 2.1 worden gesloten.',
    rejected: 'Corrigeer het bericht en verstuur het opnieuw voor de deadline.',
    'duplicate-retour': 'Stem met de afzender af welk retourbericht klopt; trek het andere in.',
    'retour-without-heen':
      'Controleer of het heenbericht echt is ontvangen voordat u dit retourbericht verstuurt.',
    'archived-retour-without-heen':
      'Niets te doen als het archief is opgeschoond; zoek anders het heenbericht.',
    'duplicate-identificatie':
      'Geef elk bericht een eigen Identificatie; vraag uw leverancier als het systeem ze herhaalt.',
    'release-mismatch': 'Beantwoord het heenbericht in zijn eigen release.',
    'early-2.2': 'Houd het vast tot 2.2 live is; eerder kan het niet worden afgeleverd.',
    'other-release':
      'Hoort niet bij deze migratie; haal het uit de map als het daar niet thuishoort.',
    'other-standard':
      'Geen iWmo of iJw; behandel het volgens zijn eigen standaard, of sluit de map uit met --exclude.',
    'wrong-direction':
      'Controleer wiens map dit is (--role, --org) en waar dit bestand vandaan komt.',
    'not-addressed':
      'Controleer --org, of stuur het bericht door naar de organisatie waarvoor het bedoeld is.',
    'unsafe-entry-name':
      'Vraag de afzender waar het archief vandaan komt; zulke namen zijn een truc om buiten een map te schrijven.',
    'envelope-error':
      'Zoek het geweigerde bericht op via de referentie in uw systeem, corrigeer het en verstuur het opnieuw.',
    'link-outside': 'Zet het doel in de map, of noem de map van het doel op de opdrachtregel.',
    unreadable:
      'Geef het hulpmiddel leesrechten, of draai opnieuw als het bestand nog werd geschreven.',
    malformed:
      'Open het bestand in uw systeem: herstel het, of vraag de afzender het opnieuw te sturen.',
    unrecognised: 'Haal bestanden die geen bericht zijn uit de map, of sluit ze uit met --exclude.',
    inconsistent:
      'De header spreekt zichzelf tegen: vraag de afzender of uw leverancier om een correct bericht.',
  },
  hintLate: {
    'unsent-heen':
      'Het kan niet meer in 2.1 worden verstuurd: trek het in uw systeem in en spreek met de ontvanger af hoe het in 2.2 wordt afgehandeld.',
    sendable: 'De deadline is verstreken, maar de keten vervoert het nog: verstuur het meteen.',
    'unsent-retour':
      'Het kan niet meer in 2.1 worden verstuurd: trek het in uw systeem in en spreek met de afzender van het heenbericht af hoe het in 2.2 wordt afgehandeld.',
    unanswered:
      'Het kan niet meer in 2.1 worden beantwoord: spreek met de afzender af hoe het in 2.2 wordt afgehandeld.',
    rejected:
      'De deadline is verstreken: corrigeer het, verstuur het opnieuw zolang de keten het nog vervoert, en handel het anders in 2.2 af.',
  },
  notice: {
    'no-files':
      'In de outbox en inbox is geen enkel bestand gevonden. Kloppen de paden? (Lege mappen zijn het doel; met --fail-on-empty is dit een fout.)',
  },
  deadline: {
    D1: 'alle declaraties en facturen verstuurd (303)',
    D2: 'alle verzoeken om toewijzing verstuurd (JW315)',
    D3: 'alle toewijzingen verstuurd (301)',
    D4: 'alle retourberichten op toewijzingen verstuurd (302)',
    D5: 'alle retourberichten verstuurd (304, JW316)',
    D6: 'alles van het Inlichtingenbureau-portaal ingelezen',
    D7: 'alles van het VECOZO-portaal ingelezen',
    B1: 'alle 2.1-heenberichten geblokkeerd',
    B2: 'alle 2.1-retourberichten geblokkeerd; het verkeer ligt stil',
    B3: 'transitie: geen verkeer',
    B4: '2.2 live',
  },
  status: {
    open: 'open',
    missed: 'verstreken',
    error: 'fout',
    warning: 'waarschuwing',
    info: 'info',
    met: 'gehaald',
    unknown: 'onbekend',
    'not-applicable': 'niet van toepassing',
  },
  phase: {
    afsluiting: 'afsluiting (2.1 afronden)',
    transitie: 'transitie (geen verkeer)',
    ingebruikname: 'ingebruikname (2.2 live)',
  },
  verdict: { ready: 'KLAAR', 'not-ready': 'NIET KLAAR', missed: 'DEADLINE VERSTREKEN' },
  role: { gemeente: 'gemeente', aanbieder: 'aanbieder' },
  box: {
    outbox: 'outbox',
    inbox: 'inbox',
    sent: 'archief verzonden',
    received: 'archief ontvangen',
  },
  weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  dateTime: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hh}.${p.mm} uur`,
  timeLeft: ({ days, hours, minutes }) =>
    days > 0 ? `nog ${days} d ${hours} u` : hours > 0 ? `nog ${hours} u` : `nog ${minutes} min`,
  passed: 'verstreken',
  labels: {
    moment: 'Moment',
    phase: 'Fase',
    role: 'Rol',
    roleUnknown: 'onbekend (geen berichten)',
    roleFrom: { flag: 'opgegeven', org: 'uit --org', files: 'afgeleid uit de berichten', none: '' },
    org: 'Org',
    endState: 'Eindtoestand Fase 1 Afsluiting',
    nothingToSend: 'niets meer te versturen',
    allReadIn: 'alles ontvangen is ingelezen',
    allRetoursSent: 'alle retourberichten verstuurd',
    unverified: 'niet bewezen: geef ook --sent en --received om ingelezen berichten te controleren',
    open: (n) => `${n} open`,
    unknown: (n) =>
      `onbekend: ${n} ${n === 1 ? 'bestand' : 'bestanden'} met een fout kan zo'n bericht zijn`,
    deadlines: 'Deadlines',
    todo: 'Te doen',
    nothingTodo: 'Niets meer te doen.',
    problems: 'Waarschuwingen en fouten',
    files: 'Bestanden',
    ignoredFiles: 'Geen berichten (genegeerd)',
    counterparts: 'Open paren per partij',
    more: (n) => `… en nog ${n} (--verbose toont ze allemaal)`,
    counterpart: (p) =>
      `${p.role ?? 'partij'} ${p.code}: ${[
        ...p.theyOwe.map((o) => `${o.count} × ${o.heen} wachten op hun ${o.retour}`),
        ...p.weOwe.map((o) => `${o.count} × ${o.heen} wachten op onze ${o.retour}`),
      ].join('; ')}`,
    portal: (role) =>
      role === 'gemeente'
        ? 'Download alles van het Inlichtingenbureau-portaal (berichten van 29 maart staan er vanaf 16.00 uur) en draai opnieuw.'
        : role === 'aanbieder'
          ? 'Download alles van het VECOZO-portaal en draai opnieuw.'
          : 'Download alles van uw portaal (Inlichtingenbureau of VECOZO) en draai opnieuw.',
    summary: (c) =>
      `${c.files} ${c.files === 1 ? 'bestand' : 'bestanden'} (${c.ignored} genegeerd) · ${c.open} open · ${c.missed} verstreken · ${c.errors} ${c.errors === 1 ? 'fout' : 'fouten'} · ${c.warnings} ${c.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  },
};
