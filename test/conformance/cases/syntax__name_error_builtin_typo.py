numbers = [3, 1, 2]
result = sroted(numbers)
