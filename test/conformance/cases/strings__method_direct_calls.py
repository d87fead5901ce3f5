# str methods called directly on a str (three rounds): results, arguments of other types, str
# subclasses, arity errors and unbound calls.
class S(str):
    pass

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

s = '  Alpha-beta_Gamma \U0001f600 '
for round in range(3):
    attempt('strips', lambda: (s.strip(), s.lstrip(), s.rstrip()))
    attempt('cases', lambda: (s.lower(), s.upper(), s.capitalize(), s.title()))
    attempt('preds', lambda: (s.isalpha(), 'ab'.isalpha(), '12'.isdigit(), 'a1'.isalnum(), ' \t'.isspace(), 'AB'.isupper(), 'ab'.islower()))
    attempt('split', lambda: (s.split(), s.split('-'), s.split(S('_'))))
    attempt('split empty', lambda: s.split(''))
    attempt('split int', lambda: s.split(1))
    attempt('join', lambda: (','.join(['a', 'b']), ','.join(('x',)), '-'.join('abc'), ''.join([])))
    attempt('join bad', lambda: ','.join(['a', 1]))
    attempt('join int', lambda: ','.join(5))
    attempt('replace', lambda: (s.replace('-', '+'), s.replace('', '.')[:12], s.replace(S('a'), 'A')))
    attempt('replace int', lambda: s.replace(1, 'x'))
    attempt('find', lambda: (s.find('a'), s.rfind('a'), s.count('a'), s.find('\U0001f600'), s.count('')))
    attempt('find none', lambda: s.find(None))
    attempt('index', lambda: s.index('beta'))
    attempt('index missing', lambda: s.index('zeta'))
    attempt('affix', lambda: (s.startswith('  A'), s.endswith(' '), s.startswith(('x', ' ')), s.endswith(S(' '))))
    attempt('affix int', lambda: s.startswith(3))
    attempt('arity', lambda: s.lower(1))
    attempt('arity2', lambda: s.strip('a', 'b'))
    attempt('sub self', lambda: (S('ab').upper(), S(' x ').strip(), S('a,b').split(',')))
    attempt('unbound', lambda: (str.upper('q'), str.find('abc', 'c')))
