// Pausing at external host functions (src/vm/host-call.ts, CallRun in src/api/pausable-run.ts):
// start -> call -> resume/fail, snapshots at a call restored in this process, and calls where no
// pause is possible.

import { describe, expect, test } from 'vitest';
import {
  type CallRun,
  type RunState,
  restore,
  type StartOptions,
  start,
} from '../../src/api/pausable-run.js';

function asCall(state: RunState): CallRun {
  if (state.status !== 'call') throw new Error(`expected a call, got ${state.status}`);
  return state;
}

/** Runs to the end answering every call with `answer(name, args, kwargs)`; lists the calls. */
function drive(
  source: string,
  options: StartOptions,
  answer: (name: string, args: unknown[], kwargs: Record<string, unknown>) => unknown,
  viaSnapshot = false,
): { calls: string[]; stdout: string; stderr: string; exitCode: number } {
  let state: RunState = start(source, { filename: 'main.py', ...options });
  const calls: string[] = [];
  let stdout = state.stdout;
  let stderr = state.stderr;
  while (state.status !== 'done') {
    if (state.status === 'paused') {
      state = state.resume();
    } else {
      let call: CallRun = state;
      if (viaSnapshot) call = asCall(restore(call.snapshot(), options));
      calls.push(`${call.name}${JSON.stringify([call.args, call.kwargs])}`);
      state = call.resume(answer(call.name, call.args, call.kwargs));
    }
    stdout += state.stdout;
    stderr += state.stderr;
  }
  return { calls, stdout, stderr, exitCode: state.exitCode };
}

const AGENT = `
import tools

def gather(urls):
    pages = []
    for url in urls:
        pages.append(fetch(url, timeout=5))
    return pages

def numbered():
    for index in range(3):
        yield index, tools.search(f'q{index}')

pages = gather(['a', 'b'])
print(pages)
for index, hits in numbered():
    print(index, hits)
args = ('c',)
kw = {'timeout': 1}
print(fetch(*args, **kw))
print('done')
`;

const AGENT_OUTPUT = `['page a/5', 'page b/5']
0 ['hit q0']
1 ['hit q1']
2 ['hit q2']
page c/1
done
`;

const AGENT_CALLS = [
  'fetch[["a"],{"timeout":5}]',
  'fetch[["b"],{"timeout":5}]',
  'tools.search[["q0"],{}]',
  'tools.search[["q1"],{}]',
  'tools.search[["q2"],{}]',
  'fetch[["c"],{"timeout":1}]',
];

function agentAnswer(name: string, args: unknown[], kwargs: Record<string, unknown>): unknown {
  if (name === 'fetch') return `page ${String(args[0])}/${String(kwargs.timeout)}`;
  return [`hit ${String(args[0])}`];
}

const AGENT_OPTIONS: StartOptions = { externalFunctions: ['fetch', 'tools.search'] };

describe('pausing at external host functions', () => {
  test('each call stops the run; the answer becomes the call result', () => {
    expect(drive(AGENT, AGENT_OPTIONS, agentAnswer)).toEqual({
      calls: AGENT_CALLS,
      stdout: AGENT_OUTPUT,
      stderr: '',
      exitCode: 0,
    });
  });

  test('a snapshot at each call, restored, gives the same run', () => {
    expect(drive(AGENT, AGENT_OPTIONS, agentAnswer, true)).toEqual({
      calls: AGENT_CALLS,
      stdout: AGENT_OUTPUT,
      stderr: '',
      exitCode: 0,
    });
  });

  test('time slices and host calls mix', () => {
    expect(drive(AGENT, { ...AGENT_OPTIONS, pauseAfter: 3 }, agentAnswer, true)).toEqual({
      calls: AGENT_CALLS,
      stdout: AGENT_OUTPUT,
      stderr: '',
      exitCode: 0,
    });
  });

  test('fail() raises at the call site with a CPython traceback', () => {
    const source = `
def get(u):
    return fetch(u)
try:
    get('x')
except KeyError as e:
    print('caught', repr(e))
print(get('a'))
`;
    const first = asCall(start(source, { filename: 'main.py', externalFunctions: ['fetch'] }));
    const second = asCall(first.fail('KeyError', 'x'));
    expect([second.stdout, second.name, second.args]).toEqual([
      "caught KeyError('x')\n",
      'fetch',
      ['a'],
    ]);
    const end = second.fail('ValueError', 'nope');
    expect(end).toEqual({
      status: 'done',
      exitCode: 1,
      error: expect.objectContaining({ kind: 'python', typeName: 'ValueError', lineno: 3 }),
      stdout: '',
      stderr: `Traceback (most recent call last):
  File "main.py", line 8, in <module>
    print(get('a'))
          ^^^^^^^^
  File "main.py", line 3, in get
    return fetch(u)
           ^^^^^^^^
ValueError: nope
`,
      value: undefined,
      stats: expect.objectContaining({ instructions: expect.any(Number) }),
      events: [
        { kind: 'host-error', name: 'fetch', typeName: 'KeyError', message: 'x' },
        { kind: 'host-error', name: 'fetch', typeName: 'ValueError', message: 'nope' },
      ],
    });
  });

  test('fail() inside an except block chains the handled exception as __context__', () => {
    const source = "try:\n    1/0\nexcept ZeroDivisionError:\n    fetch('x')\n";
    const call = asCall(start(source, { filename: 'main.py', externalFunctions: ['fetch'] }));
    const end = call.fail('ValueError', "invalid literal for int() with base 10: 'x'");
    // python3, with fetch = int:
    expect(end.stderr).toBe(`Traceback (most recent call last):
  File "main.py", line 2, in <module>
    1/0
    ~^~
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "main.py", line 4, in <module>
    fetch('x')
ValueError: invalid literal for int() with base 10: 'x'
`);
  });

  test('resume with a value that cannot convert raises TypeError at the call', () => {
    const source = `
try:
    fetch()
except TypeError as e:
    print('TypeError:', e)
`;
    const call = asCall(start(source, { externalFunctions: ['fetch'] }));
    const end = call.resume(() => 1);
    expect(end.stdout).toBe('TypeError: cannot convert a JS function to a Python value\n');
  });

  test('an answered call cannot be answered again', () => {
    const call = asCall(start('fetch()', { externalFunctions: ['fetch'] }));
    call.resume(1);
    expect(() => call.resume(2)).toThrow('this host call was already answered (resume)');
    expect(() => call.snapshot()).toThrow('this host call was already answered (snapshot)');
  });

  test('a call from native code cannot pause: RuntimeError naming the function', () => {
    const source = `
try:
    sorted([1, 2], key=fetch)
except RuntimeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda v: fetch(v))
except RuntimeError as e:
    print(e)
def pages():
    yield fetch(1)
try:
    sum(pages())
except RuntimeError as e:
    print(e)
`;
    const end = start(source, { externalFunctions: ['fetch'] });
    expect(end.status === 'done' ? [end.stdout, end.stderr] : end.status).toEqual([
      "cannot pause at external function 'fetch' here: it was called from native code (it was called by sorted()); call it directly from Python code\n" +
        "cannot pause at external function 'fetch' here: it was called from native code (inside sorted()); call it directly from Python code\n" +
        "cannot pause at external function 'fetch' here: it was called from native code (inside sum()); call it directly from Python code\n",
      '',
    ]);
  });

  test('in asyncio code, external calls become awaitables answered when the loop is idle', () => {
    // python3 prints the same with `async def fetch(url, timeout=10)` sleeping 0.01 s, raising
    // ValueError('bad url') for 'bad', else returning f'page {url}/{timeout}'.
    const source = `
import asyncio

async def worker(url):
    try:
        return await fetch(url, timeout=3)
    except ValueError as e:
        return f'error: {e}'

async def main():
    pages = await asyncio.gather(worker('a'), worker('bad'), worker('c'))
    print(pages)
    task = asyncio.create_task(fetch('d'))
    print(await task)
    return len(pages)

print(asyncio.run(main()))
`;
    for (const viaSnapshot of [false, true]) {
      let state: RunState = start(source, { externalFunctions: ['fetch'] });
      const calls: string[] = [];
      let stdout = state.stdout;
      while (state.status !== 'done') {
        if (state.status === 'paused') throw new Error('unexpected time slice');
        let call: CallRun = state;
        if (viaSnapshot) call = asCall(restore(call.snapshot(), { externalFunctions: ['fetch'] }));
        calls.push(`${call.name}${JSON.stringify([call.args, call.kwargs])}`);
        const url = String(call.args[0]);
        state =
          url === 'bad'
            ? call.fail('ValueError', 'bad url')
            : call.resume(`page ${url}/${String(call.kwargs.timeout ?? 10)}`);
        stdout += state.stdout;
      }
      expect([calls, stdout, state.stderr]).toEqual([
        [
          'fetch[["a"],{"timeout":3}]',
          'fetch[["bad"],{"timeout":3}]',
          'fetch[["c"],{"timeout":3}]',
          'fetch[["d"],{}]',
        ],
        "['page a/3', 'error: bad url', 'page c/3']\npage d/10\n3\n",
        '',
      ]);
    }
  });

  test('library objects alive at a host call survive a snapshot (memoryview iterator, anext awaitable)', () => {
    const source = `
it = iter(memoryview(b'abc'))
print(next(it))
class A:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
aw = anext(A(), 'dflt')
print(copyright.__class__.__name__)
x = fetch()
print(next(it), type(aw).__name__)
`;
    const call = asCall(start(source, { externalFunctions: ['fetch'] }));
    const end = asCall(restore(call.snapshot(), { externalFunctions: ['fetch'] })).resume(1);
    // python3 prints 97, _Printer, then 98 anext_awaitable.
    expect([call.stdout, end.stdout, end.stderr]).toEqual([
      '97\n_Printer\n',
      '98 anext_awaitable\n',
      '',
    ]);
  });

  test('a host function not given again at restore raises RuntimeError when called', () => {
    const call = asCall(
      start('fetch(1)\nprint(helper())', {
        externalFunctions: ['fetch'],
        functions: { helper: () => 1 },
      }),
    );
    const restored = asCall(restore(call.snapshot(), { externalFunctions: ['fetch'] }));
    const end = restored.resume(0);
    expect(end.status === 'done' ? end.stderr : end.status).toBe(`Traceback (most recent call last):
  File "<string>", line 2, in <module>
    print(helper())
          ^^^^^^^^
RuntimeError: host function 'helper' is not available: it was not given to restore()
`);
  });
});
