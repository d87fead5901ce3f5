import imports__circular_pkg.a as a
print(a.from_b(), a.B_VALUE_AT_IMPORT)
