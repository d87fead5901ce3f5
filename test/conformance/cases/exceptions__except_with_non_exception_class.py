try:
    try:
        raise ValueError
    except 'ValueError':
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('matched first element')
except TypeError as e:
    print(e)
