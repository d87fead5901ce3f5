print('\N{GREEK SMALL LETTER ALPHA}', '\N{LATIN CAPITAL LETTER E WITH ACUTE}')
print('\u03b1\u03b2', '\U0001d11e', len('\U0001d11e'), ord('\U0001d11e'))
print(repr('\u200b'), repr('\N{EM SPACE}'), repr('é'), ascii('é€😀'))
s = 'naïve café 😀'
print(len(s), s.upper(), s[-1], s.encode('utf-8'))
print(chr(0x10FFFF) == '\U0010ffff', repr(chr(0x85)), repr(chr(0xa0)))
