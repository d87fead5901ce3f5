// str % value through strPercentFormat (str.__mod__'s entry, also used by the binary `%` fast
// path): the spliced lone %d/%i/%s and the general parser agree with CPython 3.11 on every case.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

class S(str):
    pass

class Rmod:
    def __rmod__(self, other):
        return "rmod"
    def __str__(self):
        return "R"

class SR(str):
    def __rmod__(self, other):
        return 'sr-rmod'

for round in range(2):
    attempt('d', lambda: 'w%d' % 12)
    attempt('d neg', lambda: 'w%dz' % -7)
    attempt('i', lambda: '%i!' % 3)
    attempt('u', lambda: '%u' % 3)
    attempt('s int', lambda: 'n=%s.' % 40)
    attempt('s str', lambda: '<%s>' % 'abc')
    attempt('s empty', lambda: '%s' % '')
    attempt('s astral', lambda: '\\U0001f600%s' % '\\u00e9')
    attempt('d str', lambda: '%d' % 'x')
    attempt('i str', lambda: '%i' % 'x')
    attempt('d bool', lambda: '%d' % True)
    attempt('s bool', lambda: '%s' % False)
    attempt('d big', lambda: '%d' % 2**64)
    attempt('s big', lambda: 'x%s' % -2**64)
    attempt('d float', lambda: '%d' % 2.75)
    attempt('s float', lambda: '%s' % 2.75)
    attempt('two', lambda: '%d%%' % 5)
    attempt('two args', lambda: '%d %d' % 5)
    attempt('none', lambda: 'abc' % 5)
    attempt('none str', lambda: 'abc' % 'x')
    attempt('trailing', lambda: 'abc%' % 5)
    attempt('bad char', lambda: 'a%y' % 5)
    attempt('mapping', lambda: '%(a)s' % 5)
    attempt('tuple', lambda: '%d' % (5,))
    attempt('list', lambda: '%s' % [1, 2])
    attempt('dict s', lambda: '%s' % {'k': 1})
    attempt('x', lambda: '%x' % 255)
    attempt('r', lambda: '%r' % 'q')
    attempt('width', lambda: '%5d|' % 3)
    attempt('S arg', lambda: '%s' % S('sub'))
    attempt('S fmt', lambda: S('v%d') % 4)
    attempt('rmod', lambda: 'a%s' % Rmod())
    attempt('sr rmod', lambda: 'a%s' % SR('q'))
    attempt('c', lambda: '%c' % 65)
    attempt('percent only', lambda: '%%' % ())
    attempt('mod call', lambda: 'k%d'.__mod__(9))
    attempt('rmod call', lambda: (5).__rmod__('k%d'))
    attempt('str rmod', lambda: 'k%d'.__rmod__(9))
`;

/** What one pass of the program prints (it runs twice). */
const ONE_PASS = `d 'w12'
d neg 'w-7z'
i '3!'
u '3'
s int 'n=40.'
s str '<abc>'
s empty ''
s astral '😀é'
d str TypeError %d format: a real number is required, not str
i str TypeError %i format: a real number is required, not str
d bool '1'
s bool 'False'
d big '18446744073709551616'
s big 'x-18446744073709551616'
d float '2'
s float '2.75'
two '5%'
two args TypeError not enough arguments for format string
none TypeError not all arguments converted during string formatting
none str TypeError not all arguments converted during string formatting
trailing ValueError incomplete format
bad char ValueError unsupported format character 'y' (0x79) at index 2
mapping TypeError format requires a mapping
tuple '5'
list '[1, 2]'
dict s "{'k': 1}"
x 'ff'
r "'q'"
width '    3|'
S arg 'sub'
S fmt 'v4'
rmod 'aR'
sr rmod 'sr-rmod'
c 'A'
percent only '%'
mod call 'k9'
rmod call NotImplemented
str rmod NotImplemented
`;

const EXPECTED = ONE_PASS + ONE_PASS;

describe('str % value', () => {
  it('a lone %d, %i or %s of one int or str, and everything else, agree with CPython', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
