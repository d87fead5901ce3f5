# The source line a compile() SyntaxError shows: exec input gains a final line break, eval and
# 'single' input do not (the last line's text then has none).
for mode in ['eval', 'single', 'exec']:
  for src in ["\\print(1)", "x = 1 \\ y", "1 + \\ y", "1 + \\ y\n", "(1 +\n 2 \\ y)", "'abc", "1 + $", "(1,\n2 $)"]:
    try: compile(src, 'm', mode); print('ok', repr(src))
    except SyntaxError as e: print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
