def process(item):
    try:
        return 1 / item
    except ZeroDivisionError as e:
        e.add_note(f'item was {item!r}')
        raise
process(0)
