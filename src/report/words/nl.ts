import { roleOfCode } from '../../core/role.js';
import { messageNames, nameOf, namedMessage, retourOf, standardName } from './naming.js';
import type { MessageName, WordContext, Words } from './Words.js';

const fallbackName: MessageName = { one: 'bericht', many: 'berichten' };

const party = (code: string | null) => {
  if (code === null) return 'de ketenpartner';
  const role = roleOfCode(code);
  return role === null ? code : `${role} ${code}`;
};
const id = (identificatie: string | null) => (identificatie === null ? '' : ` (${identificatie})`);
const aan = (who: string | null) => (who === null ? '' : ` aan ${party(who)}`);
const van = (who: string | null) => (who === null ? '' : ` van ${party(who)}`);
const at = (line: number | null, column: number | null) =>
  line === null ? '' : ` op regel ${line}${column === null ? '' : `, kolom ${column}`}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;

/** "vóór do 29 mrt 13.00 uur (nog 17 uur)": the moment always named, the time left when there is any. */
const voor = (deadline: string | null, c: WordContext) => {
  if (deadline === null) return 'zo snel mogelijk';
  const left = c.left(deadline);
  return `vóór ${c.short(deadline)}${left === null ? '' : ` (${left})`}`;
};
const tot = (deadline: string, c: WordContext) => {
  const left = c.left(deadline);
  return `${c.short(deadline)}${left === null ? '' : ` (${left})`}`;
};

/** Advice once the chain no longer carries the message: what to do instead, and whom to tell. */
const blocked = (what: string, counterpart: string | null, c: WordContext) =>
  `Dit ${what} kan niet meer in ${c.releases.from}. Laat het niet in de outbox staan, spreek met ${party(counterpart)} af hoe het na de overgang (${c.short(c.blocks.live)}) in ${c.releases.to} gaat, en meld het bij uw softwareleverancier.`;
const tooLateToAnswer = (counterpart: string | null, c: WordContext) =>
  `Het retourbericht kan niet meer in ${c.releases.from}: spreek met ${party(counterpart)} af hoe het na de overgang (${c.short(c.blocks.live)}) in ${c.releases.to} gaat, en meld het bij uw softwareleverancier.`;

const blockedSince = (since: string | null, kind: string, c: WordContext) =>
  since === null
    ? ''
    : `; sinds ${c.short(since)} blokkeert de keten ${c.releases.from}-${kind}, dit bericht kan niet meer weg`;

const downloadAgain = 'Download het archief opnieuw of vraag de afzender om de losse berichten.';

export const nl: Words = {
  lang: 'nl',
  messageName: messageNames,
  finding: {
    'unsent-heen': (a, c) =>
      `${namedMessage(a.message)}${aan(a.counterpart)}${id(a.identificatie)} staat nog in de outbox` +
      (a.sendableUntil === null
        ? ''
        : `; de deadline is voorbij, maar tot ${c.short(a.sendableUntil)} geeft de keten het nog door`) +
      blockedSince(a.blockedSince, 'heenberichten', c),
    'unsent-retour': (a, c) =>
      `retourbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} staat nog in de outbox` +
      blockedSince(a.blockedSince, 'retourberichten', c),
    unread: (a) =>
      `${namedMessage(a.message)}${van(a.counterpart)}${id(a.identificatie)} is nog niet ingelezen`,
    unanswered: (a) =>
      `op ${namedMessage(a.message)}${van(a.counterpart)}${id(a.identificatie)} is nog geen retourbericht verstuurd of aangemaakt`,
    'awaiting-retour': (a) =>
      `${namedMessage(a.message)}${aan(a.counterpart)}${id(a.identificatie)} is verstuurd, maar er is nog geen retourbericht (${retourOf(a.message)}) ontvangen`,
    rejected: (a) =>
      `${namedMessage(a.message)}${aan(a.counterpart)}${id(a.identificatie)} is afgekeurd (retourcode ${a.retourCodes.join(', ')})`,
    'duplicate-retour': (a) =>
      `er zijn ${a.count} retourberichten ${a.message} op hetzelfde heenbericht${id(a.identificatie)}; er mag er maar één zijn`,
    'retour-without-heen': (a) =>
      `retourbericht ${a.message}${aan(a.counterpart)}${id(a.identificatie)} staat klaar, maar het heenbericht waar het op antwoordt is in geen van de mappen gevonden`,
    'archived-retour-without-heen': (a) =>
      `bij retourbericht ${a.message}${id(a.identificatie)} in het archief is het heenbericht niet gevonden (mogelijk al opgeschoond)`,
    'duplicate-identificatie': (a) =>
      `Identificatie ${a.identificatie} is door ${party(a.sender)} voor ${a.count} berichten ${a.message} gebruikt; het tweede wordt afgekeurd (retourcode 9056)`,
    'release-mismatch': (a) =>
      `${a.message} in release ${a.release} is een antwoord op een heenbericht in release ${a.heenRelease}; een retourbericht moet in dezelfde release zijn als het heenbericht`,
    'early-release': (a, c) =>
      `${namedMessage(a.message)} in release ${a.release} staat al klaar; versturen kan pas na de ingebruikname van ${a.release} (${c.short(c.blocks.live)})`,
    'other-release': (a, c) =>
      `${a.message === null ? 'bericht' : namedMessage(a.message)} uit release ${a.release} (geen ${c.releases.from} of ${c.releases.to})`,
    'other-standard': (a) => `${standardName(a.standard)}-bericht (geen iWmo of iJw)`,
    'wrong-direction': (a) =>
      `${namedMessage(a.message)} in de ${a.box === 'outbox' ? 'outbox' : a.box === 'inbox' ? 'inbox' : 'archiefmap'}: een ${a.role} ${a.box === 'outbox' || a.box === 'sent' ? 'verstuurt' : 'ontvangt'} dit bericht niet`,
    'not-addressed': (a) =>
      `${namedMessage(a.message)} is gericht aan ${a.receiver === null ? 'niemand' : party(a.receiver)}, niet aan ${list(a.org)} (uw --org)`,
    'link-outside': () => 'symbolische koppeling naar een plek buiten de map; niet gevolgd',
    copy: (a) =>
      `hetzelfde bericht staat ${a.copies === 1 ? 'nog een keer' : `nog ${a.copies} keer`} in deze map; het telt één keer en is hier beoordeeld`,
    'unsafe-entry-name': (a) =>
      `ZIP-bestand met ${a.count === 1 ? 'een bestandsnaam die buiten het archief wijst' : `${a.count} bestandsnamen die buiten het archief wijzen`} (${a.entries.join(', ')}); wel gelezen, niets op schijf uitgepakt`,
    'envelope-error': (a) =>
      `foutbericht van het GGk (StUF Fo01${a.code === null ? '' : `, code ${a.code}`}): een van uw berichten is geweigerd`,
    unreadable: (a) =>
      ({
        permission: 'kan niet worden gelezen: geen toegang',
        vanished: 'is tijdens het lezen verdwenen (verplaatst of verwerkt?)',
        'too-large': `groter dan de grens van ${Math.round((a.limit ?? 0) / 1048576)} MiB; niet gelezen`,
        'not-a-file': 'geen gewoon bestand; niet gelezen',
        io: `kan niet worden gelezen (${a.code ?? 'fout'})`,
        encrypted: 'versleuteld bestand in een ZIP-archief; het kan niet worden gelezen',
        'zip-bomb':
          'wordt bij uitpakken veel groter dan een bericht ooit is (ZIP-bom?); niet uitgepakt',
        'nested-too-deep': 'ZIP in een ZIP in een ZIP; check-ready pakt hoogstens twee lagen uit',
        'too-many-entries':
          'ZIP-archief met veel meer bestanden dan een download bevat; niet uitgepakt',
      })[a.reason],
    malformed: (a) =>
      ({
        empty: 'leeg bestand',
        binary: 'binaire gegevens, geen bericht',
        text: 'tekst, geen bericht: een mislukte download of een bestand onder de verkeerde naam?',
        'utf16-without-bom': 'UTF-16-tekst zonder byte-order mark',
        'bad-encoding': 'tekens die niet passen bij de opgegeven tekenset (encoding)',
        'unsupported-encoding': 'een tekenset die check-ready niet ondersteunt',
        'declaration-not-at-start':
          'de XML-declaratie staat niet helemaal aan het begin van het bestand',
        doctype:
          'bevat een DOCTYPE-regel; die komt in een iWmo/iJw-bericht nooit voor. Niet gelezen.',
        'not-well-formed': `geen geldige XML${at(a.line, a.column)}`,
        truncated:
          'bestand is onvolledig (houdt midden in het bericht op); waarschijnlijk afgebroken bij downloaden of opslaan',
        'too-deep': 'te diep genest voor een bericht',
        'header-incomplete': `de header mist ${a.detail ?? 'een verplicht veld'}`,
        'header-invalid': `${a.detail ?? 'een veld'} in de header heeft een ongeldige waarde`,
        'header-too-large': 'de header is veel groter dan in een echt bericht',
        'zip-broken': 'kapot ZIP-archief (afgebroken of beschadigd)',
        'base64-broken': 'GGk-envelop met een beschadigde inhoud (geen geldige base64)',
        'ei-broken': 'kapot EI-bestand (geen record 01 of geen sluitrecord 99)',
      })[a.reason],
    unrecognised: (a) =>
      ({
        'no-bericht': `geldige XML, maar geen iStandaarden-bericht (hoofdelement ${a.root ?? '?'}${a.namespace === null ? '' : ` in ${a.namespace}`})`,
        'no-header': 'iWmo/iJw-bericht zonder header',
        'unknown-message': `deze release kent geen bericht ${a.root ?? '?'} in ${a.namespace ?? '?'}`,
        'zip-in-envelope': 'GGk-envelop met een ZIP-archief in plaats van een bericht',
      })[a.reason],
    inconsistent: (a) =>
      ({
        standard: `namespace ${a.namespace} mengt twee standaarden`,
        'namespace-version': `namespace ${a.namespace} noemt twee releases`,
        version: `namespace ${a.namespace} en BerichtVersie/BerichtSubversie ${a.version ?? '?'} spreken elkaar tegen`,
        code: `namespace ${a.namespace} en BerichtCode ${a.berichtCode ?? '?'} spreken elkaar tegen`,
        envelope: `volgens de envelop een ${a.functie ?? '?'}, maar het bericht erin is ${a.berichtCode === null ? 'een ander bericht' : `een ${a.berichtCode}`}`,
      })[a.reason],
  },
  hint: {
    copy: () => 'Geen actie nodig: kopieën van één bericht tellen één keer.',
    'unsent-heen': ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Verstuur het ${voor(deadlineId, c)}. Moet het niet meer weg, haal het dan uit de verzendlijst: alleen dit bericht gaat dan niet weg, er wordt niets ingetrokken.`
        : args.sendableUntil !== null
          ? `Te laat, maar nog mogelijk: verstuur het nú. De keten geeft het nog door tot ${tot(args.sendableUntil, c)}.`
          : blocked('bericht', args.counterpart, c),
    'unsent-retour': ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Verstuur het retourbericht ${voor(deadlineId, c)}.`
        : blocked('retourbericht', args.counterpart, c),
    unread: ({ status, deadlineId }, c) =>
      status === 'open'
        ? `Lees het in ${voor(deadlineId, c)}.`
        : 'Te laat, maar lees het zo snel mogelijk in. Staat uw systeem al op de nieuwe release, meld het dan bij uw softwareleverancier.',
    unanswered: ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Verwerk het en verstuur het retourbericht (${retourOf(args.message)}) ${voor(deadlineId, c)}; daarna neemt de keten geen ${c.releases.from}-retourberichten meer aan.`
        : tooLateToAnswer(args.counterpart, c),
    'awaiting-retour': ({ status, deadlineId, args }, c) =>
      status === 'info'
        ? `Vraag ${party(args.counterpart)} om het retourbericht (${retourOf(args.message)}) ${voor(deadlineId, c)}; daarna kan dat niet meer in ${c.releases.from}.`
        : `Het retourbericht kan niet meer in ${c.releases.from} komen. Spreek met ${party(args.counterpart)} af hoe dit na de overgang (${c.short(c.blocks.live)}) wordt afgehandeld.`,
    rejected: ({ status, deadlineId, args }, c) =>
      status === 'open'
        ? `Corrigeer het bericht en verstuur het opnieuw ${voor(deadlineId, c)}.`
        : !c.past(c.blocks.heen)
          ? `Te laat, maar nog mogelijk: corrigeer het en verstuur het nú. De keten geeft het nog door tot ${tot(c.blocks.heen, c)}.`
          : blocked('bericht', args.counterpart, c),
    'duplicate-retour': () =>
      'Stem met de ketenpartner af welk retourbericht geldt; een verstuurd bericht kunt u niet terughalen.',
    'retour-without-heen': () =>
      'Controleer of het heenbericht wel is ontvangen voordat u dit retourbericht verstuurt.',
    'archived-retour-without-heen': () =>
      'Geen actie nodig als het archief is opgeschoond; zoek anders het heenbericht op.',
    'duplicate-identificatie': () =>
      'Elk bericht moet een eigen Identificatie hebben. Meld dit bij uw softwareleverancier.',
    'release-mismatch': ({ args }) =>
      `Beantwoord het heenbericht in dezelfde release (${args.heenRelease}).`,
    'early-release': ({ args }, c) =>
      `Verstuur het pas na de ingebruikname van ${args.release} (${c.short(c.blocks.live)}).`,
    'other-release': () =>
      'Geen actie nodig voor de overgang; haal het uit de map als het er niet hoort.',
    'other-standard': ({ args }) =>
      `Verwerk het via het ${standardName(args.standard)}-proces, of sla de map over met --exclude.`,
    'wrong-direction': () =>
      'Controleer wiens map dit is (--role, --org) en waar dit bestand vandaan komt.',
    'not-addressed': () =>
      'Controleer --org. Klopt die, meld het verkeerd geadresseerde bericht dan bij de afzender.',
    'unsafe-entry-name': () =>
      'Vertrouw dit archief niet: zulke namen worden misbruikt om bestanden buiten de map te zetten. Download het opnieuw.',
    'envelope-error': () =>
      'Zoek het geweigerde bericht op via de referentie in uw systeem, corrigeer het en verstuur het opnieuw.',
    'link-outside': () => 'Zet het bestand zelf in de map, of geef de map waar het staat ook op.',
    unreadable: ({ args }) =>
      ({
        permission: 'Zorg dat check-ready het bestand mag lezen en start de controle opnieuw.',
        vanished: 'Start de controle opnieuw.',
        'too-large': 'Controleer of dit echt een bericht is; zo niet, haal het uit de map.',
        'not-a-file': 'Haal het uit de map; alleen gewone bestanden worden gelezen.',
        io: 'Start de controle opnieuw; blijft de fout, vraag dan uw systeembeheer.',
        encrypted: downloadAgain,
        'zip-bomb': downloadAgain,
        'nested-too-deep': downloadAgain,
        'too-many-entries': downloadAgain,
      })[args.reason],
    malformed: () =>
      'Download het opnieuw van het portaal of vraag de afzender het opnieuw te sturen; pas het niet met de hand aan.',
    unrecognised: () =>
      'Haal bestanden die geen bericht zijn uit de map, of sla ze over met --exclude.',
    inconsistent: () =>
      'De header spreekt zichzelf tegen: vraag de afzender of uw softwareleverancier om een correct bericht.',
  },
  readAndAnswer: {
    text: (a) =>
      `${namedMessage(a.message)}${van(a.counterpart)}${id(a.identificatie)} is nog niet ingelezen en nog niet beantwoord`,
    hint: ({ args, answer, read, answerBy, readBy }, c) =>
      answer === 'open'
        ? `Lees het in, verwerk het en verstuur het retourbericht (${retourOf(args.message)}) ${voor(answerBy, c)}; daarna neemt de keten geen ${c.releases.from}-retourberichten meer aan.`
        : read === 'open'
          ? `Lees het in ${voor(readBy, c)}. ${tooLateToAnswer(args.counterpart, c)}`
          : `Te laat, maar lees het zo snel mogelijk in. ${tooLateToAnswer(args.counterpart, c)}`,
  },
  ruleTitle: {
    'unsent-heen': 'heenbericht in de oude release staat nog in de outbox',
    'unsent-retour': 'retourbericht in de oude release staat nog in de outbox',
    unread: 'bericht in de oude release in de inbox is nog niet ingelezen',
    unanswered: 'ontvangen heenbericht in de oude release is nog niet beantwoord',
    'awaiting-retour': 'verstuurd heenbericht in de oude release wacht nog op een retourbericht',
    rejected: 'verstuurd bericht is afgekeurd',
    'duplicate-retour': 'meer dan één retourbericht op hetzelfde heenbericht',
    'retour-without-heen': 'retourbericht in de outbox zonder bijbehorend heenbericht',
    'archived-retour-without-heen': 'retourbericht in het archief zonder bijbehorend heenbericht',
    'duplicate-identificatie': 'dezelfde Identificatie voor meer dan één bericht',
    'release-mismatch': 'retourbericht in een andere release dan het heenbericht',
    'early-release': 'bericht in de nieuwe release staat al klaar',
    'other-release': 'bericht uit een andere release',
    'other-standard': 'bericht van een andere standaard',
    'wrong-direction': 'bericht in de verkeerde map voor deze rol',
    'not-addressed': 'bericht niet gericht aan uw organisatie',
    'link-outside': 'symbolische koppeling buiten de map',
    copy: 'hetzelfde bericht nog een keer in dezelfde map',
    'unsafe-entry-name': 'ZIP-bestand met onveilige bestandsnamen',
    'envelope-error': 'foutbericht van het GGk',
    unreadable: 'bestand kan niet worden gelezen',
    malformed: 'bestand is kapot of geen geldige XML',
    unrecognised: 'bestand is geen herkend bericht',
    inconsistent: 'header spreekt zichzelf tegen',
  },
  notice: {
    'no-files':
      '⚠ Geen enkel bestand gevonden in de outbox en de inbox. Klopt het pad? (Lege mappen zijn het doel, een verkeerd pad niet; met --fail-on-empty is dit een fout.)',
    'later-release': (found, t) =>
      `⚠ In de outbox en de inbox staan berichten uit release ${list(found)}, later dan ${t.from} → ${t.to} van dit tijdpad: verkeer van een latere overgang, hier alleen een waarschuwing. Is dit het juiste tijdpad? Kies er een met --timetable.`,
    'other-release-only': (found, t) =>
      `⚠ Elk iJw/iWmo-bericht in de outbox en de inbox komt uit release ${list(found)}, en dit tijdpad gaat over ${t.from} → ${t.to}: elk is alleen een waarschuwing, dus niets telt als open. Is dit het juiste tijdpad? Kies er een met --timetable.`,
  },
  inferredRows: (rows) =>
    `⚠ Dit tijdpad bevat ${rows.length === 1 ? 'een rij' : 'rijen'} die geen bron noemt, afgeleid: ${rows.join('; ')}. Controleer ${rows.length === 1 ? 'die' : 'ze'} met het draaiboek voordat u erop vertrouwt.`,
  status: {
    open: 'open',
    missed: 'gemist',
    error: 'fout',
    warning: 'waarschuwing',
    info: 'info',
    met: 'in orde',
    unknown: 'onbekend',
    'not-applicable': 'niet van toepassing',
  },
  phase: {
    afsluiting: (r) => `afsluiting (${r.from} afronden)`,
    transitie: () => 'transitie (geen verkeer)',
    ingebruikname: (r) => `ingebruikname (${r.to} in gebruik)`,
  },
  verdict: { ready: 'KLAAR', 'not-ready': 'NIET KLAAR', missed: 'DEADLINE GEMIST' },
  role: { gemeente: 'gemeente', aanbieder: 'aanbieder' },
  box: {
    outbox: 'outbox',
    inbox: 'inbox',
    sent: 'archief verzonden',
    received: 'archief ontvangen',
  },
  weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  dateTime: (p) =>
    `${p.weekday} ${p.day} ${p.month}${p.year === null ? '' : ` ${p.year}`} ${p.hh}.${p.mm} uur`,
  timeLeft: ({ days, hours, minutes }) =>
    days > 0
      ? `nog ${count(days, 'dag', 'dagen')}${hours > 0 ? ` en ${hours} uur` : ''}`
      : hours > 0
        ? `nog ${hours} uur`
        : minutes > 0
          ? `nog ${count(minutes, 'minuut', 'minuten')}`
          : 'nog minder dan een minuut',
  passed: 'voorbij',
  party,
  labels: {
    title: (p) =>
      `check-ready · overgang iJw/iWmo ${p.from} → ${p.to}${p.who === null ? '' : ` · ${p.who}`} · peilmoment ${p.moment}`,
    headline: ({ verdict, work, errors, next }) =>
      [
        nl.verdict[verdict],
        work > 0
          ? `${count(work, 'bericht vraagt', 'berichten vragen')} actie`
          : errors === 0
            ? 'niets te doen'
            : null,
        errors > 0 ? `${count(errors, 'bestand', 'bestanden')} met fouten` : null,
        next === null
          ? null
          : next.carried
            ? `kan nog tot ${next.when}${next.left === null ? '' : ` (${next.left})`}`
            : `eerstvolgende deadline ${next.when}${next.left === null ? '' : ` (${next.left})`}`,
      ]
        .filter((part) => part !== null)
        .join(' · '),
    step: {
      answer: 'Inlezen en beantwoorden',
      resend: 'Corrigeren en opnieuw versturen',
      send: 'Versturen',
      read: 'Inlezen',
      blocked: 'Niet meer mogelijk',
      errors: 'Herstellen',
      warnings: 'Let op',
    },
    kinds: (byMessage) => {
      // One name for the lot ("2 toewijzingen (JW301, WMO301)"), else each name with its codes.
      const byName = new Map<string, { name: MessageName; codes: string[]; n: number }>();
      for (const [code, n] of Object.entries(byMessage)) {
        const name = nameOf(code, messageNames, fallbackName);
        const entry = byName.get(name.one) ?? { name, codes: [], n: 0 };
        entry.codes.push(code);
        entry.n += n;
        byName.set(name.one, entry);
      }
      const parts = [...byName.values()].map(
        (e) => `${count(e.n, e.name.one, e.name.many)} (${e.codes.join(', ')})`,
      );
      if (parts.length <= 3) return list(parts);
      const total = Object.values(byMessage).reduce((sum, k) => sum + k, 0);
      return `${count(total, fallbackName.one, fallbackName.many)} (${Object.keys(byMessage).join(', ')})`;
    },
    inFolder: (folder) => `in ${folder}`,
    by: (p) => `vóór ${p.when}${p.left === null ? '' : ` (${p.left})`}`,
    carried: (p) =>
      p === null
        ? 'te laat: zo snel mogelijk'
        : `te laat, nú: kan nog tot ${p.when}${p.left === null ? '' : ` (${p.left})`}`,
    blockedStep: (n, release) =>
      `${count(n, 'bericht kan', 'berichten kunnen')} niet meer in ${release} — zie „Niet meer mogelijk in ${release}”`,
    errorStep: (n) =>
      `${count(n, 'bestand is', 'bestanden zijn')} kapot of onherkenbaar — tot dat is opgelost kan niet worden gezegd of u klaar bent`,
    warningStep: (n) => `${count(n, 'waarschuwing', 'waarschuwingen')} — zie onder`,
    moment: 'Peilmoment',
    phase: 'Fase',
    role: 'Rol',
    roleUnknown: 'onbekend — geef --role of --org op',
    roleFrom: { flag: 'opgegeven', org: 'uit --org', files: 'afgeleid uit de berichten', none: '' },
    org: 'Organisatie',
    filesLine: ({ byBox, ignored }) => {
      const parts = (['outbox', 'inbox', 'sent', 'received'] as const)
        .filter((box) => (byBox[box] ?? 0) > 0)
        .map(
          (box) =>
            `${byBox[box] ?? 0} in ${box === 'outbox' || box === 'inbox' ? 'de ' : 'het '}${nl.box[box]}`,
        );
      return `Bestanden: ${parts.length === 0 ? 'geen' : list(parts)}${ignored > 0 ? ` (${ignored} geen bericht)` : ''}`;
    },
    endState: 'Eindtoestand Fase 1 Afsluiting',
    nothingToSend: 'outbox leeg',
    allReadIn: 'alle ontvangen berichten ingelezen',
    allRetoursSent: 'alle ontvangen heenberichten beantwoord',
    endStateOpen: {
      nothingToSend: (n) => `nog ${count(n, 'bericht', 'berichten')} te versturen`,
      allReadIn: (n) => `nog ${n} in de inbox`,
      // A retour still waiting in the outbox does not answer yet: it counts here too.
      allRetoursSent: (n) => `${n} nog zonder verstuurd retourbericht`,
    },
    unverified:
      'Niet volledig gecontroleerd: geef ook --sent en --received op, dan tellen ook berichten mee die al zijn ingelezen.',
    open: (n) => `${n} open`,
    unknown: (n) =>
      `${count(n, 'bestand met een fout kan', 'bestanden met een fout kunnen')} zo'n bericht zijn`,
    messages: (n) => count(n, 'bericht', 'berichten'),
    deadlines: 'Deadlines',
    nothingOpen: 'niets open',
    rowsFine: (ids) => `${ids.join(', ')}: in orde`,
    todo: 'Te doen',
    nothingTodo: 'Niets meer te doen.',
    groupHeader: ({ when, left, ids }) =>
      `Vóór ${when}${left === null ? '' : ` — ${left}`} (${ids.join(', ')})`,
    lateHeader: (p) =>
      p === null
        ? 'Te laat, maar nog te doen — zo snel mogelijk'
        : `Te laat, maar nog mogelijk tot ${p.when}${p.left === null ? '' : ` — ${p.left}`}`,
    groupCounts: (n, byMessage) =>
      `${count(n, 'bericht', 'berichten')}: ${Object.entries(byMessage)
        .map(([code, k]) => `${k}× ${code}`)
        .join(', ')}`,
    blocked: (release) => `Niet meer mogelijk in ${release}`,
    blockedIntro: (live, release) =>
      `Deze berichten kunnen niet meer in ${release}. Spreek met de ketenpartner af hoe ze na de overgang (${live}) gaan, en meld het bij uw softwareleverancier.`,
    problems: 'Fouten en waarschuwingen',
    files: 'Bestanden',
    ignoredFiles: 'Geen berichten (overgeslagen)',
    counterparts: 'Nog geen retourbericht ontvangen, per ketenpartner',
    more: (n) => `… en nog ${n} (--verbose toont ze allemaal)`,
    related: (paths, more) => `met: ${paths.join(', ')}${more > 0 ? ` en nog ${more}` : ''}`,
    owes: ({ party: who, pairs }) =>
      `${who}: ${pairs
        .map((o) => {
          const name = nameOf(o.heen, messageNames, fallbackName);
          return `${count(o.count, name.one, name.many)} (${o.heen}) ${o.count === 1 ? 'wacht' : 'wachten'} op een ${o.retour}`;
        })
        .join('; ')}`,
    moreParties: (n) =>
      `… en nog ${count(n, 'ketenpartner', 'ketenpartners')} (--verbose toont ze allemaal)`,
    portal: (role) =>
      role === 'gemeente'
        ? 'Download alles van het Inlichtingenbureau, lees het in en start check-ready opnieuw.'
        : role === 'aanbieder'
          ? 'Download alles van VECOZO, lees het in en start check-ready opnieuw.'
          : 'Download alles van uw portaal (Inlichtingenbureau of VECOZO), lees het in en start check-ready opnieuw.',
    runAgain: 'Na versturen en inlezen: start check-ready opnieuw om te controleren.',
    summary: (c) =>
      `${count(c.files, 'bestand', 'bestanden')} · ${c.open} open · ${c.missed} gemist · ${count(c.errors, 'fout', 'fouten')} · ${count(c.warnings, 'waarschuwing', 'waarschuwingen')}`,
  },
};
