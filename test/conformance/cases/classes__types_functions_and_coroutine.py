import types

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print(type(add5.__closure__[0]) is types.CellType, add5.__closure__[0].cell_contents)
code = add5.__code__
print(isinstance(code, types.CodeType), code.co_name, code.co_freevars)
class Greeter:
    def hello(self):
        return 'hello'
g = Greeter()
print(isinstance(g.hello, types.MethodType), g.hello.__self__ is g, g.hello.__func__ is Greeter.hello)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType))
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), types.GeneratorType.__name__)
async def agen():
    yield 1
print(types.AsyncGeneratorType.__name__, isinstance(agen(), types.AsyncGeneratorType))
print(types.CoroutineType.__name__, types.FunctionType.__name__, types.ModuleType.__name__)
decorated = types.coroutine(gen)
print(callable(decorated))
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)
print(types.GetSetDescriptorType.__name__, types.MappingProxyType.__name__)
print(sorted(n for n in types.__all__ if n.endswith('Type'))[:6])
