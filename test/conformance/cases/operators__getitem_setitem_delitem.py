class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('get', key)
        return self.cells.get(key, '.') if isinstance(key, tuple) and all(isinstance(k, int) for k in key) else repr(key)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
g = Grid()
g[0, 1] = 'x'
print(g[0, 1], g[1:2], g[::2], g[..., 0])
del g[0, 1]
g[1, 1] += 'a' if False else ''
