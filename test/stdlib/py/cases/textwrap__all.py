import textwrap


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


sample = ('The quick brown fox jumps over the lazy dog. It was a well-known, long-established '
          'fact -- or so they said -- that foxes are quick!  Really? Yes.')
for width in (10, 20, 35, 70):
    print(textwrap.wrap(sample, width))
print(textwrap.fill(sample, 30))
print(textwrap.fill(sample, 30, initial_indent='  * ', subsequent_indent='    '))
print(textwrap.wrap(sample, 25, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('Hello.  World! tab\there', 12, fix_sentence_endings=True))
print(textwrap.wrap('  leading spaces kept? ', 8), textwrap.wrap('  leading', 8, drop_whitespace=False))
print(textwrap.wrap(sample, 20, max_lines=3), textwrap.wrap(sample, 20, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten(sample, 40))
show(lambda: textwrap.wrap('x', 0))
show(lambda: textwrap.shorten('hello world', 3))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('a\nb\tc', 5), textwrap.wrap('a-b-c-d-e-f', 4))
print(repr(textwrap.dedent('''
    def f():
        return 1
      odd
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  x\n   \n  y')), repr(textwrap.dedent('\t\tx\n\ty')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, expand_tabs=False, replace_whitespace=False)
print(w.wrap('a\tb c\nd e f g h i j'), w.fill('one two three four five'))
print(textwrap.wrap('email-address@example.com and re-enter', 9))
print(textwrap.wrap('A--B and c--d--e ---f', 4))
import random
rng = random.Random(5)
pieces = ['a', 'bc', 'X', '-', '--', ' ', '  ', '\t', '\n', '.', '!', '"', 'é', ',', '_', 'word', 'hyphen-ated', 'long-compound-word', 'e.g.', 'x--y', '---']
for i in range(300):
    text = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
    width = rng.randint(4, 20)
    kw = {}
    if rng.random() < 0.3:
        kw['break_on_hyphens'] = False
    if rng.random() < 0.2:
        kw['break_long_words'] = False
    if rng.random() < 0.2:
        kw['drop_whitespace'] = False
    if rng.random() < 0.2:
        kw['fix_sentence_endings'] = True
    if rng.random() < 0.3:
        kw['max_lines'] = rng.randint(1, 4)
    try:
        result = textwrap.wrap(text, width, **kw)
    except ValueError as e:
        result = str(e)
    print(i, result)
