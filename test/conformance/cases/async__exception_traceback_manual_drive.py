async def fetch(i):
    if i == 2:
        raise ConnectionError(f'fetch {i} failed')
    return i
async def main():
    for i in range(3):
        print(await fetch(i))
main().send(None)
