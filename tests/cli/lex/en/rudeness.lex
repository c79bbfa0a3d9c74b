# fixture: one rule of each form
rude*
=insult
hung up ~2 on
shouted
+ she was rude
+ he insulted me
+ he hung up right on me
- he was polite
- she hung the picture up on the wall
