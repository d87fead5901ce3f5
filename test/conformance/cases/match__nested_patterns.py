def f(v):
    match v:
        case {'users': [{'name': str(name), 'roles': [*_, 'admin']}, *_]}:
            return f'first user {name} is admin'
        case {'users': [{'name': name}, *_]}:
            return f'first user {name}'
        case {'users': []}:
            return 'no users'
print(f({'users': [{'name': 'ann', 'roles': ['dev', 'admin']}]}))
print(f({'users': [{'name': 'bob', 'roles': []}, {'name': 'x'}]}))
print(f({'users': []}), f({}))
