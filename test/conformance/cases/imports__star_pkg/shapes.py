__all__ = ['area', 'PI']
PI = 3
def area(r):
    return PI * r * r
def hidden():
    pass
