// HTML articles are read as text without moving any character: tags, scripts and styles are
// blanked to spaces (newlines kept), so offsets and lines still point into the real file.

const BLOCKS = /<(script|style|noscript|template)\b[^>]{0,2000}>[\s\S]{0,2000000}?<\/\1\s*>/gi;
const TAG = /<!--[\s\S]{0,100000}?-->|<\/?[A-Za-z][^<>]{0,4000}>|<![^<>]{0,4000}>/g;
const ENTITY = /&([a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});/gi;
// The named characters news pages use (a bylines's "&middot;", quotes, dashes, accents); others are left as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', thinsp: ' ', ensp: ' ', emsp: ' ',
  middot: '·', bull: '•', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', deg: '°', times: '×',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', oacute: 'ó', ocirc: 'ô', uacute: 'ú',
  iacute: 'í', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
};

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

/**
 * A table cell opens with a bar, as in a Markdown table, so that each row reads as a line of its own;
 * a list item opens with a dash, as a Markdown bullet, so that no sentence runs on into the next item.
 */
function blankTag(tag: string): string {
  if (/^<t[dh][\s>]/i.test(tag)) return '|' + blank(tag.slice(1));
  if (/^<li[\s>]/i.test(tag)) return '-' + blank(tag.slice(1));
  return blank(tag);
}

export function htmlToText(html: string): string {
  const text = html.replace(BLOCKS, blank).replace(TAG, blankTag);
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    let ch = NAMED[lower];
    if (ch === undefined && !lower.startsWith('#')) return whole; // a name not known: as written
    if (ch === undefined) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      ch = code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
    }
    return ch + ' '.repeat(whole.length - 1);
  });
}
