// Display width of source text as CPython 3.11's traceback carets count it: characters whose
// unicodedata.east_asian_width is 'W' or 'F' take two columns, all others one. The tokenizer and the
// traceback formatter (src/vm/traceback-format.ts) decide what text to measure.

/**
 * The code points whose East Asian width is W or F in CPython 3.11's Unicode 14.0 database (which
 * also reports unassigned code points as F). Each entry is `gap.length` in base 36: the range starts
 * `gap` code points after the previous range's last one and spans `length + 1` code points.
 * Regenerate with python3: walk range(0x110000), keep runs where east_asian_width(chr(c)) in 'WF'.
 */
const WIDE_RANGES_ENCODED = [
  'oo.1 6.3 7.0 1.0 k.0 b1.0 12.1 1e.1 3.0 1j.7 r.3 6.a 7i.0 1o.1 2t.d 1n.1 1d.1 f.0 s.1 1.0',
  'b.4 v.0 2.5 6k.0 8.1 2.1 m.0 7.0 1.2 4.1 9.1 2.1 4.7 1.3 2.0 5.1 p.1 3.0 6.3 2.1 m.0 7.0',
  '2.0 2.0 2.1 1.0 5.3 2.1 3.2 1.6 4.0 1.6 h.9 3.0 9.0 3.0 m.0 7.0 2.0 5.1 a.0 3.0 3.1 1.e',
  '4.1 c.6 7.0 3.0 8.1 2.1 m.0 7.0 2.0 5.1 9.1 2.1 3.6 3.3 2.0 5.1 i.9 2.0 6.2 3.0 4.2 2.0',
  '1.0 2.2 2.2 3.2 c.3 5.2 3.0 4.1 1.5 1.d l.4 d.0 3.0 n.0 g.1 9.0 3.0 4.6 2.0 3.1 1.1 4.1',
  'a.6 m.0 3.0 n.0 a.0 5.1 9.0 3.0 4.6 2.5 2.0 4.1 a.0 2.c d.0 3.0 1f.0 3.0 6.3 g.1 q.0 3.0',
  'i.2 o.0 9.0 1.1 7.2 1.3 6.0 1.0 8.5 a.1 3.b 1m.3 t.10 2.0 1.0 5.0 o.0 1.0 n.1 5.0 1.0 6.1',
  'a.1 4.v 20.0 10.3 13.0 10.0 f.0 d.10 5i.0 1.4 1.1 1c.2n 6h.0 4.1 7.0 1.0 4.1 15.0 4.1 x.0',
  '4.1 7.0 1.0 4.1 f.0 1l.0 4.1 1v.1 w.2 q.5 2e.1 6.1 il.2 2h.6 m.8 o.8 k.b d.0 3.0 2.b 2m.1',
  'a.5 a.5 q.5 2h.6 17.4 1y.9 v.0 c.3 c.3 1.2 16.1 5.a 18.3 q.5 b.2 1q.1 1t.0 t.1 b.5 a.5 e.1',
  'v.1c 25.2 1b.0 38.7 1o.2 f.2 1o.6 17.1 b.7 17.4 eu.1 6.1 12.1 6.1 8.0 1.0 1.0 1.0 v.1 1h.0',
  'f.0 e.1 6.0 j.1 3.0 9.0 2t.0 c.1 r.0 d.2 x.e x.e 3w.3 ay.1 d.1 5a.3 3.0 2.0 1f.o b.k bh.1',
  'l.1 1e.b 17.0 j.0 d.0 8.1 h.1 5.1 8.0 5.0 l.0 7.1 1.0 4.0 2.0 7.0 4.1 s.0 z.0 1.0 4.2 1.0',
  '1p.2 o.0 e.0 nv.1 1f.0 4.0 u.1 w.0 9p.4 19.0 1.4 1.1 1k.6 2.d o.8 7.0 7.0 7.0 7.0 7.0 7.0',
  '7.0 7.0 3i.dc 1.ef 8.5f3 1s.h5b 9o.j 54.7 5n.4 2.0 1.0 5.n 1n.2 a.5 1k.7 1y.7 c.5 38.a 1.v',
  '26.0 b.3 x.0 1j.8 e.1 a.1 2v.n s.9 6.1 6.1 6.8 7.0 7.0 1o.3 3i.1 a.8mt n.3 1d.3 6io.e7 7.b',
  '5.4 q.0 5.0 1.0 2.0 2.0 3h.f cd.1 1i.6 1.v w.f g.1r 5.0 3r.1 1.2o 2m.2 6.1 6.1 6.1 3.a 7.9',
  '5.1 c.0 q.0 j.0 2.0 f.1 e.x 3f.4 3.3 19.2 2g.0 d.2 1.1a 1a.3l t.2 1d.e s.3 10.8 u.4 17.4',
  'u.0 11.3 e.15 4e.1 a.5 10.3 10.3 14.7 1g.a c.0 f.0 7.0 2.0 b.0 f.0 7.0 2.1u 8n.8 m.9 8.n',
  '6.0 16.0 9.1w 6.1 1.0 18.0 2.2 1.1 n.0 20.7 9.1b j.0 2.4 x.2 r.4 1.1r 1k.3 k.1 1e.0 2.4',
  '8.0 3.0 t.1 3.3 a.6 9.6 1s.v 13.3 c.8 1i.2 t.1 r.4 q.6 4.b 7.27 21.1i 1f.c 1f.6 1a.7 a.85',
  'v.0 16.0 3.1 2.25 14.7 16.l q.11 s.j n.8 26.3 10.8 1w.9 1.1 p.6 a.5 1h.0 i.7 13.8 2o.0 k.a',
  'i.0 18.1s 7.0 1.0 4.0 f.0 b.5 1n.4 a.5 4.0 8.1 2.1 m.0 7.0 2.0 5.0 a.1 2.1 3.1 1.5 1.4 7.1',
  '7.2 5.3u 2k.0 5.t 20.7 a.4l 1i.1 12.x 1x.a a.5 d.i 1m.5 a.1h r.1 f.3 n.54 1o.2r 2b.b 8.1',
  '1.1 8.0 2.0 u.0 2.1 c.8 a.1x 8.1 1a.1 b.q 20.7 2b.c 21.7a 9.0 19.0 e.9 t.2 w.1 m.0 e.20',
  '7.0 2.0 18.2 1.0 2.0 9.7 a.5 6.0 2.0 11.0 2.0 6.6 a.8l p.52 1.e 1e.c pn.2t 33.0 5.a 5g.217',
  '2r.c tr.0 9.346 g7.6ns ft.6 v.0 a.3 29.0 a.5 u.1 6.9 1y.9 a.0 7.0 l.4 j.j3 2j.2s 23.3 1l.6',
  'h.f33 2z.4 d.2 9.6 a.1 8.3mj 1a.1 n.8 38.1n 6u.9 13.1 5e.k 1y.49 k.b 2f.8 p.3q 2d.0 1z.0',
  '2.1 1.1 2.1 4.0 c.0 1.0 7.0 1t.0 4.1 8.0 7.0 s.0 4.0 5.0 1.2 7.0 9g.1 84.1 ji.e 5.0 f.un',
  'v.68 7.0 h.1 7.0 2.0 5.5w 19.2 e.1 a.3 2.8v v.g 1m.4 1.yn 7.0 4.0 2.0 f.0 5h.1 g.14 24.3',
  'a.3 2.ls 1w.23 1p.5d 4.0 r.0 2.0 1.1 1.0 a.0 4.0 1.0 1.5 1.3 1.0 1.0 1.0 3.0 2.0 1.1 1.0',
  '1.0 1.0 1.0 1.0 2.0 1.1 4.0 7.0 4.0 4.0 1.0 a.0 h.4 3.0 5.0 h.1f 2.7h 4.0 13.3 2s.b f.1',
  'f.0 e.1 11.9 3y.0 2.9 j.1j q.80 c.8 1.1x 1.l c.16 4.4 c.g 3.0 3.1y 1.0 1.56 2.1q d.3 1.n',
  'i.0 q.1 d.0 2e.2c 1c.1x 6.0 3.2 2.a b.4 4.b 38.b 2h.12 c.3 1k.7 a.5 14.7 u.1 2.25 c.1a 1.9',
  '1.54 2c.b e.41 43.0 1j.10 a.gvly 1.t 2o.3j 6o.1e6n 1eke.1 1eke.1',
].join(' ');

let wideRanges: Uint32Array | null = null;

function decodeWideRanges(): Uint32Array {
  const parts = WIDE_RANGES_ENCODED.split(' ');
  const ranges = new Uint32Array(parts.length * 2);
  let previousEnd = -1;
  for (let index = 0; index < parts.length; index++) {
    const [gap, length] = parts[index]!.split('.');
    const start = previousEnd + 1 + Number.parseInt(gap!, 36);
    const end = start + Number.parseInt(length!, 36);
    ranges[index * 2] = start;
    ranges[index * 2 + 1] = end;
    previousEnd = end;
  }
  return ranges;
}

/** Whether code point `codePoint` takes two columns (East Asian width W or F). */
export function isWideCodePoint(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  wideRanges ??= decodeWideRanges();
  let low = 0;
  let high = wideRanges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < wideRanges[middle * 2]!) high = middle - 1;
    else if (codePoint > wideRanges[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Columns the first `charCount` code points of `text` take (CPython's display width used for
 * traceback carets): wide characters count two. ASCII text is its length.
 */
export function displayWidth(text: string, charCount: number): number {
  let width = 0;
  let seen = 0;
  for (const char of text) {
    if (seen >= charCount) break;
    seen++;
    width += isWideCodePoint(char.codePointAt(0)!) ? 2 : 1;
  }
  return width;
}
