// The UTF-8 bytes of a short ASCII str without TextEncoder: small typed arrays made in JS live on
// V8's heap, where the encoder's output buffer is a separate allocation costing far more.

/** V8 keeps typed arrays up to this many bytes on its heap (typed_array_max_size_in_heap). */
const SHORT_BYTES = 64;

/**
 * The bytes of `text` when it is short and all ASCII (then UTF-8, Latin-1 and ASCII agree), else
 * null so the caller takes its codec.
 */
export function shortAsciiBytes(text: string): Uint8Array | null {
  const length = text.length;
  if (length > SHORT_BYTES) return null;
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) return null;
    bytes[index] = unit;
  }
  return bytes;
}
