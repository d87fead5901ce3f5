// Flattening of strings built by concatenation: V8 keeps `a + b` (13 units and more) as a rope
// that a later read flattens; str results that programs keep are flattened once here instead.

/** Below this many UTF-16 units V8 copies concatenations into a flat string already. */
const ROPE_MIN_UNITS = 13;

/** Written by `flatStr` so the engine cannot drop the read that flattens (unused otherwise). */
let lastFirstUnit = 0;

/**
 * Returns `text` after one character read, which makes V8 flatten a rope in place: the result of
 * a str method then holds one flat string, not a tree of pieces that every scavenge copies and
 * every later read walks. Use it on results built with `+` from several pieces; a string grown
 * by repeated `+=` in a loop must not pass here on each step (that would copy it each time).
 */
export function flatStr(text: string): string {
  if (text.length >= ROPE_MIN_UNITS) lastFirstUnit = text.charCodeAt(0);
  return text;
}

/** The first unit read by the last `flatStr` (exported only so the store has a reader). */
export function lastFlattenedUnit(): number {
  return lastFirstUnit;
}
