// Runs in one process share nothing: what one program does to modules, sys, builtins or classes
// is invisible to the next (no cross-run channel, no poisoning), built-in types stay immutable,
// the host's dangerous modules do not exist, and os process functions are refused.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

function outcome(source: string) {
  const result = run(source, { filename: 'main.py' });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}

describe('one run cannot reach or poison the next', () => {
  it('module attributes, sys, builtins and sys.modules start fresh', () => {
    const poison = [
      'import math, json, sys, builtins, os, random, string, collections',
      'math.pi = 4',
      'json.dumps = None',
      'sys.maxsize = 1',
      'sys.path.append("/evil")',
      'builtins.len = None',
      'builtins.secret = "from run one"',
      'del builtins.abs',
      'os.sep = "#"',
      'os.environ["LEAK"] = "1"',
      'random.random = lambda: 0.5',
      'string.ascii_letters = "x"',
      'collections.OrderedDict = None',
      'sys.modules["evil"] = math',
    ].join('\n');
    expect(outcome(poison)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const check = [
      'import math, json, sys, builtins, os, random, string, collections',
      'print(math.pi, json.dumps.__name__, sys.maxsize, "/evil" in sys.path, len("ab"))',
      'print(hasattr(builtins, "secret"), os.sep, "LEAK" in os.environ, random.random.__name__)',
      'print(abs(-3), builtins.abs is abs)',
      'print(string.ascii_letters[:5], collections.OrderedDict.__name__, "evil" in sys.modules)',
    ].join('\n');
    expect(outcome(check)).toEqual({
      stdout: [
        '3.141592653589793 dumps 9223372036854775807 False 2',
        'False / False random',
        '3 True',
        'abcde OrderedDict False',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it("classes of one run are not among built-in types' __subclasses__() in the next", () => {
    const define = [
      'class SecretOfRunOne:',
      '    token = "s3cr3t"',
      'class LeakyDict(dict):',
      '    pass',
      'class LeakyError(Exception):',
      '    pass',
      'print(SecretOfRunOne in object.__subclasses__(), LeakyDict in dict.__subclasses__())',
    ].join('\n');
    expect(outcome(define)).toEqual({ stdout: 'True True\n', stderr: '', exitCode: 0 });
    const look = [
      'names = {c.__name__ for c in object.__subclasses__()}',
      'names |= {c.__name__ for c in dict.__subclasses__()}',
      'names |= {c.__name__ for c in Exception.__subclasses__()}',
      'print(sorted(n for n in names if n.startswith(("Secret", "Leaky"))))',
    ].join('\n');
    expect(outcome(look)).toEqual({ stdout: '[]\n', stderr: '', exitCode: 0 });
  });
});

describe('built-in types are immutable', () => {
  it('setting attributes of built-in types fails as in CPython', () => {
    const source = [
      'attempts = [',
      '    lambda: setattr(int, "__add__", None),',
      '    lambda: type.__setattr__(object, "x", 1),',
      '    lambda: setattr(type(None), "constructor", 1),',
      '    lambda: setattr(str, "__proto__", 1),',
      '    lambda: delattr(list, "append"),',
      '    lambda: object.__dict__.__setitem__("x", 1),',
      ']',
      'for attempt in attempts:',
      '    try:',
      '        attempt()',
      '    except (TypeError, AttributeError) as e:',
      '        print(type(e).__name__, e)',
    ].join('\n');
    expect(outcome(source)).toEqual({
      stdout: [
        "TypeError cannot set '__add__' attribute of immutable type 'int'",
        "TypeError cannot set 'x' attribute of immutable type 'object'",
        "TypeError cannot set 'constructor' attribute of immutable type 'NoneType'",
        "TypeError cannot set '__proto__' attribute of immutable type 'str'",
        "TypeError cannot set 'append' attribute of immutable type 'list'",
        "AttributeError 'mappingproxy' object has no attribute '__setitem__'",
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('modules that reach the host do not exist', () => {
  it('socket, subprocess, ctypes, threads, signals and friends fail to import', () => {
    const names = [
      'socket',
      'subprocess',
      'multiprocessing',
      'ctypes',
      '_thread',
      'signal',
      'posix',
      'pty',
      'fcntl',
      'resource',
      'mmap',
      'select',
      'marshal',
      'pickle',
      'ssl',
      'webbrowser',
    ];
    const source = [
      `for name in ${JSON.stringify(names)}:`,
      '    try:',
      '        __import__(name)',
      '        print("imported", name)',
      '    except ImportError as e:',
      '        print(type(e).__name__, e)',
    ].join('\n');
    expect(outcome(source)).toEqual({
      stdout: names.map((name) => `ModuleNotFoundError No module named '${name}'\n`).join(''),
      stderr: '',
      exitCode: 0,
    });
  });

  it('os process functions are refused and host facts are neutral', () => {
    const source = [
      'import os, sys',
      'for call in [lambda: os.system("echo pwned"), lambda: os.popen("ls"), lambda: os.fork(),',
      '             lambda: os.kill(1, 9), lambda: os.execv("/bin/sh", ["sh"])]:',
      '    try:',
      '        call()',
      '    except PermissionError as e:',
      '        print(e)',
      'print(os.getpid(), os.cpu_count(), dict(os.environ), sys.path, os.path.expanduser("~"))',
    ].join('\n');
    const refused = (name: string, capability = 'process') =>
      `[Errno 1] Operation not permitted (no ${capability} capability: os.${name} is not available in the sandbox)`;
    expect(outcome(source)).toEqual({
      stdout: [
        refused('system'),
        refused('popen'),
        refused('fork'),
        refused('kill', 'signal'),
        refused('execv'),
        '1 1 {} [] ~',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });
});
