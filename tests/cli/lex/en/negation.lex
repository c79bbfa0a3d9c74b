# Negation cues: a cue before a hit in the same clause (at most 3 words
# before it) or inside its span negates the hit.  Single words only.
not
no
never
nobody
none
nothing
neither
nor
without
don't
dont
doesn't
doesnt
didn't
didnt
isn't
isnt
wasn't
wasnt
weren't
werent
aren't
arent
won't
wont
wouldn't
wouldnt
haven't
havent
hasn't
hasnt
hadn't
couldn't
couldnt
can't
cant
cannot
shouldn't
+ the agent was not rude at all
+ they never kept me waiting
+ nobody was rude to me
- the agent was rude
- I waited an hour
