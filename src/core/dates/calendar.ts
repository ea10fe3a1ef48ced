// Proleptic Gregorian calendar arithmetic on plain numbers (no Date objects in hot paths, no
// time zones): day numbers count days since 1970-01-01, weekdays are 0 = Sunday … 6 = Saturday,
// ISO weeks start on Monday and week 1 holds the year's first Thursday.

export interface YMD {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DIM[m - 1] ?? 30;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function pad4(n: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= 4 ? s : '0000'.slice(s.length) + s);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function isoOfDayNumber(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return isoDate(y, m, d);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads the leading YYYY-MM-DD of a string; null when absent or not a real date. */
export function parseIsoDate(s: string | null | undefined): YMD | null {
  if (typeof s !== 'string') return null;
  const r = ISO_DAY.exec(s);
  if (!r) return null;
  const y = Number(r[1]);
  const m = Number(r[2]);
  const d = Number(r[3]);
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

export function addDays(iso: string, n: number): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  return isoOfDayNumber(dayNumber(p.y, p.m, p.d) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function weekdayOf(y: number, m: number, d: number): number {
  return weekdayOfDayNumber(dayNumber(y, m, d));
}

/** Day number of the Monday that starts ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const dow = (weekdayOfDayNumber(jan4) + 6) % 7; // Monday = 0
  return jan4 - dow + (week - 1) * 7;
}

export function isoWeekOfDayNumber(n: number): { year: number; week: number } {
  const dow = (weekdayOfDayNumber(n) + 6) % 7; // Monday = 0
  const thursday = n - dow + 3;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function isoWeekOf(y: number, m: number, d: number): { year: number; week: number } {
  return isoWeekOfDayNumber(dayNumber(y, m, d));
}

/** TIMEX3 week value, 2025-W24. */
export function weekValue(n: number): string {
  const { year, week } = isoWeekOfDayNumber(n);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function isoWeeksInYear(year: number): number {
  return isoWeekOfDayNumber(dayNumber(year, 12, 28)).week;
}

/** Adds whole months, clamping the day to the target month's length. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}
