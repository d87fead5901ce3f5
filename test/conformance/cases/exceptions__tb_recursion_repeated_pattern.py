def a(n):
    if n == 0:
        raise ValueError('bottom reached')
    return a(n - 1)
a(10)
