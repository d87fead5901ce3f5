def none_implicit():
    pass
def none_bare():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x:
        return 'early'
    return 'late'
print(none_implicit(), none_bare(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
