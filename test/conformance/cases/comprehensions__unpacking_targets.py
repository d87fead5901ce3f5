pairs = [(1, 'a'), (2, 'b')]
print([f'{n}{c}' for n, c in pairs], {c: n for n, c in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([(first, rest) for first, *rest in ['abc', 'de']])
