class User:
    def __init__(self, name):
        self.name = name
def lookup(name):
    return None
user = lookup('bob')
print(user.name)
