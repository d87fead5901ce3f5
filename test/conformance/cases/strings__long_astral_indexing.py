# Indexing, slicing, len and bounded searches on long strs holding astral characters (seeded
# random text, strs around 256 code units, several strs indexed alternately).
import random
random.seed(2024)
pieces = ['a', 'b', '\u00e9', '\u4e00', '\U0001f600', '\U00010348', 'xyz']
def make(n):
    return ''.join(random.choice(pieces) for _ in range(n))
texts = [make(n) for n in (60, 130, 200, 255, 256, 300, 700)]
texts.append('\U0001f600' * 300)
texts.append('a' * 255 + '\U0001f600')
texts.append('\U0001f600' + 'a' * 400)
for t in texts:
    n = len(t)
    assert ''.join(t[i] for i in range(n)) == t
    assert ''.join(t[-i] for i in range(1, n + 1)) == t[::-1]
    print(n, [ord(t[i]) for i in range(0, n, 37)], [ord(t[-i]) for i in range(1, n, 53)])
    print([t[a:b] == ''.join(t[k] for k in range(a, min(b, n))) for a, b in ((0, 64), (63, 65), (64, 128), (127, 300), (n - 3, n + 5))])
    print([len(t[a:b:c]) for a, b, c in ((0, n, 3), (5, n - 5, 7), (n, 0, -5))])
    print([t.find('\U0001f600', s) for s in (0, 10, 64, 65, 128, 200, n - 1)], [t.rfind('a', 0, e) for e in (10, 64, 100, n)])
    print([t.index(t[k], k) for k in range(0, n, 41)], [t.count('\u4e00', s, s + 100) for s in (0, 63, 150)])
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
