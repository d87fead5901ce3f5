def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ('+', left, right):
            return evaluate(left) + evaluate(right)
        case ('*', left, right):
            return evaluate(left) * evaluate(right)
        case ('-', operand):
            return -evaluate(operand)
        case _:
            raise ValueError(f'bad expression: {expr!r}')
print(evaluate(('+', 1, ('*', 2, ('-', 3)))))
evaluate(('/', 1, 2))
