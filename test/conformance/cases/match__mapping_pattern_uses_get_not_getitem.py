class Strict(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print('get', k)
        return super().get(k, default)
match Strict(a=1):
    case {'a': 1, 'b': 2}:
        print('no')
    case {'a': value}:
        print('matched', value)
