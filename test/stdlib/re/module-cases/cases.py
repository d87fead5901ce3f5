# Python programs for the `re` module tests: each `## name` section is one program; its stdout under
# CPython 3.11 is recorded by scripts/record-re-goldens.py into golden/module.json.

## flags_repr
import re
print(repr(re.I), repr(re.I | re.M), repr(re.M | re.I), str(re.S), repr(re.NOFLAG))
print(int(re.I | re.X), re.A.value, re.IGNORECASE is re.I, re.RegexFlag.DOTALL)
print(isinstance(re.I, int), isinstance(re.I, re.RegexFlag), re.I == 2, re.U == 32)
print(re.I | 8, type(re.I | re.M).__name__, repr(re.I & re.I), bool(re.NOFLAG))

## pattern_attributes
import re
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(x)?', re.I)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), p.groupindex['last'], len(p.groupindex))
print(repr(p))
print(repr(re.compile('a')), repr(re.compile(b'a+', re.I)), repr(re.compile('x', re.A | re.S)))
print(repr(re.compile('y', re.U)), repr(re.compile('(?x)a b')), re.compile('(?x)a b').flags)
print(repr(re.compile('a' * 250))[-20:])
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile('ab') is re.compile('ab'), re.compile(p) is p)

## match_object
import re
m = re.search(r'(?P<a>\d+)(?:-(?P<b>\d+))?(x)?', 'id: 12-345 ok')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('b'), m.group(1, 2, 'a'), m.group(3))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('b'), m.span(3), m.start('a'))
print(m[0], m[1], m['b'], m[3])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string, m.regs)
print(repr(re.match('.*', 'x' * 80)))
print(repr(re.match('(a)|b', 'b').lastindex), repr(re.match('(a)|(?P<n>b)', 'b').lastgroup))
print(re.match(b'(a)b', b'abc'))
print(re.match('', 'abc'), re.match('é+', 'éé'), re.search('😀', 'a😀b'))

## match_errors
import re
m = re.match('(a)(?P<n>b)?', 'a')
for key in [3, -1, 'x', '1', 1.5, None]:
    try:
        print(m.group(key))
    except Exception as e:
        print(type(e).__name__, e)
print(m.group(True), m.start(False))
try:
    m.start(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    m.group(x=1)
except TypeError as e:
    print('TypeError', e)

## search_pos_endpos
import re
p = re.compile(r'\b\w')
print([m.span() for m in p.finditer('ab cd ef', 1)])
print(p.search('ab cd', 1), p.match('ab cd', 3), p.fullmatch('a', 0, 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('(?<=a)b').match('ab', 1), re.compile('a').search('aaa', 5), re.compile('').match('abc', 2, 1))
print(p.findall('ab cd ef', 2, 7), re.compile('a').findall('aaa', -5, 100))
print(re.compile('x').search('x', pos=0, endpos=1), re.compile('x').match(string='x'))
m = re.compile('b').search('abc', 1, 2)
print(m.pos, m.endpos, m.span())
try:
    re.compile('a').search('a', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').search('a', 0, 10**30)
except OverflowError as e:
    print('OverflowError', e)

## findall_finditer
import re
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', 'a1b22c333'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'ab'), re.findall('x*', 'axb'))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')])
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(re.findall(b'[a-c]+', b'xabcyab'))
print(re.findall(r'(?i)straße', 'STRASSE straße STRAßE'))

## split
import re
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W*)', '...words, words...'))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split('(a)|(b)', 'xaybz'), re.split(',', 'a,b', maxsplit=-1))
print(re.split(b',', b'a,b,,c'))

## sub_templates
import re
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<x>\d)', r'<\g<x>\g<0>\g<1>>', 'a1b2'))
print(re.sub('a', r'\n\t\\', 'xax'), repr(re.sub('a', r'\n', 'a')))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('$', '!', 'a\nb\n'))
print(re.subn('a', 'b', 'aaaa', 2), re.subn('a', 'b', 'aaaa', count=0), re.sub('a', 'b', 'aaa', -1))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(b'(a)', b'<\\1>', b'bab'), re.sub(b'a', b'x', bytearray(b'aba')))
print(re.sub('é', 'e', 'café é'), re.sub('😀', '!', '😀a😀'))
print(re.compile('b').sub('c', 'abab', 1), re.compile('b').subn(repl='c', string='abab'))
m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(m.expand(r'\1-\g<a>-\2-\g<0>'), repr(m.expand('plain')))

## sub_callable
import re
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'\w', lambda m: None, 'ab c'))
calls = []
def repl(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return m.group().upper()
print(re.subn('[aeiou]', repl, 'education'), calls[:2])
class Upper:
    def __call__(self, m):
        return m.group().upper()
print(re.sub('b', Upper(), 'abc'))
print(re.sub('a', str.upper.__get__('z'), 'xa') if False else re.sub('a', lambda m: 'Z', 'xa'))
def boom(m):
    raise ValueError('boom')
try:
    re.sub('a', boom, 'xa')
except ValueError as e:
    print('ValueError', e)
for bad in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', bad, 'xa')
    except TypeError as e:
        print('TypeError', e)

## sub_errors
import re
for repl in [r'\3', r'\g<x>', r'\g<3>', r'\g', r'\g<', r'\q', r'\400', '\\']:
    try:
        re.sub('(a)(b)', repl, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for args in [('a', 1, 'xa'), (b'a', 'x', b'xa'), ('a', b'x', 'xa')]:
    try:
        print(re.sub(*args))
    except TypeError as e:
        print('TypeError', e)
print(re.sub('z', 1, 'abc') if False else 'skip')

## compile_errors
import re
for pattern in ['(a', 'a)', '[a', 'a**', '*', r'\q', '(?<x)', '[z-a]', '(?P<a>x)(?P<a>y)',
                '(?<=a+)', r'\2', '(?P<>a)', '(?P<a-b>x)', 'a\n(', '(?i)a(?m)b', 'a{3,2}']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno, '|', e)
for pattern, flags in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print('ValueError', e)
for pattern in [1, None, ['a']]:
    try:
        re.compile(pattern)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
print(re.error('plain'), re.error('plain').pos)
class MyError(re.error):
    pass
print(MyError('m', 'p', 0))

## type_errors
import re
p = re.compile('a')
for call in [lambda: p.search(1), lambda: p.search(b'a'), lambda: re.compile(b'a').search('a'),
             lambda: p.search(), lambda: p.split(), lambda: p.sub(), lambda: p.findall(None)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(p.search(bytearray(b'a')) if False else 'skip')
print(re.compile(b'a').search(bytearray(b'xa')))

## escape
import re
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l-m#n&o~p q\tr\ns'))
print(re.escape('Ünïcødé_123 !"%\',/:;<=>@`'), re.escape(b'a.b\xff'))
try:
    re.escape(1)
except TypeError as e:
    print('TypeError', e)
print(re.match(re.escape('1+1=2?'), '1+1=2?'))

## cache_and_purge
import re
a = re.compile('cache(d)?')
print(a is re.compile('cache(d)?'), a is re.compile('cache(d)?', re.I))
re.purge()
print(re.compile('cache(d)?') is a, re.compile('cache(d)?') == a)
print(re.match('cache', 'cached').group())
print(re.template('x').flags if hasattr(re, 'template') else None)

## scanner
import re
def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('FLOAT', float(token))
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', s_ident),
    (r'\d+\.\d*', s_float),
    (r'\d+', s_int),
    (r'=|\+|-|\*|/', s_operator),
    (r'\s+', None),
])
print(scanner.scan('sum = 3*foo + 312.50 + bar'))
print(scanner.scan('x = 1 $ 2'))
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().group(), sc.search().group(), sc.search(), sc.pattern.pattern)
sc = re.compile(r'\d*').scanner('12a')
print(sc.match().span(), sc.match().span(), sc.match())

## verbose_and_unicode
import re
pattern = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
""", re.VERBOSE)
print(pattern.match('2024-06').groupdict())
print(re.findall(r'\w+', 'naïve café 東京 ٣٤'), re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'(?i)σ', 'Σσς'), re.sub(r'\s+', ' ', 'a\u3000b\xa0c\u2028d'))
print(re.match(r'\d+', '٣٤٥').group(), re.match(r'(?a)\d+', '٣٤٥'))
print(re.fullmatch(r'[\u00c0-\u00ff]+', 'éàü'), len(re.findall(r'.', 'a😀b')))

## catastrophic_lookalikes
import re
print(re.match(r'(a+)+b', 'a' * 20 + 'b').span())
print(re.search(r'(x+x+)+y', 'xxxxxxy').group(1))
print(re.fullmatch(r'(?:a|b)*c', 'ab' * 1000 + 'c').end())
print(len(re.findall(r'\w+', 'word ' * 5000)))
print(re.sub(r'(\w)(\w)', r'\2\1', 'abcdef' * 100)[:12])

## textwrap_uses_re
import textwrap
print(textwrap.fill('The quick brown fox jumps over the lazy dog. ' * 3, width=30))
print(textwrap.dedent('    a\n      b\n    c'))
print(textwrap.shorten('Hello  world, this is a long sentence', width=20))

## typing_and_copy
import re, copy
def f(p: re.Pattern[str], m: re.Match[bytes]) -> None:
    pass
print(re.Pattern[str], re.Match[bytes], f.__annotations__['p'])
p = re.compile('(a)(b)')
m = p.match('ab')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(isinstance(p, re.Pattern), isinstance(m, re.Match), type(p).__name__, type(m).__name__)
print(re.Pattern.__module__, re.Match.__qualname__, re.error.__mro__[1].__name__)
print(bool(m), bool(re.match('', '')), m.__class__ is re.Match)
for make in [lambda: re.Pattern(), lambda: type('P', (re.Pattern,), {})]:
    try:
        make()
    except TypeError as e:
        print('TypeError')
