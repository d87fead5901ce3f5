def pair(a, b):
    return a, b
args = [1, 2, 3]
pair(*args)
