for key in ['multi\nline', '', None, 0, ('a', 1), 1.5]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e))
{}['multi\nline']
