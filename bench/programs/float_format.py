# Float formatting: repr, str, f-strings with specs, %-formatting and round().
total = 0
out = []
x = 0.1
for i in range(60_000):
    x = x * 1.000123 + 0.37
    out.append(f"{x:.3f}|{x:10.2e}|{x:g}")
    total += len(repr(x)) + len(str(x / 7)) + len("%.5f" % (x / 3))
    total += round(x, 2) > 1000
print(total, out[0], out[-1])
print(len("".join(out)), f"{x:,.4f}", format(x, ">20.6"))
