class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.01
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner}: balance {self.balance}, requested {amount}')
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
class Savings(Account):
    interest = 0.05
accounts = [Account('ann', 100), Savings('bob', 200)]
for acct in accounts:
    acct.deposit(50)
    acct.withdraw(30)
    acct.add_interest()
    print(acct.id, acct.owner, acct.balance, acct.history)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print('error:', e)
accounts[1].withdraw(10_000)
