class HttpError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)
    def __str__(self):
        return f'{self.status} {self.reason}'
e = HttpError(404, 'Not Found')
print(e, repr(e), e.args, e.status)
class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
n = NoSuperInit(5)
print(repr(n), str(n), n.args)
raise HttpError(500, 'Server Error')
