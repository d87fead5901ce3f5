print('ab' * 3, 'ab' < 'b', 'Z' < 'a', 'abc' <= 'abc', 'a' * -5 == '', sorted(['b', 'A', 'a', 'B']))
print(max('hello'), min(['x', 'ab']), 'é' > 'z', '10' < '9')
