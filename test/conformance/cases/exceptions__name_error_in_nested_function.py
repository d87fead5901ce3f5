def outer():
    def inner():
        return undefined_variable + 1
    return inner()
outer()
