import type { CiWords } from './CiWords.js';

const bestanden = (n: number) => `${n.toLocaleString('nl')} ${n === 1 ? 'bestand' : 'bestanden'}`;

export const ciNl: CiWords = {
  lang: 'nl',
  rules: {
    'unsent-heen': {
      description:
        'Een heenbericht in de release die wordt afgesloten staat nog klaar om te versturen. Het moet weg vóór de rij van het tijdpad die zijn bericht noemt, anders vóór de heenblokkade; zodra de keten heenberichten in die release blokkeert (of de rij zelf blokkeert), kan het niet meer in die release worden verstuurd.',
      help: 'Verstuur het vóór de deadline. Moet het niet meer weg, haal het dan uit de verzendlijst; de beslissing die het draagt (een toewijzing, een declaratie) blijft daarmee staan.',
    },
    'unsent-retour': {
      description:
        'Een retourbericht in de release die wordt afgesloten staat nog klaar om te versturen. Het moet weg vóór de rij van het tijdpad die zijn bericht noemt, anders vóór de retourblokkade.',
      help: 'Verstuur het retourbericht vóór de deadline.',
    },
    unread: {
      description:
        'Een bericht in de release die wordt afgesloten staat in de inbox: ontvangen, maar nog niet ingelezen. Alles moet zijn ingelezen vóór de inleesrij van het tijdpad voor de ontvangende rol.',
      help: 'Lees het bericht vóór de deadline in uw systeem in.',
    },
    unanswered: {
      description:
        'Een heenbericht in de release die wordt afgesloten is ontvangen en er staat geen retourbericht voor in de outbox of het verzendarchief. Na de retourblokkade kan het niet meer in die release worden beantwoord.',
      help: 'Lees het in, verwerk het en verstuur het retourbericht vóór de retourblokkade.',
    },
    'awaiting-retour': {
      description:
        'Op een heenbericht in de release die wordt afgesloten staat in het verzendarchief geen retourbericht in de inbox of het ontvangstarchief. Na de retourblokkade kan het paar niet meer in die release worden gesloten.',
      help: 'Vraag de ontvanger om het retourbericht.',
    },
    rejected: {
      description:
        'Een ontvangen retourbericht draagt RetourCode 0001 voor een van onze heenberichten: de ontvanger heeft het afgekeurd. Het telt mee voor de deadline van het heenbericht.',
      help: 'Corrigeer het heenbericht en verstuur het opnieuw vóór de deadline.',
    },
    'duplicate-retour': {
      description:
        'Twee of meer retourberichten van één release beantwoorden hetzelfde heenbericht; de keten staat er één toe.',
      help: 'Stem met de afzender af welk retourbericht geldt; een verstuurd bericht kunt u niet terughalen.',
    },
    'retour-without-heen': {
      description:
        'Een retourbericht staat in de outbox, maar zijn heenbericht staat in geen enkele map (alleen gecontroleerd met het ontvangstarchief).',
      help: 'Ga na of het heenbericht echt is ontvangen voordat u dit retourbericht verstuurt.',
    },
    copy: {
      description:
        'Hetzelfde bericht staat meer dan eens in één map (een download en de uitgepakte kopie). Het telt één keer, onder het eerste pad; de andere paden staan erbij, en kopieën tellen nooit dubbel.',
      help: 'Niets te doen. Verwijder de extra kopieën als uw systeem erdoor in de war raakt.',
    },
    'archived-retour-without-heen': {
      description:
        'Een retourbericht in een archief heeft geen heenbericht in enige map. Archieven worden vaak opgeschoond; dit is alleen ter informatie.',
      help: 'Niets te doen als het archief is opgeschoond; zoek anders het heenbericht op.',
    },
    'duplicate-identificatie': {
      description:
        'Eén afzender gebruikte dezelfde Identificatie voor twee berichten van één soort; de keten keurt de herhaling af (RetourCode 9056).',
      help: 'Geef elk bericht een eigen Identificatie; vraag uw leverancier als het systeem ze herhaalt.',
    },
    'release-mismatch': {
      description:
        'Een retourbericht in de nieuwe release beantwoordt een heenbericht in de oude, of andersom. Een bericht kan alleen in zijn eigen release worden beantwoord; het heenbericht blijft onbeantwoord.',
      help: 'Beantwoord het heenbericht in zijn eigen release.',
    },
    'early-release': {
      description:
        'Een bericht in de nieuwe release staat in de outbox voordat die release in gebruik is (de ingebruiknamerij van het tijdpad); het kan pas daarna worden afgeleverd.',
      help: 'Houd het vast tot de nieuwe release in gebruik is.',
    },
    'other-release': {
      description:
        'Een iWmo/iJw-bericht van een release die niet bij deze overgang hoort (noch de release die wordt afgesloten, noch de volgende).',
      help: 'Haal het uit de map als het er niet hoort.',
    },
    'other-standard': {
      description:
        'Een bericht van een andere iStandaard (bv. iWlz), of een EI-bestand van een andere soort.',
      help: 'Behandel het volgens zijn eigen standaard, of sluit de map uit met --exclude.',
    },
    'wrong-direction': {
      description:
        'In de outbox een bericht dat deze rol niet verstuurt, of in de inbox een bericht dat deze rol niet ontvangt.',
      help: 'Ga na van wie deze map is (--role, --org) en waar dit bestand vandaan komt.',
    },
    'not-addressed': {
      description:
        'Met --org: een bericht in de inbox dat aan geen van de opgegeven codes is gericht.',
      help: 'Controleer --org, of stuur het bericht door naar de organisatie voor wie het is.',
    },
    'link-outside': {
      description: 'Een symbolische koppeling wijst buiten zijn map; ze wordt niet gevolgd.',
      help: 'Zet het doel in de map, of geef de map van het doel op.',
    },
    'unsafe-entry-name': {
      description:
        'Een ZIP-archief bevat bestanden met een naam buiten het archief (../, een absoluut pad). Ze worden gelezen, nooit ergens geschreven.',
      help: 'Vraag de afzender waar het archief vandaan komt; zulke namen zijn een truc om buiten een map te schrijven.',
    },
    'envelope-error': {
      description:
        'Een StUF-foutbericht: een bericht dat via het GGk is verstuurd, is geweigerd. Alleen de code wordt getoond.',
      help: 'Zoek het geweigerde bericht op via de referentie in uw systeem, corrigeer het en verstuur het opnieuw.',
    },
    unreadable: {
      description:
        'Een bestand of map kon niet worden gelezen (geen toegang, verdwenen, te groot), of een ZIP-bestand is versleuteld, een ZIP-bom of te diep genest. Tot het gelezen is, valt niet te bewijzen dat u klaar bent.',
      help: 'Geef de tool leestoegang, of draai opnieuw als het bestand nog werd geschreven.',
    },
    malformed: {
      description:
        'Geen geldige XML, afgebroken, leeg, binair, in een verkeerde codering, met een onvolledige header, of een kapot EI-bestand, ZIP-archief of envelop. Tot het hersteld is, valt niet te bewijzen dat u klaar bent.',
      help: 'Open het bestand in uw systeem: herstel het, of vraag de afzender het opnieuw te sturen.',
    },
    unrecognised: {
      description:
        'Geldige XML, maar geen bericht van een iStandaard, of een envelop zonder bericht.',
      help: 'Haal bestanden die geen bericht zijn uit de map, of sluit ze uit met --exclude.',
    },
    inconsistent: {
      description:
        'Namespace, BerichtCode en BerichtVersie/BerichtSubversie verschillen, of een GGk-envelop spreekt het bericht erin tegen.',
      help: 'Vraag de afzender of uw leverancier om een correct bericht.',
    },
  },
  moment: {
    due: (id, when) => `uiterlijk vóór ${id} (${when})`,
    passed: (id, when) => `${id} (${when}) is voorbij`,
    at: (id, when) => `${id}: ${when}`,
  },
  outsideRoot: (n, root) =>
    `${bestanden(n)} buiten de hoofdmap ${root}: hun paden staan er volledig.`,
  more: (n) =>
    `… en nog ${n.toLocaleString('nl')}: de volledige lijst staat in het complete rapport (--format json), bewaard als artefact van de build.`,
  items: (n) => bestanden(n),
  cut: '… ingekort om te passen; het complete rapport (--format json) bevat alles.',
  whatToDo: 'Wat te doen',
  docs: 'Uitleg van de regel',
};
