def risky(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        risky(n - 1)
    except ValueError as e:
        raise ValueError(f'level {n}') from e
risky(3)
