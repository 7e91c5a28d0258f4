/**
 * Measures the pure pairing step on synthetic classified messages: 10,000 to 1,000,000, half heen
 * and half retour, a few unanswered. Prints figures; asserts nothing. `npx tsx scripts/bench-pairing.ts`
 */
import type { MessageInfo } from '../src/core/classify.js';
import { pairingFindings, type PairCandidate } from '../src/core/pairing.js';
import { timetable2018 } from '../test/support/timetable2018.js';

const candidates = (n: number): PairCandidate[] => {
  const out: PairCandidate[] = [];
  for (let i = 0; out.length < n; i++) {
    const base: MessageInfo = {
      standard: 'iWmo',
      message: 'WMO303',
      berichtCode: '416',
      release: '2.1',
      kind: 'heen',
      afzender: String(10000000 + (i % 300)),
      ontvanger: '0363',
      identificatie: `D${i}`,
      dagtekening: '2018-03-01',
      identificatieRetour: null,
      sender: String(10000000 + (i % 300)),
      receiver: '0363',
      retourCodes: [],
    };
    out.push({ path: `received/${i}.xml`, box: 'received', info: base });
    if (i % 50 !== 0) {
      out.push({
        path: `sent/${i}.xml`,
        box: 'sent',
        info: {
          ...base,
          message: 'WMO304',
          berichtCode: '417',
          kind: 'retour',
          identificatieRetour: `R${i}`,
          sender: '0363',
          receiver: base.afzender,
        },
      });
    }
  }
  return out.slice(0, n);
};

const context = { role: 'gemeente' as const, org: null, archives: { sent: true, received: true } };
const at = Date.parse('2018-03-28T10:00:00Z');
console.log('messages   findings   ms (median of 5)   µs/message');
for (const n of [10_000, 100_000, 1_000_000]) {
  const files = candidates(n);
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    count = pairingFindings(files, context, timetable2018, at).length;
    times.push(performance.now() - start);
  }
  const median = times.sort((a, b) => a - b)[2] ?? 0;
  console.log(
    `${String(n).padStart(9)}  ${String(count).padStart(9)}  ${median.toFixed(1).padStart(17)}  ${((median * 1000) / n).toFixed(2).padStart(11)}`,
  );
}
