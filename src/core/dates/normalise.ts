// A date written by a person or a program ("2025-06-13T21:08+08:00", "June 13, 2025") as YYYY-MM-DD.
import { extractDates } from './extract';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD from ISO or any full date the date layer reads; null when there is none. */
export function normaliseDateString(value: string): string | null {
  const iso = ISO_DAY.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const found = extractDates(value, { referenceDate: null }).find((m) => m.resolution === 'explicit' && /^\d{4}-\d{2}-\d{2}/.test(m.value));
  return found ? found.value.slice(0, 10) : null;
}
