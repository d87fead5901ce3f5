def f(*args):
    raise ValueError("multi")
f(1,
  2,
  3)
