# Asks for an apology, or complains that no one apologised.  Not: "they
# apologised and sorted it", "sorry for the long message".
(want|wants|wanted|need|appreciate|demand|demanding|demanded|expect|expecting|expected|deserve|deserved|deserves|request|requesting|ask|asking|asked|like|owe|owes|owed|due|awaiting|insist|least|wait|waiting|require|requires|required|requiring|minimum|hoped|hoping) ~5 (apology|apologies|appology|apolagy|apoligy|apologie)
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
(waiting|wait|waited|expect|expecting|expected|still|yet|deserve|deserves|deserved|owed) ~9 (say|said|saying) ~1 sorry
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

# --- r6: seeking / requesting a formal or written apology
(seeking|seek|sought|requesting|requested|demanding|demand) ~4 (apology|apologies|apologising|apologizing)
(formal|written|proper|public|personal|sincere|official) (apology|apologies) | weight=0.6
(apology|apologies|apologise|apologize) ~3 (minimum|least)
+ we are seeking an unreserved apology from your store manager
+ a formal apology is the minimum here
- she gave a sincere apology and fixed it on the spot
- I'm writing a formal apology to my neighbour for the noise

# --- r6b: not a single word of apology
(no|not|without|never|zero|nary) ~4 (word|hint|trace|sign|ounce|shred|mention) of (apology|apologies|regret|remorse|sorry) | noneg
+ not one word of apology from the manager
- her first words were of apology and she refunded me
- a letter of apology arrived the next day, thank you

# --- r6c: "so much as a sorry"; "expect the driver to apologise"
so much as (a|an|one) (sorry|apology) | noneg
(want|wants|wanted|need|demand|demanding|demanded|expect|expecting|expected|insist|insisting|like|ask|asking|asked|request|requesting|requested|require|deserve) ~3 (driver|staff|manager|agent|engineer|courier|guard|receptionist|cashier|assistant|employee|member|rep|advisor|adviser|person|company|firm|team|waiter|waitress|chef|officer|landlord|technician|salesman|owner|boss|supervisor|he|she|they|you|someone|somebody|him|her|them|guy|lady|man|woman|lad|girl|bank|store|shop) to (apologise|apologize|apologising|apologizing)
+ not so much as an apology from the airline
+ I want that receptionist to apologise for her comments
- I'd like to apologise for my tone yesterday
- the manager came to apologise and fixed everything

# --- r8 paraphrase: "would it kill you to say sorry", "acknowledge the error and apologise", "so hard to apologise"
kill (you|them|him|her|anyone|someone|somebody|ya|u|yall|y'all) ~2 (say|apologise|apologize|apologising|apologizing|sorry|apology)
(hard|difficult|tough|impossible|painful|much) to ~2 (apologise|apologize|apologising|apologizing|sorry|apology)
(acknowledge|admit|accept|own) ~4 and (apologise|apologize|apologising|apologizing)
(want|wants|wanted|expect|expects|expecting|demand|demands|demanded|demanding|asks|asked|requests|requested|requesting|insist|insists|insisted|deserve|deserves) ~2 (you|them|him|her|company|manager|staff|someone|somebody|they|store|bank|firm|business|shop|driver|agent) ~8 (apologise|apologize)
+ Would it kill you to say sorry?
+ Is it really so hard to apologise?
+ I want the company to acknowledge the error and apologise in writing.
- The driver was lovely and apologised straight away.
- It was hard to choose between the two models.

# --- r9a: "own up and say sorry"
(own|owning|owned) up ~3 (say|said|saying|apologise|apologize|apologising|apologizing|sorry|apology)
+ Still waiting for someone at your company to own up and say sorry to my mum.
+ I want them to own up and apologise in writing.
- The manager owned up to the mix-up straight away.

# --- en12a: "a sorry costs nothing"; expected at least a sorry; just someone saying sorry
(sorry|apology|apologising|apologizing|apologies) (costs|cost|takes|took|take) (nothing|nowt|zero|little|two|a|five)
(sorry|apology|apologising|apologizing|apologies|apologise|apologize) (costs|cost|costing) ~1 (nothing|nowt|zero|little)
(expected|expect|expecting|wanted|want|hoped|hoping|least|deserve|deserved|deserves|owed|owe|minimum) ~3 (a|an|one|some|single|simple|little) ~1 sorry
(just|maybe|simply|only|even) ~1 (someone|somebody|anyone|anybody|them|you|him|her) ~1 (saying|say|to) ~1 (sorry|apologise|apologize|apologising|apologizing)
+ A 'sorry' costs nothing, you know.
+ Kind of expected at least a 'sorry about that'.
+ I'm not after anything big, maybe just someone saying sorry?
- I'm sorry to say the parcel arrived late, but it was fine
- she said sorry and just someone else took over, which was fine
# --- en12a: nobody would even say they were sorry; no regret / remorse expressed
(nobody|noone|no-one|never|didn*|wouldn*|won't|wont|won’t|refused|couldn*) ~4 (say|said|saying) ~2 (they|he|she|they're|he's|she's|was|were|we|it|you|were) ~1 sorry | noneg
(no|not|nobody|never|without|none|didn*|hasn*|haven*|zero|single|nor|lack) ~6 (regret|regrets|remorse|contrition|remorseful|contrite|regretful) | noneg
(expression|expressions|word|words|hint|sign|shred|ounce) of (regret|remorse|contrition) | weight=0.5
+ When I called back nobody would even say they were sorry.
+ Your reply does not contain a single expression of regret.
+ No one has taken responsibility or expressed regret.
- I regret to say I ordered the wrong size, my mistake
- they expressed their regret and refunded me the same day
# --- en12a: admit the error / acknowledge wrongdoing; made to apologise
(like|want|wants|expect|expecting|need|asking|ask|request|requesting|demand|demanding|require) ~3 (them|you|him|her|someone|somebody|company|staff|manager|council|bank|store|shop|firm) ~2 (say|admit|acknowledge|accept|own) ~3 (wrong|mistake|mistakes|error|errors|fault|messed|screwed|wrongdoing|failings|failure)
(asking|ask|asked|want|expect|expecting|request|requesting|like|demand|require|seeking) ~5 (acknowledg*|admission|admit) ~4 (error|mistake|fault|wrong|wrongdoing|failings|failure|distress|harm|upset)
(directed|made|forced|ordered|required|instructed|compelled) to (apologise|apologize|apologise|say)
(zero|no|without|not|lack|any|none) ~2 (remorse|accountability) | weight=0.5
say sorry | weight=0.5
+ I'd just like them to say they got it wrong.
+ I am asking for a letter acknowledging the error.
+ I ask that the council be directed to apologise.
+ zero remorse, zero accountability. SAY SORRY.
- The manager admitted the error straight away and fixed it.
- I had to say sorry to my neighbour for the noise

# --- en18b inflection: "didn't say one word of apology", "sorry costs u nothing"
(didn*|not|never|nobody|noone|no-one|without|hasn*|haven*|wasn*|wouldn*|couldn*|won't|wont|refused|refuses) ~3 (one|single|a|any|even) word of (apology|apologies|regret|sorry) | noneg
+ The manager didn't say one word of apology.
+ saying sorry costs u nothing
- she opened with a word of apology and then fixed it
