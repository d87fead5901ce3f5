log = []
def L(tag, v=None):
    log.append(tag)
    return v
d = {}
d[L('key')] = L('value', 1)
print(log)
log.clear()
L('a', [0])[L('i', 0)], L('b', [0])[L('j', 0)] = L('rhs1'), L('rhs2')
print(log)
log.clear()
x = L('first', 1) + L('second', 2) * L('third', 3)
print(log, x)
log.clear()
print(L('call', max)(L('arg1', 1), L('arg2', 2)), log)
