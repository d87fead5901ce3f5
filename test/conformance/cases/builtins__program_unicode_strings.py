s = 'naïve café — 日本語 😀👍'
print(len(s), s[6:10], s[-2:], s[::-1][:3], s.upper(), s.split(' '))
print([ord(c) for c in s[-2:]], s.encode('utf-8')[-8:], len(s.encode('utf-8')), s.isascii())
print('😀' in s, s.index('日'), s.count('é'), s.replace('😀', ':)'), sorted('bäa'))
print(repr(s[-1]), ascii(s[-3:]), '\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
