try:
    (1).x = 5
except AttributeError as e:
    print(e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
list.append = None
