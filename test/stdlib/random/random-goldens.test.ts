// random.Random sequences recorded from CPython 3.11 (scripts/record-random-goldens.py): every
// method from freshly seeded generators (int, negative, big, str, bytes, float seeds; version 1).

import { readFileSync } from 'node:fs';
import { expect, describe as suite, test } from 'vitest';
import type { IntValue } from '../../../src/objects/int-math.js';
import { PythonError } from '../../../src/objects/python-error.js';
import * as mt from '../../../src/stdlib/random/mersenne-twister.js';
import * as rm from '../../../src/stdlib/random/random-methods.js';
import { checkExpectedFailures } from '../expected-failures.js';
import { type Decoded, decode, describe, sameDecoded, type Tagged } from '../golden-values.js';

interface RandomCase {
  seed: Tagged;
  version: number;
  method: string;
  args: (Tagged | { range: [number, number] })[];
  kwargs: Record<string, Tagged>;
  draws: number;
  results: Tagged[];
}

const here = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(readFileSync(`${here}golden/random-cases.json`, 'utf8')) as RandomCase[];

function seeded(seed: Decoded, version: number): mt.RandomState {
  const state = mt.createRandomState();
  if (version === 1 && (seed.kind === 'str' || seed.kind === 'bytes')) {
    const points = seed.kind === 'str' ? [...seed.value].map((c) => c.codePointAt(0)!) : seed.value;
    mt.seedVersion1(state, points);
    return state;
  }
  switch (seed.kind) {
    case 'int':
      mt.seedFromInt(state, seed.value);
      break;
    case 'str':
      mt.seedFromBytes(state, new TextEncoder().encode(seed.value));
      break;
    case 'bytes':
      mt.seedFromBytes(state, seed.value);
      break;
    case 'float':
      mt.seedFromFloat(state, seed.value);
      break;
    default:
      throw new Error(`seed kind ${seed.kind}`);
  }
  return state;
}

const float = (value: number): Decoded => ({ kind: 'float', value });
const int = (value: IntValue): Decoded => ({ kind: 'int', value });

function num(value: Decoded | undefined): number {
  if (value === undefined) throw new Error('missing argument');
  if (value.kind === 'float') return value.value;
  if (value.kind === 'int') return Number(value.value);
  throw new Error(`not a number: ${value.kind}`);
}

function intArg(value: Decoded | undefined): IntValue {
  if (value?.kind !== 'int') throw new Error('not an int');
  return value.value;
}

/** One call of a Random method, as the module layer will run it. */
function call(
  state: mt.RandomState,
  method: string,
  args: (Decoded | { range: [number, number] })[],
  kwargs: Record<string, Decoded>,
): Decoded {
  const source = rm.mersenneSource(state.mt);
  const below = (n: IntValue) => rm.randBelowMersenne(state.mt, n);
  const a = args as Decoded[];
  switch (method) {
    case 'random':
      return float(mt.nextRandom(state.mt));
    case 'getrandbits':
      return int(mt.getRandBits(state.mt, num(a[0])));
    case 'randrange':
      return int(
        rm.randrange(below, intArg(a[0]), a[1] ? intArg(a[1]) : null, a[2] ? intArg(a[2]) : null),
      );
    case 'randint':
      return int(rm.randint(below, intArg(a[0]), intArg(a[1])));
    case 'choice': {
      const items = (a[0] as Extract<Decoded, { kind: 'list' }>).items;
      return items[Number(rm.choiceIndex(below, items.length))]!;
    }
    case 'shuffle': {
      const items = [...(a[0] as Extract<Decoded, { kind: 'list' }>).items];
      rm.shuffleInPlace(below, items);
      return { kind: 'list', items };
    }
    case 'sample': {
      const population = args[0]!;
      const k = intArg(a[1]);
      if ('range' in population) {
        const [start, stop] = population.range;
        const picked = rm.sampleIndices(below, stop - start, k);
        return { kind: 'list', items: picked.map((i) => int(Number(i) + start)) };
      }
      const items = (population as Extract<Decoded, { kind: 'list' }>).items;
      const counts = kwargs.counts as Extract<Decoded, { kind: 'list' }> | undefined;
      if (counts) {
        let total = 0;
        const cumulative = counts.items.map((c) => (total += num(c)));
        const picked = rm.sampleCountedIndices(below, cumulative, k);
        return { kind: 'list', items: picked.map((i) => items[i]!) };
      }
      const picked = rm.sampleIndices(below, items.length, k);
      return { kind: 'list', items: picked.map((i) => items[Number(i)]!) };
    }
    case 'choices': {
      const items = (a[0] as Extract<Decoded, { kind: 'list' }>).items;
      const k = kwargs.k ? num(kwargs.k) : 1;
      let cumulative: number[] | undefined;
      if (a[1]) {
        let total = 0;
        cumulative = (a[1] as Extract<Decoded, { kind: 'list' }>).items.map(
          (w) => (total += num(w)),
        );
      } else if (kwargs.cum_weights) {
        cumulative = (kwargs.cum_weights as Extract<Decoded, { kind: 'list' }>).items.map(num);
      }
      const picked = cumulative
        ? rm.choicesWeighted(source, cumulative, k)
        : rm.choicesUniform(source, items.length, k);
      return { kind: 'list', items: picked.map((i) => items[i]!) };
    }
    case 'uniform':
      return float(rm.uniform(source, num(a[0]), num(a[1])));
    case 'triangular': {
      const value = rm.triangular(
        source,
        a[0] ? num(a[0]) : 0,
        a[1] ? num(a[1]) : 1,
        a[2] ? num(a[2]) : null,
      );
      return value === null ? a[0]! : float(value);
    }
    case 'normalvariate':
      return float(rm.normalvariate(source, num(a[0]), num(a[1])));
    case 'gauss':
      return float(rm.gauss(source, state, num(a[0]), num(a[1])));
    case 'lognormvariate':
      return float(rm.lognormvariate(source, num(a[0]), num(a[1])));
    case 'expovariate':
      return float(rm.expovariate(source, num(a[0])));
    case 'vonmisesvariate':
      return float(rm.vonmisesvariate(source, num(a[0]), num(a[1])));
    case 'gammavariate':
      return float(rm.gammavariate(source, num(a[0]), num(a[1])));
    case 'betavariate':
      return float(rm.betavariate(source, num(a[0]), num(a[1])));
    case 'paretovariate':
      return float(rm.paretovariate(source, num(a[0])));
    case 'weibullvariate':
      return float(rm.weibullvariate(source, num(a[0]), num(a[1])));
    case 'randbytes':
      return { kind: 'bytes', value: rm.randbytesMersenne(state.mt, num(a[0])) };
    case 'getstate':
      return {
        kind: 'tuple',
        items: [
          int(3),
          { kind: 'tuple', items: mt.getInternalState(state.mt).map(int) },
          state.gaussNext === null ? { kind: 'none' } : float(state.gaussNext),
        ],
      };
    default:
      throw new Error(`no dispatcher for Random.${method}`);
  }
}

suite('random goldens (CPython 3.11)', () => {
  test('every recorded sequence matches, except the listed libm divergences', () => {
    const failures = new Map<string, string>();
    let draws = 0;
    for (const item of cases) {
      const state = seeded(decode(item.seed), item.version);
      const args = item.args.map((arg) => ('range' in arg ? arg : decode(arg)));
      const kwargs = Object.fromEntries(
        Object.entries(item.kwargs).map(([key, value]) => [key, decode(value)]),
      );
      for (let i = 0; i < item.draws; i++) {
        draws++;
        let actual: Decoded;
        try {
          actual = call(state, item.method, args, kwargs);
        } catch (error) {
          if (!(error instanceof PythonError)) throw error;
          actual = { kind: 'error', type: error.typeName, message: error.message };
        }
        const expected = decode(item.results[i]!);
        if (!sameDecoded(actual, expected)) {
          const key = `${JSON.stringify(item.seed)} v${item.version} ${item.method}${JSON.stringify(item.args)}${JSON.stringify(item.kwargs)}`;
          failures.set(key, `draw ${i}: got ${describe(actual)}, want ${describe(expected)}`);
          break;
        }
      }
    }
    const report = checkExpectedFailures(`${here}expected-failures.txt`, cases.length, failures);
    console.log(
      `random goldens: ${report.passed}/${report.total} sequences exact (${draws} draws)`,
    );
    expect(report.unexpectedFailures.slice(0, 20)).toEqual([]);
    expect(report.unexpectedPasses.slice(0, 20)).toEqual([]);
  });

  test('setstate restores a getstate snapshot and rejects malformed ones', () => {
    const state = mt.createRandomState();
    mt.seedFromInt(state, 5);
    const snapshot = mt.getInternalState(state.mt);
    const first = mt.nextRandom(state.mt);
    mt.setInternalState(state.mt, snapshot);
    expect(mt.nextRandom(state.mt)).toBe(first);
    expect(() => mt.setInternalState(state.mt, snapshot.slice(0, 5))).toThrow(
      'state vector is the wrong size',
    );
    expect(() => mt.setInternalState(state.mt, [...snapshot.slice(0, 624), 625])).toThrow(
      'invalid state',
    );
  });
});
