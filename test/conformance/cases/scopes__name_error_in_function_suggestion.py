def compute():
    total_sum = 10
    return totl_sum * 2
compute()
