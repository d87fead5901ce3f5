// bytes/bytearray method paths (positional split arguments, copy loops instead of slice/subarray,
// one-allocation replace, hex without arguments) against CPython 3.11, bytes and bytearray results.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)

for round in range(2):
    attempt('split', lambda: b'a,b,,c'.split(b','))
    attempt('split ws', lambda: b'  a b\\t\\nc  '.split())
    attempt('split max', lambda: b'a,b,c'.split(b',', 1))
    attempt('split kw', lambda: b'a,b,c'.split(sep=b',', maxsplit=1))
    attempt('split none', lambda: b'a b'.split(None, 0))
    attempt('split empty', lambda: b'a'.split(b''))
    attempt('split str', lambda: b'a'.split(','))
    attempt('split many', lambda: b'a'.split(b',', 1, 2))
    attempt('bytearray split', lambda: bytearray(b'x-y').split(b'-'))
    attempt('bytearray rsplit', lambda: bytearray(b'x-y-z').rsplit(b'-', 1))
    attempt('split long', lambda: len((b'ab,' * 100).split(b',')))
    attempt('split long part', lambda: (b'x' * 100 + b',y').split(b','))
    attempt('replace', lambda: b'a-b-c'.replace(b'-', b'__'))
    attempt('replace count', lambda: b'a-b-c'.replace(b'-', b'', 1))
    attempt('replace none', lambda: b'abc'.replace(b'-', b'_'))
    attempt('replace shrink', lambda: b'aaXXbbXX'.replace(b'XX', b'y'))
    attempt('replace long', lambda: (b'q' * 70 + b'-' + b'r' * 70).replace(b'-', b'=' * 80).count(b'='))
    attempt('replace empty', lambda: b'ab'.replace(b'', b'.'))
    attempt('bytearray replace', lambda: bytearray(b'a-b').replace(b'-', b'+'))
    attempt('hex', lambda: b'\\x00\\xffab'.hex())
    attempt('hex sep', lambda: b'\\x00\\xffab'.hex(':', 2))
    attempt('hex kw', lambda: b'\\x01\\x02'.hex(sep='-'))
    attempt('bytearray hex', lambda: bytearray(b'\\x10').hex())
    attempt('strip', lambda: b'  x  '.strip())
    attempt('partition', lambda: b'k=v=w'.partition(b'='))
    attempt('removeprefix', lambda: b'prefix-x'.removeprefix(b'prefix-'))
    attempt('find', lambda: (b'z' * 200 + b'needle').find(b'needle'))
    attempt('find short', lambda: b'haystack'.find(b'st'))
`;

const EXPECTED = `split [b'a', b'b', b'', b'c']
split ws [b'a', b'b', b'c']
split max [b'a', b'b,c']
split kw [b'a', b'b,c']
split none [b'a b']
split empty ValueError empty separator
split str TypeError a bytes-like object is required, not 'str'
split many TypeError split() takes at most 2 arguments (3 given)
bytearray split [bytearray(b'x'), bytearray(b'y')]
bytearray rsplit [bytearray(b'x-y'), bytearray(b'z')]
split long 101
split long part [b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b'y']
replace b'a__b__c'
replace count b'ab-c'
replace none b'abc'
replace shrink b'aaybby'
replace long 80
replace empty b'.a.b.'
bytearray replace bytearray(b'a+b')
hex '00ff6162'
hex sep '00ff:6162'
hex kw '01-02'
bytearray hex '10'
strip b'x'
partition (b'k', b'=', b'v=w')
removeprefix b'x'
find 200
find short 3
split [b'a', b'b', b'', b'c']
split ws [b'a', b'b', b'c']
split max [b'a', b'b,c']
split kw [b'a', b'b,c']
split none [b'a b']
split empty ValueError empty separator
split str TypeError a bytes-like object is required, not 'str'
split many TypeError split() takes at most 2 arguments (3 given)
bytearray split [bytearray(b'x'), bytearray(b'y')]
bytearray rsplit [bytearray(b'x-y'), bytearray(b'z')]
split long 101
split long part [b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b'y']
replace b'a__b__c'
replace count b'ab-c'
replace none b'abc'
replace shrink b'aaybby'
replace long 80
replace empty b'.a.b.'
bytearray replace bytearray(b'a+b')
hex '00ff6162'
hex sep '00ff:6162'
hex kw '01-02'
bytearray hex '10'
strip b'x'
partition (b'k', b'=', b'v=w')
removeprefix b'x'
find 200
find short 3
`;

describe('bytes method fast paths', () => {
  it('give the results and errors CPython gives', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
