log = []
def f():
    try:
        log.append('try')
        return log.append('return expr') or 'ret'
    finally:
        log.append('finally')
print(f(), log)
def g():
    x = 1
    try:
        return x
    finally:
        x = 2
print(g())
