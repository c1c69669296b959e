/** Readings of a written time: exact arithmetic in units of 10^-decimals, athletics display notation. */
import type { TimeReading } from '../../types.js';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "9.58", "1:45.94", "2:03:23", "1:00:03.0" from a whole number of 10^-decimals seconds. */
export function displayOf(units: number, decimals: number): string {
  const scale = 10 ** decimals;
  const whole = Math.floor(units / scale);
  const frac = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h}:${pad2(m)}:${pad2(s)}${frac}`;
  if (m > 0) return `${m}:${pad2(s)}${frac}`;
  return `${s}${frac}`;
}

/** A reading from hours, minutes, whole seconds and the written fraction digits ("38", "1", ""). */
export function readingOf(h: number, m: number, s: number, fraction: string, notation: string): TimeReading {
  const decimals = fraction.length;
  const scale = 10 ** decimals;
  const units = (h * 3600 + m * 60 + s) * scale + (decimals > 0 ? Number(fraction) : 0);
  return { seconds: Math.round((units / scale) * 1000) / 1000, display: displayOf(units, decimals), notation };
}
