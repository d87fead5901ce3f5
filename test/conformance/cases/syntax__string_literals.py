print('single', "double", '''triple
lines''', """also
triple""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n', 'a' 'b' "c")
print(r'raw \n stays', R"\d+", rb'\x00'.hex() if False else r'\x41')
print(len('\0\a\b\f\n\r\t\v'), repr('\0\a\b\f\n\r\t\v'))
print('\x41\101\u00e9\U0001F600', repr('\x7f\x80\xff'))
print('abc'[1], 'abc'[-1], 'abc'[::-1], 'ab' * 3, 3 * 'x')
print(repr("'"), repr('"'), repr('\'"'), repr('\\'))
