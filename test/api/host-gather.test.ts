// start() under asyncio: external host calls made together (asyncio.gather) are handed to the host
// together (CallRun.calls), answerable by id in one batch or a few at a time (CallRun.answer), also
// after a snapshot/restore taken while several are pending; resume()/fail() still answer one call.

import { describe, expect, test } from 'vitest';
import {
  type CallAnswer,
  type CallRun,
  type RunState,
  restore,
  type StartOptions,
  start,
} from '../../src/api/pausable-run.js';

// python3 prints the same with `async def fetch(n)` returning n * 10 and raising KeyError('missing 5')
// for 5 (recorded from CPython 3.11).
const PROGRAM = `import asyncio

async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(n=3))
    print('gathered', results)
    try:
        await asyncio.gather(fetch(4), fetch(5))
    except KeyError as error:
        print('failed', repr(error))
    return sum(results)

print(asyncio.run(main()))
`;
const OUTPUT = `gathered [10, 20, 30]
failed KeyError('missing 5')
60
`;

const OPTIONS: StartOptions = { externalFunctions: ['fetch'] };

function asCall(state: RunState): CallRun {
  if (state.status !== 'call') throw new Error(`expected a call, got ${state.status}`);
  return state;
}

/** What a host would answer: n * 10, or KeyError('missing 5') for 5. */
function answerFor(id: number, args: unknown[], kwargs: Record<string, unknown>): CallAnswer {
  const n = (args[0] ?? kwargs.n) as number;
  return n === 5
    ? { id, error: { typeName: 'KeyError', message: 'missing 5' } }
    : { id, value: n * 10 };
}

/** The pending calls of a stop as `id:name(args, kwargs)` strings. */
function listed(call: CallRun): string[] {
  return call.calls.map(
    (pending) => `${pending.id}:${pending.name}${JSON.stringify([pending.args, pending.kwargs])}`,
  );
}

describe('gathered host calls are handed over together', () => {
  test('every call of a gather is listed at one stop and answered in one batch', () => {
    const first = asCall(start(PROGRAM, OPTIONS));
    expect([first.id, first.name, first.args, listed(first)]).toEqual([
      1,
      'fetch',
      [1],
      ['1:fetch[[1],{}]', '2:fetch[[2],{}]', '3:fetch[[],{"n":3}]'],
    ]);
    const second = asCall(
      first.answer(
        first.calls.map((pending) => answerFor(pending.id, pending.args, pending.kwargs)),
      ),
    );
    expect([second.stdout, listed(second)]).toEqual([
      'gathered [10, 20, 30]\n',
      ['4:fetch[[4],{}]', '5:fetch[[5],{}]'],
    ]);
    const done = second.answer([answerFor(5, [5], {}), answerFor(4, [4], {})]);
    expect([done.status, done.stdout, done.status === 'done' && done.exitCode]).toEqual([
      'done',
      "failed KeyError('missing 5')\n60\n",
      0,
    ]);
  });

  test('answering some calls leaves the others pending for the next stop', () => {
    const first = asCall(start(PROGRAM, OPTIONS));
    const second = asCall(first.answer([{ id: 2, value: 20 }]));
    expect(listed(second)).toEqual(['1:fetch[[1],{}]', '3:fetch[[],{"n":3}]']);
    const third = asCall(second.answer([{ id: 3, value: 30 }]));
    expect(listed(third)).toEqual(['1:fetch[[1],{}]']);
    const fourth = asCall(third.resume(10));
    expect([fourth.stdout, listed(fourth)]).toEqual([
      'gathered [10, 20, 30]\n',
      ['4:fetch[[4],{}]', '5:fetch[[5],{}]'],
    ]);
  });

  test('resume()/fail() answer calls[0] only: the calls come one at a time as before', () => {
    let state: RunState = start(PROGRAM, OPTIONS);
    const seen: string[] = [];
    let stdout = state.stdout;
    while (state.status === 'call') {
      seen.push(`${state.name}${JSON.stringify([state.args, state.kwargs])}/${state.calls.length}`);
      const answer = answerFor(state.id, state.args, state.kwargs);
      state =
        'error' in answer
          ? state.fail(answer.error.typeName, answer.error.message)
          : state.resume(answer.value);
      stdout += state.stdout;
    }
    expect([seen, stdout]).toEqual([
      [
        'fetch[[1],{}]/3',
        'fetch[[2],{}]/2',
        'fetch[[],{"n":3}]/1',
        'fetch[[4],{}]/2',
        'fetch[[5],{}]/1',
      ],
      OUTPUT,
    ]);
  });

  test('a snapshot taken while three calls are pending restores with the same three', () => {
    const first = asCall(start(PROGRAM, OPTIONS));
    const restored = asCall(restore(first.snapshot(), OPTIONS));
    expect(listed(restored)).toEqual(listed(first));
    let state: RunState = restored.answer([
      { id: 3, value: 30 },
      { id: 1, value: 10 },
    ]);
    let stdout = state.stdout;
    // One still pending (id 2): snapshot again with it and a later pair in view.
    const again = asCall(restore(asCall(state).snapshot(), OPTIONS));
    expect(listed(again)).toEqual(['2:fetch[[2],{}]']);
    state = again.answer([{ id: 2, value: 20 }]);
    stdout += state.stdout;
    const pair = asCall(restore(asCall(state).snapshot(), OPTIONS));
    expect(listed(pair)).toEqual(['4:fetch[[4],{}]', '5:fetch[[5],{}]']);
    state = pair.answer(
      pair.calls.map((pending) => answerFor(pending.id, pending.args, pending.kwargs)),
    );
    stdout += state.stdout;
    expect([state.status, stdout]).toEqual(['done', OUTPUT]);
  });

  test('a call made outside an event loop is alone, with id 0', () => {
    const call = asCall(start('print(fetch(7, key="v"))', OPTIONS));
    expect([call.id, listed(call)]).toEqual([0, ['0:fetch[[7],{"key":"v"}]']]);
    const done = call.answer([{ id: 0, value: 'seventy' }]);
    expect([done.status, done.stdout]).toEqual(['done', 'seventy\n']);
  });

  test('answers must name distinct pending calls', () => {
    const call = asCall(start(PROGRAM, OPTIONS));
    const errorOf = (answers: readonly CallAnswer[]): string => {
      try {
        call.answer(answers);
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect([
      errorOf([]),
      errorOf([{ id: 9, value: 1 }]),
      errorOf([
        { id: 1, value: 1 },
        { id: 1, value: 2 },
      ]),
      errorOf([{ id: 1, error: { typeName: 'KeyError' } as never }]),
    ]).toEqual([
      'TypeError: answer() needs at least one answer',
      'TypeError: answer() got the id 9, which is not a pending call',
      'TypeError: answer() got the id 1 twice',
      'TypeError: an error answer needs { typeName, message } strings',
    ]);
    // A rejected batch does not use the stop up: it can still be answered.
    const next = asCall(call.answer([{ id: 1, value: 10 }]));
    expect(listed(next)).toEqual(['2:fetch[[2],{}]', '3:fetch[[],{"n":3}]']);
    expect(() => call.resume(1)).toThrow('this host call was already answered (resume)');
  });

  test('the event log lists each answer in the order given', () => {
    const first = asCall(start(PROGRAM, OPTIONS));
    const second = asCall(
      first.answer([
        { id: 2, value: 20 },
        { id: 1, value: 10 },
        { id: 3, value: 30 },
      ]),
    );
    const done = second.answer([
      { id: 5, error: { typeName: 'KeyError', message: 'missing 5' } },
      { id: 4, value: 40 },
    ]);
    if (done.status !== 'done') throw new Error('expected the end');
    expect(done.events).toEqual([
      { kind: 'host-call', name: 'fetch', result: 20 },
      { kind: 'host-call', name: 'fetch', result: 10 },
      { kind: 'host-call', name: 'fetch', result: 30 },
      { kind: 'host-error', name: 'fetch', typeName: 'KeyError', message: 'missing 5' },
      { kind: 'host-call', name: 'fetch', result: 40 },
    ]);
  });
});
