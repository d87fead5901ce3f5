s = 'abababa'
print(s.count('aba'), s.find('ba', 2), s.rfind('ba', 0, 4), s.index('b', -3), s.replace('', '-'), s.replace('aba', 'X', 1))
print('abc'.find(''), 'abc'.rfind(''), 'abc'.count('', 1), ''.count(''), 'abc'.startswith(''), 'abc'.find('c', 5))
print('Hello'.center(11, '=').title(), 'x'.join('abc'), 'a' in '', '' in '')
