class Tx:
    def __enter__(self):
        print('begin')
        return self
    def __exit__(self, et, ev, tb):
        print('rollback' if et else 'commit')
with Tx():
    print('work')
with Tx() as tx:
    tx.update()
