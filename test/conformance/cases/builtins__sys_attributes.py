import sys
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.getrecursionlimit())
print(type(sys.argv), sys.platform, sys.byteorder, "sys" in sys.modules, sys.exc_info())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
print(sys.int_info.default_max_str_digits, sys.float_info.max, sys.float_info.epsilon)
