import string
from string import Template, Formatter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(repr(string.hexdigits), repr(string.octdigits), repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords('  hello   world  '), string.capwords('a-b-c', '-'), string.capwords("it's o'neil"))
show(lambda: Template('$who likes $what').substitute(who='tim', what='kung pao'))
show(lambda: Template('$who likes $what').substitute({'who': 'tim'}))
show(lambda: Template('$who likes $what').safe_substitute({'who': 'tim'}))
show(lambda: Template('$who likes $').substitute(who='x'))
show(lambda: Template('a\nb $').substitute())
show(lambda: Template('$$ ${x}y $x').substitute(x=1))
show(lambda: Template('${x').substitute(x=1))
show(lambda: Template('${x').safe_substitute(x=1))
show(lambda: Template('$who $who ${x} $$ $').get_identifiers())
show(lambda: Template('$who $').is_valid())
show(lambda: Template('$who').is_valid())
show(lambda: Template('$1').safe_substitute())
show(lambda: Template('$a $b').substitute({'a': 1, 'b': 2}, b=3))
show(lambda: Template('$name_1 ${NAME}x').substitute(name_1='p', NAME='q'))
show(lambda: Template('x').template)
print(Template.pattern.pattern == Template('').pattern.pattern, Template.delimiter, Template.idpattern)


class Percent(Template):
    delimiter = '%'


class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'


print(Percent('%who costs %%5').substitute(who='it'), Dotted('$a.b!').substitute({'a.b': 'ok'}))
F = Formatter()
show(lambda: F.format('{0} {1!r} {x:>5}', 1, 'a', x=3))
show(lambda: list(F.parse('a{0}b{x.y[1]!s:^3}c{{}}')))
show(lambda: F.format('{} {0}', 1))
show(lambda: F.format('{0} {}', 1))
show(lambda: F.format('{a[0]} {a[1][k]} {b.real}', a=[5, {'k': 'v'}], b=3))
show(lambda: F.format('{:{w}}|{:<{w}}|', 3, 4, w=5))
show(lambda: F.format('{'))
show(lambda: F.format('}'))
show(lambda: F.format('{0!x}', 1))
show(lambda: F.format('{2}', 1))
show(lambda: F.format('{x}', 1))
show(lambda: list(F.parse('{0!r:}{!}')))
show(lambda: list(F.parse('{a!r')))
show(lambda: list(F.parse('{0:{1:{2}}}')))
show(lambda: F.format('{0:{1:{2}}}', 1, 2, 3))
show(lambda: list(F.parse('x{a')))
show(lambda: list(F.parse('{a{')))
show(lambda: list(F.parse('{!r}')))
show(lambda: list(F.parse('{a!rx}')))
show(lambda: list(F.parse('}}{{')))
show(lambda: F.format('{0[}', [1]))
show(lambda: F.format('{0.}', 1))
show(lambda: F.format('{0]x}', 1))
show(lambda: F.format('{!a} {:.2f} {:,}', 'é', 3.14159, 1234567))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{0} and {missing} {n:x}', 'abc', n=255))
