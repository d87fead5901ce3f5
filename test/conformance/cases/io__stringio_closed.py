# Reading a closed StringIO raises ValueError (StringIO's message has no final period).
import io

buffer = io.StringIO('text')
with buffer:
    print(buffer.read())
print(buffer.closed)
buffer.read()
