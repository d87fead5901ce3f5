a = [1, 2]
b = [1, 2]
print(a is b, a == b, a is not b, None is None, type(None) is type(None))
x = 'hello'
print(x in ['hello', 'world'], x not in 'hello world', 'ell' in x)
print(1 in range(3), 3 in range(3), 2.0 in range(3), 'a' in {'a': 1}.values())
print([1, [2]] .__contains__([2]), (1, 2).__contains__(2))
