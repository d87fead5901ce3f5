def greet(name, greeting):
    return f'{greeting}, {name}'
try:
    greet('Ann')
except TypeError as e:
    print(e)
try:
    greet()
except TypeError as e:
    print(e)
def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print(e)
greet(greeting='hi')
