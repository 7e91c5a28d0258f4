import type { MessageInfo } from '../../src/core/classify.js';
import { catalogue, type MessageId } from '../../src/data/catalogue.js';

export const gemeente = '0363';
export const aanbieder = '73730123';

/**
 * The classification a real 2.1 file of this message would get, written inline. A retour repeats
 * its heen's header, so its Afzender is whoever sent the heen.
 */
export const infoFor = (
  id: MessageId,
  identificatie: string,
  over: Partial<MessageInfo> = {},
): MessageInfo => {
  const spec = catalogue[id];
  const heenFromGemeente = (spec.kind === 'heen') === (spec.sentBy === 'gemeente');
  const afzender = heenFromGemeente ? gemeente : aanbieder;
  const ontvanger = heenFromGemeente ? aanbieder : gemeente;
  return {
    standard: spec.standard,
    message: id,
    berichtCode: spec.codes[0] ?? null,
    release: '2.1',
    kind: spec.kind,
    afzender,
    ontvanger,
    identificatie,
    dagtekening: '2018-03-20',
    identificatieRetour: spec.kind === 'retour' ? `R-${identificatie}` : null,
    sender: spec.kind === 'heen' ? afzender : ontvanger,
    receiver: spec.kind === 'heen' ? ontvanger : afzender,
    retourCodes: [],
    ...over,
  };
};
