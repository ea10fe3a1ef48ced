// Reading one source file for the index: its bytes and their hash, or its size when it is over
// the limit, or why it could not be read. Shared by the engine and its reading worker.
import { createHash } from 'crypto';
import * as fs from 'fs';
import { articleText, withBlanks } from '../corpus/article';
import { decodeText } from '../corpus/decode';

export interface SourceRead {
  path: string;
  /** The file's bytes and their SHA-1, when it was read. */
  bytes?: Uint8Array;
  hash?: string;
  /** Set instead of bytes when the file is over the size limit (nothing is read then). */
  tooLarge?: number;
  /** Set instead of bytes when it could not be read. */
  error?: { code?: string; message: string };
  /** The decoded text, when the reader made it (the index's text is made from it and the cached blanks). */
  decoded?: string;
}

/**
 * One open, one fstat and the reads: a stat by path first costs a third more over 10,000 sources.
 * The bytes have an ArrayBuffer of their own (never Node's shared pool), so a worker can hand
 * them over without a copy.
 */
export function readSourceFile(file: string, maxBytes: number): SourceRead {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > maxBytes) return { path: file, tooLarge: size };
      const buffer = Buffer.allocUnsafeSlow(size);
      let at = 0;
      while (at < size) {
        const n = fs.readSync(fd, buffer, at, size - at, at);
        if (n === 0) break; // the file shrank while it was read
        at += n;
      }
      const bytes = at < size ? buffer.subarray(0, at) : buffer;
      return { path: file, bytes, hash: createHash('sha1').update(bytes).digest('hex') };
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { path: file, error: { code: e.code, message: e.message } };
  }
}

/**
 * A source read with its decoded text, when it decodes: what a warm start needs of a source whose
 * cached extraction still holds, made on the reading worker rather than the engine's thread.
 */
export function readDecodedSource(file: string, maxBytes: number): SourceRead {
  const read = readSourceFile(file, maxBytes);
  if (read.bytes) {
    const decoded = decodeText(read.bytes);
    if (decoded.ok) read.decoded = decoded.text;
  }
  return read;
}

/** The text as the index reads it, from the decoded text and what the cache says of it. */
export function cachedArticleText(file: string, decoded: string, blanks: number[] | null | undefined): string {
  return blanks ? withBlanks(decoded, blanks) : articleText(file, decoded);
}
