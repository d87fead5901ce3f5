class Bad:
    def __str__(self):
        return 1 / 0
print('start')
print(Bad())
