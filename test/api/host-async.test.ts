// runAsync (src/api/host-async.ts): async host functions awaited in asyncio code run concurrently,
// rejections raise Python exceptions, calls outside an event loop wait for their Promise.

import { describe, expect, test } from 'vitest';
import { runAsync } from '../../src/api/host-async.js';
import { HostError, type HostFunction } from '../../src/api/host-functions.js';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// python3 prints the same when `fetch` is `async def fetch(n): await asyncio.sleep(0.05); return n * 10`
// and `bad` is `async def bad(): raise ValueError('nope')`.
const GATHER = `
import asyncio

async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print(results)
    try:
        await bad()
    except ValueError as e:
        print('caught', e)
    task = asyncio.create_task(fetch(4))
    print(await task)
    return 'ok'

print(asyncio.run(main()))
`;

describe('runAsync', () => {
  test('asyncio.gather over host coroutines runs them concurrently', { retry: 2 }, async () => {
    const started: number[] = [];
    const fetch: HostFunction = async ([n]) => {
      started.push(n as number);
      await delay(50);
      return (n as number) * 10;
    };
    const bad: HostFunction = async () => {
      await delay(1);
      throw new HostError('ValueError', 'nope');
    };
    let firstCall = 0;
    const timed: HostFunction = (args, kwargs) => {
      if (firstCall === 0) firstCall = performance.now();
      return fetch(args, kwargs);
    };
    const result = await runAsync(GATHER, { functions: { fetch: timed, bad } });
    const elapsed = performance.now() - firstCall;
    expect([result.stdout, result.stderr, result.exitCode]).toEqual([
      '[10, 20, 30]\ncaught nope\n40\nok\n',
      '',
      0,
    ]);
    expect(started).toEqual([1, 2, 3, 4]);
    // Three 50 ms calls at once, then one more: under four sequential calls (200 ms).
    expect(elapsed).toBeLessThan(200);
  });

  test('three 50 ms host promises gathered finish in under 120 ms', { retry: 2 }, async () => {
    let firstCall = 0;
    let printed = 0;
    const fetch: HostFunction = async ([n]) => {
      if (firstCall === 0) firstCall = performance.now();
      await delay(50);
      return n;
    };
    const source = `
import asyncio
async def main():
    return await asyncio.gather(fetch(1), fetch(2), fetch(3))
print(asyncio.run(main()))
`;
    const result = await runAsync(source, {
      functions: { fetch },
      stdout: () => {
        printed = performance.now();
      },
    });
    expect(result.stdout).toBe('[1, 2, 3]\n');
    // From the first call to the gathered result (importing asyncio is not part of it).
    expect(printed - firstCall).toBeLessThan(120);
  });

  test('a call outside an event loop waits for its Promise', async () => {
    const result = await runAsync(
      `
value = lookup('a')
print(value, type(value).__name__)
try:
    lookup('missing')
except KeyError as e:
    print('KeyError', e)
print(plain(2))
`,
      {
        functions: {
          lookup: async ([key]) => {
            await delay(5);
            if (key === 'missing') throw new HostError('KeyError', 'missing');
            return { key, size: 3 };
          },
          plain: ([n]) => (n as number) + 1,
        },
      },
    );
    expect([result.stdout, result.stderr]).toEqual([
      "{'key': 'a', 'size': 3} dict\nKeyError 'missing'\n3\n",
      '',
    ]);
  });

  test('a rejected Promise in an event loop raises at the await with a traceback', async () => {
    const result = await runAsync(
      `
import asyncio

async def main():
    await fail()

asyncio.run(main())
`,
      {
        functions: {
          fail: async () => {
            throw new Error('socket closed');
          },
        },
        filename: 'main.py',
      },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split('\n').slice(-2)).toEqual(['RuntimeError: socket closed', '']);
  });

  test('a host awaitable created early and awaited later still gets its result', async () => {
    const result = await runAsync(
      `
import asyncio

async def main():
    pending = fetch(7)
    await asyncio.sleep(0)
    print(repr(pending).startswith('<host call fetch'))
    print(await pending, await pending)

asyncio.run(main())
`,
      { functions: { fetch: async ([n]) => n } },
    );
    expect([result.stdout, result.stderr]).toEqual(['True\n7 7\n', '']);
  });

  test('timers wait in real time only while host calls are pending', async () => {
    const result = await runAsync(
      `
import asyncio

async def main():
    try:
        await asyncio.wait_for(fetch(1), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')
    print(await asyncio.wait_for(fetch(2), timeout=5))
    await asyncio.sleep(100)
    print('slept')

asyncio.run(main())
`,
      {
        functions: {
          fetch: async ([n]) => {
            await delay(n === 1 ? 200 : 5);
            return n;
          },
        },
      },
    );
    expect([result.stdout, result.stderr]).toEqual(['timed out\n2\nslept\n', '']);
  });

  test('with pauseAfter, a long computation lets the host event loop run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
    }, 0);
    const result = await runAsync(
      'total = 0\nfor i in range(300000):\n    total += i\nprint(total)',
      {
        pauseAfter: 20000,
      },
    );
    clearInterval(timer);
    expect(result.stdout).toBe('44999850000\n');
    expect(ticks).toBeGreaterThan(2);
  });
});
