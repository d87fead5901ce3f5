import types

ns = types.SimpleNamespace(x=1, y=[2, 3])
ns.z = 'added'
print(ns)
print(ns.x, vars(ns), ns == types.SimpleNamespace(x=1, y=[2, 3], z='added'))
del ns.z
print(ns, 'z' in vars(ns))
print(types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)

def function():
    pass
async def coroutine_function():
    pass
def generator_function():
    yield

print(isinstance(function, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
print(isinstance(generator_function(), types.GeneratorType))
coro = coroutine_function()
print(isinstance(coro, types.CoroutineType))
coro.close()
print(isinstance(function.__code__, types.CodeType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, types.NotImplementedType)
print(isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias))
proxy = types.MappingProxyType({'a': 1})
print(proxy['a'], len(proxy), list(proxy.items()))
try:
    proxy['b'] = 2
except TypeError as e:
    print('TypeError', e)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        return {'prepared': True}

Dynamic = types.new_class('Dynamic', (), {'metaclass': Meta}, lambda ns: ns.update(value=42))
print(Dynamic.__name__, Dynamic.value, Dynamic.prepared, type(Dynamic).__name__)
meta, namespace, kwds = types.prepare_class('X', (), {'metaclass': Meta})
print(meta.__name__, namespace, kwds)
print(types.resolve_bases((int, str)))

class Base:
    pass
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
print(types.resolve_bases((Entry(),)))
C = types.new_class('C', (Entry(),))
print(C.__mro__[1].__name__, C.__orig_bases__[0].__class__.__name__)

class WithDynamic:
    @types.DynamicClassAttribute
    def kind(self):
        return 'instance kind'
print(WithDynamic().kind)
try:
    WithDynamic.kind
except AttributeError:
    print('AttributeError on class')
