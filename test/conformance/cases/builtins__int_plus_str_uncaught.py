age = 30
print(age + ' years')
