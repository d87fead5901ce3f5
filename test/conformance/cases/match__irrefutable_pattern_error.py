try:
    exec('''
match 1:
    case x:
        pass
    case 2:
        pass
''')
except SyntaxError as e:
    print(e.msg)
try:
    exec('''
match 1:
    case [a, a]:
        pass
''')
except SyntaxError as e:
    print(e.msg)
try:
    exec('''
match 1:
    case 1 | x:
        pass
''')
except SyntaxError as e:
    print(e.msg)
try:
    exec('''
match 1:
    case {'a': 1, 'a': 2}:
        pass
''')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
