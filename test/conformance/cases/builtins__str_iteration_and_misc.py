s = 'abc'
print(list(s), [ord(c) for c in s], ''.join(chr(c + 1) for c in range(96, 99)), sorted('hello'), reversed('ab').__class__.__name__)
print(min(s), max(s), s * 2, s in 'xabcx', len('日本語'), '日本語'[1], 'a' < 'B', str(123), str([1, 'a']))
print(repr('tab\tquote\'"'), repr("only'single"), ascii('ü'), 'multi\nline'.splitlines(keepends=True))
print(str(), str(None), str(3.0), str(True), str(b'bytes'), str(object)[:7])
