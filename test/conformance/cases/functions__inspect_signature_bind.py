import inspect
import functools

def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> list:
    """Docstring of f.

        Indented detail.
    """

sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(sig.return_annotation, sig.parameters['b'].annotation)
ba = sig.bind(1, d=4)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for call in [(), (1, 2, 3, 4, 5), ]:
    try:
        sig.bind(*call)
    except TypeError as e:
        print('TypeError', e)
try:
    sig.bind(1, d=1, zz=2, **{})
except TypeError as e:
    print('TypeError', e)
def g(x, y):
    pass
gs = inspect.signature(g)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'q': 1})]:
    try:
        gs.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
print(gs.bind_partial(y=5))

class C:
    def __init__(self, name, size=1):
        pass
    def method(self, k, *, flag=False):
        pass
    @classmethod
    def make(cls, value):
        pass
    @staticmethod
    def helper(q=None):
        pass

print(inspect.signature(C), inspect.signature(C().method), inspect.signature(C.method))
print(inspect.signature(C.make), inspect.signature(C.helper))
print(inspect.signature(lambda x, *, y=1: None))
p = functools.partial(g, 1)
print(inspect.signature(p))

@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
print(inspect.unwrap(wrapper) is g)
try:
    inspect.signature(len)
except ValueError as e:
    print('ValueError', e)
spec = inspect.getfullargspec(f)
print(spec)
print(spec.args, spec.kwonlydefaults)
P = inspect.Parameter
new = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=None)])
print(new, new == inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=None)]))
print(sig.replace(return_annotation=inspect.Signature.empty))
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print('ValueError', e)
print(inspect.getdoc(f))
print(repr(inspect.cleandoc('   first\n      second\n    third\n')))
print(inspect.getcallargs(g, 1, y=2))
