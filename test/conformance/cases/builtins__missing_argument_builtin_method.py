s = 'hello'
s.replace('l')
