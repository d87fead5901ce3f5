import json, math
from collections import OrderedDict
def s(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = {'name': 'Ana', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14159, 'n': {'x': [1, {'y': ()}]}}
s(lambda: json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([[], {}, [[]], {'a': {}}], indent=4))
s(lambda: json.dumps(data, separators=(',', ':')))
s(lambda: json.dumps('héllo \u2603 \U0001f600 "q" \\ \n\t\x01\x7f'))
s(lambda: json.dumps('héllo \u2603 \U0001f600 "q" \\ \n\t\x01\x7f', ensure_ascii=False))
s(lambda: json.dumps([1.0, 1e20, 1e-7, 0.1 + 0.2, -0.0, 1e16, 123456789.123, float('nan'), float('inf'), -math.inf]))
s(lambda: json.dumps(float('nan'), allow_nan=False))
s(lambda: json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
s(lambda: json.dumps({(1, 2): 'a'}))
s(lambda: json.dumps({(1, 2): 'a', 'k': 1}, skipkeys=True))
s(lambda: json.dumps({1, 2}))
s(lambda: json.dumps(object()) and None)
s(lambda: json.dumps({1, 2}, default=sorted))
s(lambda: json.dumps(b'x'))
l = [1]; l.append(l)
s(lambda: json.dumps(l))
d = {}; d['d'] = d
s(lambda: json.dumps(d))
s(lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
s(lambda: json.dumps({'b': 1, 2: 2}, sort_keys=True))
s(lambda: json.dumps(OrderedDict([('z', 1), ('a', 2)])))
s(lambda: json.dumps((1, 2)))
s(lambda: json.dumps(10 ** 30))
s(lambda: json.dumps(True), )
s(lambda: json.dumps(None))
s(lambda: json.dumps("plain"))
import enum
class C(enum.IntEnum):
    A = 1
s(lambda: json.dumps([C.A, {C.A: 2}]))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
s(lambda: json.dumps({'s': {3, 1}}, cls=E))
s(lambda: E().encode({'s': {2}}))
s(lambda: list(json.JSONEncoder().iterencode([1, 2])) and ''.join(json.JSONEncoder().iterencode([1, 2])))
s(lambda: json.JSONEncoder(indent=1).encode({'a': [1]}))
s(lambda: json.dumps([1, 2], indent=0))
s(lambda: json.dumps({'a': 1}, indent=2, separators=(',', ' = ')))
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
s(lambda: json.load(io.StringIO('{"a": [1, 2.5, "x"]}')))
rt = json.loads(json.dumps(data))
print(rt == {**data, 'n': {'x': [1, {'y': []}]}})
class MyList(list): pass
class MyDict(dict): pass
class MyStr(str): pass
class MyFloat(float): pass
s(lambda: json.dumps([MyList([1]), MyDict(a=1), MyStr('s'), MyFloat(1.5)]))
s(lambda: json.dumps('\ud800'))
s(lambda: json.dumps({'a': float('nan')}, allow_nan=False))
s(lambda: json.dumps(1, indent=2))
s(lambda: json.loads(json.dumps('\U0001f600\u00e9')))
s(lambda: json.loads('{"x": 1e5, "y": -12, "z": 0.5}'))
