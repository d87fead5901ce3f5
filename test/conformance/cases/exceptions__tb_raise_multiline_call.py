def check(value):
    if value < 0:
        raise ValueError(
            f'negative value: {value}'
        )
check(-3)
