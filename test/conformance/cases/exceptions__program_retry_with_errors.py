class TransientError(Exception):
    pass
attempts = {'n': 0}
def flaky():
    attempts['n'] += 1
    if attempts['n'] < 3:
        raise TransientError(f'attempt {attempts["n"]} failed')
    return 'success'
def retry(fn, times):
    errors = []
    for _ in range(times):
        try:
            return fn(), errors
        except TransientError as e:
            errors.append(str(e))
    raise RuntimeError(f'gave up after {times} attempts: {errors}')
print(retry(flaky, 5))
attempts['n'] = -10
retry(flaky, 2)
