# Where a generic SyntaxError points when `async` is not followed by `def`/`for`: CPython read the
# token after it (after decorators, in comprehensions and call arguments), elsewhere at `async`.
sources = [
    '@d\nasync defg():\n pass',
    '@d\nasync x',
    '@d\nx = 1',
    '@d\nasync',
    'x = [i async fro i in y]',
    'x = [i async]',
    'x = [i async for]',
    'x = (i async fro i in y)',
    'x = {i async fro i in y}',
    'x = {i: 1 async fro i in y}',
    'f(i async fro i in y)',
    'x = async',
    'f(async)',
    'x = 1 async',
    '[async]',
    'async = 1',
    'x = 1 + async',
    'del async',
    'async\n',
    'x = [1, async]',
    'if async: pass',
    'x = a if async else b',
    'lambda: async',
    'x = (1 async)',
    'x[async]',
    'x = 1 async 2',
    'import async',
    'x.async',
    'x = [i for i in y async for]',
    'x = [i for i in y async]',
    'f(a, async)',
]
for source in sources:
    try:
        compile(source, '<src>', 'exec')
        print(repr(source), 'compiled')
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
