# Intensifiers: words that make a complaint more heated.
very
extremely
incredibly
absolutely
totally
utterly
completely
really
so
seriously
ridiculously
unbelievably
beyond
+ the staff were extremely rude
+ I am absolutely furious
+ this is really bad
- the staff were rude
- I am furious
