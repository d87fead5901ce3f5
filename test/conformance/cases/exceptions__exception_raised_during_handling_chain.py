try:
    {}['a']
except KeyError:
    try:
        [][1]
    except IndexError:
        1 / 0
