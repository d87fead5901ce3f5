try:
    raise ValueError('bad value')
except ValueError as e:
    e.add_note('while processing item 3')
    e.add_note('second note')
    print(e.__notes__)
    err = e
try:
    err.add_note(5)
except TypeError as e:
    print(e)
raise err
