x = 'global'
def read():
    return x
def shadow():
    x = 'local'
    return x
print(read(), shadow(), x)
def write_global():
    global x
    x = 'rebound'
write_global()
print(x)
