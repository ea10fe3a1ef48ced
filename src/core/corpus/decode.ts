// Bytes → text for source articles. A file that is not text is refused with a reason the writer
// can act on; the caller skips it and keeps the rest of the corpus.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control bytes other than NUL, tab and line breaks. */
const CONTROL = /[\x01-\x08\x0e-\x1f]/g;

/** A NUL byte, or more than a tenth control bytes, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // One byte per character, read natively: a byte loop in script was a tenth of a warm start's reading.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
  if (head.includes('\0')) return true;
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(head)) return false;
  return (head.match(CONTROL)?.length ?? 0) / n > 0.1;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { ok: false, reason: 'looks like a binary file (control bytes found), not text' };
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: `is not valid UTF-8 (at byte ${firstInvalidUtf8(body)}); save it as UTF-8 to include it` };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need;
  }
  return b.length;
}
