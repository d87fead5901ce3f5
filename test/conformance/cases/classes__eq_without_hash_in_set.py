class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
s = {K(1)}
