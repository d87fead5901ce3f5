#!/usr/bin/env python3
"""Record golden results of CPython's `re` for the regex engine tests.

Writes test/stdlib/re/golden/{constructs,errors,random}.json. Each case is
{"p": pattern, "f": flags, "op": operation, "s": subject, "a": [args], "r": result}; bytes values
are {"b": "<latin-1 text>"}. Run with CPython 3.11: python3 scripts/record-re-goldens.py
"""

import json
import random
import re
import sys
import warnings
from pathlib import Path

warnings.simplefilter('ignore')

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 're' / 'golden'


def enc(value):
    if isinstance(value, bytes):
        return {'b': value.decode('latin-1')}
    if isinstance(value, (list, tuple)):
        return [enc(v) for v in value]
    return value


def match_result(m):
    if m is None:
        return None
    return {
        'regs': [list(span) for span in m.regs],
        'li': m.lastindex,
        'lg': m.lastgroup,
    }


def error_result(e):
    return {'error': type(e).__name__, 'msg': str(e), 'pos': getattr(e, 'pos', None)}


def run(pattern, flags, op, subject=None, args=()):
    try:
        p = re.compile(pattern, flags)
        if op == 'compile':
            r = {'flags': p.flags, 'groups': p.groups, 'groupindex': dict(p.groupindex)}
        elif op in ('search', 'match', 'fullmatch'):
            r = match_result(getattr(p, op)(subject, *args))
        elif op == 'finditer':
            r = [match_result(m) for m in p.finditer(subject, *args)]
        elif op == 'findall':
            r = enc(p.findall(subject, *args))
        elif op == 'split':
            r = enc(p.split(subject, *args))
        elif op == 'sub':
            r = enc(p.sub(args[0], subject, *args[1:]))
        elif op == 'subn':
            s, n = p.subn(args[0], subject, *args[1:])
            r = [enc(s), n]
        elif op == 'expand':
            m = p.search(subject)
            r = enc(m.expand(args[0])) if m else None
        else:
            raise ValueError(op)
    except (re.error, ValueError, OverflowError, IndexError, TypeError, SystemError) as e:
        r = error_result(e)
    return {'p': enc(pattern), 'f': int(flags), 'op': op, 's': enc(subject), 'a': enc(list(args)),
            'r': r}


# ---------------------------------------------------------------- hand-written constructs

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A
ALL_MATCH_OPS = ('search', 'match', 'fullmatch', 'findall', 'finditer')


def constructs():
    cases = []

    def add(pattern, subjects, flags=0, ops=ALL_MATCH_OPS):
        if isinstance(subjects, (str, bytes)):
            subjects = [subjects]
        for s in subjects:
            for op in ops:
                cases.append(run(pattern, flags, op, s))

    # literals and escapes
    add('abc', ['abc', 'xabcx', 'ab', ''])
    add(r'a\.c', ['a.c', 'abc'])
    add(r'\n\t\\', ['\n\t\\', 'x'])
    add(r'\x41\u0042\U00000043', ['ABC', 'abc'])
    add(r'\101\0\07', ['A\x00\x07', 'A'])
    add(r'\a\f\v\r', ['\a\f\v\r'])
    add(r'\U0001F600+', ['x😀😀y', 'x'])
    add('é+', ['café é', 'e'])
    add(r'\%\-\ \#', ['%- #'])
    add(r'\N{LATIN SMALL LETTER A}\N{em dash}+[\N{GREEK SMALL LETTER ALPHA}-\N{GREEK SMALL LETTER GAMMA}]',
        ['a——β', 'a-b'])
    add(r'\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}', ['一가'])
    # dot and DOTALL
    add('a.c', ['abc', 'a\nc', 'ac'])
    add('a.c', ['abc', 'a\nc'], S)
    add('.+', ['ab\ncd', '\n'])
    add('.+', ['ab\ncd'], S)
    # classes
    add('[abc]+', ['xxbcaxx', 'd'])
    add('[^abc]+', ['abxyzc', 'abc'])
    add('[a-z0-9_]+', ['Hello_World42!', '!!'])
    add('[]a]+', [']a]b', 'b'])
    add('[^]a]+', [']a]bc'])
    add('[a-]+', ['a-a-b', 'b'])
    add('[-a]+', ['-a-b'])
    add(r'[\]\-\\]+', [']-\\x'])
    add(r'[\d\s]+', ['a1 2\t3b'])
    add(r'[\w.-]+@[\w.-]+', ['mail: bob.smith-x@ex-ample.com!'])
    add(r'[^\W\d]+', ['ab12cd_é'])
    add(r'[\x00-\x1f]+', ['a\x01\x02b'])
    add(r'[à-ÿ]+', ['voilà éèê'])
    add('[😀-😂]+', ['a😀😁😂😃'])
    add('[.^$*+?(){}|]+', ['a.^$*+?(){}|b'])
    add('[a-cx-z]', ['b', 'y', 'm'])
    add('[abcdefghijklmnopqrstuvwxyz]+', ['hello WORLD'])
    add('[aeiouAEIOUàé]+', ['queueing éà'])
    add('a|b|c|[de]', ['xd', 'c'])
    # categories
    add(r'\d+', ['abc123def', '٣٤٥', '１２'])
    add(r'\d+', ['abc123def', '٣٤٥'], A)
    add(r'\D+', ['12ab34'])
    add(r'\w+', ['héllo wörld_1', 'ŉ ǅ'])
    add(r'\w+', ['héllo wörld_1'], A)
    add(r'\W+', ['a, b; c'])
    add(r'\s+', ['a \t\n\r\x0b\x0cb', 'a\x1c\x1d\x85\xa0\u2000\u3000b'])
    add(r'\s+', ['a\x1c\x85\xa0b \t'], A)
    add(r'\S+', ['  ab  cd '])
    # anchors
    add('^abc', ['abc', 'xabc', 'x\nabc'])
    add('^abc', ['x\nabc'], M)
    add('abc$', ['abc', 'abc\n', 'abc\n\n', 'abcx'])
    add('abc$', ['abc\nx', 'abc\n\n'], M)
    add('^$', ['', '\n', 'a\n\nb'], M)
    add(r'\Aabc\Z', ['abc', 'abc\n'])
    add(r'\Aa', ['ba\na'], M)
    add(r'a\Z', ['a\na'], M)
    add(r'\bfoo\b', ['foo', 'a foo b', 'foobar', 'foo.bar'])
    add(r'\Boo\B', ['foo', 'foooo'])
    add(r'\b', ['', 'ab cd'])
    add(r'\B', ['', 'ab'])
    add(r'\bé', ['aé é'])
    add(r'\bé', ['aé é'], A)
    add('$', ['ab\n', 'ab'])
    add('^', ['ab\ncd\n'], M)
    add('$', ['ab\ncd\n'], M)
    # quantifiers
    for q in ['*', '+', '?', '{2}', '{2,}', '{,2}', '{1,3}', '{0}', '{0,0}', '{,}']:
        for suffix in ['', '?', '+']:
            add('a' + q + suffix, ['', 'a', 'aaaa', 'baaab'], ops=('search', 'match', 'findall'))
            add('(ab)' + q + suffix + 'c?', ['ababab', 'abababc', 'c'], ops=('search', 'findall'))
    add('a{3', ['a{3', 'aaa'])
    add('a{,3', ['a{,3'])
    add('a{}', ['a{}'])
    add('a{x}', ['a{x}'])
    add('x{1,2}?y', ['xxy'])
    add(r'\d{2,4}?\d', ['123456'])
    add('(a|ab)(c|bcd)(d*)', ['abcd'])
    add('(a+)(b+)?', ['aaab', 'aaa'])
    add('(a*)*', ['aaa', 'b'])
    add('(a*)+', ['aaa', 'b'])
    add('(a|b)*c', ['ababc', 'abab'])
    add('(a|b)*?c', ['ababc'])
    add('(?:a|b)*+b', ['abab'])
    add('(a?)*?b', ['aab'])
    add('(a*?)*b', ['aab'])
    add('(?:x*)*y', ['xxy', 'y'])
    add('(a|)*b', ['aab'])
    add('(|a)*b', ['aab'])
    add('(a|)+?b', ['aab'])
    add('(?:(a)|b)*', ['ab', 'ba', 'abb'])
    add('(?:(a)|(b))*', ['ab', 'ba', 'aab'])
    add('(?:(a)|(b))+?$', ['abab'])
    add('((a)|b)+', ['ab', 'ba'])
    add('(a)|b', ['b', 'a'])
    add('(?:(a)b|ac)*', ['abac'])
    add('(?:a(b)?)+', ['abaa', 'aab'])
    add('(?:(a)|b)(?:(c)|d)', ['bd', 'ac', 'bc'])
    add('(a(b)?)+', ['aba', 'aab'])
    add('(a(?:b(c)|bd)?)+', ['abcabd'])
    add('((x)|y){2}', ['xy', 'yx'])
    add('(?:(\\d)|x){3}', ['1x2', 'xx1', 'x1x'])
    add('(a)?(b)?c', ['bc', 'ac', 'c'])
    add('(?:(a)|(b)|(c))+', ['cba', 'abc'])
    add('(?:(?P<x>a)|(?P<y>b))+', ['ab', 'ba'])
    # groups
    add('(a)(b)(c)', ['abc'])
    add('(a(b(c)))', ['abc'])
    add('(?:ab)+', ['ababx'])
    add('(?P<first>\\w+) (?P<last>\\w+)', ['Jane Doe'])
    add('(?P<a>x)(?P=a)', ['xx', 'xy'])
    add(r'(a)\1', ['aa', 'ab'])
    add(r'(a*)\1', ['aaaa', 'aaa'])
    add(r'(\w+) \1', ['hello hello', 'hello world'])
    add(r'(?i)(a)\1', ['aA', 'Aa'])
    add(r'(a)|\1', ['x'])
    add(r'(a)?b\1', ['b', 'aba'])
    add(r'(?:(a)|b)\1', ['aa', 'bb', 'b'])
    add(r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\10', ['abcdefghijj', 'abcdefghija'])
    add('((a)|(b))', ['a', 'b'])
    add('(a)(?:x)', ['ax'])
    add('()', ['', 'a'])
    add('(?:)', ['', 'a'])
    add('(a)(?#comment)b', ['ab'])
    # lookaround
    add('foo(?=bar)', ['foobar', 'foobaz'])
    add('foo(?!bar)', ['foobar', 'foobaz'])
    add('(?<=a)b', ['ab', 'cb'])
    add('(?<!a)b', ['ab', 'cb'])
    add('(?<=ab|cd)x', ['abx', 'cdx', 'xx'])
    add(r'(?<=\d{3})x', ['123x', '12x'])
    add('(?=(a+))a*b', ['aaab'])
    add('(?=(a+))', ['baaa'])
    add('(?!(a)b)', ['ab'])
    add('(?<=(a))b', ['ab'])
    add('(?<!(a))b', ['cb'])
    add('(?:(?=(a))a)+', ['aaa'])
    add('(?:(?!(b))a)+', ['aaa'])
    add(r'\b(?=\w)', ['ab cd'])
    add('(?<=^|,)[^,]*', ['a,b,,c'])
    add(r'(?<=\bfoo)bar', ['foobar', 'xfoobar'])
    add('a(?=b)|a', ['ab', 'ac'])
    # atomic
    add('(?>a+)b', ['aaab'])
    add('(?>a+)a', ['aaa'])
    add('(?>(a)|ab)c', ['abc', 'ac'])
    add('(?>x|xy)z', ['xyz', 'xz'])
    add('(?>a*?)b', ['aab'])
    # possessive
    add('a*+a', ['aaa'])
    add('a++b', ['aab'])
    add('(?:ab)*+ab', ['ababab'])
    add('(ab|a)++b', ['abab', 'aab'])
    add(r'"[^"]*+"', ['say "hi" now'])
    add('(a|b)?+b', ['ab', 'b'])
    add('(?:a|(b))++', ['abab'])
    # conditionals
    add('(a)?(?(1)b|c)', ['ab', 'c', 'ac', 'b'])
    add('(?P<q>")?\\w+(?(q)")', ['"abc"', 'abc', '"abc'])
    add('(a)?(?(1)b)', ['ab', 'x'])
    add('(?:(a)|b)(?(1)c|d)', ['ac', 'bd', 'ad'])
    add('(?(1)a|b)(x)?', ['b', 'bx'], ops=('search',))
    # flags
    add('abc', ['ABC', 'aBc'], I)
    add('[a-z]+', ['HeLLo'], I)
    add('[^a-z]+', ['HeLLo123'], I)
    add('ǅ', ['ǆ', 'Ǆ', 'ǅ'], I)
    add('σ+', ['ΣσςΣ'], I)
    add('[σ]+', ['ΣσςΣ'], I)
    add('k', ['K', 'k', '\u212a'], I)
    add('[k]', ['\u212a'], I)
    add('s', ['ſ', 'S'], I)
    add('s', ['ſ', 'S'], I | A)
    add('ß', ['ẞ', 'SS'], I)
    add('i', ['İ', 'ı', 'I'], I)
    add('[i-k]+', ['IJKİıK'], I)
    add('µ', ['μ', 'Μ'], I)
    add('[\U00010400a]', ['\U00010400', '\U00010428'], I)
    add('\U00010400', ['\U00010428'], I)
    add('[\U00010400-\U00010410]', ['\U00010430'], I)
    add('[Z-a]+', ['z[\\]^_`Aa'], I)
    add('(?i)abc', ['ABC'])
    add('a(?i:b)c', ['aBc', 'aBC'])
    add('(?i)a(?-i:b)c', ['AbC', 'ABC'])
    add('(?s:.)a.', ['\na\n', '\nab'])
    add('(?m)^b', ['a\nb'])
    add('(?x) a b  c # comment', ['abc'])
    add('a b', ['ab', 'a b'], X)
    add('a\\ b[ ]c # x', ['a b c'], X)
    add('(?x: a b ) c', ['ab c', 'abc'])
    add('(?a)\\w+', ['héllo'])
    add('(?a:\\w+)\\w', ['héllo'])
    add('(?u:\\w)', ['é'], A)
    add('(?-x:a b)c', ['a bc'], X)
    add('(?i)[^a]', ['A', 'b'])
    add('(?i:[^k])', ['\u212a', 'x'])
    add(r'(?i)\bA', ['a'])
    add('a|B', ['b'], I)
    add('(?i)(a)(?-i:\\1)', ['aa', 'Aa', 'aA'])
    add('.', ['\n'], S | M)
    # bytes
    add(b'a.c', [b'abc', b'a\nc'])
    add(rb'\w+', [b'h\xe9llo_1', b'\xff'])
    add(rb'\s+', [b'a \t\n\x1cb'])
    add(rb'\d+', [b'12\xb2'])
    add(b'[\xe0-\xff]+', [b'ab\xe9\xff'])
    add(b'ABC', [b'abc', b'\xc0'], I)
    add(b'\xe9', [b'\xc9'], I)
    add(rb'(a)(?P<n>b)\1', [b'aba'])
    add(rb'\x41\101', [b'AA'])
    add(rb'\bx\b', [b'x \xe9x\xe9'])
    add(b'^a$', [b'b\na\n'], M)
    # pos / endpos
    for args in [(1,), (2, 4), (0, 2), (3, 1), (-5, 100), (5,), (2, 2)]:
        for op in ('search', 'match', 'fullmatch', 'findall', 'finditer'):
            cases.append(run('a*', 0, op, 'aaaaa', args))
            cases.append(run('^a', 0, op, 'aaaaa', args))
            cases.append(run('a$', 0, op, 'aaaaa', args))
            cases.append(run(r'\ba', 0, op, 'aaaaa', args))
            cases.append(run(r'(?<=a)a', 0, op, 'aaaaa', args))
            cases.append(run('', 0, op, 'abc', args))
    # findall forms
    for pattern in ['a', '(a)', '(a)(b)?', '(a)|(b)', 'x*', '(x)*', '(?:a|(b))', r'\d+(?:\.\d+)?',
                    r'(\d+)(?:\.(\d+))?']:
        for s in ['abab', 'ba', '', '1.5 22 3.', 'xaxxb']:
            cases.append(run(pattern, 0, 'findall', s))
    # split
    for pattern in [',', ',*', 'x*', '(,)', '(,)|(;)', r'\s+', r'\b', '', '^', '$', '(?=b)', 'a|(b)',
                    r'(\s)*', '(?m)^']:
        for s in ['a,b,,c', 'a b  c', '', 'abc', ',a,', 'a;b,c', 'x\ny\n']:
            cases.append(run(pattern, 0, 'split', s))
            cases.append(run(pattern, 0, 'split', s, (1,)))
    cases.append(run(b',', 0, 'split', b'a,b'))
    # sub / subn
    subs = [
        ('x*', '-', 'abxd'),
        ('a', 'b', 'aaa'),
        ('a*', '-', 'baac'),
        ('', '-', 'abc'),
        ('(a)(b)?', r'[\1|\2]', 'aab'),
        ('(?P<w>\\w+)', r'<\g<w>>', 'hi there'),
        ('(\\w+)', r'\g<1>\g<0>', 'ab cd'),
        ('(a)', r'\g<01>', 'a'),
        ('a', r'\n\t\\x', 'a'),
        ('a', r'\&', 'a'),
        ('a', r'\0\01\012\0123', 'a'),
        ('(a)', r'\101', 'a'),
        ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'),
        ('(a)', r'\1\1', 'xax'),
        ('(a)|b', r'[\1]', 'ab'),
        ('$', '!', 'a\nb\n'),
        ('(?m)$', '!', 'a\nb\n'),
        ('(?m)^', '>', 'a\nb\n'),
        (r'\b', '|', 'ab cd'),
        ('é', 'e', 'café é'),
        ('😀', 'x', 'a😀b😀'),
        ('[a-z]+', r'\g<0>!', 'Ab cD'),
        ('(a)', r'\g< 1>', 'a'),
        ('(a)', r'\g<+1>', 'a'),
        ('(a)', r'\g<1_0>', 'a'),
    ]
    for pattern, repl, s in subs:
        cases.append(run(pattern, 0, 'sub', s, (repl,)))
        cases.append(run(pattern, 0, 'subn', s, (repl,)))
        cases.append(run(pattern, 0, 'sub', s, (repl, 1)))
    cases.append(run(b'a', 0, 'sub', b'bab', (b'\\x',)))
    cases.append(run(rb'(a)', 0, 'sub', b'bab', (b'<\\1\\g<1>>',)))
    cases.append(run(rb'a', 0, 'sub', b'bab', (b'\\377',)))
    # expand
    cases.append(run('(a)(?P<n>b)?', 0, 'expand', 'a', (r'\1-\g<n>-\g<0>',)))
    # compile info
    for pattern, flags in [('a', 0), ('a', A), (b'a', 0), ('(?i)a', 0), ('(?x)a', 0), ('(?a)a', 0),
                           ('(?P<x>a)(b)(?P<y>c)', 0), ('a', I | M | S | X), (b'a', re.L),
                           ('(?s)a', M), ('(?u)a', 0)]:
        cases.append(run(pattern, flags, 'compile'))
    return cases


# ---------------------------------------------------------------- errors

def errors():
    patterns = [
        'a)', '(a', '[a', 'a**', '*', '+a', '?', '{1}a', r'\q', r'\Q', '(?<x)', '[z-a]',
        '(?P<a>x)(?P<a>y)', '(?<=a+)', '(?<=a*)', '(?<=a|bc)', r'\2', '(a)\\2', '(?P<>a)',
        '(?P<a-b>x)', 'a\n(', '(?i)a(?m)b', 'a{3,2}', 'x{2}{3}', '(?P=x)', '(?P=1)',
        '(?P<1>a)', '(?P', '(?Px', '(?', '(?z)', '(?#abc', '[', '[]', '[^]', '[a-', '[a-\\d]',
        '[\\d-z]', '\\', 'a\\', r'\x4', r'\xg', r'\u12', r'\U0011ffff', r'\U1234', r'\400',
        r'[\400]', r'\8', r'[\8]', r'\N', r'\N{', r'\N{}', r'\N{NO SUCH NAME}', r'\N{LATIN SMALL LETTER A', r'[\N{SPACE}-\N]', '(?(1)a|b)',
        '(?(2)a)(b)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(?(1a)b)', '(a)(?(1)a|b|c)', '(?<=(?P=x))',
        '(?P<x>a)(?<=(?P=x))', '(?<=(a)\\1)', '(a(?<=\\1))', '(a\\1)', '(?P<x>a(?P=x))',
        '(?i-i:a)', '(?-:a)', '(?i', '(?i-', '(?-i', '(?ix', '(?L)a', '(?au)a', '(?-a:b)', '(?-u:b)',
        '(?t:a)', '(?-t:a)', '(?iu:a)', '(?i=a)', '(?x:', ')', '())', 'a|*', '(*)', '^*', r'\b+',
        '$?', '(?=a)*', 'a{1,2}{3}', 'a*?+', 'a++?', r'[\A]', r'[\b-a]', '(?<!a{1,2})', 'a{4294967295}',
        'a{1,4294967296}', '[a-\\w]', 'ab\n[cd', 'ab\ncd\n(?<=x*)', '(?P<é>a)', '(?P<a.b>c)',
        '(?P<a>a)(?P=b)', '(?P=)', '(?P<a', '(?P=a', '(?(a', '(?(1', '(?<', '(?<=a', '(?P<a>',
        '(?P<a>b', '(?:', '(?>', '(?>a', 'x(?i)', '(?:(?i)a)', 'a|(?i)b', '(?x)(?i)a',
        '(?x) (?i)a', '# c\n(?i)a', '(?i)(?x)a', '[a-b-c]', '[\\w-]', '[--a]', '[a--]',
        '\\g<1>', '(?P<a>a)|(?P<a>b)', 'a{2,1}?', '\\1(a)', '(?(1)a)(b)',
    ]
    cases = []
    for pattern in patterns:
        cases.append(run(pattern, 0, 'compile'))
    cases.append(run('(?x) a (?P<b c>)', 0, 'compile'))
    cases.append(run('a b (', X, 'compile'))
    cases.append(run(b'(?u)a', 0, 'compile'))
    cases.append(run(b'\\u0041', 0, 'compile'))
    cases.append(run(b'(?P<\xe9>a)', 0, 'compile'))
    cases.append(run(b'(?P<a-\xe9>a)', 0, 'compile'))
    cases.append(run(b'\\\xe9', 0, 'compile'))
    cases.append(run('a', re.L, 'compile'))
    cases.append(run('a', re.A | re.U, 'compile'))
    cases.append(run(b'a', re.U, 'compile'))
    cases.append(run(b'a', re.A | re.L, 'compile'))
    cases.append(run('a*', re.T, 'compile'))
    # template errors
    for repl in [r'\3', r'\g<x>', r'\g<3>', r'\g', r'\g<', r'\g<>', r'\g<a', r'\g<-1>', r'\g<a-b>',
                 r'\q', r'\400', r'\19', '\\', r'\g<4294967296>', r'\g<१>', r'\1a\3']:
        cases.append(run('(a)(b)', 0, 'sub', 'ab', (repl,)))
    cases.append(run(b'(a)', 0, 'sub', b'ab', (b'\\2',)))
    cases.append(run(b'(a)', 0, 'sub', b'ab', (b'\\g<\xe9>',)))
    return cases


# ---------------------------------------------------------------- random patterns

class Gen:
    def __init__(self, rng, alphabet):
        self.rng = rng
        self.alphabet = alphabet
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.rng.random()
        a = self.alphabet
        if r < 0.35 or depth > 3:
            return self.rng.choice(a + '.')
        if r < 0.45:
            body = ''.join(self.rng.choice(a) for _ in range(self.rng.randint(1, 3)))
            return '[' + ('^' if self.rng.random() < 0.3 else '') + body + ']'
        if r < 0.5:
            return self.rng.choice([r'\d', r'\w', r'\s', r'\W', r'\b', r'\B', '^', '$', r'\A', r'\Z'])
        if r < 0.7:
            kind = self.rng.random()
            inner = self.alt(depth + 1)
            if kind < 0.5:
                self.groups += 1
                return '(' + inner + ')'
            if kind < 0.6:
                self.groups += 1
                name = 'g%d' % self.groups
                self.names.append(name)
                return '(?P<%s>%s)' % (name, inner)
            if kind < 0.75:
                return '(?:' + inner + ')'
            if kind < 0.85:
                return '(?' + self.rng.choice(['=', '!']) + inner + ')'
            if kind < 0.95:
                return '(?>' + inner + ')'
            return '(?i:' + inner + ')'
        if r < 0.8 and self.groups:
            g = self.rng.randint(1, self.groups)
            kind = self.rng.random()
            if kind < 0.5:
                return '\\%d' % g
            yes = self.seq(depth + 1)
            no = self.seq(depth + 1)
            return '(?(%d)%s|%s)' % (g, yes, no) if kind < 0.8 else '(?(%d)%s)' % (g, yes)
        if r < 0.85:
            lb = ''.join(self.rng.choice(a) for _ in range(self.rng.randint(1, 2)))
            return '(?<' + self.rng.choice(['=', '!']) + lb + ')'
        return self.rng.choice(a)

    def piece(self, depth):
        atom = self.atom(depth)
        if self.rng.random() < 0.4:
            q = self.rng.choice(['*', '+', '?', '{2}', '{1,2}', '{0,3}', '{,2}', '{2,}'])
            mod = self.rng.choice(['', '', '?', '+'])
            return atom + q + mod
        return atom

    def seq(self, depth):
        return ''.join(self.piece(depth) for _ in range(self.rng.randint(0, 3)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.rng.random() < 0.3:
            parts.append(self.seq(depth))
        return '|'.join(parts)


class NastyGen(Gen):
    """Denser in what makes backtracking engines differ: captures inside repeats, empty
    iterations, backreferences and conditionals inside loops, case folding beyond ASCII."""

    def atom(self, depth):
        r = self.rng.random()
        if depth > 4 or r < 0.25:
            return self.rng.choice(self.alphabet + '.')
        if r < 0.35:
            return self.rng.choice(['', '(?:)', r'\b', '(?=%s)' % self.rng.choice(self.alphabet),
                                    '(?!%s)' % self.rng.choice(self.alphabet), '$', '^'])
        if r < 0.7:
            self.groups += 1
            inner = self.alt(depth + 1)
            kind = self.rng.random()
            if kind < 0.7:
                return '(' + inner + ')'
            if kind < 0.8:
                return '(?>' + inner + ')'
            if kind < 0.9:
                return '(?<=' + self.rng.choice(self.alphabet) + ')(' + inner + ')'
            return '(?P<n%d>%s)' % (self.groups, inner)
        if r < 0.85 and self.groups:
            g = self.rng.randint(1, self.groups)
            if self.rng.random() < 0.5:
                return '\\%d' % g
            return '(?(%d)%s|%s)' % (g, self.seq(depth + 1), self.seq(depth + 1))
        return '[' + ''.join(self.rng.choice(self.alphabet) for _ in range(2)) + ']'

    def piece(self, depth):
        atom = self.atom(depth)
        if self.rng.random() < 0.5:
            q = self.rng.choice(['*', '+', '?', '{0,2}', '{1,3}', '{2}', '{,1}'])
            return atom + q + self.rng.choice(['', '?', '?', '+'])
        return atom


def random_cases(count, seed, nasty=False):
    rng = random.Random(seed)
    cases = []
    flag_choices = [0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A]
    alphabets = ['ab', 'abc', 'aB ', 'ab\n']
    if nasty:
        alphabets = ['ab', 'ab', 'aA', 'sSſ', 'kK\u212a', 'iIıİ', 'σΣς', 'a1 ']
    while len(cases) < count:
        alphabet = rng.choice(alphabets)
        gen = (NastyGen if nasty else Gen)(rng, alphabet)
        pattern = gen.alt(0)
        flags = rng.choice(flag_choices)
        try:
            re.compile(pattern, flags)
        except re.error:
            cases.append(run(pattern, flags, 'compile'))
            continue
        for _ in range(3):
            subject = ''.join(rng.choice(alphabet + 'A') for _ in range(rng.randint(0, 10 if nasty else 8)))
            op = rng.choice(['search', 'match', 'fullmatch', 'finditer', 'findall', 'split', 'sub'])
            args = ()
            if op == 'sub':
                args = (rng.choice(['-', r'<\g<0>>', '']),)
            cases.append(run(pattern, flags, op, subject, args))
    return cases


def random_bytes_cases(count, seed):
    """Bytes patterns and subjects, with LOCALE, ASCII and IGNORECASE mixes and pos/endpos."""
    rng = random.Random(seed)
    cases = []
    while len(cases) < count:
        alphabet = rng.choice(['ab', 'aB\xe9', 'a_1 ', 'zZ[`'])
        gen = (NastyGen if rng.random() < 0.5 else Gen)(rng, alphabet)
        pattern = gen.alt(0).encode('latin-1')
        flags = rng.choice([0, re.I, re.L, re.L | re.I, re.A | re.I, re.M | re.S])
        try:
            re.compile(pattern, flags)
        except re.error:
            cases.append(run(pattern, flags, 'compile'))
            continue
        for _ in range(3):
            subject = ''.join(rng.choice(alphabet + 'A\xc9')
                              for _ in range(rng.randint(0, 8))).encode('latin-1')
            op = rng.choice(['search', 'match', 'fullmatch', 'finditer', 'findall', 'split', 'sub'])
            args = ()
            if op == 'sub':
                args = (rng.choice([b'-', b'<\\g<0>>', b'']),)
            elif op != 'split' and rng.random() < 0.3:
                args = (rng.randint(-1, 5), rng.randint(0, 9))
            cases.append(run(pattern, flags, op, subject, args))
    return cases


def module_cases():
    """Run each `## name` program of test/stdlib/re/module-cases/cases.py and record its stdout."""
    import contextlib
    import io
    import traceback
    source = (OUT.parent / 'module-cases' / 'cases.py').read_text()
    cases = []
    for chunk in source.split('\n## ')[1:]:
        name, _, body = chunk.partition('\n')
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(body, name, 'exec'), {'__name__': '__main__'})
            except Exception as e:
                print('uncaught', type(e).__name__, e)
                traceback.print_exc(file=sys.stderr)
        cases.append({'name': name.strip(), 'source': body, 'stdout': out.getvalue()})
    return cases


def write(name, cases):
    path = OUT / name
    path.write_text(json.dumps(cases, ensure_ascii=True, indent=0) + '\n')
    print('wrote', len(cases), 'cases to', path)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == '--fuzz':
        # Local fuzzing: python3 scripts/record-re-goldens.py --fuzz COUNT SEED OUT.json
        cases = random_cases(int(sys.argv[2]) // 2, int(sys.argv[3]))
        cases += random_cases(int(sys.argv[2]) // 2, int(sys.argv[3]) + 1, nasty=True)
        Path(sys.argv[4]).write_text(json.dumps(cases, ensure_ascii=True))
        print('wrote', len(cases), 'cases to', sys.argv[4])
        return
    if sys.version_info[:2] != (3, 11):
        print('warning: goldens should be recorded with CPython 3.11', file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    write('constructs.json', constructs())
    write('errors.json', errors())
    write('random.json', random_cases(3000, 20240611))
    write('random-nasty.json', random_cases(3000, 20240612, nasty=True))
    write('random-bytes.json', random_bytes_cases(3000, 20240613))
    write('module.json', module_cases())


if __name__ == '__main__':
    main()
