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

/**
 * What each message is called. The domain words stay Dutch in every language of the output (the
 * spec says so for all of them), so English names them the same way.
 */
export const messageNames = {
  WMO301: { one: 'toewijzing', many: 'toewijzingen' },
  WMO302: { one: 'retourbericht', many: 'retourberichten' },
  WMO303: { one: 'declaratie', many: 'declaraties' },
  WMO304: { one: 'retourbericht', many: 'retourberichten' },
  WMO305: { one: 'start zorg', many: 'start-zorgberichten' },
  WMO306: { one: 'retourbericht', many: 'retourberichten' },
  WMO307: { one: 'stop zorg', many: 'stop-zorgberichten' },
  WMO308: { one: 'retourbericht', many: 'retourberichten' },
  WMO315: { one: 'verzoek om toewijzing', many: 'verzoeken om toewijzing' },
  WMO316: { one: 'retourbericht', many: 'retourberichten' },
  JW301: { one: 'toewijzing', many: 'toewijzingen' },
  JW302: { one: 'retourbericht', many: 'retourberichten' },
  JW303: { one: 'declaratie', many: 'declaraties' },
  JW304: { one: 'retourbericht', many: 'retourberichten' },
  JW305: { one: 'start zorg', many: 'start-zorgberichten' },
  JW306: { one: 'retourbericht', many: 'retourberichten' },
  JW307: { one: 'stop zorg', many: 'stop-zorgberichten' },
  JW308: { one: 'retourbericht', many: 'retourberichten' },
  JW315: { one: 'verzoek om toewijzing', many: 'verzoeken om toewijzing' },
  JW316: { one: 'retourbericht', many: 'retourberichten' },
  JW321: { one: 'declaratie Jeugd-GGZ', many: 'declaraties Jeugd-GGZ' },
  JW322: { one: 'retourbericht', many: 'retourberichten' },
} as const satisfies Readonly<Record<MessageId, MessageName>>;

/** "toewijzing JW301", or the bare code of a message the catalogue does not know. */
export const namedMessage = (code: string): string => {
  const id = messageCode(code);
  return id === null ? code : `${messageNames[id].one} ${code}`;
};
