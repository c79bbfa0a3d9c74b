rude
 | noneg
