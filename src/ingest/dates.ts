/**
 * Dates as files state them, to ISO `YYYY-MM-DD`. The date part is taken as written (no time-zone
 * shift), and it must be a real calendar date, else null.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // French, Spanish, Portuguese, German, Italian, Czech genitive forms seen in news datelines.
  janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, août: 8, aout: 8, sept: 9, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, fev: 2, set: 9, out: 10, dez: 12, mär: 3, okt: 10, gen: 1, giu: 6, lug: 7, ott: 10,
};

/** `YYYY-MM-DD` when y-m-d is a real calendar date in a plausible range, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)] ?? null;
}

/**
 * Reads a date from a short string: ISO (`2024-05-16`, `2024-05-16T10:00Z`, `2024/05/16`),
 * `16 May 2024`, `May 16, 2024`, RFC 2822 (`Fri, 24 Jul 2015 05:36:09 +0100`). Null otherwise.
 */
export function parseDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().slice(0, 200);
  if (!s) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\.?\s{0,3}(?:de\s)?([A-Za-zÀ-ÿ]{3,12}\.?)(?:\sde)?,?\s{1,3}(\d{4})(?!\d)/.exec(s);
  if (m) {
    const mo = month(m[2]!);
    if (mo) return isoDate(+m[3]!, mo, +m[1]!);
  }
  m = /(?:^|[\s,])([A-Za-z]{3,12}\.?)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/.exec(s);
  if (m) {
    const mo = month(m[1]!);
    if (mo) return isoDate(+m[3]!, mo, +m[2]!);
  }
  return null;
}
