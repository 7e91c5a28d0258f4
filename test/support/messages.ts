/**
 * Builds realistic iWmo/iJw messages for fixtures and tests. The clients are invented; their BSNs
 * are in the 9999xxxxx test range. Every value that must never reach the output is listed in
 * `personalData`, so privacy tests can search for it.
 */

export interface Client {
  readonly bsn: string;
  readonly geslachtsnaam: string;
  readonly voorvoegsel?: string;
  readonly voorletters: string;
  readonly geboortedatum: string;
  readonly geslacht: '1' | '2';
}

export const clients = {
  devries: {
    bsn: '999993653',
    geslachtsnaam: 'Vries',
    voorvoegsel: 'de',
    voorletters: 'AM',
    geboortedatum: '1948-05-12',
    geslacht: '2',
  },
  bakker: {
    bsn: '999990019',
    geslachtsnaam: 'Bakker',
    voorletters: 'J',
    geboortedatum: '1952-11-03',
    geslacht: '1',
  },
  visser: {
    bsn: '999991917',
    geslachtsnaam: 'Visser',
    voorletters: 'ML',
    geboortedatum: '2009-02-17',
    geslacht: '2',
  },
  elbaz: {
    bsn: '999992375',
    geslachtsnaam: 'El Bazzi',
    voorletters: 'Y',
    geboortedatum: '2011-08-30',
    geslacht: '1',
  },
  oezdemir: {
    bsn: '999994219',
    geslachtsnaam: 'Özdemir',
    voorletters: 'S',
    geboortedatum: '1939-01-26',
    geslacht: '2',
  },
} as const satisfies Record<string, Client>;

/** Every BSN, name and birth date in the fixtures: none may ever appear in any output. */
export const personalData: readonly string[] = Object.values(clients).flatMap((c: Client) => [
  c.bsn,
  c.geslachtsnaam,
  c.geboortedatum,
]);

export interface MessageSpec {
  /** e.g. 'WMO301', 'JW315'. */
  readonly message: string;
  readonly release?: '2.1' | '2.2' | '2.3' | '2.4' | '3.0';
  /** BerichtCode; defaults to the message's first code. */
  readonly code?: string;
  readonly afzender: string;
  readonly ontvanger: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  /** For retours: the retour's own identification and header codes. */
  readonly retour?: {
    readonly identificatie: string;
    readonly dagtekening: string;
    readonly codes?: readonly string[];
  };
  readonly client?: Client;
  /** Use a default namespace instead of a prefix for the message elements. */
  readonly defaultNamespace?: boolean;
  readonly lineEnding?: '\n' | '\r\n';
  readonly encoding?: 'UTF-8' | 'ISO-8859-1';
  /** Declaratie lines, to make a 303 of realistic size. */
  readonly lines?: number;
}

const codes: Record<string, string> = {
  WMO301: '414',
  WMO302: '415',
  WMO303: '416',
  WMO304: '417',
  WMO305: '418',
  WMO306: '419',
  WMO307: '420',
  WMO308: '421',
  WMO315: '444',
  WMO316: '445',
  JW301: '436',
  JW302: '437',
  JW303: '432',
  JW304: '433',
  JW305: '438',
  JW306: '439',
  JW307: '440',
  JW308: '441',
  JW315: '446',
  JW316: '447',
  JW317: '',
  JW321: '434',
  JW322: '435',
};

const standardOf = (message: string) => (message.startsWith('WMO') ? 'iwmo' : 'ijw');

export const namespaceOf = (message: string, release = '2.1'): string => {
  const [major, minor] = release.split('.');
  const std = standardOf(message);
  const version = `${major}_${minor}`;
  const suffix = release === '2.1' ? '/2_1' : '';
  return `http://www.istandaarden.nl/${std}/${version}/${message.toLowerCase()}/schema${suffix}`;
};

const basisNamespace = (message: string, release = '2.1') => {
  const [major, minor] = release.split('.');
  const suffix = release === '2.1' ? '/2_1' : '';
  return `http://www.istandaarden.nl/${standardOf(message)}/${major}_${minor}/basisschema/schema${suffix}`;
};

const isRetour = (message: string) => Number(message.slice(-3)) % 2 === 0;

/** One message as XML text. */
export const buildMessage = (spec: MessageSpec): string => {
  const release = spec.release ?? '2.1';
  const [versie, subversie] = release.split('.');
  const m = spec.message.toLowerCase();
  const b = standardOf(spec.message);
  const p = spec.defaultNamespace ? '' : `${m}:`;
  const el = (name: string, content: string) => `<${p}${name}>${content}</${p}${name}>`;
  const be = (name: string, content: string) => `<${b}:${name}>${content}</${b}:${name}>`;
  const header = [
    el('BerichtCode', spec.code ?? codes[spec.message] ?? ''),
    el('BerichtVersie', versie ?? ''),
    el('BerichtSubversie', subversie ?? ''),
    el('Afzender', spec.afzender),
    el('Ontvanger', spec.ontvanger),
    el(
      'BerichtIdentificatie',
      be('Identificatie', spec.identificatie) + be('Dagtekening', spec.dagtekening),
    ),
    ...(spec.retour === undefined
      ? []
      : [
          el('IdentificatieRetour', spec.retour.identificatie),
          el('DagtekeningRetour', spec.retour.dagtekening),
          ...(spec.retour.codes === undefined || spec.retour.codes.length === 0
            ? []
            : [el('RetourCodes', spec.retour.codes.map((c) => el('RetourCode', c)).join(''))]),
        ]),
  ];
  const body = spec.client === undefined || isRetour(spec.message) ? '' : clientBody(spec, el, be);
  const xmlns = spec.defaultNamespace
    ? `xmlns="${namespaceOf(spec.message, release)}"`
    : `xmlns:${m}="${namespaceOf(spec.message, release)}"`;
  const nl = spec.lineEnding ?? '\n';
  return [
    `<?xml version="1.0" encoding="${spec.encoding ?? 'UTF-8'}"?>`,
    `<${p}Bericht ${xmlns} xmlns:${b}="${basisNamespace(spec.message, release)}">`,
    `  <${p}Header>`,
    ...header.map((h) => `    ${h}`),
    `  </${p}Header>`,
    ...(body === '' ? [] : [`  ${body}`]),
    `</${p}Bericht>`,
    '',
  ].join(nl);
};

type El = (name: string, content: string) => string;

const clientBody = (spec: MessageSpec, el: El, be: El): string => {
  const c = spec.client as Client;
  const agb = /^\d{8}$/.test(spec.ontvanger) ? spec.ontvanger : spec.afzender;
  const kind = spec.message.replace(/^(WMO|JW)/, '');
  const product = el('Product', be('Categorie', '02') + be('Code', '02A01'));
  const geboorte = el('Geboortedatum', be('Datum', c.geboortedatum) + be('DatumGebruik', '1'));
  const achternaam = be(
    'Geslachtsnaam',
    be('Naam', c.geslachtsnaam) + (c.voorvoegsel ? be('Voorvoegsel', c.voorvoegsel) : ''),
  );
  const person = [el('Bsn', c.bsn), geboorte, el('Geslacht', c.geslacht)];
  const kort = el('Naam', achternaam + be('Voorletters', c.voorletters));
  let client: string[];
  switch (kind) {
    case '301':
      client = [
        ...person,
        el('Naam', achternaam + be('Voorletters', c.voorletters) + be('NaamGebruik', '1')),
        el(
          'Contactgegevens',
          el(
            'Contact',
            el('Soort', '01') +
              el(
                'Adres',
                be('Huis', be('Huisnummer', '12')) +
                  be('Postcode', '1012AB') +
                  be('Straatnaam', 'Kerkstraat') +
                  be('Plaatsnaam', 'Amsterdam'),
              ),
          ),
        ),
        el(
          'Beschikking',
          el('BeschikkingNummer', '20180112') +
            el('Afgiftedatum', '2018-01-15') +
            el('Ingangsdatum', '2018-02-01') +
            el(
              'BeschiktProducten',
              el('BeschiktProduct', product + el('Ingangsdatum', '2018-02-01')),
            ) +
            el(
              'ToegewezenProducten',
              el(
                'ToegewezenProduct',
                el('ToewijzingNummer', '48213') +
                  product +
                  el('Aanbieder', agb) +
                  el('Toewijzingsdatum', '2018-01-15') +
                  el('Toewijzingstijd', '10:15:00') +
                  el('Ingangsdatum', '2018-02-01'),
              ),
            ),
        ),
      ];
      break;
    case '305':
      client = [
        ...person,
        kort,
        el('StatusAanlevering', '1'),
        el(
          'StartProducten',
          el(
            'StartProduct',
            el('ToewijzingNummer', '48213') +
              product +
              el('Begindatum', '2018-02-05') +
              el('Aanbieder', agb) +
              el('StatusAanlevering', '1'),
          ),
        ),
      ];
      break;
    case '307':
      client = [
        ...person,
        kort,
        el('StatusAanlevering', '1'),
        el(
          'StopProducten',
          el(
            'StopProduct',
            el('ToewijzingNummer', '48213') +
              product +
              el('Begindatum', '2018-02-05') +
              el('Aanbieder', agb) +
              el('RedenBeeindiging', '02') +
              el('Einddatum', '2018-03-16') +
              el('StatusAanlevering', '1'),
          ),
        ),
      ];
      break;
    case '315':
      client = [
        ...person,
        kort,
        el(
          'Producten',
          el(
            'Product',
            el('ReferentieAanbieder', 'REF-2018-0412') +
              product +
              el('ToewijzingIngangsdatum', '2018-04-01') +
              el('Aanbieder', agb) +
              el('Verwijzer', be('Type', '01') + be('Naam', 'Huisartsenpraktijk Noord')),
          ),
        ),
      ];
      break;
    case '303': {
      // No 2.1 XSD of the declaratie is at hand: this body follows the shape of the other messages.
      const prestatie = (n: number) =>
        el(
          'Prestatie',
          el('ToewijzingNummer', '48213') +
            product +
            el('ProductPeriode', be('Begindatum', '2018-02-01') + be('Einddatum', '2018-02-28')) +
            el('ProductVolume', String(20 + n)) +
            el('ProductTarief', '4250') +
            el('ProductBedrag', String((20 + n) * 4250)) +
            el('ReferentieAanbieder', `DECL-${String(n).padStart(6, '0')}`),
        );
      client = [
        ...person,
        kort,
        el(
          'Prestaties',
          Array.from({ length: spec.lines ?? 1 }, (_, n) => prestatie(n)).join('\n      '),
        ),
      ];
      break;
    }
    default:
      client = [...person, kort];
  }
  return el('Clienten', el('Client', `\n      ${client.join('\n      ')}\n    `));
};

/** A Vektis EI flat file of JW321 (434) or JW322 (435): record 01, a detail record, record 99. */
export const buildEi = (opts: {
  code: '434' | '435';
  version?: string;
  subversion?: string;
  sender: string;
  receiver: string;
  client?: Client;
}): string => {
  const width = 310;
  const pad = (s: string) => s.padEnd(width, ' ');
  const first = `01${opts.code}${opts.version ?? '02'}${opts.subversion ?? '01'}${opts.sender.padStart(8, '0')}${opts.receiver.padStart(8, '0')}20180312`;
  const detail = `02000001${opts.client?.bsn ?? '999990019'}${opts.client?.geboortedatum.replaceAll('-', '') ?? '19521103'}`;
  const last = '99000003';
  return [pad(first), pad(detail), pad(last), ''].join('\r\n');
};
