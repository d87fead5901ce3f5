print({k % 3: k for k in range(10)})
print({c: i for i, c in enumerate('abracadabra')})
print(dict.fromkeys('hello'), list(dict.fromkeys([3, 1, 3, 2, 1])))
