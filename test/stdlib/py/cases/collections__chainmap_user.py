from collections import ChainMap, UserDict, UserList, UserString


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm, cm['user'], cm['color'], len(cm), list(cm), dict(cm), 'color' in cm)
cm['x'] = 1
print(env, cm.get('nope', 0), cm.maps)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], child)
del cm['x']
show(lambda: cm.pop('color'))
show(lambda: ChainMap().popitem())
show(lambda: ChainMap()['k'])
show(lambda: ChainMap({}, {1: 2}))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 1})))
print(ChainMap({1: 2}) | {3: 4}, {3: 4} | ChainMap({1: 2}))
print(ChainMap.fromkeys('ab', 0), cm.copy(), list(cm.items()), list(cm.values()))


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper({'a': 1}, b=2)
print(u, u.data, len(u), 'A' in u, u.get('A'), list(u), u == {'A': 1, 'B': 2})
show(lambda: u['z'])


class Missing(UserDict):
    def __missing__(self, key):
        return f'no {key}'


print(Missing()['q'], Missing(x=1) | {'y': 2}, u.copy(), type(u.copy()).__name__)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), 2 in ul)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(2), ul.count(1), ul == [-1, 0, 1, 2, 3], ul < [0])
ul.reverse()
ul.remove(2)
print(ul, ul.copy(), type(ul.copy()).__name__)
us = UserString('Hello World')
print(us, repr(us), len(us), us.upper(), us.lower(), us[0], us[1:4], us + '!', us * 2)
print(us.split(), us.find('o'), us.replace('l', 'L'), us.startswith('He'), 'World' in us)
print(us.center(15, '*'), us.strip('Hd'), us == 'Hello World', us < 'Z', hash(us) == hash('Hello World'))
print(type(us.upper()).__name__, us.count('l'), us.title(), us.zfill(13), us.isalpha())
