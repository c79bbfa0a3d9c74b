rude | after
+ rude
