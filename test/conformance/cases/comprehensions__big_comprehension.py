squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares) % 1000003)
table = {i: str(i) for i in range(2000)}
print(len(table), table[1999])
