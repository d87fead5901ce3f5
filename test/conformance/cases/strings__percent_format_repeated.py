# str % value: lone %d/%i/%s, flags, widths, modifiers, mappings and error order; the program runs
# twice so formats parsed once (and cached by Pyex) are used again.
def attempt(label, thunk):
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
    attempt('s astral', lambda: '\U0001f600%s' % '\u00e9')
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
    attempt('f', lambda: '%.5f' % (2.0 / 3))
    attempt('f width', lambda: '[%10.3f|%-10.2f|%+.1f|% .2f|%010.4f]' % (3.14159, -2.5, 7.0, 1.25, -0.5))
    attempt('e g', lambda: '%e %E %.2e %g %G %#g %.3g %#x %#o %#X' % (12345.678, 0.00012, 1e300, 1e-5, 1e20, 2.0, 1234567, 255, 8, 255))
    attempt('f inf', lambda: '%f %F %5.1f %-6g|' % (float('inf'), float('nan'), float('-inf'), float('nan')))
    attempt('mod ld', lambda: '%ld %hd %Lf %li' % (1, 2, 3.5, 4))
    attempt('zero pad', lambda: '%05d %-05d %+05d % 5d %05s %.3d %8.3d' % (42, 42, 42, 42, 'ab', 7, -7))
    attempt('str prec', lambda: '%.2s|%5.1s|%-6r|%.3a' % ('abcdef', 'xyz', 'q', '\u00e9\u00e9'))
    attempt('chars', lambda: '%c%c%5c%-3c|' % (72, 'i', 'x', 0x1f600))
    attempt('big', lambda: '%x %o %d %10d %.30d' % (2**70, -2**65, -2**64, 2**40, 5))
    attempt('bool float', lambda: '%d %f %x %s %r' % (True, False, True, True, False))
    attempt('float to d', lambda: '%d %i %5.2d' % (3.99, -2.5, 7.2))
    attempt('few', lambda: '%s %s %s' % ('a', 'b'))
    attempt('many', lambda: '%s %s' % ('a', 'b', 'c'))
    attempt('zero args', lambda: 'x' % ())
    attempt('empty tuple', lambda: '%s' % ())
    attempt('nested tuple', lambda: '%s %s' % ((1, 2), [3]))
    attempt('star', lambda: '%*d|%-*s|%.*f' % (5, 1, 4, 'a', 2, 3.14159))
    attempt('map spec', lambda: '%(x)5.1f %(y)-4s|%(x)d' % {'x': 2.25, 'y': 'z'})
    attempt('map plain', lambda: '%s and %%' % {'x': 1})
    attempt('err order', lambda: '%d %q' % ('a', 1))
    attempt('err order 2', lambda: '%d %d' % (1, 'b'))
    attempt('incomplete w', lambda: '%5' % 1)
    attempt('incomplete p', lambda: '%.' % 1)
    attempt('incomplete m', lambda: '%l' % 1)
    attempt('flag end', lambda: 'ab%-' % 1)
    attempt('pct flag', lambda: '%-%' % 1)
    attempt('bad after prec', lambda: '%.2z' % 1.0)
    attempt('x float', lambda: '%x' % 1.5)
    attempt('c big', lambda: '%c' % 0x110000)
    attempt('c str', lambda: '%c' % 'ab')
    attempt('f str', lambda: '%f' % 'x')
    attempt('s obj', lambda: '%s|%r|%a' % (None, 'é', 'é'))
    attempt('list arg', lambda: '%s' % [1])
    attempt('d list', lambda: '%d' % [1])
    attempt('unicode fmt', lambda: '\u00e9%s\U0001f600%d' % ('\u00fc', 3))
    attempt('wide', lambda: len('%100000d' % 1))
    attempt('prec big', lambda: len('%.150000f' % 1.5))
    attempt('mod call', lambda: 'k%d'.__mod__(9))
    attempt('rmod call', lambda: (5).__rmod__('k%d'))
    attempt('str rmod', lambda: 'k%d'.__rmod__(9))
