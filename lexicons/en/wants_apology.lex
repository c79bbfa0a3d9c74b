# Asks for an apology, or complains that no one apologised.  Not: "they
# apologised and sorted it", "sorry for the long message".
(want|wants|wanted|need|appreciate|demand|demanding|demanded|expect|expecting|expected|deserve|deserved|deserves|request|requesting|ask|asking|asked|like|owe|owes|owed|due|awaiting|insist|least|wait|waiting) ~5 (apology|apologies|appology|apolagy|apoligy|apologie)
(want|wants|wanted|need|demand|demanding|demanded|expect|expecting|expected|deserve|deserved|deserves|request|requesting|ask|asking|asked|like|insist|least|wait|waiting) ~3 (someone|somebody|you|them|him|her|they|staff|manager|company|it|he|she|store|shop|bank) ~2 (apologise|apologize|apologising|apologizing|appologise|appologize)
(wait|waiting|waited|want|expect|expecting|still) ~3 (someone|somebody|anyone|you|them|him|her|they|staff|manager|company) ~2 (say|said|saying) sorry
(no|not|zero|without|never|didn*|still|nobody|noone|none|haven*|hasn*|hadn*) ~3 (apology|apologies|apologetic|appology|apolagy|apoligy|apologie) | noneg
(never|didn*|doesn*|don't|dont|don’t|wouldn*|won't|wont|won’t|refused|nobody|noone|no-one|not|none|without|hasn*|haven*) ~6 (apologised|apologized|apologise|apologize|apologising|apologizing) | noneg
no one ~6 (apologised|apologized|apologise|apologize|apologising|apologizing) | noneg
(never|didn*|doesn*|wouldn*|won't|wont|won’t|refused|nobody|noone|no-one|not|none|without|hasn*|haven*) ~5 (say|said|saying) sorry | noneg
no one ~5 (say|said|saying) sorry | noneg
not ~2 (a|one|single) ~1 sorry | noneg
(an|a|some|any|simple|little|quick|proper) ~1 (apology|sorry) ~8 (would|could|is|was|might) ~2 (nice|decent|appreciated|good|start|least|polite|courteous|welcome|right|owed|due|order|enough|gone|go|long|help|mean|matter|make)
(could|should|might) ~3 (apologised|apologized|apologise|apologize) 
(could|should|might) ~3 (said|say) sorry
apologise (now|immediately|publicly|properly|personally)
apologize (now|immediately|publicly|properly|personally)
(waiting|wait|waited|expect|expecting|expected|still|yet|deserve|deserves|deserved|owed) ~5 (say|said|saying) ~1 sorry
(want|wanted|like|expect|need) ~2 (someone|somebody|you|them|him|her|manager|staff|company|they|he|she|it) ~2 (say|said|saying|to) ~1 sorry
(not|without|never|no) (so|even) ~2 (a|an|one|single) ~1 (sorry|apology) | noneg
+ not even an apology from the manager
+ nobody apologised for the mess
+ I want a written apology from the store
+ the least you could do is apologise
+ he never said sorry once
- they apologised and fixed it immediately
- sorry for the long message
- the agent was very apologetic and helpful
# instead of an apology (h2c)
instead of (apologising|apologizing|apologising|apology|apologies|apologise|apologize)
instead of saying sorry
+ instead of apologising they told me to calm down
- they apologised instead of making excuses, which I appreciated
