print(len('abc'))
len = lambda s: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
import builtins
print(builtins.len is len)
def f():
    list = 'local list'
    return list
print(f(), list('ab'))
