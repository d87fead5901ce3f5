from types import SimpleNamespace, MappingProxyType
import types

config = SimpleNamespace(host='localhost', port=8080)
config.debug = True
print(config)
print(sorted(vars(config)), getattr(config, 'missing', 'default'))
nested = SimpleNamespace(inner=SimpleNamespace(level=2), items=[1, 2])
print(nested, nested.inner.level)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
try:
    hash(config)
except TypeError as e:
    print('TypeError', e)
class Sub(SimpleNamespace):
    pass
print(Sub(v=1), isinstance(Sub(), SimpleNamespace))
base = {'x': 1}
view = MappingProxyType(base)
base['y'] = 2
print(dict(view), view.get('y'), 'x' in view, len(view))
print(sorted(view.keys()), sorted(view.values()), view.copy() == base)
for attempt in ('setitem',):
    try:
        if attempt == 'setitem':
            view['z'] = 3
        else:
            del view['x']
    except TypeError as e:
        print('TypeError', e)
print(type(view).__name__, types.MappingProxyType is type(type.__dict__))
class K:
    attr = 1
print(K.__dict__['attr'], isinstance(K.__dict__, MappingProxyType))
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
m = types.ModuleType('built_here', 'Docstring.')
m.value = 3
print(m.__name__, m.__doc__, m.value)
