// Argument errors of the numeric builtins and complex() (CPython's METH_O and Argument Clinic
// wording), and int() of digit strings; expected output recorded from python3 3.11.7.

import { expect, test } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM =
  "for e in ['abs()','abs(1,2)','abs(x=1)','chr()','ord(1,2)','hex()','oct(1,2)','bin(x=1)','divmod(1)','format()','complex(\"1\", 2)','complex(1, \"2\")','complex(real=1, imag=2)','complex(imag=2)','complex(real=\"1+2j\")','complex(1, real=2)','complex(x=1)','complex(1,2,3)','complex([], x=1, y=2)','complex(real=1, imag=2, x=3)', 'complex()', 'complex(1.5)', 'complex(1, 2)', 'complex(1j, 1j)', 'abs(-3)', 'hex(255)', 'chr(65)', 'ord(\"a\")']:\n    try: print(e, '->', eval(e))\n    except Exception as ex: print(e, '->', type(ex).__name__, ex)\n";

const EXPECTED =
  'abs() -> TypeError abs() takes exactly one argument (0 given)\nabs(1,2) -> TypeError abs() takes exactly one argument (2 given)\nabs(x=1) -> TypeError abs() takes no keyword arguments\nchr() -> TypeError chr() takes exactly one argument (0 given)\nord(1,2) -> TypeError ord() takes exactly one argument (2 given)\nhex() -> TypeError hex() takes exactly one argument (0 given)\noct(1,2) -> TypeError oct() takes exactly one argument (2 given)\nbin(x=1) -> TypeError bin() takes no keyword arguments\ndivmod(1) -> TypeError divmod expected 2 arguments, got 1\nformat() -> TypeError format expected at least 1 argument, got 0\ncomplex("1", 2) -> TypeError complex() can\'t take second arg if first is a string\ncomplex(1, "2") -> TypeError complex() second arg can\'t be a string\ncomplex(real=1, imag=2) -> (1+2j)\ncomplex(imag=2) -> 2j\ncomplex(real="1+2j") -> (1+2j)\ncomplex(1, real=2) -> TypeError argument for complex() given by name (\'real\') and position (1)\ncomplex(x=1) -> TypeError \'x\' is an invalid keyword argument for complex()\ncomplex(1,2,3) -> TypeError complex() takes at most 2 arguments (3 given)\ncomplex([], x=1, y=2) -> TypeError complex() takes at most 2 arguments (3 given)\ncomplex(real=1, imag=2, x=3) -> TypeError complex() takes at most 2 keyword arguments (3 given)\ncomplex() -> 0j\ncomplex(1.5) -> (1.5+0j)\ncomplex(1, 2) -> (1+2j)\ncomplex(1j, 1j) -> (-1+1j)\nabs(-3) -> 3\nhex(255) -> 0xff\nchr(65) -> A\nord("a") -> 97\n';

test('abs/chr/ord/bin/oct/hex and complex() report argument errors as CPython does', () => {
  let text = '';
  const result = run(PROGRAM, { stdout: (chunk) => (text += chunk) });
  expect(result.error?.message ?? null).toBe(null);
  expect(text).toBe(EXPECTED);
});

const INT_PROGRAM =
  "for s in ['0', '7', '007', '123456789012345', '1234567890123456', '-5', '+5', ' 5', '5 ', '1_000', '٣', '', 'a', '9'*15, '0'*15, '00']:\n    try: print(repr(s), int(s), type(int(s)).__name__)\n    except Exception as e: print(repr(s), type(e).__name__, e)\nprint(sum(int(d) for d in str(3**500)))\n";

const INT_EXPECTED =
  "'0' 0 int\n'7' 7 int\n'007' 7 int\n'123456789012345' 123456789012345 int\n'1234567890123456' 1234567890123456 int\n'-5' -5 int\n'+5' 5 int\n' 5' 5 int\n'5 ' 5 int\n'1_000' 1000 int\n'٣' 3 int\n'' ValueError invalid literal for int() with base 10: ''\n'a' ValueError invalid literal for int() with base 10: 'a'\n'999999999999999' 999999999999999 int\n'000000000000000' 0 int\n'00' 0 int\n1035\n";

test('int() of short digit strings and of strings the digit fast path must leave alone', () => {
  let text = '';
  const result = run(INT_PROGRAM, { stdout: (chunk) => (text += chunk) });
  expect(result.error?.message ?? null).toBe(null);
  expect(text).toBe(INT_EXPECTED);
});
