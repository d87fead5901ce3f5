# Sorting with keys: lambdas, tuples, str keys, reverse, and stability on records.
records = [(i * 7919 % 10007, "name%d" % (i * 31 % 997), i % 13) for i in range(60_000)]
by_first = sorted(records, key=lambda r: r[0])
by_name = sorted(records, key=lambda r: r[1])
by_pair = sorted(records, key=lambda r: (r[2], -r[0]))
words = [r[1] for r in records]
by_len = sorted(words, key=len, reverse=True)
print(by_first[:2], by_name[:2], by_pair[:2], by_len[:2])
print(sorted(words, key=str.lower)[-3:], min(records, key=lambda r: r[1]), max(words, key=len))
