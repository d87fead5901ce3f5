class C:
    n = 3
    values = [i for i in range(n)]
    try:
        doubled = [n * i for i in range(2)]
    except NameError as e:
        doubled = str(e)
print(C.values, C.doubled)
