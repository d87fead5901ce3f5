def f(n):
    try:
        try:
            if n == 0:
                raise ValueError('inner value')
            if n == 1:
                raise KeyError('inner key')
        except ValueError:
            print('inner handled ValueError')
            raise TypeError('converted')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer got', repr(e), repr(e.__context__))
    except KeyError as e:
        print('outer got key', e)
for n in range(3):
    f(n)
