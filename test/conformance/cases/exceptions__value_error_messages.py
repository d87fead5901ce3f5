tests = [lambda: int("12x"), lambda: float("abc"), lambda: [1, 2].index(3), lambda: "abc".index("d"),
         lambda: [].remove(1), lambda: chr(-1), lambda: range(1, 2, 0), lambda: "a,b".split(""),
         lambda: (1, 2).index(5), lambda: int("99", 8), lambda: max([]), lambda: dict([(1, 2, 3)])]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, b = [1, 2, 3]
