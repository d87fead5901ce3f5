count = 42
print(len(count))
