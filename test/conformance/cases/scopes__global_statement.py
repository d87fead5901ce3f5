counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(3); bump(2)
print(counter)
def define_new():
    global brand_new
    brand_new = 'created from function'
define_new()
print(brand_new)
def outer():
    def inner():
        global counter
        counter = 100
    inner()
outer()
print(counter)
