// runAsync takes run()'s options (inputs, limits, seed) and resolves to run()'s result shape: the last
// expression's value, stats and events. Expected values were recorded from python3 (CPython 3.11).

import { describe, expect, test } from 'vitest';
import { runAsync } from '../../src/api/host-async.js';
import { compile } from '../../src/api/program.js';

describe('runAsync has what run() has', () => {
  test('inputs, an async host function, and the last expression value', async () => {
    const source = `import asyncio
async def main():
    a, b = await asyncio.gather(double(base), double(base + 1))
    return a + b
asyncio.run(main())
`;
    const result = await runAsync(source, {
      inputs: { base: 10 },
      functions: { double: async (value: unknown) => (value as number) * 2 },
    });
    expect([result.status, result.exitCode, result.error, result.value, result.stdout]).toEqual([
      'done',
      0,
      null,
      42,
      '',
    ]);
    expect(result.events).toEqual([
      { kind: 'host-call', name: 'double', result: 20 },
      { kind: 'host-call', name: 'double', result: 22 },
    ]);
  });

  test('a compiled Program and the instruction limit', async () => {
    const program = compile('n = 0\nwhile True:\n    n += 1\n', { filename: 'loop.py' });
    const result = await runAsync(program, { limits: { instructions: 500 }, pauseAfter: 64 });
    expect([result.exitCode, result.error?.kind, result.stats.instructions]).toEqual([
      1,
      'limit',
      500,
    ]);
  });
});
