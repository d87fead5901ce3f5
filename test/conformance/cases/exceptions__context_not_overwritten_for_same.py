try:
    try:
        raise ValueError('a')
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
