def g():
    nonlocal q
