import sys
runs = getattr(sys.modules[__name__], 'runs', 0) + 1
print('state body run', runs)
items = []
def describe():
    return f'runs={runs} items={items}'
