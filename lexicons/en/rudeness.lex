# Rude, impolite, dismissive or insulting staff; hanging up on the customer.
rude*
=rude
impolite
arrogant
condescending
hung up ~2 on
hung up
+ the agent was incredibly rude
+ she hung up on me twice
+ staff were condescending and arrogant
- the agent was not rude at all
- I was a bit rude to the agent, sorry
