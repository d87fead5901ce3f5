def f():
    try:
        raise ValueError('propagates')
    finally:
        print('finally ran')
f()
