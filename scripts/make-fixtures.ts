/**
 * Writes the scenario folders under fixtures/. Run with `npx tsx scripts/make-fixtures.ts`; the
 * output is committed, so tests read plain files. Each scenario's expectations live in
 * test/scenarios.test.ts.
 */
import fs from 'node:fs';
import { buildZip } from '../test/support/zip.js';
import path from 'node:path';
import {
  buildEi,
  buildMessage,
  clients,
  type Client,
  type MessageSpec,
} from '../test/support/messages.js';

const root = path.resolve(import.meta.dirname, '../fixtures');

// Invented parties: two gemeenten and three aanbieders.
const amsterdam = '0363';
const rotterdam = '0599';
const zorgNoord = '73730123';
const jeugdPlus = '41105678';

type Files = Record<string, string | Buffer>;
const scenarios: Record<string, Files> = {};

const msg = (spec: MessageSpec) => buildMessage(spec);
const retourOf = (
  heen: MessageSpec,
  message: string,
  identificatie: string,
  codes?: string[],
): MessageSpec => ({
  ...heen,
  message,
  client: undefined,
  retour: { identificatie, dagtekening: '2018-03-26', ...(codes ? { codes } : {}) },
});

// --- aanbieder, 27 March 12.00: verzoek, start and a retour still to send; two toewijzingen unread.
const aToewijzingWmo: MessageSpec = {
  message: 'WMO301',
  afzender: amsterdam,
  ontvanger: zorgNoord,
  identificatie: 'TW18-00412',
  dagtekening: '2018-03-23',
  client: clients.devries,
};
scenarios['aanbieder-open'] = {
  'outbox/verzoek-jw315.xml': msg({
    message: 'JW315',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'VZ-0042',
    dagtekening: '2018-03-26',
    client: clients.visser,
  }),
  'outbox/start-wmo305.xml': msg({
    message: 'WMO305',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'ST-0107',
    dagtekening: '2018-03-26',
    client: clients.devries,
  }),
  'outbox/retour/wmo302-TW18-00412.xml': msg(
    retourOf(aToewijzingWmo, 'WMO302', 'RT-0009', ['0200']),
  ),
  'inbox/toewijzing-wmo301.xml': msg(aToewijzingWmo),
  'inbox/toewijzing-jw301.xml': msg({
    message: 'JW301',
    afzender: rotterdam,
    ontvanger: zorgNoord,
    identificatie: 'J-2018-771',
    dagtekening: '2018-03-24',
    client: clients.elbaz,
  }),
};

// --- aanbieder, 20 March: declaraties left behind after D1, still carried by the chain until B1.
scenarios['aanbieder-declaratie-missed'] = {
  'outbox/declaratie-jw303.xml': msg({
    message: 'JW303',
    afzender: jeugdPlus,
    ontvanger: amsterdam,
    identificatie: 'DC-180301',
    dagtekening: '2018-03-18',
    client: clients.visser,
    lines: 3,
  }),
  'outbox/factuur-wmo303.xml': msg({
    message: 'WMO303',
    code: '448',
    afzender: jeugdPlus,
    ontvanger: rotterdam,
    identificatie: 'FC-180302',
    dagtekening: '2018-03-18',
    client: clients.bakker,
    lines: 2,
  }),
  'inbox/.gitkeep': '',
};

// --- gemeente, 26 March 10.00: toewijzing and retours to send; verzoek and start unanswered.
const gDeclaratie: MessageSpec = {
  message: 'WMO303',
  afzender: zorgNoord,
  ontvanger: amsterdam,
  identificatie: 'DC-7781',
  dagtekening: '2018-03-12',
  client: clients.devries,
  lines: 4,
};
const gVerzoek: MessageSpec = {
  message: 'JW315',
  afzender: jeugdPlus,
  ontvanger: amsterdam,
  identificatie: 'VZ-3310',
  dagtekening: '2018-03-22',
  client: clients.elbaz,
};
scenarios['gemeente-open'] = {
  'outbox/toewijzing-jw301.xml': msg({
    message: 'JW301',
    afzender: amsterdam,
    ontvanger: jeugdPlus,
    identificatie: 'J-0363-118',
    dagtekening: '2018-03-25',
    client: clients.visser,
  }),
  'outbox/retour-wmo304.xml': msg(retourOf(gDeclaratie, 'WMO304', 'R-DC-7781', ['0200'])),
  'outbox/retour-jw316.xml': msg(
    retourOf({ ...gVerzoek, identificatie: 'VZ-3299' }, 'JW316', 'R-VZ-3299'),
  ),
  'outbox/retour-wmo306.xml': msg(
    retourOf(
      {
        message: 'WMO305',
        afzender: zorgNoord,
        ontvanger: amsterdam,
        identificatie: 'ST-0099',
        dagtekening: '2018-03-19',
      },
      'WMO306',
      'R-ST-0099',
    ),
  ),
  'inbox/declaratie-wmo303.xml': msg(gDeclaratie),
  'inbox/verzoek-jw315.xml': msg(gVerzoek),
  'inbox/start-jw305.xml': msg({
    message: 'JW305',
    afzender: jeugdPlus,
    ontvanger: amsterdam,
    identificatie: 'S-4410',
    dagtekening: '2018-03-23',
    client: clients.visser,
  }),
};

// --- gemeente, 29 March 14.00: the retour block has passed; the inbox can still be read in.
scenarios['gemeente-after-retour-block'] = {
  'outbox/retour-wmo304.xml': msg(retourOf(gDeclaratie, 'WMO304', 'R-DC-7781')),
  'inbox/start-jw305.xml': msg({
    message: 'JW305',
    afzender: jeugdPlus,
    ontvanger: amsterdam,
    identificatie: 'S-4471',
    dagtekening: '2018-03-28',
    client: clients.visser,
  }),
};

// --- aanbieder, 28 March: only things that do not block: 2.2 held back, 2.0 and iWlz, a note.
scenarios['ready-with-warnings'] = {
  'outbox/verzoek-jw315-release-2.2.xml': msg({
    message: 'JW315',
    release: '2.2',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'VZ-2201',
    dagtekening: '2018-03-28',
    client: clients.visser,
  }),
  'outbox/LEESMIJ.txt':
    'Berichten in deze map worden elk uur door het berichtenverkeer opgehaald.\n',
  'inbox/oud-wmo301-release-2.0.xml': release20Toewijzing(),
  'inbox/wlz-indicatie.xml': iwlzMessage(),
};

// --- files that block readiness because the tool cannot prove they are not 2.1 messages.
scenarios['broken-files'] = {
  'inbox/afgebroken.xml': msg({
    message: 'WMO301',
    afzender: amsterdam,
    ontvanger: zorgNoord,
    identificatie: 'TW-TRUNC',
    dagtekening: '2018-03-26',
    client: clients.bakker,
  }).slice(0, 700),
  'inbox/leeg.xml': '',
  'inbox/doctype.xml': `<?xml version="1.0"?>\n<!DOCTYPE Bericht [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Bericht>&x;</Bericht>\n`,
  'inbox/factuur-export.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<Factuurregels><Regel nummer="1"/></Factuurregels>\n`,
  'inbox/download-0327.zip': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0]),
  'inbox/versie-tegenspraak.xml': msg({
    message: 'WMO301',
    afzender: amsterdam,
    ontvanger: zorgNoord,
    identificatie: 'TW-V22',
    dagtekening: '2018-03-26',
    client: clients.bakker,
  }).replace('<wmo301:BerichtSubversie>1<', '<wmo301:BerichtSubversie>2<'),
  'inbox/code-tegenspraak.xml': msg({
    message: 'WMO301',
    code: '418',
    afzender: amsterdam,
    ontvanger: zorgNoord,
    identificatie: 'TW-C418',
    dagtekening: '2018-03-26',
    client: clients.bakker,
  }),
  'outbox/.gitkeep': '',
};

// --- a gemeente's folders holding messages a gemeente neither sends nor receives (run with --role gemeente).
scenarios['wrong-direction'] = {
  'outbox/start-wmo305.xml': msg({
    message: 'WMO305',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'ST-0555',
    dagtekening: '2018-03-26',
    client: clients.bakker,
  }),
  'inbox/toewijzing-wmo301.xml': msg({
    message: 'WMO301',
    afzender: rotterdam,
    ontvanger: zorgNoord,
    identificatie: 'TW-0599-9',
    dagtekening: '2018-03-26',
    client: clients.bakker,
  }),
};

// --- a regional inbox with a message for another gemeente (run with --org 0363).
scenarios['not-addressed'] = {
  'outbox/.gitkeep': '',
  'inbox/verzoek-wmo315-0363.xml': msg({
    message: 'WMO315',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'VZ-W-101',
    dagtekening: '2018-03-26',
    client: clients.oezdemir,
  }),
  'inbox/verzoek-wmo315-0599.xml': msg({
    message: 'WMO315',
    afzender: zorgNoord,
    ontvanger: rotterdam,
    identificatie: 'VZ-W-102',
    dagtekening: '2018-03-26',
    client: clients.devries,
  }),
};

// --- folders whose messages disagree about whose they are: a usage error without --role.
scenarios['role-conflict'] = {
  'outbox/toewijzing-jw301.xml': msg({
    message: 'JW301',
    afzender: amsterdam,
    ontvanger: jeugdPlus,
    identificatie: 'J-1',
    dagtekening: '2018-03-26',
    client: clients.visser,
  }),
  'inbox/toewijzing-jw301.xml': msg({
    message: 'JW301',
    afzender: rotterdam,
    ontvanger: jeugdPlus,
    identificatie: 'J-2',
    dagtekening: '2018-03-26',
    client: clients.elbaz,
  }),
};

// --- the same kind of message written every way the XML and EI rules allow.
const toAanbieder = (identificatie: string, extra: Partial<MessageSpec> = {}): MessageSpec => ({
  message: 'WMO301',
  afzender: amsterdam,
  ontvanger: zorgNoord,
  identificatie,
  dagtekening: '2018-03-26',
  client: clients.oezdemir,
  ...extra,
});
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(
    `\ufeff${text.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`,
    'utf16le',
  );
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};
scenarios['surface-variants'] = {
  'inbox/default-namespace.xml': msg(toAanbieder('SV-DEFAULT', { defaultNamespace: true })),
  'inbox/utf8-bom.xml': `\ufeff${msg(toAanbieder('SV-BOM8'))}`,
  'inbox/utf16le-bom.xml': utf16(msg(toAanbieder('SV-BOM16LE')), 'le'),
  'inbox/utf16be-bom.xml': utf16(msg(toAanbieder('SV-BOM16BE')), 'be'),
  'inbox/latin1.xml': Buffer.from(
    msg(toAanbieder('SV-LATIN1', { encoding: 'ISO-8859-1' })),
    'latin1',
  ),
  'inbox/crlf.xml': msg(
    toAanbieder('SV-CRLF', { message: 'JW301', lineEnding: '\r\n', client: clients.elbaz }),
  ),
  'inbox/ggz-retour-jw322.ei': buildEi({ code: '435', sender: amsterdam, receiver: zorgNoord }),
  'outbox/ggz-declaratie-jw321.ei': buildEi({
    code: '434',
    sender: zorgNoord,
    receiver: amsterdam,
    client: clients.visser,
  }),
};

// --- links: one inside (judged once), one leading out (reported, not followed), a loop.
scenarios['links'] = {
  'outbox/verzoek-jw315.xml': msg({
    message: 'JW315',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'VZ-LINK',
    dagtekening: '2018-03-26',
    client: clients.visser,
  }),
  'inbox/.gitkeep': '',
};
const links: Record<string, Record<string, string>> = {
  links: {
    'outbox/zelfde-verzoek.xml': 'verzoek-jw315.xml',
    'outbox/buiten-de-map.xml': '../../aanbieder-open/outbox/verzoek-jw315.xml',
    'outbox/lus': '.',
  },
};

// --- a gemeente with empty folders: the goal state. Hidden files are skipped.
scenarios['empty-ready'] = {
  'outbox/.gitkeep': '',
  'inbox/.gitkeep': '',
  'outbox/.half-geschreven.xml': '<?xml version="1.0"?><wmo301:Ber',
};

// --- transitie, 1 April: only 2.2 messages wait, held back until 2.2 is live.
scenarios['transitie-2.2-waiting'] = {
  'outbox/toewijzing-jw301-release-2.2.xml': msg({
    message: 'JW301',
    release: '2.2',
    afzender: amsterdam,
    ontvanger: jeugdPlus,
    identificatie: 'J22-0001',
    dagtekening: '2018-03-31',
    client: clients.visser,
  }),
  'inbox/.gitkeep': '',
};

// --- archives: a matched pair in every combination of folders (aanbieder, 28 March).
const pm = (
  message: string,
  afzender: string,
  ontvanger: string,
  identificatie: string,
  client: Client = clients.bakker,
): MessageSpec => ({
  message,
  afzender,
  ontvanger,
  identificatie,
  dagtekening: '2018-03-20',
  client,
});
const pmWmo301a = pm('WMO301', amsterdam, zorgNoord, 'PM-01');
const pmJw301b = pm('JW301', rotterdam, zorgNoord, 'PM-02', clients.elbaz);
const pmWmo301c = pm('WMO301', amsterdam, zorgNoord, 'PM-03');
const pmJw301d = pm('JW301', rotterdam, zorgNoord, 'PM-04', clients.visser);
const pmWmo305e = pm('WMO305', zorgNoord, amsterdam, 'PM-05');
const pmJw315f = pm('JW315', zorgNoord, rotterdam, 'PM-06', clients.visser);
scenarios['pairs-matched'] = {
  'received/wmo301-PM-01.xml': msg(pmWmo301a),
  'sent/wmo302-PM-01.xml': msg(retourOf(pmWmo301a, 'WMO302', 'R-PM-01', ['0200'])),
  'received/jw301-PM-02.xml': msg(pmJw301b),
  'outbox/jw302-PM-02.xml': msg(retourOf(pmJw301b, 'JW302', 'R-PM-02')),
  'inbox/wmo301-PM-03.xml': msg(pmWmo301c),
  'outbox/wmo302-PM-03.xml': msg(retourOf(pmWmo301c, 'WMO302', 'R-PM-03')),
  'inbox/jw301-PM-04.xml': msg(pmJw301d),
  'sent/jw302-PM-04.xml': msg(retourOf(pmJw301d, 'JW302', 'R-PM-04')),
  'sent/wmo305-PM-05.xml': msg(pmWmo305e),
  'received/wmo306-PM-05.xml': msg(retourOf(pmWmo305e, 'WMO306', 'R-PM-05')),
  'sent/jw315-PM-06.xml': msg(pmJw315f),
  'inbox/jw316-PM-06.xml': msg(retourOf(pmJw315f, 'JW316', 'R-PM-06')),
};

// --- archives: every anomaly, reported and never merged (aanbieder, 28 March).
const anTwice = pm('JW301', rotterdam, zorgNoord, 'AN-01', clients.elbaz);
const anMismatch = pm('WMO301', amsterdam, zorgNoord, 'AN-05');
scenarios['pairs-anomalies'] = {
  'received/jw301-AN-01.xml': msg(anTwice),
  'sent/jw302-AN-01-a.xml': msg(retourOf(anTwice, 'JW302', 'R-AN-01A')),
  'sent/jw302-AN-01-b.xml': msg(retourOf(anTwice, 'JW302', 'R-AN-01B')),
  'outbox/wmo302-AN-02.xml': msg(
    retourOf(pm('WMO301', amsterdam, zorgNoord, 'AN-02'), 'WMO302', 'R-AN-02'),
  ),
  'sent/jw302-AN-03.xml': msg(
    retourOf(pm('JW301', rotterdam, zorgNoord, 'AN-03'), 'JW302', 'R-AN-03'),
  ),
  'sent/jw315-AN-04-maart.xml': msg({
    ...pm('JW315', zorgNoord, amsterdam, 'AN-04', clients.visser),
    dagtekening: '2018-03-05',
  }),
  'sent/jw315-AN-04-april.xml': msg({
    ...pm('JW315', zorgNoord, amsterdam, 'AN-04', clients.visser),
    dagtekening: '2018-03-19',
  }),
  'received/jw316-AN-04-maart.xml': msg(
    retourOf(
      { ...pm('JW315', zorgNoord, amsterdam, 'AN-04'), dagtekening: '2018-03-05' },
      'JW316',
      'R-AN-04A',
    ),
  ),
  'received/jw316-AN-04-april.xml': msg(
    retourOf(
      { ...pm('JW315', zorgNoord, amsterdam, 'AN-04'), dagtekening: '2018-03-19' },
      'JW316',
      'R-AN-04B',
    ),
  ),
  'received/wmo301-AN-05.xml': msg(anMismatch),
  'sent/wmo302-AN-05-release-2.2.xml': msg({
    ...retourOf(anMismatch, 'WMO302', 'R-AN-05'),
    release: '2.2',
  }),
  'inbox/.gitkeep': '',
};

// --- archives: our verzoek rejected by the gemeente (RetourCode 0001); run before and after D2.
const rjVerzoek = pm('JW315', zorgNoord, amsterdam, 'RJ-01', clients.visser);
scenarios['rejected'] = {
  'sent/jw315-RJ-01.xml': msg(rjVerzoek),
  'received/jw316-RJ-01.xml': msg(retourOf(rjVerzoek, 'JW316', 'R-RJ-01', ['0001'])),
  'outbox/.gitkeep': '',
  'inbox/.gitkeep': '',
};

// --- archives: a gemeente whose toewijzingen one aanbieder never answered, and a declaratie it
// read in but never answered itself.
scenarios['counterpart-never-answered'] = {
  'sent/jw301-NA-01.xml': msg(pm('JW301', amsterdam, jeugdPlus, 'NA-01', clients.visser)),
  'sent/jw301-NA-02.xml': msg(pm('JW301', amsterdam, jeugdPlus, 'NA-02', clients.elbaz)),
  'sent/jw301-NA-03.xml': msg(pm('JW301', amsterdam, jeugdPlus, 'NA-03', clients.visser)),
  'received/jw303-DC-NA-9.xml': msg({
    ...pm('JW303', jeugdPlus, amsterdam, 'DC-NA-9', clients.elbaz),
    lines: 2,
  }),
  'outbox/.gitkeep': '',
  'inbox/.gitkeep': '',
};

// --- an aanbieder's VECOZO download, zipped, next to a loose message (27 March).
const zipToewijzing = pm('WMO301', amsterdam, zorgNoord, 'ZP-0042', clients.oezdemir);
scenarios['zip-download'] = {
  'inbox/download-0327.zip': buildZip([
    { name: 'berichten/wmo301-ZP-0042.xml', content: msg(zipToewijzing) },
    {
      name: 'berichten/jw301-ZP-0043.xml',
      content: msg(pm('JW301', rotterdam, zorgNoord, 'ZP-0043', clients.elbaz)),
    },
    {
      name: 'berichten/wmo304-DC-0077.xml',
      content: msg(
        retourOf(pm('WMO303', zorgNoord, amsterdam, 'DC-0077'), 'WMO304', 'R-DC-0077', ['0200']),
      ),
      store: true,
    },
    { name: 'berichten/LEESMIJ.txt', content: 'Download van VECOZO, 27-03-2018.\n' },
    { name: '__MACOSX/._wmo301-ZP-0042.xml', content: 'x' },
  ]),
  'outbox/wmo302-ZP-0042.xml': msg(retourOf(zipToewijzing, 'WMO302', 'R-ZP-0042', ['0200'])),
};

// --- a gemeente's GGk StUF envelopes: a toewijzing to send, a retour received, an error
// message, an envelope that contradicts its message, one whose base64 is broken (27 March).
const envelope = (kind: 'Di01' | 'Du01', functie: string, message: string, base64?: string) => {
  const root = kind === 'Di01' ? 'envelopHeenbericht-ggk_Di01' : 'envelopRetourbericht-ggk_Du01';
  const payload =
    base64 ??
    Buffer.from(message)
      .toString('base64')
      .replace(/(.{76})/g, '$1\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<GGK:${root} xmlns:StUF="http://www.egem.nl/StUF/StUF0301" xmlns:GGK="http://www.stufstandaarden.nl/koppelvlak/ggk0210">
  <GGK:stuurgegevens>
    <StUF:berichtcode>${kind}</StUF:berichtcode>
    <StUF:zender><StUF:organisatie>${kind === 'Di01' ? amsterdam : zorgNoord}</StUF:organisatie><StUF:applicatie>Wmo-applicatie</StUF:applicatie></StUF:zender>
    <StUF:ontvanger><StUF:organisatie>${kind === 'Di01' ? zorgNoord : amsterdam}</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>
    <StUF:referentienummer>3f2c1d9e-${functie.toLowerCase()}-0327</StUF:referentienummer>
    <StUF:tijdstipBericht>20180327091500</StUF:tijdstipBericht>
    <StUF:functie>${functie}</StUF:functie>
  </GGK:stuurgegevens>
  <GGK:parameters>
    <GGK:applicatieVersie>0004</GGK:applicatieVersie>
    <GGK:applicatieSubversie>0003</GGK:applicatieSubversie>
    <GGK:functieVersie>0002</GGK:functieVersie>
    <GGK:functieSubversie>0001</GGK:functieSubversie>
    <GGK:bericht>
      <GGK:xmlBestand>${payload}</GGK:xmlBestand>
    </GGK:bericht>
  </GGK:parameters>
</GGK:${root}>
`;
};
const evToewijzing = pm('WMO301', amsterdam, zorgNoord, 'EV-0301', clients.devries);
scenarios['ggk-envelopes'] = {
  'outbox/di01-wmo301-EV-0301.xml': envelope('Di01', 'WMO301', msg(evToewijzing)),
  'inbox/du01-wmo302-EV-0300.xml': envelope(
    'Du01',
    'WMO302',
    msg(retourOf(pm('WMO301', amsterdam, zorgNoord, 'EV-0300'), 'WMO302', 'R-EV-0300', ['0200'])),
  ),
  'inbox/fo01-IB210.xml': `<?xml version="1.0" encoding="UTF-8"?>
<StUF:Fo01Bericht xmlns:StUF="http://www.egem.nl/StUF/StUF0301">
  <StUF:stuurgegevens>
    <StUF:berichtcode>Fo01</StUF:berichtcode>
    <StUF:zender><StUF:organisatie>IB</StUF:organisatie><StUF:applicatie>GGK</StUF:applicatie></StUF:zender>
    <StUF:ontvanger><StUF:organisatie>${amsterdam}</StUF:organisatie><StUF:applicatie>Wmo-applicatie</StUF:applicatie></StUF:ontvanger>
    <StUF:referentienummer>78002f23-5bc5-4e3e-96ad-1d209d32a5d5</StUF:referentienummer>
    <StUF:tijdstipBericht>20180326144534</StUF:tijdstipBericht>
    <StUF:crossRefnummer>3f2c1d9e-wmo301-0326</StUF:crossRefnummer>
  </StUF:stuurgegevens>
  <StUF:body>
    <StUF:code>IB210</StUF:code>
    <StUF:plek>client</StUF:plek>
    <StUF:omschrijving>Ontvangende organisatie onbekend. Client ${clients.bakker.bsn}</StUF:omschrijving>
    <StUF:details>WMO301-EV-0299</StUF:details>
  </StUF:body>
</StUF:Fo01Bericht>
`,
  'inbox/du01-functie-tegenspraak.xml': envelope(
    'Du01',
    'WMO302',
    msg(pm('WMO305', zorgNoord, amsterdam, 'EV-0305', clients.bakker)),
  ),
  'inbox/du01-base64-kapot.xml': envelope(
    'Du01',
    'WMO302',
    '',
    'PD94bWwgdmVyc2lvbj0iMS4wIj8+PGEvP*===',
  ),
};

// --- hostile containers: a bomb, names outside the archive, three levels of ZIP, an encrypted
// entry, a cut-off archive, a size that lies; the sound message among them is still judged.
const sound = msg(pm('WMO301', amsterdam, zorgNoord, 'HZ-0001', clients.devries));
const zeros = Buffer.alloc(64 * 1024 * 1024);
scenarios['zip-hostile'] = {
  'inbox/bom.zip': buildZip([
    { name: 'nullen.xml', content: zeros },
    { name: 'gewoon.xml', content: sound },
  ]),
  'inbox/namen-buiten.zip': buildZip([
    {
      name: '../../buiten/wmo301.xml',
      content: msg(pm('WMO301', amsterdam, zorgNoord, 'HZ-0002')),
    },
    { name: '/tmp/absoluut.xml', content: 'niets' },
  ]),
  'inbox/genest.zip': buildZip([
    {
      name: 'laag1.zip',
      content: buildZip([
        { name: 'wmo301-laag2.xml', content: msg(pm('WMO301', amsterdam, zorgNoord, 'HZ-0003')) },
        { name: 'laag2.zip', content: buildZip([{ name: 'wmo301-laag3.xml', content: sound }]) },
      ]),
    },
  ]),
  'inbox/versleuteld.zip': buildZip([{ name: 'geheim.xml', content: sound, encrypted: true }]),
  'inbox/afgebroken.zip': buildZip([{ name: 'wmo301.xml', content: sound }]).subarray(0, 200),
  'inbox/liegt-over-grootte.zip': buildZip([
    { name: 'klein.xml', content: Buffer.alloc(80 * 1024 * 1024, 0x20), declaredSize: 1000 },
  ]),
  'outbox/.gitkeep': '',
};

// --- the demo (npm start): an aanbieder with iJw and iWmo traffic, and a gemeente, on 28 March.
const dToewijzingWmo: MessageSpec = {
  message: 'WMO301',
  afzender: amsterdam,
  ontvanger: zorgNoord,
  identificatie: 'TW18-00977',
  dagtekening: '2018-03-27',
  client: clients.oezdemir,
};
const dToewijzingJw: MessageSpec = {
  message: 'JW301',
  afzender: rotterdam,
  ontvanger: zorgNoord,
  identificatie: 'J-2018-902',
  dagtekening: '2018-03-26',
  client: clients.elbaz,
};
scenarios['demo-aanbieder'] = {
  'outbox/retour/wmo302-TW18-00977.xml': msg(
    retourOf(dToewijzingWmo, 'WMO302', 'RT-0131', ['0200']),
  ),
  'outbox/retour/jw302-J-2018-902.xml': msg(retourOf(dToewijzingJw, 'JW302', 'RT-0132', ['0200'])),
  'outbox/nieuw/verzoek-jw315-release-2.2.xml': msg({
    message: 'JW315',
    release: '2.2',
    afzender: zorgNoord,
    ontvanger: rotterdam,
    identificatie: 'VZ22-0001',
    dagtekening: '2018-03-28',
    client: clients.visser,
  }),
  'outbox/LEESMIJ.txt':
    'Berichten in deze map worden elk uur door het berichtenverkeer opgehaald.\n',
  'inbox/vecozo/toewijzing-wmo301-TW18-00977.xml': msg(dToewijzingWmo),
  'inbox/vecozo/toewijzing-jw301-J-2018-905.xml': msg({
    ...dToewijzingJw,
    identificatie: 'J-2018-905',
    dagtekening: '2018-03-28',
  }),
  'inbox/vecozo/retour-wmo304-DC-7781.xml': msg(
    retourOf(gDeclaratie, 'WMO304', 'R-DC-7781', ['0200']),
  ),
  'inbox/vecozo/retour-jw306-S-2018-17.xml': msg(
    retourOf(
      {
        message: 'JW305',
        afzender: zorgNoord,
        ontvanger: rotterdam,
        identificatie: 'S-2018-17',
        dagtekening: '2018-03-21',
      },
      'JW306',
      'R-S-2018-17',
    ),
  ),
};
scenarios['demo-gemeente'] = {
  'outbox/toewijzing-jw301-J-0363-120.xml': msg({
    message: 'JW301',
    afzender: amsterdam,
    ontvanger: jeugdPlus,
    identificatie: 'J-0363-120',
    dagtekening: '2018-03-27',
    client: clients.visser,
  }),
  'outbox/retour-wmo304-DC-7790.xml': msg(
    retourOf({ ...gDeclaratie, identificatie: 'DC-7790' }, 'WMO304', 'R-DC-7790', ['0200']),
  ),
  'outbox/retour-jw316-VZ-3340.xml': msg(
    retourOf({ ...gVerzoek, identificatie: 'VZ-3340' }, 'JW316', 'R-VZ-3340'),
  ),
  'inbox/ib/declaratie-jw303-DC-J-5521.xml': msg({
    message: 'JW303',
    afzender: jeugdPlus,
    ontvanger: amsterdam,
    identificatie: 'DC-J-5521',
    dagtekening: '2018-03-16',
    client: clients.elbaz,
    lines: 6,
  }),
  'inbox/ib/start-wmo305-ST-0140.xml': msg({
    message: 'WMO305',
    afzender: zorgNoord,
    ontvanger: amsterdam,
    identificatie: 'ST-0140',
    dagtekening: '2018-03-27',
    client: clients.bakker,
  }),
  'inbox/ib/declaratie-wmo303-DC-7790.xml': msg({ ...gDeclaratie, identificatie: 'DC-7790' }),
};

function release20Toewijzing(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<wmo301:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/2_0/basisschema/schema/2_0" xmlns:wmo301="http://www.istandaarden.nl/iwmo/2_0/wmo301/schema/2_0">
  <wmo301:Header>
    <wmo301:Berichtspecificatie>
      <iwmo:Code>414</iwmo:Code>
      <iwmo:Versie>2</iwmo:Versie>
      <iwmo:SubVersie>0</iwmo:SubVersie>
    </wmo301:Berichtspecificatie>
    <wmo301:Afzender>${amsterdam}</wmo301:Afzender>
    <wmo301:Ontvanger>${zorgNoord}</wmo301:Ontvanger>
    <wmo301:Berichtidentificatie>
      <iwmo:Identificatie>OUD-2016-1</iwmo:Identificatie>
      <iwmo:Dagtekening>2016-11-02</iwmo:Dagtekening>
      <iwmo:Tekenset>1</iwmo:Tekenset>
    </wmo301:Berichtidentificatie>
  </wmo301:Header>
</wmo301:Bericht>
`;
}

function iwlzMessage(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<az01:Bericht xmlns:az01="http://www.istandaarden.nl/iwlz/2_0/az01/schema/2_0" xmlns:iwlz="http://www.istandaarden.nl/iwlz/2_0/basisschema/schema/2_0">
  <az01:Header>
    <az01:BerichtCode>001</az01:BerichtCode>
    <az01:BerichtVersie>2</az01:BerichtVersie>
    <az01:BerichtSubversie>0</az01:BerichtSubversie>
  </az01:Header>
</az01:Bericht>
`;
}

const write = (name: string, files: Files) => {
  const dir = path.join(root, name);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  for (const [rel, target] of Object.entries(links[name] ?? {}))
    fs.symlinkSync(target, path.join(dir, rel));
};

const only = process.argv.slice(2);
for (const [name, files] of Object.entries(scenarios)) {
  if (only.length === 0 || only.includes(name)) write(name, files);
}
console.log(
  `wrote ${Object.keys(scenarios).length} scenarios to ${path.relative(process.cwd(), root)}/`,
);
