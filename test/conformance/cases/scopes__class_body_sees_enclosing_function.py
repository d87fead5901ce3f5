def factory(prefix):
    class Named:
        label = prefix + '-label'
        def show(self):
            return prefix + '!'
    return Named
N = factory('pre')
print(N.label, N().show())
def factory2():
    x = 'enclosing'
    class K:
        x = 'class-level'
        y = x
        def m(self):
            return x
    return K
K = factory2()
print(K.y, K().m())
