def fail():
    raise ValueError('original')
try:
    fail()
except ValueError as e:
    saved = e
def other():
    raise saved.with_traceback(saved.__traceback__)
other()
