# Intensifiers: words that make a complaint more heated.
very
extremely
extremly
incredibly
absolutely
totally
utterly
completely
really
so
sooo*
seriously
ridiculously
unbelievably
beyond
insanely
terribly
horribly
awfully
hugely
massively
deeply
truly
super
+ the staff were extremely rude
+ I am absolutely furious
+ this is really bad
+ soooo annoyed with you
+ utterly disgusted by the service
- the staff were rude
- I am furious
- thanks for sorting it out
