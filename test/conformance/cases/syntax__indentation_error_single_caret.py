# An uncaught IndentationError in the main file: the interpreter marks it with one caret.
def f():
return 1
