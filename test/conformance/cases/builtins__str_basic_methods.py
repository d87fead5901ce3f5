s = '  Hello, World!  '
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(' !H'), 'xxhixx'.strip('x'))
print('hello'.upper(), 'HeLLo'.lower(), 'hello world'.title(), 'hello'.capitalize(), 'HeLLo'.swapcase(), 'ß'.casefold())
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'line1\nline2\r\nline3'.splitlines())
print('-'.join(['a', 'b']), ''.join('xyz'), 'abc'.replace('b', 'B'), 'aaa'.replace('a', 'b', 2))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'), 'hello'.count(''))
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.startswith('l', 2), 'abc'.partition('b'), 'abc'.rpartition('z'))
