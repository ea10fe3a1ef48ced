// HTML articles are read as text without moving any character: tags, scripts and styles are
// blanked to spaces (newlines kept), so offsets and lines still point into the real file.

const BLOCKS = /<(script|style|noscript|template)\b[^>]{0,2000}>[\s\S]{0,2000000}?<\/\1\s*>/gi;
const TAG = /<!--[\s\S]{0,100000}?-->|<\/?[A-Za-z][^<>]{0,4000}>|<![^<>]{0,4000}>/g;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-f]{1,5});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

export function htmlToText(html: string): string {
  const text = html.replace(BLOCKS, blank).replace(TAG, blank);
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    let ch = NAMED[lower];
    if (ch === undefined) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      ch = code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
    }
    return ch + ' '.repeat(whole.length - 1);
  });
}
