# Caret lines count East Asian wide characters as two columns (CPython 3.11's display width), and
# the source line keeps its trailing blanks. The uncaught error is the point.
def lookup(table, key):
    return table[key]


try:
    lookup({"日本": 1}, "€€")
except KeyError as e:
    print('KeyError', e)
data = {"日本": 1}
print(len(["日本", "€"]) + data["日本"])   
print(len(["日本", "€"]) + None)
