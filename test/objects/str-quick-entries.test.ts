// str methods called directly on a str (the VM's quick entries, which decline to the full method
// for other argument types) agree with CPython 3.11: results, declined arguments and errors.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `class S(str):
    pass

def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

s = '  Alpha-beta_Gamma \\U0001f600 '
for round in range(3):
    attempt('strips', lambda: (s.strip(), s.lstrip(), s.rstrip()))
    attempt('cases', lambda: (s.lower(), s.upper(), s.capitalize(), s.title()))
    attempt('preds', lambda: (s.isalpha(), 'ab'.isalpha(), '12'.isdigit(), 'a1'.isalnum(), ' \\t'.isspace(), 'AB'.isupper(), 'ab'.islower()))
    attempt('split', lambda: (s.split(), s.split('-'), s.split(S('_'))))
    attempt('split empty', lambda: s.split(''))
    attempt('split int', lambda: s.split(1))
    attempt('join', lambda: (','.join(['a', 'b']), ','.join(('x',)), '-'.join('abc'), ''.join([])))
    attempt('join bad', lambda: ','.join(['a', 1]))
    attempt('join int', lambda: ','.join(5))
    attempt('replace', lambda: (s.replace('-', '+'), s.replace('', '.')[:12], s.replace(S('a'), 'A')))
    attempt('replace int', lambda: s.replace(1, 'x'))
    attempt('find', lambda: (s.find('a'), s.rfind('a'), s.count('a'), s.find('\\U0001f600'), s.count('')))
    attempt('find none', lambda: s.find(None))
    attempt('index', lambda: s.index('beta'))
    attempt('index missing', lambda: s.index('zeta'))
    attempt('affix', lambda: (s.startswith('  A'), s.endswith(' '), s.startswith(('x', ' ')), s.endswith(S(' '))))
    attempt('affix int', lambda: s.startswith(3))
    attempt('arity', lambda: s.lower(1))
    attempt('arity2', lambda: s.strip('a', 'b'))
    attempt('sub self', lambda: (S('ab').upper(), S(' x ').strip(), S('a,b').split(',')))
    attempt('unbound', lambda: (str.upper('q'), str.find('abc', 'c')))
`;

const EXPECTED = `strips ('Alpha-beta_Gamma 😀', 'Alpha-beta_Gamma 😀 ', '  Alpha-beta_Gamma 😀')
cases ('  alpha-beta_gamma 😀 ', '  ALPHA-BETA_GAMMA 😀 ', '  alpha-beta_gamma 😀 ', '  Alpha-Beta_Gamma 😀 ')
preds (False, True, True, True, True, True, True)
split (['Alpha-beta_Gamma', '😀'], ['  Alpha', 'beta_Gamma 😀 '], ['  Alpha-beta', 'Gamma 😀 '])
split empty ValueError empty separator
split int TypeError must be str or None, not int
join ('a,b', 'x', 'a-b-c', '')
join bad TypeError sequence item 1: expected str instance, int found
join int TypeError can only join an iterable
replace ('  Alpha+beta_Gamma 😀 ', '. . .A.l.p.h', '  AlphA-betA_GAmmA 😀 ')
replace int TypeError replace() argument 1 must be str, not int
find (6, 17, 4, 19, 22)
find none TypeError must be str, not NoneType
index 8
index missing ValueError substring not found
affix (True, True, True, True)
affix int TypeError startswith first arg must be str or a tuple of str, not int
arity TypeError str.lower() takes no arguments (1 given)
arity2 TypeError strip expected at most 1 argument, got 2
sub self ('AB', 'x', ['a', 'b'])
unbound ('Q', 2)
strips ('Alpha-beta_Gamma 😀', 'Alpha-beta_Gamma 😀 ', '  Alpha-beta_Gamma 😀')
cases ('  alpha-beta_gamma 😀 ', '  ALPHA-BETA_GAMMA 😀 ', '  alpha-beta_gamma 😀 ', '  Alpha-Beta_Gamma 😀 ')
preds (False, True, True, True, True, True, True)
split (['Alpha-beta_Gamma', '😀'], ['  Alpha', 'beta_Gamma 😀 '], ['  Alpha-beta', 'Gamma 😀 '])
split empty ValueError empty separator
split int TypeError must be str or None, not int
join ('a,b', 'x', 'a-b-c', '')
join bad TypeError sequence item 1: expected str instance, int found
join int TypeError can only join an iterable
replace ('  Alpha+beta_Gamma 😀 ', '. . .A.l.p.h', '  AlphA-betA_GAmmA 😀 ')
replace int TypeError replace() argument 1 must be str, not int
find (6, 17, 4, 19, 22)
find none TypeError must be str, not NoneType
index 8
index missing ValueError substring not found
affix (True, True, True, True)
affix int TypeError startswith first arg must be str or a tuple of str, not int
arity TypeError str.lower() takes no arguments (1 given)
arity2 TypeError strip expected at most 1 argument, got 2
sub self ('AB', 'x', ['a', 'b'])
unbound ('Q', 2)
strips ('Alpha-beta_Gamma 😀', 'Alpha-beta_Gamma 😀 ', '  Alpha-beta_Gamma 😀')
cases ('  alpha-beta_gamma 😀 ', '  ALPHA-BETA_GAMMA 😀 ', '  alpha-beta_gamma 😀 ', '  Alpha-Beta_Gamma 😀 ')
preds (False, True, True, True, True, True, True)
split (['Alpha-beta_Gamma', '😀'], ['  Alpha', 'beta_Gamma 😀 '], ['  Alpha-beta', 'Gamma 😀 '])
split empty ValueError empty separator
split int TypeError must be str or None, not int
join ('a,b', 'x', 'a-b-c', '')
join bad TypeError sequence item 1: expected str instance, int found
join int TypeError can only join an iterable
replace ('  Alpha+beta_Gamma 😀 ', '. . .A.l.p.h', '  AlphA-betA_GAmmA 😀 ')
replace int TypeError replace() argument 1 must be str, not int
find (6, 17, 4, 19, 22)
find none TypeError must be str, not NoneType
index 8
index missing ValueError substring not found
affix (True, True, True, True)
affix int TypeError startswith first arg must be str or a tuple of str, not int
arity TypeError str.lower() takes no arguments (1 given)
arity2 TypeError strip expected at most 1 argument, got 2
sub self ('AB', 'x', ['a', 'b'])
unbound ('Q', 2)
`;

describe('str method quick entries', () => {
  it('direct calls, declined arguments and errors agree with CPython', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
