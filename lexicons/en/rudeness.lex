# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, arguing, insults, personal remarks, hanging up on the customer.
# Not: the customer's own rudeness ("I was a bit rude"), "not rude", "if he
# had been rude".
#
# "rud*" would catch rudder/rudimentary: the forms are spelled out.  One
# regex, because only a lookbehind can leave out the customer's own
# rudeness and the hypothetical "if he'd been rude".
/\b(?<!\bi was )(?<!\bi was a bit )(?<!\bi was a little )(?<!\bi was slightly )(?<!\bi was being )(?<!\bi got )(?<!\bi got a bit )(?<!\bi may have been )(?<!\bi might have been )(?<!\bi admit i was )(?<!\bsorry for being )(?<!\bsorry i was )(?<!\bsorry if i was )(?<!\bme being )(?<!\bi was not )(?<!\bif he['’]d been )(?<!\bif she['’]d been )(?<!\bif they['’]d been )(?<!\bif he had been )(?<!\bif she had been )(?<!\bif they had been )(?<!\bif he was )(?<!\bif she was )(?<!\bif they were )(?<!\bif anyone was )(?<!\bif you['’]re )(?<!\bif staff are )ru+de+(ly|ness|r|st)?\b(?! awakening)/ | anchor=(rude*|ruu*)
impolite
impolitely
discourteous
disrespectful
disrespectfully
disrespected
disrespecting
arrogant
arrogantly
arrogance
condescending
condescendingly
condescension
patronising
patronizing
patronised
patronized
sarcastic
sarcastically
sarcasm
snarky
snotty
snooty
smug
smugly
smirk*
dismissive
dismissively
belittl*
obnoxious
insolent
unfriendly
uncivil
hostile
nasty ~1 (woman|man|lady|guy|agent|staff|employee|person|people|attitude|tone|comment|comments|remark|remarks|manager|cashier|piece|bloke|girl)
# "how rude", "such a rude", "never been so rude": intensifier
# constructions people wrap in a negation ("can't believe how rude")
how (rude|rudely) | noneg
such ~1 rude | noneg
never ~5 so (rude*|disrespect*|insult*|patroni*|condescend*) | noneg
never ~6 (spoken|talked) to like that | noneg
never ~6 treated like (this|that) | noneg
# unprofessional is often rudeness, but also incompetence: it needs company
(unprofessional|unprofessionally) | weight=0.5
# attitude, tone
(bad|terrible|awful|horrible|poor|shocking|appalling|disgusting|stinking|rude|arrogant|snotty|foul|nasty|negative|unpleasant|dreadful|atrocious|vile) (attitude|attitudes)
attitude problem
(had|has|have|with|such) ~2 (attitude|attitudes)
(rude|sarcastic|condescending|patronising|patronizing|snotty|aggressive|nasty|arrogant|dismissive|mocking|horrible|awful|unpleasant|hostile|snide|snippy|snappy|curt|abrupt|cold) (tone|voice|manner|way|comment|comments|remark|remarks|reply|response|answer)
(disgusting|appalling|shocking|unacceptable|outrageous|disgraceful|abhorrent|vile|horrible|awful|terrible|atrocious) (behaviour|behavior|conduct|treatment|manners)
# insults, personal remarks, humiliation
(insulted|insulting|insult|insults) ~1 (me|us|my|him|her)
insulting
called (me|us|my) ~2 (stupid|idiot|liar|thief|dumb|moron|crazy|names|imbecile|fraud|scammer|fat|old|thick|useless|pathetic|clown)
(was|were|been|got|being|get) ~2 called ~1 (liar|thief|idiot|scammer|fraud|moron|fool|troublemaker|stupid|names|criminal)
(treated|treat|treats|treating|spoke|speaking|talked|talking|looked|looking) ~2 like ~2 (stupid|idiot|child|kid|criminal|thief|liar|dirt|rubbish|trash|garbage|crap|shit|nothing|moron|fool|peasant|beggar|imbecile|nuisance|inconvenience|burden)
like (i|we) ~2 (stupid|idiot|dumb|child|criminal|thief|liar|nothing|beneath|imbecile|moron|thick)
like (i'm|im|i’m|we're|we’re) ~1 (stupid|idiot|dumb|child|criminal|thief|liar|nothing|imbecile|moron|thick)
treated ~2 (disgracefully|appallingly|horribly|terribly|badly|shabbily|disrespectfully|contempt|disdain)
(talk|talks|talked|talking|spoke|speaks|speaking) down to
(made|making|make|makes) fun of
(laughed|laugh|laughing|laughs|sniggered|sniggering|giggled|giggling|scoffed|scoffing|sneered|sneering|smirked) (at|in) (me|us|my|him|her)
(laughed|laughing|joked|joking|sniggered) (about|with) (it|a|her|his|their|each)
(mock|mocked|mocking|mocks|ridicule|ridiculed|ridiculing|humiliat*) (me|us|my|him|her)
(rolled|rolling|roll|rolls) ~2 eyes
(eye-roll*|eyeroll*)
eye roll*
(comment|commented|comments|remark|remarked|remarks|joke|joked|jokes) (on|about) my (weight|looks|appearance|clothes|hair|face|body|size|age|tattoos|tattoo|skin)
(told|said|called|shouted) ~4 (smell|smelled|smells|smelt|stank|stink|stinks|stinking|smelly|fat|ugly|scruffy|dirty|overweight|tramp|beggar)
accus* (me|us|my|him|her) ~2 of ~1 (shoplifting|stealing|theft|lying|fraud|scamming|drunk|thief|scam|steal|faking|shoplift)
in front of (everyone|everybody|other|others|all|people|the|my|a) | weight=0.6
# shouting, swearing, arguing, telling the customer off
(shout|shouted|shouting|shouts|yell|yelled|yelling|yells|scream|screamed|screaming|screams|bark|barked|barking|snapped|snap|snaps|swore|swearing|sworn|cursed|cursing|raged|ranted) ~1 (at|on) (me|us|my|him|her|them)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~2 (laughed|laughs|laughing|sniggered|sniggering|smirked|smirking|scoffed|scoffing|sneered|sneering|giggled|giggling|chuckled|shrugged|shrugging|tutted|tutting|huffed|shouted|shouting|yelled|yelling|screamed|screaming|snapped|barked|sighed|groaned)
(started|kept|was|were|began|on) (shouting|yelling|screaming|swearing|arguing|laughing)
(was|were|very|so|extremely|really|quite|incredibly|bit|rather) ~1 (abrupt|curt|brusque|offhand|blunt|snappy|snippy|frosty)
(refused|wouldn*|didn*|won't|wont|won’t) ~2 (look|looking) at (me|us) | noneg
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 raised ~2 voice
(argued|argues|arguing|argue) ~1 with (me|us|my)
argumentative
wanted to argue
(told|tells|telling|tell) ~3 to (shut|calm|chill|relax|grow|stop|go|get|piss|sod|bugger|deal|take)  ~2 (up|down|out|away|lost|off|life|over|whining|moaning|complaining|hysterical|dramatic|elsewhere|hike|it)
stop being (hysterical|dramatic|difficult|silly|emotional|unreasonable|awkward|childish|sensitive|rude|stupid)
get a life
shut up
good luck with that
# interrupting, ignoring, walking off, shrugging it off
(kept|keeps|keep) (interrupting|cutting|talking)
(interrupted|interrupting|interrupts) (me|us)
cut me off ~1 (mid*|halfway|before)
(talked|talking|spoke|speaking|talks) over (me|us)
(didn*|wouldn*|never|won't|wont|won’t) ~1 let me (finish|speak|talk|explain|get) | noneg
(ignored|ignoring|ignores) (me|us)
(walked|walks|walking|turned) (away|off) ~3 (while|as|when|mid|from|talking|speaking)
turned ~2 back on (me|us)
(went|goes|going|turned) back to (his|her|their) (phone|mobile|conversation|chat|colleague|colleagues|coffee|lunch|screen|friends)
(scrolled|scrolling|scrolls|playing|played|texting|texted|chatting|chatted) ~1 (on|with) (his|her|their) ~1 (phone|mobile)
(brushed|brush|brushes|brushing|shrugged|shrugging|shrugs|shrug|laughed|laughing) (me|us|it|my) ~2 off
(no|zero) (manners|respect|courtesy|empathy|compassion|decency) | noneg
lack of (respect|courtesy|manners|empathy|professionalism)
not even a (hello|greeting|smile|hi) | noneg
(talk|talking|talked|spoke|speaking|speak|explained) ~3 (slowly|loudly) (and|&) ~1 (loudly|slowly)
as if (i|we) (didn*|couldn*|don't|dont|wouldn*) ~1 (understand|know|speak|read|hear) | noneg
# hanging up: "I hung up" (the customer giving up) is not rude, so the
# agent's hang-up needs "on me" or a staff subject
(hung|hang|hangs|hanging|hanged) up ~3 (on) (me|us|my)
hung up ~3 (in) my face
hung up ~1 (mid*|while|halfway)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (hung|hangs|hanged|hang|hanging) up
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (hungup|hung-up)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (put|slammed) the phone down
(put|slammed) the phone down on (me|us)
(spoken|spoke|talked|treated|addressed) ~2 like (a|an|some|i|we|dirt|rubbish)
(didn*|never|not|without) ~2 (look|looking|looked|glance|glanced) up | noneg
(told|said|accused) ~4 wasting (his|her|their|our) time
(short|curt|abrupt|snappy|snippy|sharp|offhand|off-hand|stroppy|shirty|mardy|cold|dismissive|rude) (with|to|towards) (me|us|my|him|her|them)
(grumpy|surly|stroppy|moody|miserable) | weight=0.6
disrespect
(abusive|abuse|foul-mouthed)
(foul|bad|abusive|offensive) language
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (aggressive|aggressively|threatening|intimidating|abusive|hostile|confrontational)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (cut|ended|terminated|dropped|killed|closed) (the|my) (call|chat|line|conversation)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~2 disconnected (me|us|the)
never ~5 such ~2 (disrespect|rudeness|arrogance|contempt|behaviour|behavior|attitude|hostility|treatment|incivility) | noneg
(was|were|is|are|being|got) ~2 nasty
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~4 nasty
+ the agent was incredibly rude
+ she hung up on me twice
+ staff were condescending and arrogant
+ i can't believe how rude the cashier was
+ the guy at the desk rolled his eyes and laughed at me
+ he started shouting at me in front of everyone
+ she called me a liar and then just hung up
+ Ur staff treated me like an idiot
+ the manager kept arguing with me instead of listening
+ what a nasty attitude from the woman on the till
+ I have never been spoken to like that by a shop assistant
+ she wouldn't let me finish a single sentence
+ he was very dismissive and talked down to me the whole time
+ the lady on the phone was so rude and sarcastic
+ when I complained the waiter just shrugged and walked off
+ told my mum to "calm down, love" and went back to her phone
- the agent was not rude at all
- I was a bit rude to the agent, sorry
- after 40 minutes on hold I hung up and tried again later
- the boat's rudder was damaged on delivery
- nobody was rude, they just couldn't help
- he wasn't rude or dismissive, just slow
- the staff didn't ignore me, they were lovely
- if she'd been rude I would have said so, but she was fine
