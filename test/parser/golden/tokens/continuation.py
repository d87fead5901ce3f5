total = 1 + \
        2 + \
    3
if a and \
   b:
    pass
value = function(
    argument,  # a comment inside brackets

    # a comment line inside brackets
    other,
)
matrix = [
    [1, 2],
        [3, 4],
]
mapping = {
  'a': 1,
}
x = \
1
assert x, \
    "message"
