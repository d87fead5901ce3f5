class Weird:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'non-empty string'
with Weird():
    raise RuntimeError('swallowed')
print('swallowed by truthy')
class Zero:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
with Zero():
    raise RuntimeError('not swallowed by 0')
