words = ['a', 'b']
print({w for w in words})
print({[w] for w in words})
