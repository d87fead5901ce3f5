// The event log survives snapshot/restore: a run paused (by its time slice or at external host calls),
// snapshotted and restored — once or at every stop — finishes with the same events as a run that
// was never interrupted (seed, clock readings, sleeps, entropy, file reads, host results and errors).

import { describe, expect, test } from 'vitest';
import { type DoneRun, type RunState, restore, start } from '../../src/api/pausable-run.js';

const PROGRAM = `import random, time, os
random.seed(5)
print(random.randint(1, 6), time.time())
with open('/notes.txt', 'w') as f:
    f.write('hello world')
def read(path):
    with open(path) as f:
        return f.read()
text = read('/notes.txt')
total = 0
for i in range(500):
    total += i
page = fetch('https://example.com', retries=2)
try:
    lookup('missing')
except KeyError as error:
    print('lookup failed:', error)
time.sleep(1.5)
print(len(text), total, page, os.urandom(2).hex(), time.monotonic())
`;

const OPTIONS = { seed: 11, virtualClock: true, externalFunctions: ['fetch', 'lookup'] } as const;

/**
 * Answers every host call; `restoreEvery` snapshots and restores at every stop. The result's stdout
 * is the whole run's.
 */
function finish(restoreEvery: boolean, pauseAfter: number | undefined): DoneRun {
  let state: RunState = start(PROGRAM, {
    ...OPTIONS,
    ...(pauseAfter === undefined ? {} : { pauseAfter }),
  });
  let stdout = state.stdout;
  while (state.status !== 'done') {
    if (restoreEvery) state = restore(state.snapshot(), OPTIONS);
    if (state.status === 'paused') state = state.resume();
    else if (state.status === 'call' && state.name === 'fetch')
      state = state.resume({ status: 200, body: [1, 2n ** 70n, null] });
    else if (state.status === 'call') state = state.fail('KeyError', 'missing');
    stdout += state.stdout;
  }
  return { ...state, stdout };
}

describe('the event log across snapshots', () => {
  test('an uninterrupted run logs every nondeterministic input', () => {
    const done = finish(false, undefined);
    expect(done.stdout).toBe(
      "5 1704067200.0\nlookup failed: 'missing'\n11 124750 {'status': 200, 'body': [1, 1180591620717411303424, None]} 2a0f 1.501\n",
    );
    const summary = done.events.map((event): string => {
      switch (event.kind) {
        case 'entropy':
          return `entropy ${event.count}`;
        case 'time':
          return `time ${event.clock} ${event.nanoseconds}`;
        case 'sleep':
          return `sleep ${event.nanoseconds}`;
        case 'host-call':
          return `host-call ${event.name} ${JSON.stringify(event.result, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value))}`;
        case 'host-error':
          return `host-error ${event.name} ${event.typeName}: ${event.message}`;
        case 'file-read':
          return `file-read ${event.path} ${event.bytes}`;
        case 'seed':
          return `seed ${event.seed}`;
        default:
          return 'unknown';
      }
    });
    expect(summary).toEqual([
      'seed 11',
      'entropy 624',
      'time epoch 1704067200000000000',
      'file-read /notes.txt 11',
      'host-call fetch {"status":200,"body":[1,"1180591620717411303424n",null]}',
      'host-error lookup KeyError: missing',
      'sleep 1500000000',
      'entropy 1',
      'time monotonic 1501000000',
    ]);
  });

  test('restored at every host call, the finished run reports the same events', () => {
    const plain = finish(false, undefined);
    const restored = finish(true, undefined);
    expect([restored.stdout, restored.events]).toEqual([plain.stdout, plain.events]);
  });

  test('restored at every time-slice pause and host call, the events are the same', () => {
    const plain = finish(false, undefined);
    const restored = finish(true, 40);
    expect([restored.stdout, restored.events]).toEqual([plain.stdout, plain.events]);
  });

  test('a restore with recordEvents: false keeps no log', () => {
    const state = start(PROGRAM, { ...OPTIONS, pauseAfter: 40 });
    if (state.status !== 'paused') throw new Error('expected a pause');
    let next: RunState = restore(state.snapshot(), { ...OPTIONS, recordEvents: false });
    while (next.status !== 'done') {
      if (next.status === 'paused') next = next.resume();
      else
        next =
          next.status === 'call' && next.name === 'fetch'
            ? next.resume(1)
            : next.fail('KeyError', 'x');
    }
    expect(next.events).toEqual([]);
  });
});
