class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
    def _check(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
acct = Account(10)
acct.withdraw(5)
acct.withdraw(20)
