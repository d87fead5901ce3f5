class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    k = 10
    try:
        scaled = [v * k for v in base]
    except NameError as e:
        scaled = f'NameError: {e}'
    pairs = {v: None for v in base}
print(C.doubled, C.scaled, C.pairs)
