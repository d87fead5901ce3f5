// The str fast paths (cached str.format templates, bare %d/%s, str(x), format(x, ''), replace/count
// loops, ASCII title/capitalize, method argument checks) against CPython 3.11: the program runs
// twice over each case (so cached templates are hit) and the whole output is compared.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

class Loud:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        print('format', self.name, repr(spec))
        return self.name

for round in range(2):
    attempt('auto', lambda: '{}-{}:{!r}'.format('a', 1, 'q'))
    attempt('manual', lambda: '{1}{0}{1}'.format('x', 'y'))
    attempt('keyword', lambda: '{a}/{b!s:>4}'.format(a=1, b=2))
    attempt('switch', lambda: '{}{0}'.format(1, 2))
    attempt('switch2', lambda: '{0}{}'.format(1, 2))
    attempt('range', lambda: '{} {} {}'.format(Loud('p'), Loud('q')))
    attempt('missing', lambda: '{x}'.format(1))
    attempt('nested', lambda: '{:{}}|'.format('ab', 5))
    attempt('attr', lambda: '{0.real}'.format(3))
    attempt('badconv', lambda: '{!x}'.format(Loud('r')))
    attempt('escaped', lambda: '{{}}{}}}'.format(1))
    attempt('brace', lambda: '{'.format())
    attempt('floats', lambda: '{} {} {} {}'.format(1.5, -0.0, 1e16, float('nan')))
    attempt('ints', lambda: '{} {} {}'.format(2**60, -7, True))
    attempt('map', lambda: '{a}{b}'.format_map({'a': 1, 'b': 'z'}))
    attempt('spec', lambda: '{:>6.2f}|{:x}'.format(3.14159, 255))
    attempt('pct d', lambda: 'w%d' % 12)
    attempt('pct s', lambda: '%s=%s' % ('k', 3))
    attempt('pct bool', lambda: '%d %s' % (True, False))
    attempt('pct float', lambda: '%s %d' % (2.5, 2.5))
    attempt('pct few', lambda: '%d %d' % (1,))
    attempt('pct many', lambda: '%d' % (1, 2))
    attempt('pct map', lambda: '%(a)d %(b)s' % {'a': 1, 'b': 'x'})
    attempt('pct dict d', lambda: '%d' % {'a': 1})
    attempt('pct dict s', lambda: '%s' % {'a': 1})
    attempt('pct big', lambda: '%d|%s' % (2**70, 2**70))
    attempt('pct pct', lambda: '100%% %s' % 'done')
    attempt('pct width', lambda: '%5d|%-4s|' % (42, 'a'))
    attempt('pct bytes', lambda: b'%d %s' % (5, b'x'))
    attempt('replace', lambda: 'a-b-c'.replace('-', '_'))
    attempt('replace count', lambda: 'a-b-c'.replace('-', '', 1))
    attempt('replace none', lambda: 'abc'.replace('-', '_'))
    attempt('replace empty', lambda: 'abc'.replace('', '.'))
    attempt('replace dollar', lambda: 'a-b'.replace('-', '$&$1'))
    attempt('replace grow', lambda: 'aaa'.replace('a', 'bb'))
    attempt('replace astral', lambda: 'x\\U0001f600y\\U0001f600'.replace('\\U0001f600', '!'))
    attempt('replace lone', lambda: '\\U0001f600\\ude00'.replace('\\ude00', '?'))
    attempt('replace arity', lambda: 'a'.replace('a'))
    attempt('replace kw', lambda: 'a'.replace('a', 'b', count=1))
    attempt('replace type', lambda: 'a'.replace(1, 'b'))
    attempt('count', lambda: ('aaaa'.count('aa'), 'abcabc'.count('bc'), 'abc'.count(''), 'x'.count('y')))
    attempt('count bounds', lambda: ('abcabc'.count('bc', 2), 'abcabc'.count('bc', 0, 4)))
    attempt('count astral', lambda: ('\\U0001f600a\\U0001f600'.count('\\U0001f600'), '\\U0001f600'.count('\\ude00')))
    attempt('split', lambda: ('a_b__c'.split('_'), 'a b  c '.split(), 'a,b,c'.split(',', 1)))
    attempt('split kw', lambda: ('a,b,c'.split(sep=',', maxsplit=1), 'a b'.split(None, 0)))
    attempt('split many', lambda: 'a'.split(',', 1, 2))
    attempt('split type', lambda: 'a'.split(1))
    attempt('split max type', lambda: 'a'.split(',', 'x'))
    attempt('split empty', lambda: 'a'.split(''))
    attempt('str()', lambda: (str(5), str(), str(-3), str(2**64), str(1.25), str(None), str('x')))
    attempt('str enc', lambda: (str(b'ab', 'ascii'), str(object=7), str(b'x', errors='strict')))
    attempt('str many', lambda: str(1, 2, 3, 4))
    class S(str):
        pass
    attempt('str sub', lambda: (type(str(S('a'))).__name__, type(S(5)).__name__, S(5)))
    attempt('title', lambda: ('hello wORLD'.title(), "they're bill's".title(), 'a1b_c'.title(), ''.title(), 'ABC'.title(), 'ǅa ßb'.title()))
    attempt('capitalize', lambda: ('hELLO'.capitalize(), '1ABC'.capitalize(), 'ßa'.capitalize(), 'éA'.capitalize(), 'aΣ'.capitalize(), 'aÀ'.capitalize(), 'ǆA'.capitalize(), ''.capitalize()))
    attempt('strip', lambda: ('  a  '.strip(), 'xxaxx'.strip('x'), ' a'.lstrip(), 'a '.rstrip(None)))
    attempt('strip arity', lambda: 'a'.strip('a', 'b'))
    attempt('strip kw', lambda: 'a'.strip(chars='a'))
    attempt('center arity', lambda: 'a'.center())
    attempt('format arity', lambda: 'a'.__format__())
    x = 7
    attempt('fstring', lambda: f"item-{x}:{x * 2}|{1.5}|{-0.0}|{True}|{2**60}|{x!r}|{'s'}|{x:03d}")
    attempt('find', lambda: ('abc'.find('c'), 'abc'.find('c', 1), 'abc'.rfind('b'), 'a\\U0001f600b'.find('b'), 'a\\U0001f600b'.rfind('b'), 'abc'.find('')))
    attempt('index', lambda: 'abc'.index('z'))
    attempt('find type', lambda: 'abc'.find(1))
    attempt('find kw', lambda: 'abc'.find('a', start=0))
    attempt('affix', lambda: ('abc'.startswith(('x', 'a')), 'abc'.endswith('c', 0, 2), 'a\\U0001f600'.endswith('\\ude00'), 'abc'.startswith(''), 'ab'.endswith('abc')))
    attempt('affix type', lambda: 'abc'.startswith(1))
    attempt('affix kw', lambda: 'abc'.startswith('a', start=0))
    attempt('split none', lambda: (' a  b '.split(None), 'a\\u3000b'.split(), ''.split(), ''.split(',')))
    attempt('join', lambda: (','.join([]), ','.join(['a']), '-'.join(('a', 'b', S('c'))), ''.join(str(k) for k in range(20)), '.'.join([S('x')] * 20), type(','.join([S('q')])).__name__))
    attempt('join type', lambda: ','.join(['a', 1]))
    attempt('join type big', lambda: ','.join(['a'] * 20 + [None]))
    attempt('join iter', lambda: ','.join(5))
    attempt('splitlines', lambda: ('a\\nb\\r\\nc'.splitlines(), 'a\\nb'.splitlines(True), 'a\\nb'.splitlines(keepends=True)))
    attempt('pad', lambda: ('ab'.rjust(5), 'ab'.ljust(5, '*'), 'ab'.center(7, '-'), 'ab'.rjust(True), 'ab'.zfill(5)))
    attempt('pad type', lambda: 'ab'.rjust(2.5))
    attempt('format int spec', lambda: ('{:>8}'.format(42), '{:,}'.format(10**7), '{:x}'.format(2**70), '{:08.3f}'.format(2), '{:%}'.format(3), '{:5}|{:<5}|'.format('a', True)))
    attempt('format bad', lambda: '{:q}'.format(5))
    attempt('format bad float', lambda: '{:d}'.format(1.5))
    attempt('format bad str', lambda: '{:d}'.format('s'))
    attempt('fstring spec', lambda: (f'{x:>8}', f'{1.5:.2f}', f'{x!s:>4}', f'{2**80:,}', f'{"ab":^6}'))
    attempt('hex', lambda: (b'abc'.hex(b':', 2), b'ab'.hex('-'), bytearray(b'ab').hex(b'.')))
    attempt('hex long sep', lambda: b'ab'.hex(b'-' * 300000))
    attempt('hex empty sep', lambda: b''.hex(b''))
    attempt('hex view sep', lambda: memoryview(b'ab').hex(b'--'))
    attempt('hex ascii sep', lambda: bytearray(b'ab').hex(b'\\xff'))
    attempt('title long', lambda: (("hello wORLD they're 3rd_x " * 5).title(), ("abc " * 20 + "\\u00e9t\\u00e9").title(), ('ABC-' * 20).title() == 'Abc-' * 20, ('Ab ' * 30).title() == 'Ab ' * 30))
    t = 'abcdefgh'
    attempt('slice', lambda: (t[2:5], t[:3], t[5:], t[-3:], t[:-3], t[-100:2], t[3:100], t[100:], t[5:2], t[:], t[-2:-5], t[True:], t[::2], t[::-1], t[1:7:3]))
    u = 'a\\U0001f600bc\\U0001f601d'
    attempt('slice astral', lambda: (u[1:3], u[-2:], u[:-1], u[::-1], u[1], u[-1]))
`;

/** What one pass of the program prints (it runs twice, the second time on warm caches). */
const ONE_PASS = `auto "a-1:'q'"
manual 'yxy'
keyword '1/   2'
switch ValueError cannot switch from automatic field numbering to manual field specification
switch2 ValueError cannot switch from manual field specification to automatic field numbering
format p ''
format q ''
range IndexError Replacement index 2 out of range for positional args tuple
missing KeyError 'x'
nested 'ab   |'
attr '3'
badconv ValueError Unknown conversion specifier x
escaped '{}1}'
brace ValueError Single '{' encountered in format string
floats '1.5 -0.0 1e+16 nan'
ints '1152921504606846976 -7 True'
map '1z'
spec '  3.14|ff'
pct d 'w12'
pct s 'k=3'
pct bool '1 False'
pct float '2.5 2'
pct few TypeError not enough arguments for format string
pct many TypeError not all arguments converted during string formatting
pct map '1 x'
pct dict d TypeError %d format: a real number is required, not dict
pct dict s "{'a': 1}"
pct big '1180591620717411303424|1180591620717411303424'
pct pct '100% done'
pct width '   42|a   |'
pct bytes b'5 x'
replace 'a_b_c'
replace count 'ab-c'
replace none 'abc'
replace empty '.a.b.c.'
replace dollar 'a$&$1b'
replace grow 'bbbbbb'
replace astral 'x!y!'
replace lone '😀?'
replace arity TypeError replace expected at least 2 arguments, got 1
replace kw TypeError str.replace() takes no keyword arguments
replace type TypeError replace() argument 1 must be str, not int
count (2, 2, 4, 0)
count bounds (1, 1)
count astral (2, 0)
split (['a', 'b', '', 'c'], ['a', 'b', 'c'], ['a', 'b,c'])
split kw (['a', 'b,c'], ['a b'])
split many TypeError split() takes at most 2 arguments (3 given)
split type TypeError must be str or None, not int
split max type TypeError 'str' object cannot be interpreted as an integer
split empty ValueError empty separator
str() ('5', '', '-3', '18446744073709551616', '1.25', 'None', 'x')
str enc ('ab', '7', 'x')
str many TypeError str() takes at most 3 arguments (4 given)
str sub ('str', 'S', '5')
title ('Hello World', "They'Re Bill'S", 'A1B_C', '', 'Abc', 'ǅa Ssb')
capitalize ('Hello', '1abc', 'Ssa', 'Éa', 'Aς', 'Aà', 'ǅa', '')
strip ('a', 'a', 'a', 'a')
strip arity TypeError strip expected at most 1 argument, got 2
strip kw TypeError str.strip() takes no keyword arguments
center arity TypeError center expected at least 1 argument, got 0
format arity TypeError str.__format__() takes exactly one argument (0 given)
fstring 'item-7:14|1.5|-0.0|True|1152921504606846976|7|s|007'
find (2, 2, 1, 2, 2, 0)
index ValueError substring not found
find type TypeError must be str, not int
find kw TypeError str.find() takes no keyword arguments
affix (True, False, False, True, False)
affix type TypeError startswith first arg must be str or a tuple of str, not int
affix kw TypeError str.startswith() takes no keyword arguments
split none (['a', 'b'], ['a', 'b'], [], [''])
join ('', 'a', 'a-b-c', '012345678910111213141516171819', 'x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x.x', 'str')
join type TypeError sequence item 1: expected str instance, int found
join type big TypeError sequence item 20: expected str instance, NoneType found
join iter TypeError can only join an iterable
splitlines (['a', 'b', 'c'], ['a\\n', 'b'], ['a\\n', 'b'])
pad ('   ab', 'ab***', '---ab--', 'ab', '000ab')
pad type TypeError 'float' object cannot be interpreted as an integer
format int spec ('      42', '10,000,000', '400000000000000000', '0002.000', '300.000000%', 'a    |1    |')
format bad ValueError Unknown format code 'q' for object of type 'int'
format bad float ValueError Unknown format code 'd' for object of type 'float'
format bad str ValueError Unknown format code 'd' for object of type 'str'
fstring spec ('       7', '1.50', '   7', '1,208,925,819,614,629,174,706,176', '  ab  ')
hex ('61:6263', '61-62', '61.62')
hex long sep ValueError sep must be length 1.
hex empty sep ValueError sep must be length 1.
hex view sep ValueError sep must be length 1.
hex ascii sep ValueError sep must be ASCII.
title long ("Hello World They'Re 3Rd_X Hello World They'Re 3Rd_X Hello World They'Re 3Rd_X Hello World They'Re 3Rd_X Hello World They'Re 3Rd_X ", 'Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Été', True, True)
slice ('cde', 'abc', 'fgh', 'fgh', 'abcde', 'ab', 'defgh', '', '', 'abcdefgh', '', 'bcdefgh', 'aceg', 'hgfedcba', 'be')
slice astral ('😀b', '😁d', 'a😀bc😁', 'd😁cb😀a', '😀', 'd')
`;

const EXPECTED = ONE_PASS + ONE_PASS;

describe('str fast paths', () => {
  it('format, % formatting, str(), replace, count, split, title, capitalize and strip agree with CPython', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
