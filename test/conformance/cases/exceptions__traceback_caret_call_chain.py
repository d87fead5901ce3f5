class Node:
    def __init__(self, child=None):
        self.child = child
    def get(self):
        return self.child
root = Node(Node())
value = root.get().get().get()
