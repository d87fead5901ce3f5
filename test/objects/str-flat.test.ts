// flatStr only changes how V8 stores a string, never its value.
import { describe, expect, it } from 'vitest';
import { flatStr, lastFlattenedUnit } from '../../src/objects/str-flat.js';

describe('flatStr', () => {
  it('returns a long concatenation unchanged and reads its first unit', () => {
    const rope = `${'item'.repeat(3)}_${String(12345)}`;
    expect(flatStr(rope)).toBe('itemitemitem_12345');
    expect(lastFlattenedUnit()).toBe(0x69);
  });

  it('returns short and empty strings unchanged', () => {
    expect(flatStr('ab')).toBe('ab');
    expect(flatStr('')).toBe('');
  });
});
