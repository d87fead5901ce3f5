# String methods: split/join/strip/find/replace/format and case changes on many short strings.
words = ["alpha", "Beta", "  gamma  ", "delta-epsilon", "ZETA", "eta_theta"]
total = 0
out = []
for i in range(60_000):
    w = words[i % 6]
    s = w.strip().lower().replace("-", "_")
    parts = s.split("_")
    total += len(parts) + s.find("a") + s.count("e")
    if s.startswith("d") or s.endswith("a"):
        out.append("{}:{}".format(s.upper(), i))
    else:
        out.append(s.capitalize() + str(i))
text = " ".join(out)
print(total, len(text), text[:60])
print(sum(1 for t in text.split() if t.isalpha()), text.title()[:40])
