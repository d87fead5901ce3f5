class C:
    x = 1
    def __getattr__(self, name):
        print('getattr called for', name)
        return 0
c = C()
print(c.x, c.y)
c.z = 5
print(c.z)
