"""This module has a docstring."""
print(__doc__)
print(__name__)
def f():
    "function doc"
print(f.__doc__)
class C:
    """class doc"""
print(C.__doc__)
def g():
    x = 1
    "not a doc"
print(g.__doc__)
