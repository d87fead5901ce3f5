# Syntax errors (tokens): CPython 3.11's message and location for each case.
x = {'a' 'b': 1 2}
