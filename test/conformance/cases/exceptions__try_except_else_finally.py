def run(v):
    try:
        print('try', v)
        if v == 'raise':
            raise ValueError(v)
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
run('ok')
run('raise')
