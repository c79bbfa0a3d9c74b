# fixture: alternatives in a sequence
(said|claimed*|=insist) ~3 (my|our) (fault|mistake*)
+ she said it was my fault
+ they claimed it was all our mistake
+ he insisted it was my fault
- my fault, I said
- she said it was their fault
