// A growing set table asks the installed memory check before allocating each big table (over 1,024
// slots), with its size in bytes (16 per slot), so set growth meets the memory limit first.
import { describe, expect, it } from 'vitest';
import { SetTable, setTableAllocationCheck } from '../../src/objects/set-table.js';

describe('set table allocation check', () => {
  it('reports each big table size before allocating it, and a throwing check stops the growth', () => {
    const checked: number[] = [];
    setTableAllocationCheck((bytes) => checked.push(bytes));
    const table = new SetTable<number>((a, b) => a === b);
    for (let key = 0; key < 2000; key++) table.add(key, key);
    // CPython's growth: 8, 32, 128, 512, 2048 slots, then 8192 once 1229 keys are in.
    expect(checked).toEqual([2048 * 16, 8192 * 16]);
    expect([table.size, table.capacity]).toEqual([2000, 8192]);

    setTableAllocationCheck(() => {
      throw new Error('over the limit');
    });
    const limited = new SetTable<number>((a, b) => a === b);
    let added = 0;
    expect(() => {
      for (let key = 0; key < 2000; key++) {
        limited.add(key, key);
        added++;
      }
    }).toThrow('over the limit');
    // The key that triggered the resize is in; the table kept its old size and stays usable.
    expect([added, limited.size, limited.capacity, limited.has(306, 306)]).toEqual([
      306,
      307,
      512,
      true,
    ]);
  });
});

describe('set table allocation check with pending str keys', () => {
  it('checks the size the table would have while str keys are collected unhashed', () => {
    const checked: number[] = [];
    setTableAllocationCheck((bytes) => checked.push(bytes));
    const table = new SetTable<string>((a, b) => a === b);
    for (let key = 0; key < 2000; key++) table.addStr(`k${key}`);
    // At 256, 512 and 1,024 keys: the power of two above 4 × len slots, 16 bytes each.
    expect(checked).toEqual([2048 * 16, 4096 * 16, 8192 * 16]);
    // Laying the keys out (capacity needs it) gives the table adds would have built, unchecked.
    expect([table.size, table.capacity, checked.length]).toEqual([2000, 8192, 3]);

    setTableAllocationCheck(() => {
      throw new Error('over the limit');
    });
    const limited = new SetTable<string>((a, b) => a === b);
    let added = 0;
    expect(() => {
      for (let key = 0; key < 2000; key++) {
        limited.addStr(`k${key}`);
        added++;
      }
    }).toThrow('over the limit');
    // The key that reached the check is in; the next new key is checked again.
    expect([added, limited.size, limited.hasStr('k255')]).toEqual([255, 256, true]);
    expect(() => limited.addStr('another')).toThrow('over the limit');
    expect([limited.size, limited.addStr('k1')]).toEqual([257, false]);
    setTableAllocationCheck(() => {});
  });
});
