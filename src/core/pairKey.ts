import { catalogue, isMessageId } from '../data/catalogue.js';
import type { MessageInfo } from './classify.js';

/**
 * The key that joins a heenbericht and its retour (domain.md §3): standard, heen message,
 * Afzender, Ontvanger, Identificatie, Dagtekening. The message, not the BerichtCode, so a
 * factuur (448) and its retour (449) pair like a declaratie. EI files have no key.
 */
const key = (info: MessageInfo, heenMessage: string): string | null => {
  const { standard, afzender, ontvanger, identificatie, dagtekening } = info;
  if (standard === null || afzender === null || ontvanger === null) return null;
  if (identificatie === null || dagtekening === null) return null;
  return `${standard}\u0000${heenMessage}\u0000${afzender}\u0000${ontvanger}\u0000${identificatie}\u0000${dagtekening}`;
};

/** The key of a heenbericht, or null when it is no XML heen of the catalogue. */
export const pairKey = (info: MessageInfo): string | null => {
  const message = info.message;
  if (message === null || !isMessageId(message)) return null;
  const spec = catalogue[message];
  return spec.kind === 'heen' && spec.format === 'xml' ? key(info, message) : null;
};

/** The key of the heenbericht this retour answers, or null when it is no XML retour. */
export const retourKey = (info: MessageInfo): string | null => {
  const message = info.message;
  if (message === null || !isMessageId(message)) return null;
  const spec = catalogue[message];
  return spec.answers !== null && spec.format === 'xml' ? key(info, spec.answers) : null;
};
