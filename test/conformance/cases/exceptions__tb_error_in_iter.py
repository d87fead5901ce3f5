class Items:
    def __iter__(self):
        raise RuntimeError('cannot iterate now')
for item in Items():
    print(item)
