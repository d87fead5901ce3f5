try:
    [][1]
except IndexError:
    raise KeyError("replaced") from None
