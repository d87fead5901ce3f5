class Lock:
    def __enter__(self):
        raise PermissionError('lock is held')
    def __exit__(self, *a):
        return False
with Lock():
    print('never')
