// Runs in a separate `node` process (bundled by snapshot-fuzz.test.ts): mutates real snapshots with a
// seeded generator (bit flips, byte overwrites, truncation, splices, huge varints; checksum resealed
// or not) and restores + runs each. Prints one line per case so the parent can spot a hang.

import {
  type CallRun,
  type PausedRun,
  type RunState,
  restore,
  SnapshotError,
  start,
} from '../../../../src/api/pausable-run.js';
import { resealSnapshot } from '../../../../src/vm/snapshot/snapshot-format.js';

const [seedText, countText] = process.argv.slice(2);
const seed = Number(seedText ?? '1');
const count = Number(countText ?? '100');

/** mulberry32: a small, well-known seeded generator. */
function generator(initial: number): () => number {
  let state = initial >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMS = [
  `
class Pt:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def gen(n):
    for i in range(n):
        yield Pt(i, -i)
s = {1, 2, 3, 'a', (1, 2)}
d = {'k': [1, 2.5, 'x'], 2: b'bytes', 3.5: None}
total = 0
for p in gen(10**6):
    total += p.x * p.y
    s.add(p.x % 7)
`,
  `
import sys
def rec(n):
    if n == 0:
        try:
            raise KeyError('deep')
        except KeyError:
            i = 0
            while True:
                i += 1
    return rec(n - 1)
rec(20)
`,
  `
async def worker(n):
    await sleeper()
    return n
class sleeper:
    def __await__(self):
        while True:
            yield None
co = worker(3)
frozen = frozenset(range(20))
try:
    while True:
        co.send(None)
except StopIteration:
    pass
`,
];

function baseSnapshot(source: string, after: number): Uint8Array {
  const state = start(source, { pauseAfter: after });
  if (state.status !== 'paused') throw new Error('fuzz program did not pause');
  return state.snapshot();
}

/** Programs snapshotted while waiting at an external host call (plain, and inside asyncio). */
const HOST_PROGRAMS = [
  `
def load(keys):
    return [fetch(k, retries=2) for k in keys]
pages = load(['a', 'b'])
while True:
    pages.append(fetch(len(pages)))
`,
  `
import asyncio
async def main():
    while True:
        print(await asyncio.gather(fetch(1), fetch(2)))
asyncio.run(main())
`,
];

function hostSnapshot(source: string, answers: number): Uint8Array {
  let state = start(source, { externalFunctions: ['fetch'] });
  for (let answered = 0; state.status === 'call' && answered < answers; answered++) {
    state = state.resume(answered);
  }
  if (state.status !== 'call') throw new Error('fuzz program did not stop at a host call');
  return state.snapshot();
}

const bases = [
  ...PROGRAMS.flatMap((source) => [baseSnapshot(source, 50), baseSnapshot(source, 700)]),
  ...HOST_PROGRAMS.flatMap((source) => [hostSnapshot(source, 0), hostSnapshot(source, 3)]),
];
const random = generator(seed);
const below = (limit: number): number => Math.floor(random() * limit);

function mutate(original: Uint8Array): Uint8Array {
  let bytes = original.slice();
  const kind = below(6);
  const payloadStart = 16;
  const at = () => payloadStart + below(bytes.length - payloadStart);
  switch (kind) {
    case 0:
      for (let flips = 1 + below(4); flips > 0; flips--) bytes[at()]! ^= 1 << below(8);
      break;
    case 1:
      for (let writes = 1 + below(3); writes > 0; writes--)
        bytes[at()] = [0, 0x7f, 0x80, 0xff, below(256)][below(5)]!;
      break;
    case 2:
      bytes = bytes.slice(0, payloadStart + below(bytes.length - payloadStart));
      break;
    case 3: {
      const from = at();
      const length = 1 + below(16);
      const copy = new Uint8Array(bytes.length + length);
      copy.set(bytes.subarray(0, from));
      copy.set(bytes.subarray(from - Math.min(length, from - payloadStart), from), from);
      copy.set(bytes.subarray(from), from + length);
      bytes = copy;
      break;
    }
    case 4: {
      const from = at();
      const length = Math.min(1 + below(16), bytes.length - from);
      const copy = new Uint8Array(bytes.length - length);
      copy.set(bytes.subarray(0, from));
      copy.set(bytes.subarray(from + length), from);
      bytes = copy;
      break;
    }
    default: {
      // A huge varint where a small number was.
      const from = at();
      const huge = [0xff, 0xff, 0xff, 0xff, 0x0f];
      for (let index = 0; index < huge.length && from + index < bytes.length; index++)
        bytes[from + index] = huge[index]!;
    }
  }
  if (random() < 0.8 && bytes.length >= 16) resealSnapshot(bytes);
  return bytes;
}

const tally = new Map<string, number>();
const count1 = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

for (let index = 0; index < count; index++) {
  const bytes = mutate(bases[below(bases.length)]!);
  process.stdout.write(`case ${index}\n`);
  try {
    const options = { pauseAfter: 300, externalFunctions: ['fetch'] };
    const next = (stopped: PausedRun | CallRun): RunState =>
      stopped.status === 'call' ? stopped.resume(slice) : stopped.resume();
    let slice = 0;
    let state = next(restore(bytes, options));
    for (; slice < 5 && state.status !== 'done'; slice++) {
      if (slice === 2) state = next(restore(state.snapshot(), options));
      else state = next(state);
    }
    if (state.status !== 'done') count1('restored, still running');
    else if (state.exitCode === 70) count1('restored, internal error');
    else count1(`restored, finished`);
  } catch (error) {
    if (error instanceof SnapshotError) {
      const message = error.message;
      const kind = message.startsWith('invalid snapshot: ')
        ? message
            .split(':')
            .slice(0, 2)
            .join(':')
            .replace(/ '.*$| \d+.*$/, '')
        : message.replace(/\d+/g, 'N');
      count1(kind);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stdout.write(`CRASH ${index} ${JSON.stringify(detail)}\n`);
      count1('crash');
    }
  }
}
process.stdout.write(`TALLY ${JSON.stringify(Object.fromEntries(tally))}\n`);
