"""Follow the money: who posted which payment identifier and how, room price lists over
time, each person's claimed payments in KRW, identifiers seen in more than one room."""
