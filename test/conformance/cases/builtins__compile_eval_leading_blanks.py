# compile(..., 'eval') keeps the source's leading blanks (an IndentationError); only builtin eval()
# skips leading spaces and tabs.
for src in [' x', ' = [v]', ' x= [v for v in isinstance((), int) if v]', '\t1 + 1', ' is lambda a: a', '  (1 +\n 2)']:
    for how in ['compile', 'eval']:
        try:
            r = compile(src, 's', 'eval') if how == 'compile' else eval(src, {'x': 1, 'v': 2})
            print(how, repr(src), 'ok', r if how == 'eval' else '')
        except SyntaxError as e:
            print(how, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        except Exception as e:
            print(how, repr(src), type(e).__name__, e)
