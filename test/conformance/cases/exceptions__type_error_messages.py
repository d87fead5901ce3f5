tests = [lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: "a" * "b", lambda: len(5),
         lambda: 5(), lambda: None.x, lambda: {}[[]], lambda: -"s", lambda: 1 < "a", lambda: iter(5),
         lambda: [1, 2]["x"], lambda: (1).foo, lambda: "abc"[1.5], lambda: int([]), lambda: sum(["a"]),
         lambda: {1} + {2}, lambda: 2 ** "x", lambda: hash([]), lambda: divmod("a", 1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
