# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, arguing, insults, personal remarks, hanging up on the customer.
# Not: the customer's own rudeness ("I was a bit rude"), "not rude", "if he
# had been rude".
#
# "rud*" would catch rudder/rudimentary: the forms are spelled out.  One
# regex, because only a lookbehind can leave out the customer's own
# rudeness and the hypothetical "if he'd been rude".
/\b(?<!\bi was )(?<!\bi was a bit )(?<!\bi was a little )(?<!\bi was slightly )(?<!\bi was being )(?<!\bi got )(?<!\bi got a bit )(?<!\bi may have been )(?<!\bi might have been )(?<!\bi admit i was )(?<!\bsorry for being )(?<!\bsorry i was )(?<!\bsorry if i was )(?<!\bme being )(?<!\bi was not )(?<!\bif he['’]d been )(?<!\bif she['’]d been )(?<!\bif they['’]d been )(?<!\bif he had been )(?<!\bif she had been )(?<!\bif they had been )(?<!\bif he was )(?<!\bif she was )(?<!\bif they were )(?<!\bif anyone was )(?<!\bhad he been )(?<!\bhad she been )(?<!\bhad they been )(?<!\bhad anyone been )(?<!\bsaying anyone was )(?<!\bsaying anybody was )(?<!\bsaying he was )(?<!\bsaying she was )(?<!\bsaying they were )(?<!\bsaying staff were )(?<!\bsaying your staff were )(?<!\bif anyone had been )(?<!\bif anybody had been )(?<!\bif someone had been )(?<!\bnot trying to be )(?<!\bnot meaning to be )(?<!\bnot to be )(?<!\bdon['’]t want to be )(?<!\bdont want to be )(?<!\bdon['’]t mean to be )(?<!\bif you['’]re )(?<!\bif staff are )ru+de+(ly|ness|r|st)?\b(?! awakening)/ | anchor=(rude*|ruu*)
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
(rude|sarcastic|condescending|patronising|patronizing|snotty|aggressive|nasty|arrogant|dismissive|mocking|horrible|awful|unpleasant|hostile|snide|snippy|snappy|curt|abrupt|cold|nastiest|rudest|snootiest|sneering|smug|sharp|icy|dismissive|belittling|scornful|contemptuous|bored|impatient|irritated|annoyed|exasperated|raised) (tone|voice|manner|way|comment|comments|remark|remarks|reply|response|answer)
(disgusting|appalling|shocking|unacceptable|outrageous|disgraceful|abhorrent|vile|horrible|awful|terrible|atrocious) (behaviour|behavior|conduct|treatment|manners)
# insults, personal remarks, humiliation
(insulted|insulting|insult|insults) ~1 (me|us|my|him|her)
insulting
called (me|us|my) ~2 (stupid|idiot|liar|thief|dumb|moron|crazy|names|imbecile|fraud|scammer|fat|old|thick|useless|pathetic|clown)
(was|were|been|got|being|get) ~2 called ~1 (liar|thief|idiot|scammer|fraud|moron|fool|troublemaker|stupid|names|criminal)
(treated|treat|treats|treating|spoke|speaking|talked|talking|looked|looking) ~2 like ~2 (stupid|idiot|child|kid|criminal|thief|liar|dirt|rubbish|trash|garbage|crap|shit|nothing|moron|fool|peasant|beggar|imbecile|nuisance|inconvenience|burden|shoplifter|shoplifters|criminals|thieves|thief|suspect|suspects|idiots|children|kids|scum|peasants|beggars|animals|dogs|fools|morons|liars)
like (i|we) ~2 (stupid|idiot|dumb|child|criminal|thief|liar|nothing|beneath|imbecile|moron|thick)
like (i'm|im|i’m|we're|we’re) ~1 (stupid|idiot|dumb|child|criminal|thief|liar|nothing|imbecile|moron|thick)
treated ~2 (disgracefully|appallingly|horribly|terribly|badly|shabbily|disrespectfully|contempt|disdain)
(talk|talks|talked|talking|spoke|speaks|speaking|spoken) down to
(made|making|make|makes) fun of
(laughed|laugh|laughing|laughs|sniggered|sniggering|giggled|giggling|scoffed|scoffing|sneered|sneering|smirked) (at|in) (me|us|my|him|her)
(laughed|laughing|joked|joking|sniggered) (about|with) (it|a|her|his|their|each)
(mock|mocked|mocking|mocks|ridicule|ridiculed|ridiculing|humiliat*) (me|us|my|him|her)
(rolled|rolling|roll|rolls) ~2 eyes
(eye-roll*|eyeroll*)
eye roll*
(comment|commented|comments|remark|remarked|remarks|joke|joked|jokes) (on|about) my (weight|looks|appearance|clothes|hair|face|body|size|age|tattoos|tattoo|skin)
(told|said|called|shouted) ~4 (smell|smelled|smells|smelt|stank|stink|stinks|stinking|smelly|scruffy|dirty|overweight|tramp|beggar)
accus* (me|us|my|him|her) ~2 of ~1 (shoplifting|stealing|theft|lying|fraud|scamming|drunk|thief|scam|steal|faking|shoplift)
in front of (everyone|everybody|other|others|all|people|the|my|a) | weight=0.6
# shouting, swearing, arguing, telling the customer off
(shout|shouted|shouting|shouts|yell|yelled|yelling|yells|scream|screamed|screaming|screams|bark|barked|barking|snapped|snap|snaps|swore|swearing|sworn|cursed|cursing|raged|ranted) ~1 (at|on) (me|us|my|him|her|them)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|waiters|waitresses|bloke|girl|boy|employee|employees|colleague|advisor|adviser|advisors|advisers|operator|driver|drivers|guard|guards|receptionist|receptionists|clerk|clerks|salesman|salesmen|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|servers|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|lads|chap|fella|fellow|member|members|team|people|ppl|cashiers|assistants|bartenders|managers) ~2 (laughed|laughs|laughing|sniggered|sniggers|sniggering|smirked|smirks|smirking|scoffed|scoffs|scoffing|sneered|sneers|sneering|giggled|giggling|chuckled|shrugged|shrugs|shrug|shrugging|tutted|tuts|tutting|huffed|shouted|shouts|shouting|yelled|yells|yelling|screamed|screams|screaming|snapped|snaps|barked|barks|sighed|sighs|groaned)
(started|kept|was|were|began|on) (shouting|yelling|screaming|swearing|arguing|laughing|sniggering|giggling|smirking|sneering|mocking|tutting|sighing|scoffing|muttering)
(was|were|very|so|extremely|really|quite|incredibly|bit|rather) ~2 (abrupt|curt|brusque|offhand|blunt|snappy|snippy)
(refused|wouldn*|didn*|won't|wont|won’t) ~2 (look|looking) at (me|us) | noneg
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 raised ~2 voice
(argued|argues|arguing|argue) ~1 with (me|us|my)
argumentative
wanted to argue
(told|tells|telling) ~3 to (shut|calm|chill|relax|grow|stop|go|get|piss|sod|bugger|deal|take)  ~2 (up|down|out|away|lost|off|life|over|whining|moaning|complaining|hysterical|dramatic|elsewhere|hike|it)
stop being (hysterical|dramatic|difficult|silly|emotional|unreasonable|awkward|childish|sensitive|rude|stupid)
get a life
shut up
good luck with that | weight=0.6
# interrupting, ignoring, walking off, shrugging it off
(kept|keeps|keep) (interrupting|shouting|yelling|snapping)
(kept|keeps|keep) cutting (me|us|in)
(interrupted|interrupting|interrupts) (me|us)
cut me off ~1 (mid*|halfway|before)
(talked|talking|spoke|speaking|talks) over (me|us)
(didn*|wouldn*|never|won't|wont|won’t) ~1 let me (finish|explain|get) | noneg
(ignored|ignoring|ignores) (me|us)
(walked|walks|walking|turned) (away|off) ~3 (while|as|when|mid|from|talking|speaking)
turned ~2 back on (me|us)
(went|goes|going|turned) back to (his|her|their) (phone|mobile|conversation|chat|colleague|colleagues|coffee|lunch|screen|friends)
(scrolled|scrolling|scrolls|playing|played|texting|texted|chatting|chatted) ~1 (on|with|through) (his|her|their) ~1 (phone|mobile)
(brushed|brush|brushes|brushing|shrugged|shrugging|shrugs|shrug|laughed|laughing) (me|us|it|my) ~2 off
(no|zero) (manners|respect|courtesy|empathy|compassion|decency) | noneg
lack of (respect|courtesy|manners|empathy|professionalism)
not even a (hello|greeting|smile|hi) | noneg
(talk|talking|talked|spoke|speaking|speak|explained) ~3 (slowly|loudly) and ~1 (loudly|slowly)
as if (i|we) (didn*|couldn*|don't|dont|wouldn*) ~1 (understand|know|speak|read|hear) | noneg
# hanging up: "I hung up" (the customer giving up) is not rude, so the
# agent's hang-up needs "on me" or a staff subject
(hung|hang|hangs|hanging|hanged) up ~3 (on) (me|us|my)
hung up ~3 (in) my face
hung up ~1 (mid*|while|halfway)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (hung|hangs|hanged|hanging) up
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (hungup|hung-up)
(put|puts|putting|slammed|slam|slamming|slams) ~2 (phone|receiver|handset) down ~2 on (me|us|my)
(spoken|spoke|talked|treated|addressed) ~2 like (a|an|some|i|we|dirt|rubbish)
(didn*|never|not|without) ~2 (look|looking|looked|glance|glanced) up | noneg
(told|said|accused|typed|wrote|replied|snapped|implied|suggested) ~5 wasting (his|her|their|our) time
(short|curt|abrupt|snappy|snippy|sharp|offhand|off-hand|stroppy|shirty|mardy|cold|dismissive|rude) (with|to|towards) (me|us|my)
(surly|stroppy|sarky|sneering|scornful|contemptuous|rudely)
(grumpy|moody|miserable) | weight=0.6
disrespect
(abusive|abuse|foul-mouthed)
(foul|bad|abusive|offensive) language
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (aggressive|aggressively|threatening|intimidating|abusive|hostile|confrontational)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~3 (ended|terminated|dropped|killed|closed) (the|my) (call|chat|line|conversation)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~2 disconnected (me|us|the)
never ~5 such ~2 (disrespect|rudeness|arrogance|contempt|behaviour|behavior|attitude|hostility|treatment|incivility) | noneg
(was|were|is|are|being|got) ~2 nasty
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~4 nasty
(turned|walked) away | weight=0.6
not (my|our) (problem|job|department|concern) | weight=0.5, noneg
(unpleasant|nasty|horrible|mean|vile|obnoxious|hostile|cruel|spiteful|cold) (to|towards|with) (me|us|my|him|her|them)
(couldn't|couldnt|couldn’t|could) ~1 (be|care) ~1 (bothered|less) | noneg, weight=0.6
(gave|give|giving|flipped|stuck) (me|us|my) ~2 (finger|bird|fingers|off)
(ignored|ignoring|ignores) (customers|everyone|everybody|people)
(chatting|chatted|gossiping|talking|laughing) (among|amongst|to|with) (themselves|each|colleagues|friends) | weight=0.6
(disrespectfull|unproffesional|unprofesional|unproffessional|condesending|condecending|condescening|arogant|arrogent|patronsing|patronzing|rudley|sarcastc|dismisive)
# temper, impatience, brusqueness
(short-tempered|bad-tempered|ill-tempered|hot-headed|huffy|shirty|stroppy|snippy|curt|curtly|brusque|brusquely|brusk|offhand|off-hand|offhanded|offhandedly|snide|snidey|impertinent|belligerent|demeaning|degrading|disdainful|disdain|unpolite|unpolitely|rood|impolit*|discourte*|disrespect*|condescen*|condesend*|condecend*|patroni*|sarcas*|arrogan*)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl|doorman|bouncer|gentleman|worker|workers|he’s|she’s|he's|she's) ~3 (cold|frosty|icy|sharp|blunt|abrupt|snappy|impatient|irritable|moody|mardy|snotty|nasty|horrible|vile|aggressive|cheeky|gobby|mouthy|lippy|sarky|smarmy|smug|cocky|haughty|uppity|snooty|sniffy|unwelcoming|unfriendly|unhelpful|shirty|stroppy)
huffing and puffing
(huffing|huffed|tutting|tutted|grunted|grunting|grunts|glared|glaring|scowled|scowling) | weight=0.6
(lost|losing|loses|lose) (his|her|their|the) (temper|rag|cool|patience)
(shouting|yelling|screaming|bellowing|shouted|yelled|screamed|bellowed|ranting|barking|barked|swearing|swore) (down|into|over|through|across) the (phone|line|shop|store|counter|room)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl|doorman|bouncer|gentleman|worker|workers|he’s|she’s|he's|she's) ~3 (bellowing|bellowed|bellows|hollered|hollering|screeched|screeching|swearing|cursed|cursing|effing|ranted|ranting|berated|berating|scolded|scolding|lectured|lecturing|mocked|mocking|insulted|belittled|grunted|muttered|muttering|sneered|sneering|snarled|snarling|glared|glaring)
(berated|berating|scolded|scolding|reprimanded|chastised|told|tell|tells|telling) (me|us|my|him|her) off
(berated|berating|scolded|scolding|reprimanded|chastised|humiliated|humiliating|lectured|lecturing|ridiculed|ridiculing|mocked) (me|us|my|him|her|them)
(sneered|laughed|shouted|yelled|screamed|sworn|smirked|scoffed|barked|snapped|tutted|sniggered|giggled|grunted) at by
(mocked|belittled|insulted|ridiculed|humiliated|patronised|patronized|lectured|berated|scolded|shouted|yelled|screamed|sworn|laughed|sneered|smirked|scoffed|bullied|intimidated|abused|threatened|shamed|manhandled) by (a|an|the|one|some|your|this|their|his|her|staff|member|members|agent|agents|employee|employees|cashier|manager|guard|security|someone|somebody)
# told the customer they are overreacting, stupid, lying
(told|said|called|accused|implied|suggested|insinuated|shouted) ~3 (me|us|i|we|my|i'm|im|i’m|we're) ~3 (overreacting|over-reacting|hysterical|dramatic|paranoid|crazy|stupid|thick|lying|unreasonable|senile|imagining|exaggerating|emotional|illiterate|pathetic|ridiculous|idiot|moron)
(made|make|makes|making) (me|us|my|him|her) ~1 feel ~3 (stupid|small|worthless|idiot|criminal|nuisance|burden|unwelcome|inconvenience|humiliated|belittled|thick|dumb|useless|ashamed|invisible|judged|patronised|patronized|dirt|nothing|degraded|intimidated)
(muttered|muttering|mumbled|mumbling|swore|swearing|cursed|cursing|said) ~4 (under|breath)
without ~1 (looking|glancing|even|once) ~2 (at|up) | weight=0.6, noneg
(no|without|zero|avoided|avoiding|avoid|refused|refusing) ~2 eye contact | noneg
# dismissive put-downs
(go|went|goes) (cry|whinge|whine|moan) ~2 (about|somewhere|elsewhere|to|it)
(cry|whinge|whine|crying|whinging|whining|whingeing) about it
(get|got|gets) over (it|yourself|yourselves)
suck it up
deal with it | weight=0.6
tough (luck|titties|cookies) | weight=0.6
called (me|us|my) ~2 (love|darling|sweetheart|sweetie|dear|hun|honey|babe|petal|princess|sunshine|mate|pal|buddy|missy|son|girlie|sunshine) | weight=0.6
(threw|thrown|throw|throws|chucked|chucks|tossed|flung|slammed|shoved|dumped|slapped|slams) (the|my|our|his|her) ~1 (receipt|change|card|bag|passport|money|coins|keys|cash|bill|tray|plate|drinks|drink|paperwork|documents|cup|stuff|shopping|items|things|groceries|purchases) ~2 (at|to|on|down|across|onto|in|towards|along|back)
(slammed|banged) (the|a|his|her) (door|phone|till|drawer|counter|window|hatch) | weight=0.6
(stared|staring|stares) (me|us) (down|out) 
(speak|learn|talk) english (properly|correctly|better)
(smart-arse|smartarse|smart-ass|smartass|wise-ass|wiseass|jobsworth|know-it-all)
(digs|dig|jibe|jibes|jabs|snipes|barbs|putdowns|put-downs|put-down) (about|at|on)
(didn't|didnt|didn’t|did|never|without|not) even ~1 (say|saying|said|greet|greeting|acknowledge|acknowledging|acknowledged) ~1 (hi|hello|thanks|thank|please|sorry|me|us|goodbye) | noneg
(gave|giving|gives|shot|threw) (me|us|my|him|her) (a|this|that|the|such|dirty|filthy|funny) ~1 (look|looks|stare|glare)
(told|tells|snapped|barked|shouted|yelled) ~4 hurry up
(wrote|writes|typed|types|replied|snapped|shouted|barked|yelled) ~2 (calm|settle|chill|relax) down
(said|says|told|tells|telling) ~2 (settle|chill|relax) down
(total|complete|absolute|proper|real|right|utter) (jerk|arse|ass|asshole|arsehole|prat|git|knob|dick|pillock|cow|bitch|tosser|wanker|jobsworth|nightmare)
(a|an|such) (jerk|arsehole|asshole|prat|git|pillock|tosser|knobhead|dickhead)
take it or leave it | weight=0.6
(flippant|flippantly|glib|facetious|callous|callously|insensitive|tactless|heartless)
(joked|joking|jokes|laughed|laughing|laughs|sniggered|smirked) about ~1 (my|our|his|her) ~1 (situation|problem|issue|complaint|loss|bereavement|illness|condition|disability|death|accident|injury|weight|age|accent|name)
(made|make) to feel ~3 (stupid|small|worthless|idiot|criminal|thief|liar|nuisance|burden|unwelcome|inconvenience|humiliated|belittled|thick|dumb|useless|ashamed|invisible|judged|dirt|nothing|degraded|intimidated)
and (shrugged|shrugs|laughed|laughs|sniggered|sniggers|smirked|smirks|scoffed|scoffs|sneered|sneers|tutted|tuts)
looked (me|us|her|him) up and down
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
+ whenever we complain the waitresses shrug and walk away
+ told my mum to "calm down, love" and went back to her phone
- the agent was not rude at all
- I was a bit rude to the agent, sorry
- after 40 minutes on hold I hung up and tried again later
- the boat's rudder was damaged on delivery
- nobody was rude, they just couldn't help
- he wasn't rude or dismissive, just slow
- the staff didn't ignore me, they were lovely
- if she'd been rude I would have said so, but she was fine
+ the cashier threw my change on the counter and didn't even say hello
+ he lost his temper and was bellowing down the phone at me
+ I was made to feel like a criminal for returning a faulty kettle
- I lost my temper with the agent, my apologies
- the cashier said hello and packed my bags
# --- paraphrase families (h2) ---
# no eye contact, could not have been less interested
(wouldn*|didn*|never|refused|without|not|zero|avoided|avoiding) ~3 eye contact | noneg
(couldn't|couldnt|couldn’t) ~2 (less|more) (interested|bothered|uninterested|disinterested|fussed)  | noneg
(gossip*|whisper*|bitching|bitched|slagging|slagged|sniggering|sniggered|laughing|laughed|joking|joked|mocking|mocked|sneering) about (me|us|my|him|her) 
# slamming things down, storming off
(slammed|slamming|slams|banged|banging|chucked|chucking|flung|tossed|threw|throwing) ~3 (down|at) | weight=0.6
(slammed|slamming|slams|banged) ~3 (door|phone|till|receipt|change|plate|plates|tray|bag|counter|desk|window)
(stormed|storming|storms|flounced|stomped|stomping|marched|strutted) (off|away|out)
# passive: I was sworn at, shouted at, laughed at
(was|were|got|been|being|get|gets) (sworn|shouted|yelled|screamed|snapped|barked|laughed|sneered|smirked|glared|scoffed|cursed|growled|snarled|hissed) at
(glared|glaring|glares|snarled|snarling|growled|growling|hissed|sneered) at (me|us|my|him|her)
# lecturing, scolding, telling off
(lectured|lecturing|scolded|scolding|berated|berating|reprimanded|chastised|chastising|belittled|harangued|ridiculed|humiliated|shamed|demeaned|insulted|mocked|abused) (me|us|my|him|her|them)
(told|telling) (me|us|him|her) off
(had|has|having|have) a go at (me|us|my|him|her)
(bit|biting|bite|bites|snapped|snapping) (my|our|his|her) head off
(went|going|kicked|kicking|kicks|goes) off (at|on) (me|us|my)
(tore|laid|ripped|launched|lit) into (me|us|my)
(lost|losing|loses) (his|her|their) (temper|rag|cool|patience) ~3 (with|at) (me|us|my)
(gave|giving|give|gives) (me|us|my) (attitude|lip|cheek|sass|grief|abuse|earful|mouthful|stick|evils)
(copped|copping|cop) (an|a) attitude
(looked|looking|looks|look) down (on|at) (me|us|my|him|her)
looked down (his|her|their) nose
(muttered|mumbled|muttering|mumbling|cursed|cursing|swore|swearing) ~3 (under|breath)
# unkind, uncouth, insulting words
(unkind|unkindly|ill-mannered|bad-mannered|uncouth|boorish|churlish|derogatory|demeaning|degrading|insulting|insultingly|rudest|disparaging|scathing|mocking|sneery|smarmy|cocky|snide|spiteful|vindictive|hostility)
# remarks about the person, their home, their looks
(crack|cracks|dig|digs|jibe|jibes|jab|jabs|joke|jokes|comment|comments|remark|remarks|quip|quips) (about|on) (my|our|his|her) ~1 (weight|looks|appearance|clothes|outfit|hair|face|body|size|age|accent|skin|tattoos|kids|children|son|daughter|wife|husband|house|home|flat|car|shoes|teeth|name|english|voice|beard|make-up|makeup)
called (my|our) ~2 (house|home|flat|car|kitchen|garden|room|kids|child|son|daughter|wife|husband|mum|dad|mother|father) ~2 (dump|mess|pigsty|tip|joke|disgrace|hovel|shithole|slum|idiot|stupid|ugly|fat|thick|state)
(told|tells|telling) (me|us) to (get|go|clear|push|bugger|sod|piss|jog|naff|buzz|shove|f|eff) (lost|away|off|out|one)
(stop|quit) (bothering|pestering|annoying|nagging|moaning|whining|wasting) (her|him|them|me|us)
(told|said|says|tells|accused) ~4 (overreacting|over-reacting|ridiculous|dramatic|hysterical|paranoid|unreasonable|fuss|scene|silly|stupid|crazy|mad|lying|liar)
(like|if) (a|some) (naughty|stupid|silly|little|small|dumb|thick|bad) ~1 (child|kid|schoolgirl|schoolboy|boy|girl|toddler|idiot|dog)
(rude|ruder|rudest|impolite) (af|asf|asl)
(rude|ruder|impolite) as (hell|fuck|f|feck|anything)
(a|an|such|what|so) ~2 (attitude|tude) | weight=0.5
+ the woman on the till wouldn't even make eye contact with me
+ he lost his temper with me and stormed off
+ I was sworn at by one of your drivers
+ the pharmacist lectured me in front of the queue
+ she made a dig about my weight while I paid
+ the assistant told me off for touching the display like I was a naughty child
+ he basically bit my head off when I asked for help
- I made eye contact and she came straight over
- I lost my temper with the agent and apologised afterwards
# being called difficult, imitated, treated as a nuisance (h2b)
(told|tell|tells|telling|said|says|called|calling|accused|accusing|implied|suggested) ~4 (difficult|awkward|unreasonable|demanding|entitled|petty|pedantic|fussy|impatient|silly|stupid|thick|emotional|irrational|confused|time-waster|timewaster|nuisance|pest|karen|troublemaker|aggressive|rude|abusive|greedy|cheeky)
(being|be) (difficult|awkward|unreasonable|funny|smart|clever|cheeky|petty|pedantic) ~2 (with|about|for) | weight=0.5
(imitate|imitated|imitating|imitates|mimic|mimicked|mimicking|mimics|impersonated|impersonating|parroted|parroting) (me|my|us|our|her|him|his)
(silly|funny|mocking|baby|stupid|sarcastic|sing-song|whiny) voice
(like|as|an|a|were|are|was|being|just) (inconvenience|nuisance|burden|bother|pest|annoyance|irritation) | weight=0.6
(ignored|ignoring|ignore|ignores) ~6 (while|whilst|chatting|chat|chats|gossiping|talking|phone|phones|laughing|scrolling|texting|finished|finish|carried|carry|colleague|colleagues|mates|friends) 
(was|were|got|being|been|totally|completely|just|simply|blatantly|deliberately|rudely) ignored ~4 (counter|desk|till|shop|store|staff|assistant|cashier|while|whilst|stood|standing) 
(accused|accusing|accuses|accuse) (me|us|my|him|her) ~1 (of|that) | weight=0.5
(swore|swearing|cursed|cursing|effing) (at|to|in) (me|us|my|front)
(effing|f-ing|fing) and (blinding|jeffing)
+ she told me I was being difficult for asking
+ the guard mimicked my accent to his colleague
+ we were ignored at the counter while two staff chatted
+ the bloke was effing and blinding at me
- he swore the fridge would fit and it did
- the chips were stone cold but the staff were lovely
# manners, people skills; remarks about weight, looks, age (h2c)
(learn|learned|learnt|teach|taught|basic|lacks|lacked|lacking|need|needs|zero|any) ~3 manners
(need|needs|lacks|lacking|lacked|zero|no|learn|training|course) ~3 (people|social|interpersonal|communication|customer) skills | weight=0.6
(told|tell|tells|said|says|suggested|suggesting|implied|implying|asked|called|calling) (me|my|us|our|him|her|his|she|he|i|we) ~7 (diet|fat|chubby|ugly|smell|smelly|bald|wrinkly|skinny|overweight|obese|fatty|porky|scruffy)
(told|tell|tells|said|says|suggested|suggesting) (me|my|us|our|him|her|his|she|he|i|we) ~6 (lose|losing) ~1 weight
+ ur staff need to learn some manners
+ the assistant told my husband he should go on a diet
- the manners of the young man at the till were lovely
- I told the nutritionist about my diet plan
# beneath her; no time for this; felt humiliated (h2d)
beneath (her|him|them|his|their|himself|herself|themselves)
(acted|acting|act|acts|behaved|behaving|made) ~2 like ~4 (beneath|chore|favour|favor|inconvenience|nuisance|bother|burden)
(no|don't|dont|don’t|haven't|havent|haven’t|ain't) ~2 time for (this|you|your|that|people|customers) | noneg, weight=0.6
and (=walk|=storm|=stomp|=wander|=stroll|=swan|=flounce) (off|away) | weight=0.6
(felt|feel|feeling|feels|was|were|left|been) ~2 (humiliated|belittled|degraded|demeaned|disrespected|insulted|patronised|patronized|worthless|unwelcome|intimidated|bullied|harassed|mocked) | weight=0.6
(felt|feel|feeling|feels|left) ~2 (small|stupid|thick|dumb|ashamed) | weight=0.6
never ~3 (felt|been|feel) ~1 (so|as|more|this) (humiliated|belittled|degraded|demeaned|disrespected|insulted|patronised|patronized|worthless|unwelcome|intimidated|small|stupid|embarrassed) | noneg, weight=0.6
+ she said 'I don't have time for this' and walked away
+ I've never felt so humiliated, the manager laughed at me in front of the queue
+ the cashier acted like serving me was beneath her
- I had no time for lunch so grabbed a sandwich, staff were quick
# --- r4: talked to like a child; an earful; offensive; "your sort" ---
(spoke|speak|speaks|speaking|spoken|talked|talk|talks|talking|treated|treat|treats|treating|addressed|lectured|handled) ~4 (as|like) (if|though) ~3 (child|children|kid|kids|toddler|idiot|idiots|moron|imbecile|fool|simpleton|criminal|criminals|thief|thieves|liar|nuisance|burden|dirt|stupid|thick|dense|senile|beggar|peasant)
(as|like) (if|though) (i|we|he|she|they|i'd|we'd|he'd|she'd) (was|were|am|are|is|had|have) ~3 (stupid|thick|dense|dim|senile|slow|idiot|idiots|moron|child|kid|toddler|criminal|thief|liar|nothing|invisible|nuisance|dirt|beneath)
(got|get|getting|given) (an|a|the) (earful|mouthful|dressing-down|telling-off|bollocking|rollicking)
(was|were|so|very|really|totally|extremely|incredibly|utterly|just|downright|frankly|deeply) (offensive|insulting|obnoxious|belittling|demeaning|degrading|derogatory|contemptuous|disdainful|scornful|snide|snarky|snippy|narky|mardy|stroppy|surly|gruff)
your sort ~1 (always|never|all|don't|dont|should|can't|cant|need|cause|steal|nick)
people like you ~3 (always|never|all|are|don't|dont|should|can't|cant|shouldn*) | weight=0.7
+ the adviser spoke to my dad as though he were a small child
+ she treated us like we were thieves the whole time
+ got an earful from the duty manager for asking a question
+ his reply was frankly insulting
+ the bouncer said your sort always cause trouble
- the staff treated my son as if he were their own, so kind
- I hope the manager didn't get an earful because of my review
# --- r5: families from the probe grid (speaker x idea x register) ---
# tone heard in the voice; unpleasant / grumpy people
(hear|heard|hearing|sense|sensed|feel|felt) ~2 the (attitude|contempt|disdain|annoyance|irritation|sarcasm|boredom|impatience|sneer|smirk|eye-roll|eyeroll)
(attitude|contempt|disdain|annoyance|irritation|sarcasm|impatience|hostility) in (her|his|their|the) (voice|tone|reply|replies|email|emails|message|messages|face|eyes|manner)
(unpleasant|obnoxious|vile|horrible|nasty|horrid|grumpy|grouchy|surly|sour|sullen|stroppy|moody|mardy|miserable) ~3 (person|woman|man|lady|guy|bloke|agent|staff|employee|cashier|waiter|waitress|manager|assistant|receptionist|driver|rep|representative|individual|people|girl|lad|gentleman|member|clerk|adviser|advisor|operator|engineer|technician|nurse|cow|git)
(grumpy|grouchy|crabby|cranky|tetchy|testy|brusque|brusquely|churlish|curtly)
# words: "whatever", "learn to read", swearing at a table or at customers
(said|says|replied|answered|goes|went|shrugged) whatever | weight=0.6
(carried|carrying|carries|kept|keeps) on (typing|chatting|talking|texting|eating|scrolling|gossiping|laughing|filing) | weight=0.6
(swore|swearing|swears|swear|cursed|cursing|curses|curse|shouted|shouting|shouts|shout|yelled|yelling|yells|yell|screamed|screaming|screams|scream|snapped|snapping|barked|barking|sneered|glared|glaring|growled|snarled|hollered|bellowed|raged|ranted|lashed|effed) (at|out) ~1 (our|my|us|me|customers|customer|people|elderly|disabled|kids|children)
(said|says|told|tells|replied|wrote|writes|answered|telling|snapped) ~4 learn (to|how) ~1 (read|listen|count|spell|type|write)
# names and insults
(called|calling|calls|labelled|labeled|branded) (me|us|my|our|him|her|them|his) ~3 (loser|losers|brat|brats|cheap|cheapskate|crazy|karen|idiots|morons|nutter|nutcase|psycho|lunatic|weirdo|freak|ignorant|lazy|ugly|senile|peasant|peasants|scum|trash|animal|animals|pig|bitch|whore|slag|tart|witch|dinosaur|boomer|snowflake|twat|prat|pillock|muppet|numpty|div|dipstick|dumbass|mental|insane|hysterical|bollocks|rubbish|nonsense|bullshit|bs|crap|ridiculous|laughable|garbage|petty|pathetic)
(referred|referring|refers) to (me|us|my|him|her) as
only (an|a|some) (idiot|moron|fool|imbecile|numpty|muppet|halfwit|dimwit) (would|could)
(said|says|replied|goes|went|answered|wrote|called|calling) ~4 (genius|einstein|sherlock|smartypants|smarty-pants|brainiac|princess)
congratulations ~1 (you|you've|youve|you’ve) (found|managed|discovered|worked|figured|read)
(oh|aww|aw) poor (you|thing|baby|dear|lamb|diddums)
(boo-hoo|boohoo|diddums)
(told|tells|said|says|suggested|implied|remarked|commented) ~4 too (poor|cheap|old|fat|ugly|scruffy|dirty|stupid|thick|dumb|broke|slow)
# gestures and body language
(waved|waving|waves|shooed|shooing|flicked|flicking) (me|us|my|him|her) ~1 (away|off|aside)
(brushed|brushing|brushes|shrugged|shrugging|waved|waving) (off|aside)
(was|were|got|been|being|get) (brushed|shrugged|waved) (off|aside|away)
pointed (at|to) the (door|exit)
(snatched|snatching|snatches|grabbed|yanked|ripped) ~4 (out|from) ~1 (my|our|his|her) (hand|hands)
(drummed|drumming|tapped|tapping) ~2 (fingers|foot|nails|pen)
(sighing|sighed|sighs|huffing|huffed|tutting|tutted|groaned|groaning) (while|whilst|when|every|each|loudly|heavily|dramatically|audibly|down|into)
(looking|looked|checking|checked|glancing|glanced) at (his|her|their) (watch|clock) | weight=0.6
(sniggered|sniggering|snickered|snickering|scoffed|scoffing|jeered|jeering|tittered|tittering)
(joke|jokes|joked|joking|laugh|laughs|laughed|laughing|fun|comments|comment|remarks|remark|jibes|digs|quips|banter) ~2 at (my|our|his|her) expense
# ignoring: blanked, not acknowledged, on the phone, as if I wasn't there
(blanked|blanking|blanks) (me|us|my|him|her)
cold shoulder
(nobody|noone|no-one|one|didn't|didnt|didn’t|never|without|wouldn't|wouldnt|refused|failed|bothered|bother) ~2 (acknowledge|acknowledged|acknowledging|greet|greeted|greeting) (me|us|my|our|her|him|them|customers) | noneg
(acknowledge|acknowledging|greet|greeting|notice|noticing|serve|serving) ~2 (customer|customers) ~1 (standing|stood|waiting) | noneg
(personal|private) ~1 (call|calls|phone|conversation|conversations|chat|chats|text|texts|messages) ~3 (while|whilst|during|instead)
(scrolling|scrolled|texting|texted|playing|glued|chatting|gossiping|staring) ~2 (her|his|their) (phone|phones|mobile|mobiles|screen|screens) ~2 (while|whilst|instead|as|ignoring)
(pretended|pretending|pretends|pretend) ~2 (see|seeing|hear|hearing|notice|noticing) | noneg
(as|like) (if|though) (i|we|she|he|my) ~1 (wasn't|weren't|wasnt|werent|didn't|didnt|didn’t|wasn’t|weren’t) (there|exist|existed|matter|here|count) | noneg
(acted|acting|act|acts|behaved|behaving) like (i|we|she|he) (wasn't|weren't|wasnt|werent|didn't|didnt|didn’t|wasn’t|weren’t) (there|exist|existed|matter|here) | noneg
(served|serving|serves|helped|helping) ~4 (behind|after) (me|us) (first|before)
# hanging up, cutting off
(cut|cutting|cuts) (me|us|him|her) (off|short)
(got|get|gets|getting|was|were|been|being|keep|kept) (hung|hanged) up on
(cut|cuts|cutting|terminated|terminating|killed|ended|ending) (the|my|our) (call|chat|line|conversation)
(she|he|they|agent|rep) ~2 (said|says|goes|went) ~2 and (hung|hangs|hanging) up
(hangs|hang|hanging|hung) up on (a|paying|customers|customer|people|elderly|vulnerable|someone|somebody|anyone)
# shouting, arguing, going off
(started|starts|starting|picked|picking|picks|began) ~2 (argument|fight|row|quarrel|slanging) ~2 with (me|us|my|our|customers)
(went|go|goes|going) (mental|nuts|ballistic|berserk|apeshit|postal|crazy) (at|on) (me|us|my)
# impatience: rushed off, hurried out, no word in, get a move on
(rushed|rushing|rushes|hurried|hurrying|hustled|hustling|bundled|bundling) (me|us|my|him|her) ~2 (off|out|along|through|away)
(was|were|got|been|being|felt) (rushed|hurried|hustled|bundled) (off|out|along|through|away)
(get|got|getting) a word in | noneg
(told|tells|telling|snapped|barked|shouted|yelled|said) ~4 (chop|spit) (chop|it)
(told|tells|telling|snapped|barked|shouted|yelled|said) ~4 get a move on
+ you could hear the contempt in his voice
+ the most unpleasant woman I have ever dealt with at a counter
+ the porter swore at our kids for running
+ he called my question pathetic
+ the cashier waved me away without looking up
+ both clerks sniggered when I asked for the manager
+ the receptionist blanked us and kept chatting
+ we stood there as if we didn't exist
+ he cut me off halfway through my first sentence
+ got hung up on by the billing team again
+ she rushed us out of the restaurant before dessert
+ couldn't get a word in with that agent
+ he said "well done, sherlock" when I pointed out the fault
- the cashier waved and smiled as we left
- I cut my finger on the packaging
- he pretended to be a pirate for my son's party, brilliant
- I laughed when I saw the tiny box

# --- r9a: condescending instructions: "maybe read the manual before wasting my time"
(said|told|typed|wrote|replied|suggested|snapped|implied) ~4 (read|check) the (instructions|manual|faq|faqs|guide|small|website|label|sign|email|letter) | weight=0.5
(typed|wrote|replied|snapped|implied) ~6 wasting my time | weight=0.5
+ The agent literally typed "maybe read the instructions before wasting my time".
+ She snapped that I should read the manual before wasting my time like that.
- I read the instructions twice before calling.
+ He sighed loudly and slammed the receiver down on me.

# --- r13 thesaurus pass: synonyms, register variants, misspellings
(passive-aggressive|passive-aggressively|passiveaggressive)
passive aggressive
(terse|tersely|snappish|snappishly|ratty|narky|bolshy|bolshie|gruffly) | weight=0.6
(was|were|very|so|extremely|really|quite|incredibly|bit|rather|being|got) ~2 (terse|snappish|ratty|bolshy|bolshie|gruff|testy|tetchy|prickly|frosty)
(pompous|pompously|supercilious|superciliously|high-handed|highhanded|snobbish|snobby|haughtily|imperious|imperiously|insolence|impudent|impudence|discourtesy|incivility|impoliteness|unmannerly|contemptuously|scornfully|disdainfully|sneeringly|mockingly|derisive|derisively|uncivilly|rudeness)
(stuck-up|snotnosed|snot-nosed|toffee-nosed|up-themselves)
full of (themselves|himself|herself) | weight=0.6
up (themselves|himself|herself) | weight=0.6
(cussed|cussing|cusses|bawled|bawling|roared|roaring|screeched|screeching|hollered) (at|out) (me|us|my|him|her|them)
(chewed|chewing|chews) (me|us|him|her) out
(chewed|chewing) out
(tore|tearing|tears) a strip off (me|us|him|her)
(dressed|dressing) (me|us|him|her) down
read (me|us) the riot act
(a|an|such|total|complete|absolute) (douche|douchebag|douchebags|jackass|dickhead|knobhead|twat|bellend|asshat)
(disrespecful|disrespectfull|disrepectful|impolight|condesending|condascending|condecending|patronizeing|sarcastik|arrogent|arogent|arrogunt|dissmissive|dismisssive|belitteling|snoty|rudly|unpolit*)
(smirking|smirked|sneering|sneered|scoffing|scoffed|laughing|laughed|giggling|sniggering|sniggered|snickering|snickered) (in|at) (my|our) (face|faces)
(treated|treat|treats|treating) (me|us|him|her|them) ~2 (contempt|disdain|scorn|derision|disrespect|rudeness|hostility|arrogance)
(was|were|being|so|very|proper|really|bit|quite|extremely|rather|got) ~1 (mouthy|gobby|lippy|sassy|smart-mouthed|bolshy|bolshie|narky|ratty)
(was|were|being|so|very|really|bit|quite|proper|rather|dead) off (with|towards) (me|us|my|him|her)
(standoffish|stand-offish|aloof|offish) | weight=0.6
(gobshite|gobshites|gobdaw|eejit|tosspot|arsehat|plonker)
high and mighty
(cussed|cussing|cusses|cuss) (me|us|him|her|them) (out|off)
+ The receptionist was passive-aggressive and pompous the whole time.
+ The clerk acted all high and mighty and cussed me out.
+ The agent was really terse with me and clearly up himself.
- The terse instructions in the manual were hard to follow.
- Staff were friendly, not pompous at all, and quick to help.

# --- r14b: staff retort/sneer; remarks about smell at a distance; laughing about the customer with a colleague
(she|he|they|agent|assistant|staff|rep|cashier|employee|clerk|receptionist|woman|man|lady|guy|bloke) (retorted|sneered|scoffed|jeered|sniped|smirked)
(told|said|called|shouted|saying|telling) ~12 (stank|stunk|stinks|stinking|smelly|smelt)
(laughed|laughing|laugh|laughs|sniggered|sniggering|giggled|giggling|joked|joking|jokes|had) ~4 (with|to) ~2 (colleague|colleagues|co-worker|co-workers|coworker|coworkers|workmate|workmates|mate|mates) | weight=0.6
(laughed|laughing|sniggered|giggled|joked|joking|laugh) about (it|me|us|this|that) | weight=0.5
+ when I coughed she retorted that she wasn't blind
+ your staff member told my friend in front of the whole queue that she stank
+ he laughed about it with a colleague after mocking my accent
- I retorted that the price was wrong and she fixed it
- we joked with the staff about the weather, lovely people

# --- r14b: talking slowly and loudly at the customer
(talking|speaking|talked|spoke|speak|talk|started) ~3 (slow|slowly) and ~1 (loud|loudly)
+ she started talking really slow and loud at me
- the line was slow and loud music played

# --- en15b: remarks about the customer's home; "too complicated for you anyway"; "stop holding up the queue"
(said|says|told|remarked|commented|sneered|joked|laughed|replied|muttered) ~8 (mess|pigsty|tip|dump|hovel|untidy|messy|filthy|dirty|clutter|cluttered|state) ~5 (matter|matters|mattered|difference|bother|care|point|wonder) | noneg
(too|overly) ~1 (complicated|complex|technical|difficult|advanced|hard|confusing) for (you|her|him|them|u|ya) ~2 (anyway|anyways|anyhow|dear|love|madam|sir)
(stop|quit|stopped) (holding|blocking) up ~1 (the|queue|line|everyone|others|people)
+ The fitter looked round and said with a place this untidy it made no difference anyway.
+ She told my dad this model is too technical for him anyway.
+ The cashier told me to stop holding up the line.
- Sorry for holding up the queue, the card reader was slow.
- The setup was too complicated for me so I called support and they were lovely.

# --- en16b: staff scrolling through their own phone; "go do something useful with your life"
(go|and|off) do something (useful|productive|worthwhile|better)
something (useful|productive|worthwhile|better) with (your|ur|yer) (life|time|day)
+ the cashier kept scrolling through his own phone the whole time
+ he told me to go do something useful instead of ringing them
+ she said maybe find something productive with your time, sir
- I scrolled through my phone while I waited, no bother
- the advisor suggested something useful with your old router: recycle it

# --- en16a: door/counter/hatch shut in the customer's face
(shut|shuts|shutting|closed|closes|closing|slammed|slams|slamming|pulled|banged) ~4 (in|into) (my|our|his|her) (face|faces)
+ The receptionist slammed the hatch right in my face.
+ She closed her till in our faces and walked off.
- I shut the laptop and went to bed.
# --- en16a: staff answer in an irritated tone ("she told me, annoyed"; "he said, clearly fed up")
(told|said|replied|answered|responded|snapped|sighed|muttered|grumbled|explained) ~1 (annoyed|irritated|irritably|exasperated|impatiently|huffily|grumpily|crossly|testily|tetchily|curtly|dismissively|condescendingly|sarcastically|sniffily|sneeringly|begrudgingly|grudgingly)
(told|said|replied|answered|responded|snapped|sighed|muttered) ~1 (clearly|obviously|visibly|audibly) (fed|annoyed|irritated|bored|exasperated|impatient|put)
+ "Not our problem," she told me, annoyed.
+ The agent replied irritably that he had other customers.
+ He said, clearly fed up, that I should ring back tomorrow.
- I told them I was annoyed but they sorted it out quickly.
# --- en16a: an older relative brushed off; walking out insulted
(brushed|brush|brushes|brushing|shrugged|waved) (him|her|them|dad|mum|grandma|grandad) ~2 (off|aside)
(walked|went|stormed|came|got) ~2 (out|away|home) ~2 (insulted|humiliated|belittled|demeaned|patronised|patronized|disrespected) | weight=0.6
+ When my dad asked a question the salesman just brushed him off.
- I waved him goodbye and the phone worked fine.
- The clerk kept talking to my partner about the contract terms.
- Could you tell me how to get a copy of my invoice?
- I was short with him on the phone yesterday, my bad.
- The salesman pestered and badgered me to take the extended warranty.
- The last rep would not let me hang up until I heard the whole offer.
- They accused me of dropping the phone when it broke.

# --- s9: "spoken to like dirt", "treated like a criminal", "got really aggressive",
#     "shouted at a pensioner", "that's your problem, not mine", "threw it at me" ---
(spoke|spoken|speak|speaks|speaking|talked|talk|talks|talking|treated|treat|treats|treating|addressed|looked) ~3 like (dirt|rubbish|garbage|trash|scum|crap|shit|filth|muck|vermin|idiots) | noneg
(spoke|spoken|speak|speaks|speaking|talked|talk|talks|talking|treated|treat|treats|treating|addressed|looked) ~3 like (a|an) ~1 (criminal|thief|child|kid|idiot|moron|animal|dog|nuisance|peasant|imbecile|shoplifter|beggar|toddler) | noneg
(got|gets|getting|became|becomes|turned|grew) ~2 (aggressive|abusive|confrontational|argumentative|shirty|stroppy|lairy|snippy|nasty) | weight=0.5
(spoke|spoken|talked|dealt|speaking|talking) (to|with) ~2 (got|became|turned|grew|was|were|gets|is) ~2 (aggressive|abusive|confrontational|argumentative|shirty|stroppy|lairy|snippy|nasty|rude|hostile|condescending|patronising|patronizing|sarcastic)
(shout|shouted|shouting|shouts|yell|yelled|yelling|scream|screamed|screaming|swear|swore|swearing|snap|snapped|bark|barked) at (a|an|the|this|that|his|her|another|one) ~1 (pensioner|pensioners|customer|customers|child|kid|kids|mother|elderly|disabled|pregnant|teenager|student|family|patient|passenger|passengers)
(your|ur|yer) (problem|issue|lookout|headache) ~1 not (mine|ours) | noneg
(threw|thrown|chucked|flung|tossed|hurled|lobbed) ~3 at (me|us|my|him|her)
+ I have never been spoken to like dirt before
+ the guard treated my son like a common thief
+ the woman I spoke to got very aggressive when I asked for a receipt
+ a porter yelled at an elderly passenger for asking directions
- I admit I swore at the girl on the checkout, I was upset
- I am not trying to be rude, but the invoice is wrong again
- if anybody had been rude I would have said so
- had she been rude I would have told you
- I'm not saying anyone was rude, I just want a refund
+ he said 'that's your problem, not mine' and walked away
+ she flung the bag at me
- the staff treated us like royalty
- honestly I got quite confrontational myself on the phone
- the assistant called across the shop to ask if anyone needed help

# --- s9b: "gave me a right mouthful", "hung the phone up on my wife" ---
(gave|giving|give|gives|given) (me|us|him|her|my) (a|an|the|such|right|proper) ~1 (earful|mouthful|dressing-down|telling-off|bollocking|rollicking|earbashing|tongue-lashing)
(hung|hang|hangs|hanging|slammed|slams|slamming|put|puts|putting) (the|his|her) (phone|receiver|line) ~1 (up|down) on (me|us|my|him|her|his|mum|dad|wife|husband|mother|father|son|daughter)
+ the driver gave me a right mouthful for asking him to carry it in
+ the receptionist hung the phone up on my mum
+ he slammed the receiver down on me
- she gave me a right good deal on the sofa
- I put the phone down on the automated survey
- I hung up the phone after we had finished, all sorted

# --- s9c: talking over the customer ---
(talked|talks|talking|talk|spoke|speaking|speaks) over (me|her|him|us|them)
+ the salesman kept talking over her
+ she just talked over me every time I tried to speak
+ the agent spoke over me and would not listen
- we talked over the options and chose the cheaper plan
- I spoke over the phone to a lovely lady
- the nurse talked over my head to my daughter
