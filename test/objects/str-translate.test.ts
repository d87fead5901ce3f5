// str.translate against CPython 3.11: exact dicts (looked up without raising), dict subclasses with
// __missing__, other mappings whose LookupErrors keep the character, value checks, astral and lone
// surrogates. EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, ascii(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

class Missing(dict):
    def __missing__(self, key):
        return key + 1 if key < 128 else None

class Seq:
    def __getitem__(self, key):
        if key == 0x62:
            raise IndexError(key)
        if key == 0x63:
            raise KeyError(key)
        if key == 0x64:
            raise ValueError('no d')
        return chr(key).upper()

table = str.maketrans('ae', 'AE', 'x')
for round in range(2):
    attempt('plain', lambda: 'alpha beta gamma xray'.translate(table))
    attempt('none hit', lambda: 'qrstuvw'.translate(table))
    attempt('all hit', lambda: 'aeaexx'.translate(table))
    attempt('empty', lambda: ''.translate(table))
    attempt('str values', lambda: 'a-b-c'.translate({ord('-'): '::', ord('a'): ''}))
    attempt('astral', lambda: 'x\\U0001f600y\\U0001f600'.translate({0x1f600: 'S', ord('y'): 0x1f601}))
    attempt('lone', lambda: 'a\\ud800b'.translate({0xd800: '?'}))
    attempt('range', lambda: 'abc'.translate({ord('b'): 0x110000}))
    attempt('neg', lambda: 'abc'.translate({ord('b'): -1}))
    attempt('bad type', lambda: 'abc'.translate({ord('b'): 2.5}))
    attempt('bool', lambda: 'abc'.translate({ord('b'): True}))
    attempt('true key', lambda: '\\x01\\x02'.translate({True: 'one'}))
    attempt('missing', lambda: 'abc\\xe9'.translate(Missing({ord('a'): 'A'})))
    attempt('seq a', lambda: 'aq'.translate(Seq()))
    attempt('seq b', lambda: 'ab'.translate(Seq()))
    attempt('seq c', lambda: 'ac'.translate(Seq()))
    attempt('seq d', lambda: 'ad'.translate(Seq()))
    attempt('list', lambda: 'abc'.translate(['x'] * 98))
    attempt('long', lambda: ('hello world ' * 30).translate(table)[-30:])
`;

const EXPECTED = `plain 'AlphA bEtA gAmmA rAy'
none hit 'qrstuvw'
all hit 'AEAE'
empty ''
str values '::b::c'
astral 'xS\\U0001f601S'
lone 'a?b'
range ValueError character mapping must be in range(0x110000)
neg ValueError character mapping must be in range(0x110000)
bad type TypeError character mapping must return integer, None or str
bool 'a\\x01c'
true key 'one\\x02'
missing 'Acd'
seq a 'AQ'
seq b 'Ab'
seq c 'Ac'
seq d ValueError no d
list 'xbc'
long 'world hEllo world hEllo world '
plain 'AlphA bEtA gAmmA rAy'
none hit 'qrstuvw'
all hit 'AEAE'
empty ''
str values '::b::c'
astral 'xS\\U0001f601S'
lone 'a?b'
range ValueError character mapping must be in range(0x110000)
neg ValueError character mapping must be in range(0x110000)
bad type TypeError character mapping must return integer, None or str
bool 'a\\x01c'
true key 'one\\x02'
missing 'Acd'
seq a 'AQ'
seq b 'Ab'
seq c 'Ac'
seq d ValueError no d
list 'xbc'
long 'world hEllo world hEllo world '
`;

describe('str.translate', () => {
  it('maps, deletes and keeps characters as CPython does, with its errors', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
