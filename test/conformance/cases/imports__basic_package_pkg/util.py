CONSTANT = 42
print('loading', __name__)
def double(x):
    return x * 2
