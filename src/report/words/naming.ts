import { catalogue, isMessageId, messageIds, type MessageId } from '../../data/catalogue.js';
import type { MessageName } from './Words.js';

/** The catalogue's id for a code, or `null` for a message the catalogue does not know. */
export const messageCode = (code: string): MessageId | null => (isMessageId(code) ? code : null);

/** The retour that answers a heen message, e.g. WMO303 → WMO304. */
export const retourOf = (heen: string): string =>
  messageIds.find((id) => catalogue[id].answers === heen) ?? 'retourbericht';

/** A message's name in a language's table, or the fallback for a code the catalogue does not know. */
export const nameOf = (
  code: string,
  table: Readonly<Record<MessageId, MessageName>>,
  fallback: MessageName,
): MessageName => {
  const id = messageCode(code);
  return id === null ? fallback : table[id];
};

/** The name every code shares ("toewijzing" for JW301 and WMO301), or `null` when they differ. */
export const sameName = (
  codes: readonly string[],
  table: Readonly<Record<MessageId, MessageName>>,
): MessageName | null => {
  const names = codes.map((code) => {
    const id = messageCode(code);
    return id === null ? null : table[id];
  });
  const first = names[0];
  return first !== undefined && first !== null && names.every((n) => n?.one === first.one)
    ? first
    : null;
};

/** "iwlz" as its users write it: "iWlz"; other names as they came. */
export const standardName = (standard: string): string =>
  /^i[a-z]+$/.test(standard)
    ? `i${standard.charAt(1).toUpperCase()}${standard.slice(2)}`
    : standard;
