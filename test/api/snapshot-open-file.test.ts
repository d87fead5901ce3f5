// A run paused while it holds a file open for reading (the default event log wraps such handles)
// snapshots, restores and finishes reading it; the restored run's events equal an uninterrupted run's.

import { describe, expect, test } from 'vitest';
import { type DoneRun, type RunState, restore, start } from '../../src/api/pausable-run.js';

// CPython prints the same with `ask = lambda: 42`.
const PROGRAM = `with open('/a.txt', 'w') as f:
    f.write('hello\\nworld\\n')
f = open('/a.txt')
print(f.readline(), end='')
x = ask()
print(x, f.readline(), end='')
f.close()
`;

const OPTIONS = { externalFunctions: ['ask'] } as const;

function finish(viaSnapshot: boolean): DoneRun {
  let state: RunState = start(PROGRAM, OPTIONS);
  let stdout = state.stdout;
  while (state.status !== 'done') {
    if (viaSnapshot) state = restore(state.snapshot(), OPTIONS);
    state = state.status === 'call' ? state.resume(42) : state.resume();
    stdout += state.stdout;
  }
  return { ...state, stdout };
}

describe('a file open for reading across a snapshot', () => {
  test('the restored run reads on and logs the read as an uninterrupted run does', () => {
    const direct = finish(false);
    const restored = finish(true);
    expect(direct.stdout).toBe('hello\n42 world\n');
    expect(restored.stdout).toBe('hello\n42 world\n');
    expect(restored.exitCode).toBe(0);
    const fileReads = (done: DoneRun) => done.events.filter((event) => event.kind === 'file-read');
    expect(fileReads(direct)).toEqual([{ kind: 'file-read', path: '/a.txt', bytes: 12 }]);
    expect(fileReads(restored)).toEqual(fileReads(direct));
    expect(restored.events).toEqual(direct.events);
  });
});
