class Broken(Exception):
    def __str__(self):
        raise ValueError('str failed')
raise Broken('x')
