import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MessageInfo } from '../src/core/classify.js';
import { instantOf } from '../src/core/deadlines.js';
import {
  groupPairs,
  pairingFindings,
  type PairCandidate,
  type PairingContext,
} from '../src/core/pairing.js';
import type { Box } from '../src/data/types.js';
import type { MessageId } from '../src/data/catalogue.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { infoFor } from './support/info.js';

/** A message of a pair, inline: a retour repeats its heen's header. */
const m = (
  box: Box,
  id: MessageId,
  identificatie: string,
  over: Partial<MessageInfo> = {},
): PairCandidate => ({
  path: `${box}/${id}-${identificatie}${over.release === '2.2' ? '-22' : ''}.xml`,
  box,
  info: infoFor(id, identificatie, over),
});

const both: PairingContext = {
  role: 'gemeente',
  org: null,
  archives: { sent: true, received: true },
};
const noon28 = Date.parse('2018-03-28T10:00:00Z');
const rules = (files: PairCandidate[], context = both, at = noon28) =>
  pairingFindings(files, context, tt, at)
    .map((f) => `${f.rule} ${f.path} ${f.status}`)
    .sort();

describe('groupPairs', () => {
  it('joins a heen and its retour by standard, message, parties, Identificatie and Dagtekening', () => {
    const groups = groupPairs([
      m('received', 'WMO303', 'A', { berichtCode: '448' }),
      m('sent', 'WMO304', 'A', { berichtCode: '449' }),
      m('sent', 'WMO304', 'B'),
    ]);
    const sizes = [...groups.values()].map((g) => [g.heens.length, g.retours.length]);
    assert.deepEqual(sizes, [
      [1, 1],
      [0, 1],
    ]);
  });
  it('a different Dagtekening, Afzender or standard is another pair', () => {
    const groups = groupPairs([
      m('received', 'WMO303', 'A'),
      m('sent', 'WMO304', 'A', { dagtekening: '2018-03-21' }),
      m('sent', 'WMO304', 'A', { afzender: '12121212', receiver: '12121212' }),
      m('sent', 'JW304', 'A'),
    ]);
    assert.equal(groups.size, 4);
  });
  it('EI files are never paired', () =>
    assert.equal(groupPairs([m('received', 'JW321', 'A'), m('sent', 'JW322', 'A')]).size, 0));
});

describe('pairing rules', () => {
  it('a heen received and answered in any folder is closed', () => {
    assert.deepEqual(rules([m('received', 'WMO303', 'A'), m('sent', 'WMO304', 'A')]), []);
    assert.deepEqual(rules([m('received', 'WMO303', 'A'), m('outbox', 'WMO304', 'A')]), []);
    assert.deepEqual(rules([m('inbox', 'WMO303', 'A'), m('sent', 'WMO304', 'A')]), []);
  });
  it('a heen received and never answered is unanswered, by B2', () => {
    assert.deepEqual(rules([m('received', 'JW303', 'A')]), [
      'unanswered received/JW303-A.xml open',
    ]);
    assert.deepEqual(rules([m('received', 'JW303', 'A')], both, instantOf(tt, 'B2')), [
      'unanswered received/JW303-A.xml missed',
    ]);
  });
  it('a heen for another role or another --org code creates no duty to answer', () => {
    assert.deepEqual(rules([m('received', 'JW303', 'A')], { ...both, role: 'aanbieder' }), []);
    assert.deepEqual(rules([m('received', 'JW303', 'A')], { ...both, org: ['0599'] }), []);
  });
  it('our heen without a received retour awaits it: info before B2, warning from B2', () => {
    assert.deepEqual(rules([m('sent', 'JW301', 'A')]), ['awaiting-retour sent/JW301-A.xml info']);
    assert.deepEqual(rules([m('sent', 'JW301', 'A')], both, instantOf(tt, 'B2') - 1), [
      'awaiting-retour sent/JW301-A.xml info',
    ]);
    assert.deepEqual(rules([m('sent', 'JW301', 'A')], both, instantOf(tt, 'B2')), [
      'awaiting-retour sent/JW301-A.xml warning',
    ]);
    assert.deepEqual(rules([m('sent', 'JW301', 'A'), m('inbox', 'JW302', 'A')]), []);
  });
  it('a rejecting retour names our heen, with the retour under related, by the heen deadline', () => {
    const [finding] = pairingFindings(
      [m('sent', 'JW301', 'A'), m('received', 'JW302', 'A', { retourCodes: ['0001'] })],
      both,
      tt,
      noon28,
    );
    assert.equal(finding?.rule, 'rejected');
    assert.equal(finding?.path, 'sent/JW301-A.xml');
    assert.deepEqual(finding?.related, ['received/JW302-A.xml']);
    assert.equal(finding?.deadlineId, 'D3');
    assert.equal(finding?.status, 'missed');
  });
  it('a rejecting retour whose heen was pruned names the retour itself', () => {
    const [finding] = pairingFindings(
      [m('inbox', 'JW302', 'A', { retourCodes: ['0200', '0001'] })],
      both,
      tt,
      noon28,
    );
    assert.equal(finding?.path, 'inbox/JW302-A.xml');
    assert.deepEqual(finding?.related, []);
    assert.deepEqual(finding?.rule === 'rejected' && finding.args.retourCodes, ['0001']);
  });
  it('a retour without a heen is reported only where the heen would have been kept', () => {
    const orphan = m('outbox', 'WMO304', 'A');
    assert.deepEqual(rules([orphan]), ['retour-without-heen outbox/WMO304-A.xml warning']);
    assert.deepEqual(rules([orphan], { ...both, archives: { sent: true, received: false } }), []);
    assert.deepEqual(rules([m('sent', 'WMO304', 'A')]), [
      'archived-retour-without-heen sent/WMO304-A.xml info',
    ]);
    assert.deepEqual(rules([m('received', 'WMO302', 'A')], { ...both, role: 'aanbieder' }), [
      'archived-retour-without-heen received/WMO302-A.xml info',
    ]);
  });
  it('two retours for one heen are both reported, each naming the other', () => {
    const found = pairingFindings(
      [
        m('received', 'WMO303', 'A'),
        m('sent', 'WMO304', 'A'),
        m('sent', 'WMO304', 'A', { identificatieRetour: 'R2' }),
      ],
      both,
      tt,
      noon28,
    );
    assert.deepEqual(
      found.map((f) => [f.rule, f.related.length]),
      [
        ['duplicate-retour', 1],
        ['duplicate-retour', 1],
      ],
    );
  });
  it('a 2.2 retour to a 2.1 heen is a mismatch and leaves the heen unanswered', () => {
    assert.deepEqual(
      rules([m('received', 'WMO303', 'A'), m('sent', 'WMO304', 'A', { release: '2.2' })]),
      ['release-mismatch sent/WMO304-A-22.xml warning', 'unanswered received/WMO303-A.xml open'],
    );
  });
  it('a 2.1 retour to a 2.2 heen is a mismatch too', () =>
    assert.deepEqual(
      rules([m('received', 'WMO303', 'A', { release: '2.2' }), m('sent', 'WMO304', 'A')]),
      ['release-mismatch sent/WMO304-A.xml warning'],
    ));
  it('one sender, one Identificatie, twice for the same message', () => {
    const found = rules([
      m('received', 'WMO303', 'A', { dagtekening: '2018-03-01' }),
      m('received', 'WMO303', 'A', { dagtekening: '2018-03-15' }),
      m('sent', 'WMO304', 'A', { dagtekening: '2018-03-01' }),
      m('sent', 'WMO304', 'A', { dagtekening: '2018-03-15', identificatieRetour: 'R-B' }),
    ]);
    assert.deepEqual(found, [
      'duplicate-identificatie received/WMO303-A.xml warning',
      'duplicate-identificatie received/WMO303-A.xml warning',
    ]);
  });
});
