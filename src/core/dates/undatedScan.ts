// An article with no date of its own is scanned for dates once to find one; when none is found, its
// facts need that very scan (no reference date, no dateline). The scan is kept for the one article
// being read and handed over once, so the article is not scanned twice.
import { extractDates } from './extract';
import type { DateMention } from '../types';

let kept: { body: string; mentions: DateMention[] } | undefined;

/** The dates of `body` read with no reference date, kept for `takeUndatedScan`. */
export function scanUndated(body: string): DateMention[] {
  const mentions = extractDates(body, { referenceDate: null });
  kept = { body, mentions };
  return mentions;
}

/**
 * The scan `scanUndated` kept for this very text, once (its mentions are the caller's from then
 * on); otherwise undefined.
 */
export function takeUndatedScan(body: string): DateMention[] | undefined {
  const k = kept;
  kept = undefined;
  return k && k.body === body ? k.mentions : undefined;
}
