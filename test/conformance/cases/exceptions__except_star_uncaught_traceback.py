def work():
    errors = []
    for i in range(3):
        try:
            if i != 1:
                raise ValueError(f'item {i} bad')
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('work failed', errors)
work()
