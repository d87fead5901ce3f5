print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('a + b', {'a': 1, 'b': 2}))
ns = {}
exec('def f(x):\n    return x * 10\nresult = f(4)', ns)
print(ns['result'], ns['f'](2))
code = compile('x + 1', '<expr>', 'eval')
print(eval(code, {'x': 41}), code.co_filename, type(code).__name__)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    eval('x = 1')
except SyntaxError as e:
    print(e.msg)
eval('undefined_name_in_eval')
