/** Edits (insert, delete, replace) that turn `a` into `b`. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
};

/**
 * The choice a person most likely meant by `value` ("gemeenten" → "gemeente", "jsn" → "json"),
 * or null when none is close: a guess that is far off helps less than the list of choices.
 */
export const closest = (value: string, choices: readonly string[]): string | null => {
  const typed = value.toLowerCase().replace(/^-+/, '');
  let best: { choice: string; cost: number } | null = null;
  for (const choice of choices) {
    const plain = choice.toLowerCase().replace(/^-+/, '');
    const cost =
      typed.length >= 3 && (plain.startsWith(typed) || typed.startsWith(plain))
        ? 0.5
        : distance(typed, plain);
    if (cost <= Math.max(1, Math.floor(plain.length / 3)) && (best === null || cost < best.cost)) {
      best = { choice, cost };
    }
  }
  return best?.choice ?? null;
};
