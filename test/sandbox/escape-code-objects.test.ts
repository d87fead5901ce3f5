// Code and function objects cannot be forged into something the VM would run unchecked: no
// bytecode access or code.replace, no code()/function() constructors, __code__ swaps checked
// (arguments, free variables), read-only __closure__/__globals__, typed __defaults__. A VM fed
// bad bytecode could crash the host.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

function outcome(source: string) {
  const result = run(source, { filename: 'main.py' });
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    kind: result.error?.kind ?? null,
  };
}

const ATTEMPT = [
  'def attempt(label, fn):',
  '    try:',
  "        print(label, '->', repr(fn()))",
  '    except Exception as e:',
  "        print(label, '!!', type(e).__name__, e)",
  'def f(a):',
  '    return a + 1',
  'def h():',
  '    pass',
  'co = f.__code__',
].join('\n');

describe('code objects cannot be forged', () => {
  it('no bytecode, no replace, no constructors, read-only function internals', () => {
    const source = [
      ATTEMPT,
      "attempt('co_code', lambda: co.co_code)",
      "attempt('replace', lambda: co.replace(co_consts=(1, 2)))",
      "attempt('code()', lambda: type(co)(*([0] * 16)))",
      "attempt('function()', lambda: type(f)(co, {}))",
      "attempt('closure', lambda: setattr(h, '__closure__', None))",
      "attempt('globals', lambda: setattr(h, '__globals__', {}))",
      "attempt('defaults', lambda: setattr(f, '__defaults__', [1]))",
      "attempt('marshal', lambda: __import__('marshal'))",
      'h.__code__ = f.__code__',
      "attempt('swapped code runs checked', lambda: h())",
    ].join('\n');
    expect(outcome(source)).toEqual({
      stdout: [
        "co_code !! AttributeError 'code' object has no attribute 'co_code'",
        "replace !! AttributeError 'code' object has no attribute 'replace'",
        'code() !! TypeError code() takes no arguments',
        'function() !! TypeError function() takes no arguments',
        "closure !! AttributeError attribute '__closure__' of 'function' objects is not writable",
        "globals !! AttributeError attribute '__globals__' of 'function' objects is not writable",
        'defaults !! TypeError __defaults__ must be set to a tuple object',
        "marshal !! ModuleNotFoundError No module named 'marshal'",
        "swapped code runs checked !! TypeError h() missing 1 required positional argument: 'a'",
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
      kind: null,
    });
  });

  it('a __code__ with other free variables is refused, not run', () => {
    const source = [
      ATTEMPT,
      'def g():',
      '    x = 1',
      '    def inner():',
      '        return x',
      '    return inner',
      "attempt('swap', lambda: setattr(h, '__code__', g().__code__))",
      "attempt('call', lambda: h())",
    ].join('\n');
    expect(outcome(source)).toEqual({
      stdout: [
        'swap !! ValueError h() requires a code object with 0 free vars, not 1',
        'call -> None',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
      kind: null,
    });
  });
});
