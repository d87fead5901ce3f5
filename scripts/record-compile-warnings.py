#!/usr/bin/env python3
"""Record the compile-time warnings CPython 3.11 raises for each snippet (run from the repository root).

  test/compiler/golden/compile-warnings.json   [{source, warnings: [{category, message, lineno}]}]

Run: python3 scripts/record-compile-warnings.py
"""
import json
import warnings

CASES = [
    "x = 1\nprint(x is 5, x is not 'a')\n",
    "x = 1\nprint(x is -1, x is (), x is (1,), x is ..., 1 is x is 2)\n",
    "x = 1\nprint(x is None, x is True, None is x, x is [], x is f'a')\n",
    "x = 1\nif x is 1:\n    pass\nif 5 is None:\n    pass\nwhile x is not 'b' and x < 0:\n    pass\n",
    "x = 1\nassert (1, 'msg')\nassert (x, 'msg')\nassert ()\nassert x, (1, 2)\n",
    "def f():\n    return [1][1.5], (1, 2)['a'], 'ab'[1, 2], {1}[0], (lambda: 0)[0]\n",
    "def f(x):\n    return f'x'[1.0], b'x'[None], True[0], 1j[0], [1][:'a'], None[0], ...[0]\n",
    "def f(x):\n    return (-1)(), (x for x in 'a')(), [1, 2](), {}(), {1}(), 'a'(), f'{x}'(), (1, 2)()\n",
    "def f(x):\n    return [x for x in 'a'](), {x: 1 for x in 'a'}(), None(), 1.5(), x(), x[0], (x)[1.5]\n",
    "x = [1]\nx[1.5] = 2\ndel x['a']\nx[0] += 1\nprint([1, 2][x], [1, 2][0:1], 'abc'[-1])\n",
    "print([1, 2]\n  [0.5])\nprint('a'\n  ('b'))\n",
    "class C:\n    y = 1 is 1\n    def m(self):\n        return self is ()\n",
    "x = 1\nwhile x is 2:\n    x = 'a'()\nwhile x is not None and [x is 3 for _ in 'a']:\n    pass\n",
    "def f(x):\n    try:\n        return 1\n    finally:\n        print(x is 1)\n",
    "def f(x):\n    for i in x:\n        try:\n            if i:\n                break\n            continue\n        finally:\n            print(x is 2)\n",
    "x = 1\nwith open('f') as g:\n    x is 1\nprint(x if x is 1 else 2, lambda: x is 4, [y for y in x if y is 5])\n",
    "x = 1\nmatch x:\n    case 1 if x is 2:\n        pass\n",
]


def record(source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, "case.py", "exec")
    return [
        {"category": w.category.__name__, "message": str(w.message), "lineno": w.lineno}
        for w in caught
    ]


def main():
    cases = [{"source": source, "warnings": record(source)} for source in CASES]
    with open("test/compiler/golden/compile-warnings.json", "w") as out:
        json.dump(cases, out, indent=1, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    main()
