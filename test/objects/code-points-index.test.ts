// Indexing, slicing, len and bounded searches on long strings holding astral characters (the
// cached code-point index of code-points.ts: checkpoints, several strings alternating past the
// cache's size, strings around its 256-unit threshold) agree with CPython 3.11.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `import random
random.seed(2024)
pieces = ['a', 'b', '\\u00e9', '\\u4e00', '\\U0001f600', '\\U00010348', 'xyz']
def make(n):
    return ''.join(random.choice(pieces) for _ in range(n))
texts = [make(n) for n in (60, 130, 200, 255, 256, 300, 700)]
texts.append('\\U0001f600' * 300)
texts.append('a' * 255 + '\\U0001f600')
texts.append('\\U0001f600' + 'a' * 400)
for t in texts:
    n = len(t)
    assert ''.join(t[i] for i in range(n)) == t
    assert ''.join(t[-i] for i in range(1, n + 1)) == t[::-1]
    print(n, [ord(t[i]) for i in range(0, n, 37)], [ord(t[-i]) for i in range(1, n, 53)])
    print([t[a:b] == ''.join(t[k] for k in range(a, min(b, n))) for a, b in ((0, 64), (63, 65), (64, 128), (127, 300), (n - 3, n + 5))])
    print([len(t[a:b:c]) for a, b, c in ((0, n, 3), (5, n - 5, 7), (n, 0, -5))])
    print([t.find('\\U0001f600', s) for s in (0, 10, 64, 65, 128, 200, n - 1)], [t.rfind('a', 0, e) for e in (10, 64, 100, n)])
    print([t.index(t[k], k) for k in range(0, n, 41)], [t.count('\\u4e00', s, s + 100) for s in (0, 63, 150)])
    print([t.startswith(t[k:k + 3], k) for k in range(0, n, 29)], [t.endswith(t[k - 2:k], 0, k) for k in range(2, n, 31)])
# several strings indexed alternately (more than the cache holds)
total = 0
for i in range(250):
    for t in texts:
        total += ord(t[i % len(t)]) + len(t)
print(total)
chars = []
for i in range(0, 300, 7):
    chars.append(texts[5][i] + texts[6][i] + texts[7][i] + texts[4][i % 256] + texts[8][i % 256])
print(ascii(''.join(chars)))
print([ascii(t[250:262]) for t in texts[3:]])
`;

const EXPECTED = `82 [19968, 120, 66376] [19968, 128512]
[True, True, True, True, True]
[28, 11, 17]
[3, 16, -1, -1, -1, -1, -1] [-1, 35, 73, 73]
[0, 41] [9, 4, 0]
[True, True, True] [True, True, True]
170 [233, 128512, 66376, 233, 122] [98, 233, 120, 128512]
[True, True, True, True, True]
[57, 23, 34]
[10, 10, 70, 70, 131, -1, -1] [-1, 44, 99, 168]
[0, 41, 82, 123, 164] [8, 9, 1]
[True, True, True, True, True, True] [True, True, True, True, True, True]
254 [97, 97, 122, 66376, 121, 233, 120] [233, 98, 120, 66376, 66376]
[True, True, True, True, True]
[85, 35, 51]
[1, 10, 84, 84, 129, 203, -1] [9, 49, 49, 228]
[0, 41, 82, 123, 164, 205, 246] [9, 14, 12]
[True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True]
313 [128512, 98, 128512, 121, 120, 120, 97, 128512, 66376] [128512, 128512, 128512, 121, 120, 66376]
[True, True, True, True, True]
[105, 44, 63]
[0, 12, 66, 66, 143, 200, 312] [4, 41, 95, 307]
[0, 41, 82, 123, 164, 205, 246, 287] [13, 9, 11]
[True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True, True]
356 [19968, 97, 120, 122, 122, 98, 97, 122, 122, 66376] [19968, 98, 121, 98, 128512, 120, 97]
[True, True, True, True, True]
[119, 50, 71]
[10, 10, 67, 67, 132, 218, -1] [8, 62, 93, 343]
[0, 41, 82, 123, 164, 205, 246, 287, 328] [14, 12, 5]
[True, True, True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True, True, True]
388 [19968, 128512, 128512, 19968, 120, 97, 97, 120, 120, 97, 97] [97, 233, 98, 98, 233, 128512, 19968, 128512]
[True, True, True, True, True]
[130, 54, 78]
[9, 14, 65, 65, 136, 206, -1] [-1, 36, 76, 387]
[0, 41, 82, 123, 164, 205, 246, 287, 328, 369] [15, 12, 8]
[True, True, True, True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True, True, True, True]
896 [128512, 66376, 98, 120, 128512, 122, 128512, 233, 98, 66376, 19968, 120, 19968, 98, 233, 19968, 120, 66376, 66376, 97, 66376, 120, 98, 128512, 120] [128512, 122, 66376, 120, 98, 98, 19968, 66376, 98, 97, 121, 19968, 233, 120, 19968, 98, 66376]
[True, True, True, True, True]
[299, 127, 179]
[0, 23, 64, 83, 137, 203, 895] [4, 53, 92, 887]
[0, 41, 82, 123, 164, 205, 246, 287, 328, 369, 410, 451, 492, 533, 574, 615, 656, 697, 738, 779, 820, 861] [12, 9, 13]
[True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True]
300 [128512, 128512, 128512, 128512, 128512, 128512, 128512, 128512, 128512] [128512, 128512, 128512, 128512, 128512, 128512]
[True, True, True, True, True]
[100, 42, 60]
[0, 10, 64, 65, 128, 200, 299] [-1, -1, -1, -1]
[0, 41, 82, 123, 164, 205, 246, 287] [0, 0, 0]
[True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True]
256 [97, 97, 97, 97, 97, 97, 97] [128512, 97, 97, 97, 97]
[True, True, True, True, True]
[86, 36, 51]
[255, 255, 255, 255, 255, 255, 255] [9, 63, 99, 254]
[0, 41, 82, 123, 164, 205, 246] [0, 0, 0]
[True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True]
401 [128512, 97, 97, 97, 97, 97, 97, 97, 97, 97, 97] [97, 97, 97, 97, 97, 97, 97, 97]
[True, True, True, True, True]
[134, 56, 80]
[0, -1, -1, -1, -1, -1, -1] [9, 63, 99, 400]
[0, 41, 82, 123, 164, 205, 246, 287, 328, 369] [0, 0, 0]
[True, True, True, True, True, True, True, True, True, True, True, True, True, True] [True, True, True, True, True, True, True, True, True, True, True, True, True]
74544595
'\\u4e00\\U0001f600\\U0001f600\\u4e00a\\u4e00\\u4e00\\U0001f600\\xe9a\\U0001f600\\xe9\\U0001f600za\\U00010348\\U00010348\\U0001f600\\xe9abb\\U0001f600\\xe9a\\u4e00z\\U0001f600\\u4e00ax\\xe9\\U0001f600za\\u4e00\\U00010348\\U0001f600bazx\\U0001f600\\xe9ab\\xe9\\U0001f600\\xe9aab\\U0001f600aa\\xe9a\\U0001f600xaba\\U0001f600xaxz\\U0001f600ya\\xe9b\\U0001f600\\u4e00a\\xe9x\\U0001f600yaby\\U0001f600\\U00010348ab\\U00010348\\U0001f600\\xe9a\\U0001f600y\\U0001f600aabx\\U0001f600xa\\U0001f600x\\U0001f600yazb\\U0001f600yaba\\U0001f600yaz\\u4e00\\U0001f600\\u4e00ax\\U00010348\\U0001f600\\U00010348a\\xe9z\\U0001f600zaz\\U0001f600\\U0001f600yayx\\U0001f600za\\U00010348a\\U0001f600bay\\U0001f600\\U0001f600aaab\\U0001f600zabb\\U0001f600aaa\\u4e00\\U0001f600\\xe9az\\xe9\\U0001f600za\\U0001f600y\\U0001f600yaay\\U0001f600ya\\u4e00z\\U0001f600\\U00010348ax\\xe9\\U0001f600\\xe9a\\U0001f600b\\U0001f600\\U0001f600azb\\U0001f600\\xe9a\\u4e00z\\U0001f600\\xe9az\\U0001f600\\U0001f600\\xe9a\\U00010348z\\U0001f600ba'
["'\\\\U00010348\\\\u4e00\\\\U00010348\\\\xe9\\\\U0001f600\\\\u4e00\\\\xe9ba\\\\U0001f600\\\\U00010348\\\\U0001f600'", "'za\\\\U00010348xyzbxyzxy'", "'z\\\\xe9\\\\u4e00xyz\\\\xe9aaxyz'", "'xyzb\\\\xe9b\\\\u4e00ab\\\\xe9\\\\U00010348\\\\U0001f600'", "'\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600\\\\U0001f600'", "'aaaaa\\\\U0001f600'", "'aaaaaaaaaaaa'"]
`;

describe('code-point index of long strings', () => {
  it('s[i], slices, len and find/index/count/startswith bounds agree with CPython', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
