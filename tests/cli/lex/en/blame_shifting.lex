# fixture: alternatives in a sequence
(said|claimed*|=insist) ~3 (my|our) (fault|mistake*)
+ she said it was my fault
+ they claimed it was all our mistake
+ he insisted it was my fault
- my fault, I said
- she said it was their fault
# fixture: counts only in someone else's reported words
wrong address | said
(your|my) own fault | said
+ the courier said I had given the wrong address
+ reply from the shop: "your own fault"
+ when I called, she said it was my own fault
- I had given the wrong address
- I said I had given the wrong address
- I told them "my own fault, sorry"
# fixture: a said rule may begin on its cue
told ~2 wrong | said
+ they told me the wrong form was sent
- I told them the wrong form was sent
