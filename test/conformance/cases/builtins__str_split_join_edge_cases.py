print(''.split(), ''.split(','), ' a  b '.split(' '), 'a\tb\nc'.split(), 'abc'.split('abc'), ','.join([]))
print('a,b,c'.split(',', 0), 'a,b,c'.split(',', -1), '  x  '.split(None, 0), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('\n'.join(['x', 'y']).splitlines(), 'a\r\nb\rc\n'.splitlines(), 'one\n\ntwo'.split('\n'))
