d = {"a": 1, "b": 2}
d["c"] = 3; print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, list(d))
print(d.keys(), d.values(), d.items(), d.pop("b"), d.setdefault("e", 5), d)
d.update({"f": 6}, g=7); print(d, d.popitem(), d)
print({1: "int", 1.0: "float", True: "bool"}, dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0))
print({**d, "z": 0}, d | {"q": 1}, sorted(d.items(), key=lambda kv: -kv[1]))
e = {}; e[(1, 2)] = "t"; e[frozenset({1})] = "f"; print(e, e[(1, 2)])
for k, v in d.items(): print(k, v, end=" ")
print()
print({k: v for k, v in zip("xyz", range(3))}, d.copy() == d, {} == {}, dict(d) is d)
del d["a"]; print(d)
d["missing"]
