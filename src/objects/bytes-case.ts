// ASCII case conversion and predicates for bytes/bytearray (upper, lower, title, isalpha ...):
// only the 52 ASCII letters have case; every other byte is left alone.

function isLower(byte: number): boolean {
  return byte >= 0x61 && byte <= 0x7a;
}

function isUpper(byte: number): boolean {
  return byte >= 0x41 && byte <= 0x5a;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function mapBytes(data: Uint8Array, map: (byte: number) => number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = map(data[i]!);
  return out;
}

const toUpper = (byte: number): number => (isLower(byte) ? byte - 32 : byte);
const toLower = (byte: number): number => (isUpper(byte) ? byte + 32 : byte);

/** `bytes.upper()` */
export function bytesUpper(data: Uint8Array): Uint8Array {
  return mapBytes(data, toUpper);
}

/** `bytes.lower()` */
export function bytesLower(data: Uint8Array): Uint8Array {
  return mapBytes(data, toLower);
}

/** `bytes.swapcase()` */
export function bytesSwapcase(data: Uint8Array): Uint8Array {
  return mapBytes(data, (byte) => (isLower(byte) ? byte - 32 : isUpper(byte) ? byte + 32 : byte));
}

/** `bytes.capitalize()`: first byte uppercased, the rest lowercased. */
export function bytesCapitalize(data: Uint8Array): Uint8Array {
  const out = mapBytes(data, toLower);
  if (out.length > 0) out[0] = toUpper(out[0]!);
  return out;
}

/** `bytes.title()`: uppercase after a non-letter, lowercase after a letter. */
export function bytesTitle(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let previousIsCased = false;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (isLower(byte)) {
      out[i] = previousIsCased ? byte : byte - 32;
      previousIsCased = true;
    } else if (isUpper(byte)) {
      out[i] = previousIsCased ? byte + 32 : byte;
      previousIsCased = true;
    } else {
      out[i] = byte;
      previousIsCased = false;
    }
  }
  return out;
}

function every(data: Uint8Array, test: (byte: number) => boolean): boolean {
  if (data.length === 0) return false;
  for (const byte of data) if (!test(byte)) return false;
  return true;
}

/** `bytes.isalpha()` */
export function bytesIsAlpha(data: Uint8Array): boolean {
  return every(data, (byte) => isLower(byte) || isUpper(byte));
}

/** `bytes.isalnum()` */
export function bytesIsAlnum(data: Uint8Array): boolean {
  return every(data, (byte) => isLower(byte) || isUpper(byte) || isDigit(byte));
}

/** `bytes.isdigit()` */
export function bytesIsDigit(data: Uint8Array): boolean {
  return every(data, isDigit);
}

/** `bytes.isspace()`: space, \t, \n, \v, \f, \r. */
export function bytesIsSpace(data: Uint8Array): boolean {
  return every(data, (byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d));
}

/** `bytes.isascii()`: true for empty bytes. */
export function bytesIsAscii(data: Uint8Array): boolean {
  for (const byte of data) if (byte > 0x7f) return false;
  return true;
}

/** `bytes.islower()`: some lowercase letter and no uppercase one. */
export function bytesIsLower(data: Uint8Array): boolean {
  let cased = false;
  for (const byte of data) {
    if (isUpper(byte)) return false;
    if (isLower(byte)) cased = true;
  }
  return cased;
}

/** `bytes.isupper()`: some uppercase letter and no lowercase one. */
export function bytesIsUpper(data: Uint8Array): boolean {
  let cased = false;
  for (const byte of data) {
    if (isLower(byte)) return false;
    if (isUpper(byte)) cased = true;
  }
  return cased;
}

/** `bytes.istitle()`: uppercase only after non-letters, lowercase only after letters. */
export function bytesIsTitle(data: Uint8Array): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const byte of data) {
    if (isUpper(byte)) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (isLower(byte)) {
      if (!previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}
