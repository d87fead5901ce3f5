print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', [] and 'x', None or 0 or [] or 'last')
print(not None, not [], not [0], (1 and None) is None)
def side(v):
    print('side', v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(side(None) or side('x') and side(''))
