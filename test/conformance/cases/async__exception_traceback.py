import asyncio
import traceback
async def fetch(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ConnectionError(f'fetch {i} failed')
    return i
async def main():
    for i in range(3):
        print(await fetch(i))
try:
    asyncio.run(main())
except ConnectionError as e:
    frames = [f.name for f in traceback.extract_tb(e.__traceback__) if f.filename.endswith('.py') and 'async__' in f.filename]
    print('caught', e, frames)
