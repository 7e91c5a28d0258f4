import type { MessageInfo } from '../core/classify.js';
import type { FileProblem } from '../core/findings.js';
import type { Box } from '../data/types.js';
import type { Judged } from './judgeFile.js';

/**
 * A judgement as it is kept until evaluation. A hundred thousand of them wait at once, so each is
 * an object of one fixed shape: a thread's answers arrive as objects built property by property,
 * which V8 stores at nearly twice the size.
 */
class KeptFile implements Judged {
  constructor(
    readonly path: string,
    readonly box: Box,
    readonly identity: string | null,
    readonly size: number | null,
    readonly digest: string | null,
    readonly ignored: boolean,
    readonly info: MessageInfo | null,
    readonly problem: FileProblem | null,
  ) {}
}

class KeptInfo implements MessageInfo {
  constructor(
    readonly standard: MessageInfo['standard'],
    readonly message: string | null,
    readonly berichtCode: string | null,
    readonly release: string | null,
    readonly kind: MessageInfo['kind'],
    readonly afzender: string | null,
    readonly ontvanger: string | null,
    readonly identificatie: string | null,
    readonly dagtekening: string | null,
    readonly identificatieRetour: string | null,
    readonly sender: string | null,
    readonly receiver: string | null,
    readonly retourCodes: readonly string[],
  ) {}
}

/**
 * Makes judgements small to keep: the codes, dates and names that recur from file to file are
 * held once, not once a file (a thread's answers arrive as fresh copies of every string).
 */
export const compactor = (): ((judged: Judged) => Judged) => {
  const strings = new Map<string, string>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  const none: readonly string[] = Object.freeze([]);
  return (judged) => {
    const { info } = judged;
    return new KeptFile(
      judged.path,
      intern(judged.box),
      judged.identity,
      judged.size,
      judged.digest,
      judged.ignored,
      info === null
        ? null
        : new KeptInfo(
            intern(info.standard),
            intern(info.message),
            intern(info.berichtCode),
            intern(info.release),
            intern(info.kind),
            intern(info.afzender),
            intern(info.ontvanger),
            info.identificatie,
            intern(info.dagtekening),
            info.identificatieRetour,
            intern(info.sender),
            intern(info.receiver),
            info.retourCodes.length === 0 ? none : info.retourCodes.map(intern),
          ),
      judged.problem,
    );
  };
};
