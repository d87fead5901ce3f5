@staticmethod
def helper(x):
    return x * 2
print(helper(4))
class K:
    h = helper
print(K.h(5), K().h(6))
