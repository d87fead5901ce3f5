# compile() error messages and positions CPython's second parser pass gives: after a soft keyword
# (match, case, _) the targeted errors of what follows fire; `print x` with a failing call trailer;
# a `match` call statement before any later error; a `del` of a non-target.
snippets = [
    ("match f(80 80)", "eval"),
    ("case f(80 80)", "eval"),
    ("_ f(80 80)", "eval"),
    ("match [1 2]", "eval"),
    ("match {1 2}", "eval"),
    ("match dict.fromkeys(by0.split(), 80 80):\n  pass", "eval"),
    ("foo f(80 80)", "eval"),
    ("print f(80 80)", "eval"),
    ("match (a == b)\n:    case [1]:\n        pass", "exec"),
    ("match (a)\nx = [1 2]", "exec"),
    ("match (a)\nx = 1", "exec"),
    ("del x[0] in , y.z", "exec"),
    ("del (x) if", "exec"),
    ("x = print f(1 2)", "exec"),
]
for source, mode in snippets:
    try:
        compile(source, "<m>", mode)
        print("compiled", repr(source))
    except SyntaxError as err:
        print(repr(source), "->", err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset)
