# Negation cues: a cue before a hit in the same clause (at most 3 words
# before it) or inside its span negates the hit.  Single words only.
# Each contraction comes with the straight apostrophe, the typographic one
# (’, which folding keeps) and the apostrophe-less chat spelling.
not
no
never
nobody
noone
no-one
none
nothing
neither
nor
without
nope
don't
don’t
dont
doesn't
doesn’t
doesnt
didn't
didn’t
didnt
isn't
isn’t
isnt
wasn't
wasn’t
wasnt
weren't
weren’t
werent
aren't
aren’t
arent
ain't
ain’t
aint
won't
won’t
wont
wouldn't
wouldn’t
wouldnt
haven't
haven’t
havent
hasn't
hasn’t
hasnt
hadn't
hadn’t
hadnt
couldn't
couldn’t
couldnt
can't
can’t
cant
cannot
shouldn't
shouldn’t
shouldnt
mustn't
mustn’t
needn't
+ the agent was not rude at all
+ they never kept me waiting
+ nobody was rude to me
+ she didn’t shout, she was lovely
+ the guy wasnt rude tbh
- the agent was rude
- I waited an hour
- she knows the product
