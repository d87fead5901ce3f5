name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi:.2f} {n:>6} {n:<6}| {n:^7} {n:+d} {n:x} {n:o} {n:b} {n:#x} {n:08.3f}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {pi:10.4f}| {pi:<10.2e}| {1e-10:g} {123456789:_}")
print(f"{n=} {pi = :.1f} {name.upper()} {[1, 2][1]} {{literal}} {n if n > 0 else -n}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{'nested':*^{w}}", f"{3.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{12345.6789:,.2f} {-0.0:.1f} {float('inf')} {1e100:.3e} {0.1:.20f}")
print(f"{'abc':.2} {10:%} {1/3:.3%}", format(3, "03"), format("x", "^5"))
print(f"{n:q}")
