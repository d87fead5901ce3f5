class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
s = Stack()
s.push(1)
s.pusj(2)
