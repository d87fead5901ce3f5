# leading comment

x = 1  # trailing


# several blank lines


def f():
    # comment in body

    return x  # after return

print(f())  # done
