stack = []
top = stack.pop()
