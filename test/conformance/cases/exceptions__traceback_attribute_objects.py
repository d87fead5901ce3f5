def fail():
    raise ValueError('x')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(e.with_traceback(None).__traceback__ is None)
