for fn, args in [(len, (1,)), (abs, ('a',)), (iter, (1,)), (sorted, (1,)), (sum, (1,)), (min, (1,)), (list, (1,)), (tuple, (1,)), (set, (1,)), (dict, (1,)), (enumerate, (1,)), (reversed, (1,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, '->', e)
