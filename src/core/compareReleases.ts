const releasePattern = /^\d+(\.\d+)*$/;

/** Whether a release is written as numbers with dots, as releases are. */
export const isReleaseNumber = (release: string): boolean => releasePattern.test(release);

/** Releases in order: "2.10" after "2.9", "3.0" after both; one written otherwise by its text. */
export const compareReleases = (a: string, b: string): number => {
  if (!isReleaseNumber(a) || !isReleaseNumber(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};
