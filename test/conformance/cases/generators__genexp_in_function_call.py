print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc']), ''.join(c.upper() for c in 'abc'))
print(sorted((v for v in [3, 1, 2]), reverse=True), any(v > 2 for v in [1, 3]), all(v for v in []))
print(dict((k, len(k)) for k in ['aa', 'b']), set(x % 3 for x in range(10)), tuple(x for x in 'hi'))
