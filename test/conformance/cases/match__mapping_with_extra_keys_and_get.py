class Tracking(dict):
    def get(self, key, default=None):
        print('get called', key)
        return super().get(key, default)
match Tracking(a=1, b=2):
    case {'a': 1}:
        print('mapping patterns ignore extra keys')
match {'a': 1}:
    case {'a': 1, 'b': _}:
        print('no')
    case {'a': _, **rest}:
        print('rest is', rest)
