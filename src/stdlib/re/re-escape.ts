// re.escape as CPython 3.7+ does it: only characters special in a pattern get a backslash.

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

/** `re.escape` for str. */
export function escapeString(pattern: string): string {
  let out = '';
  for (const ch of pattern) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}

/** `re.escape` for bytes. */
export function escapeBytes(pattern: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const byte of pattern) {
    if (byte < 0x80 && SPECIAL.has(String.fromCharCode(byte))) out.push(0x5c);
    out.push(byte);
  }
  return Uint8Array.from(out);
}
