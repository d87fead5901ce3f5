// str.split() with no separator on long text (the native regex path) against CPython 3.11: every
// Python whitespace kind, near-misses (U+FEFF, U+200B, U+180E), astral and lone-surrogate pieces.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `spaces = ['\\t', '\\n', '\\x0b', '\\x0c', '\\r', '\\x1c', '\\x1d', '\\x1e', '\\x1f', ' ', '\\x85', '\\xa0',
          '\\u1680', '\\u2000', '\\u2005', '\\u200a', '\\u2028', '\\u2029', '\\u202f', '\\u205f', '\\u3000']
others = ['\\ufeff', '\\u200b', '\\x1b', '\\x7f', '\\u180e', 'word', '\\U0001f600', 'x\\ud800y', 'Z']
state = 7
def pick(items):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return items[state % len(items)]
for trial in range(6):
    pieces = []
    if trial % 2 == 0:
        pieces.append(pick(spaces) * (trial + 1))
    for _ in range(120):
        pieces.append(pick(others))
        pieces.append(pick(spaces) * (1 + state % 3))
    if trial % 3 == 0:
        pieces.pop()
    text = ''.join(pieces)
    parts = text.split()
    print(trial, len(text), len(parts), ascii(parts[:6]), ascii(parts[-3:]))
    print(trial, ascii(text.split(None)[20:26]), text.split() == text.split(None, 200))
    print(trial, sum((i + 1) * ord(c) for i, c in enumerate('|'.join(parts))) % 1000003)
print(ascii((' ' * 300).split()), ascii(('\\u3000' * 300 + 'a').split()), ascii(('b' + '\\x85' * 300).split()))
print(ascii(('x' * 300).split()), len(('ab ' * 200).split()), ascii((' ab' * 100 + ' ').split()[-2:]))
`;

const EXPECTED = `0 442 120 ['\\x7f', '\\U0001f600', 'x\\ud800y', '\\ufeff', '\\ufeff', 'word'] ['Z', '\\u180e', '\\u180e']
0 ['\\U0001f600', '\\U0001f600', 'Z', 'x\\ud800y', '\\U0001f600', '\\x7f'] True
0 145208
1 422 120 ['word', '\\x7f', 'x\\ud800y', 'Z', '\\x1b', 'word'] ['\\ufeff', 'word', '\\ufeff']
1 ['word', 'Z', '\\u200b', 'x\\ud800y', 'Z', 'Z'] True
1 195120
2 443 120 ['\\x1b', '\\ufeff', '\\u180e', '\\u200b', 'x\\ud800y', '\\U0001f600'] ['\\U0001f600', '\\U0001f600', 'Z']
2 ['\\ufeff', 'x\\ud800y', '\\x1b', 'x\\ud800y', '\\u180e', '\\u200b'] True
2 904955
3 434 120 ['\\u200b', 'Z', 'x\\ud800y', '\\x7f', '\\u180e', '\\ufeff'] ['Z', '\\u180e', '\\x1b']
3 ['Z', 'x\\ud800y', '\\U0001f600', 'Z', '\\u200b', '\\x1b'] True
3 298150
4 442 120 ['x\\ud800y', 'Z', '\\u180e', '\\x7f', '\\x7f', 'x\\ud800y'] ['Z', '\\U0001f600', 'Z']
4 ['word', '\\ufeff', 'x\\ud800y', '\\u180e', '\\x1b', 'Z'] True
4 106983
5 416 120 ['word', '\\ufeff', 'word', 'Z', '\\u200b', 'x\\ud800y'] ['word', '\\ufeff', '\\u200b']
5 ['x\\ud800y', '\\x7f', 'Z', '\\x1b', '\\x1b', '\\x7f'] True
5 594107
[] ['a'] ['b']
['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] 200 ['ab', 'ab']
`;

describe('str.split() on long text', () => {
  it('splits on exactly the whitespace CPython recognises, as CPython does', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
