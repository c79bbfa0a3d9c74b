# Staff don't know the product, can't answer, give wrong or contradictory
# information, can't work out how to fix it.  Not: the customer not
# knowing something ("I didn't know the store closed at 6").
incompetent
incompetence
incompetently
clueless
inept
ineptitude
amateurish
amateurs
misinformed
misinformation
misled
contradictory
contradicting
(contradicted|contradicts|contradict) (himself|herself|themselves|each|what|the|me|her|him|his|their|one)
conflicting
inconsistent ~1 (information|info|answers|advice|stories|replies|responses|accounts|versions|explanations|figures|statements|quotes|dates)
(wrong|incorrect|false|inaccurate|bad|outdated|misleading|contradictory|conflicting|mixed) (info|information|advice|answer|answers|instructions|guidance|directions|stories|story|explanation|explanations)
(gave|give|gives|giving|told|tell|tells|telling|sent|quoted) (me|us) ~2 (wrong|incorrect|false|inaccurate|opposite)
(told|tells|said|says|telling) ~2 opposite
different (thing|story|answer|story)  | weight=0.6
(every|each) (one|person|agent|time|advisor|adviser|rep|employee|member|branch|store|call|new|of) ~6 (different|another|contradicts|contradicted|contradict) | weight=0.5
(two|three|four|five|six|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|several|multiple) ~1 different (answers|stories|prices|explanations|things|responses|replies|reasons|dates|figures|amounts|readings|quotes|instructions|versions|aisles|places|locations|totals|balances)
none of (them|which|those|these) ~1 (right|correct|accurate|true|worked|helped|sense) | noneg
which one is it
which is it
make up (your|their) (mind|minds)
(get|got|have|keep) (their|your|his|her) (story|stories|facts) straight
# one said X, the next said Y: half a hit each, so they add up across
# sentences
first ~3 (said|says|told|tells|claimed|claims|insisted|reckoned|assured|promised|quoted) | weight=0.5
one (agent|person|advisor|adviser|employee|colleague|operator|woman|member|bloke|salesman|assistant|engineer|technician) ~2 (said|says|told|tells|claimed|claims|insisted|reckoned|assured|promised|quoted) | weight=0.5
(another|next|second|other|different|third|latest|last) ~3 (said|says|told|tells|claimed|claims|insisted|reckoned|agreed|disagreed|contradicted|denied|admitted|assured|quoted) | weight=0.5
(said|told|claimed|insisted) ~10 then ~2 (said|told|claimed|insisted|changed) ~10 then ~2 (said|told|claimed|insisted|changed)
(the|your) (shop|store|agent|chat|branch|website|colleague|team|department|person|previous|last|first|other) ~2 (was|were|is|are|been) (wrong|mistaken|incorrect)
# don't know, no idea, can't answer (the rule holds the negation)
(who|someone|somebody|whoever|they|he|she|staff|agent|agents|employee|employees|rep|reps|advisor|adviser|advisors|advisers|assistant|assistants|operator|manager|nobody|noone|none|anyone|person|lady|guy|woman|man|girl|boy|team|them|member|cashier|engineer|technician|support|people) ~1 (didn*|doesn*|don't|dont|don’t) ~2 (know|understand|understood) | noneg
(who|someone|somebody|whoever|they|he|she|staff|agent|agents|employee|employees|rep|reps|advisor|adviser|advisors|advisers|assistant|assistants|operator|manager|nobody|noone|none|anyone|person|lady|guy|woman|man|girl|boy|team|them|member|cashier|engineer|technician|support|people) ~1 (had|has|have) ~2 no ~1 (idea|clue) | noneg
(who|someone|somebody|whoever|they|he|she|staff|agent|agents|employee|employees|rep|reps|advisor|adviser|advisors|advisers|assistant|assistants|operator|manager|nobody|noone|none|anyone|person|lady|guy|woman|man|girl|boy|team|them|member|cashier|engineer|technician|support|people) ~1 (knew|knows|know) ~1 (nothing|less|zero) | noneg
no (idea|clue) (what|how) (they|he|she|you|the|anyone) ~2 (doing|talking|supposed|do) | noneg
(doesn*|don't|dont|don’t|didn*|not) ~1 know ~2 (what|their|his|her|the|your) ~3 (doing|talking|selling|products|product|stuff|system|job|policies|policy|procedures|terms) | noneg
(knew|knows|know) (nothing|less|zero) | noneg
(no|zero|poor|little|lack|lacked|lacks|lacking|without|limited|insufficient|inadequate) ~2 (knowledge|training|expertise|understanding|competence) | noneg
(badly|poorly|not|never|un|aren*|isn*|wasn*|weren*) ~1 trained | noneg
untrained
inexperienced
(couldn*|can't|cant|can’t|cannot|unable|wasn*|weren*|failed|couldnae|cannae|couldna|canna) ~2 (answer|explain|figure|work|say|tell) ~5 (question|questions|simple|why|how|what|where|when|which|whether|out|answer|straight|anything|basis|reason|reasons|difference|charge|charges|fee|fees|bill|breakdown|calculation|process) | noneg
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~2 (couldn*|can't|cant|can’t|cannot|unable|failed) ~2 (find|locate|understand) ~3 (order|account|booking|details|record|records|file|parcel|item|items|stock|problem|issue|question|anything|product|products|it|thing|answer|price|system) | noneg
(nobody|noone|no-one|none|naebody|neebody) ~4 (could|can|able|seems|seemed|knew|knows|had|has) ~2 (answer|explain|understand|grasp|tell|figure|work|know|idea|clue|how|what|where|why|when) | noneg
no one ~4 (could|can|able|seems|seemed|knew|knows|had|has) ~2 (answer|explain|understand|grasp|tell|figure|work|know|idea|clue|how|what|where|why|when|anything) | noneg
not one of them ~3 (knew|could|had|knows|can) | noneg
(didn*|doesn*|don't|dont|don’t|couldn*) ~1 (understand|get|grasp) (my|the|our) (problem|issue|question|request|complaint|point) | noneg
(misunderstood|misunderstanding|misread) | weight=0.6
misdiagnosed
(had|has|have|kept|keeps) ~2 (ask|asking|check|checking|call|calling|phone|phoning) ~2 (colleague|colleagues|manager|supervisor|else|manual|google) | weight=0.6
(googled|googling|google|guessed|guessing|winging) | weight=0.6
made it up
making it up
no clue | noneg
not a clue | noneg
out of (their|his|her) depth
(messed|mess|messing|screwed|screw|screwing|cocked|botched|bungled|fouled) up | weight=0.6
(botched|bungled)
(got|get|gets|getting) (it|my|the|everything) ~2 wrong | weight=0.6
(staff|agent|agents|employee|employees|rep|reps|advisor|adviser|he|she|they|people|team|centre|center|support|assistant|assistants) ~3 (useless|hopeless|clueless)
(useless|hopeless) | weight=0.4
(none|nobody|noone) ~8 (training|trained|knowledge|clue|idea|competence) | noneg
no ~8 (training|trained|knowledge|competence) | noneg
(told|said|says|claimed) ~12 (another|different|second|other) (agent|person|advisor|adviser|rep|one|employee|colleague|member|store|branch|guy|lady|woman|man) ~2 (said|says|told|claimed|insisted|reckoned|reckons|thinks|thought)
(had|has|have|having|needed|kept) to (google|guess|look) | weight=0.5
(didn*|not|never|without) ~1 (have|had|bring|brought) ~2 (right|correct|proper|necessary|relevant) (tools|parts|part|training|knowledge|equipment|information|details|paperwork) | noneg
(sent|gave|give|send) ~2 wrong (engineer|person|part|parts|technician|fitter|information|instructions|form) | weight=0.6
(told|given|got|heard|said|gave) ~4 different (things|answers|stories|information|info|versions|explanations|dates|prices|figures)
(mixed|muddled|mixing|mix|mixes) up
(confused|mistook|mistaken) ~3 with ~2 (someone|somebody|another|other)
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|barman|barmaid|bartender|waiter|waitress|bloke|girl|boy|employee|employees|colleague|advisor|adviser|operator|driver|guard|receptionist|clerk|salesman|saleswoman|salesperson|technician|engineer|security|supervisor|teller|pharmacist|host|hostess|server|attendant|conductor|officer|courier|porter|nurse|doctor|mechanic|landlord|person|someone|somebody|lad|chap|fella|fellow|member|members|team|people|ppl) ~2 (didn*|doesn*|don't|dont|don’t) ~1 have ~2 (clue|idea) | noneg
(gave|sent|give|given|posted|handed|issued) (me|us|my|him|her) ~1 (someone|somebody|another) ~1 (else's|elses|else’s|customer's|person's)
(didn*|doesn*|don't|dont|don’t|hadn*|hasn*|haven*|not) ~2 (foggiest|faintest|slightest|vaguest|remotest) | noneg, weight=0.6
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|operator|technician|engineer|clerk|receptionist|person|someone|team|people|girl|boy|lad|bloke|he’s|she’s|nobody|noone|none) ~4 (foggiest|faintest|slightest|vaguest|remotest) | noneg
(didn*|doesn*|don't|dont|don’t) (seem|appear|seemed) to (know|understand|have|grasp|get) | noneg, weight=0.6
(he|she|they|agent|agents|rep|reps|staff|guy|lady|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|operator|technician|engineer|clerk|receptionist|person|someone|team|people|girl|boy|lad|bloke|he’s|she’s|nobody|noone|none) ~3 (confused|confuse|unfamiliar|baffled|flummoxed|bewildered|stumped|lost|unsure|clueless|flustered|perplexed|puzzled)
(letter|letters|bill|invoice|statement|email|e-mail|confirmation|paperwork|records|record|contract|quote|quotation|receipt) ~4 (wrong|incorrect|inaccurate|errors|mistakes|mistake|error) | weight=0.6
(the|a) wrong ~4 (the|a|and) wrong | weight=0.6
(misdiagnosed|misquoted|miscalculated|misspelled|misspelt|misfiled|mislabelled|mislabeled|misplaced|mislaid|misdirected|misrouted)
(didn*|doesn*|don't|dont|don’t|couldn*|can't|cant|can’t|cannot|not|unable|couldnae|cannae|didnae|dinnae) ~3 (know|tell|explain) ~3 (difference|differences) | noneg
(he|she|they|agent|staff|assistant|cashier|manager|employee|employees|advisor|adviser|operator|technician|engineer|clerk|receptionist|person|guy|lady|woman|man|girl|lad|nobody|noone|none) ~3 (couldn*|can't|cant|can’t|didn*|unable|not) ~2 (work|operate|use|figure|find|run) (the|a|their|his|her|its) ~1 (till|machine|system|computer|card|register|scanner|printer|software|app|reader|tablet|device|terminal|tills) | noneg
(someone|somebody|another) (else's|elses|else’s|customer's|person's|customer’s) (order|parcel|account|details|booking|address|name|bill|letter|information|data|tracking|reference|paperwork|prescription|card)
one (guy|lady|girl|man|rep|woman|bloke) (said|says|told|tells|claimed|reckoned|insisted|assured|promised) | weight=0.5
+ the agent was completely clueless about their own product
+ I got three different answers from three different people
+ she didn't even know how to process a return
+ one guy said it was covered, the next one said it wasn't
+ nobody there could explain why I was charged twice
+ he gave me the wrong information about the tariff
+ staff have zero product knowledge
+ clearly untrained, had to ask a colleague every 2 minutes
- I didn't know the shop closes at six, my bad
- the agent knew exactly what to do and fixed it
- is there anyone who knows about this model?
- I gave you the wrong address, can you update it
# --- r4: contradictory answers: "he said yes, then no" ---
(said|says|told|answered|replied) ~2 (yes|no) ~3 (then|next|later|minute) ~3 (no|yes)
(one|first) (agent|person|advisor|adviser|rep|colleague|member) ~3 (said|says|told) ~8 (another|next|second|other) ~3 (said|says|told) ~3 (opposite|different|otherwise|contradicted|something) | weight=0.8
+ he said yes, then no, then he'd have to check
+ one agent said it was free, another said the opposite
- I said yes then changed my mind, my fault
- I asked if it was in stock and she said yes, brilliant

# --- r6: made it worse; set up / recorded wrongly by staff
(made|making|makes|make) ~4 (worse|worst)
(they|you|he|she|agent|agents|staff|advisor|adviser|engineer|technician|bank|company|someone|somebody|rep|they've|theyve|they’ve|he's|hes|she's|shes|he’s|she’s|you've|youve|they'd|theyd|engineers|technicians|advisors|advisers) ~2 (set|put|registered|recorded|booked|entered|input|spelled|spelt|logged|processed|applied|fitted|installed|connected|ordered|filed) ~6 (wrong|incorrect|incorrectly|wrongly)
+ the plumber's "repair" made the leak worse
+ your staff registered my meter under the wrong property
+ he fitted the wrong part and charged me for it
- I put the wrong postcode in the form, my fault
- things can't get worse than last winter's weather

# --- r6b: charged / booked / cancelled the wrong thing; answers were guesses
(they|you|he|she|agent|staff|bank|company|someone|guy|lady|man|woman|bloke|lad|girl|driver|engineer|technician|advisor|adviser|rep|store|shop|team|then|fitter|plumber|mechanic|electrician|builder|pharmacy|pharmacist|clerk|cashier|they've|theyve|they’ve|he's|hes|she's|shes|he’s|she’s|fitters|engineers|technicians|mechanics) ~2 (charged|billed|debited|cut|fitted|installed|booked|processed|cancelled|canceled|closed|activated|connected|disconnected|registered|updated|changed|refunded|credited|ported|repaired|replaced|removed|blocked|froze|frozen|suspended) ~2 wrong
(just|only|pure|wild|complete|total|random|educated|blind) (guess|guesses|guessing|guesswork)
guesswork | weight=0.6
+ they cancelled the wrong direct debit and left the old one running
+ every answer felt like a wild guess
+ the guy disconnected the wrong line
- I booked the wrong date myself, easily changed
- can you guess what I got for my birthday

# --- r6c: three different answers; wired it backwards
(told|gave|given|quoted|got|received|heard) ~3 (two|three|four|five|six|several|multiple|many|2|3|4|5|6) (different|conflicting|contradictory|separate) ~1 (answers|dates|prices|stories|versions|explanations|reasons|things|figures|amounts|times|instructions)
(they|you|he|she|engineer|electrician|fitter|plumber|technician|installer|builder|mechanic|staff|guy|man|someone|workmen|workman|team|contractor|joiner|carpenter|decorator|tiler|garage|store|shop) ~2 (wired|fitted|installed|plumbed|connected|assembled|built|hung|put|set|mounted|glued|laid) ~3 (backwards|upside-down|upside|back-to-front|inside-out|wrongly|incorrectly)
+ got three conflicting answers from three advisers
+ the fitter hung the door upside down
- we tried three different flavours, all great
- I put the battery in backwards, my mistake

# --- r8 paraphrase: duff/dodgy info, "hadn't a clue", "could not tell", admitted never dealt with it, "made a mess of"
(duff|dodgy|bogus|erroneous|mistaken|unreliable|garbled|dud|made-up|rubbish|nonsense|conflicting|contradicting) (info|information|advice|answer|answers|instructions|guidance|quote|quotes|figures|details|directions|explanation|explanations|dosage)
(steered|pointed|sent|led) (me|us) (wrong|wrongly|astray) | weight=0.6
(he|she|they|staff|agent|agents|rep|reps|advisor|adviser|assistant|cashier|manager|employee|employees|operator|technician|engineer|installer|fitter|plumber|electrician|mechanic|garage|pharmacist|clerk|receptionist|salesman|saleswoman|person|guy|lady|woman|man|girl|lad|bloke|team|people|nobody|noone|none|them|driver|courier|builder|contractor|workman|workmen|doctor|nurse|teller|support) ~3 (hadn*|hasn*|haven*|hadnt|hasnt|havent|didn*|doesn*|don't|dont|don’t) ~2 (got|had|have|a|the|any) ~1 (clue|idea) | noneg
(could|can|was|were) not ~2 (answer|explain|tell|say|figure) ~3 (question|questions|why|how|what|where|when|which|anything) | noneg
(admitted|admits|confessed|conceded) ~4 (never|didn*|not|no|wasn*|hadn*) ~2 (know|knew|idea|clue|sure|dealt|trained|handled|seen|used|done) | noneg
(he|she|they|staff|agent|agents|rep|reps|advisor|adviser|assistant|cashier|manager|employee|employees|operator|technician|engineer|installer|fitter|plumber|electrician|mechanic|garage|pharmacist|clerk|receptionist|salesman|saleswoman|person|guy|lady|woman|man|girl|lad|bloke|team|people|nobody|noone|none|them|driver|courier|builder|contractor|workman|workmen|doctor|nurse|teller|support) ~3 (never|not|hadn*|hasn*) (dealt|handled|done|seen|worked) ~2 (this|that|it|one|product|products|model|before|case|system|kind|type) | noneg, weight=0.6
(made|making|makes|make) (a|an) ~1 (mess|hash|muddle|shambles|balls-up|pig's|pigs|dog's|dogs) ~2 of | weight=0.6
(shrugged|shrugs|shrugging) ~4 (dunno|know|idea|clue|said|no) | weight=0.6
+ The pharmacist gave me duff info on the dosage.
+ Your installer hadn't a clue how to set up the meter.
+ The garage clearly haven't got a clue what they're doing.
+ The agent could not tell me why the premium had doubled.
+ She admitted she had no idea how the product worked.
- I haven't got a clue where I put my receipt, my mistake.
- The engineer had a clue straight away and fixed it.

# --- r9a: wrong product sold or fitted
(sold|recommended|fitted|installed|prescribed|quoted|booked|ordered|programmed) (me|us) ~1 (the|a|an) wrong
# passive: "the wrong dose was recommended to us"
wrong ~4 (was|were|been|got|being|gets) (recommended|prescribed|fitted|installed|programmed|quoted)
+ Staff member shrugged, googled it in front of me and then sold me the wrong one.
+ The pharmacist recommended us the wrong dose for a toddler.
- I googled the part number and ordered it myself, works perfectly.
- They sent me the right size this time.
+ Three agents, three completely different answers about whether my flight credit expires.

# --- r10a voices: formal, chat, agent-summary and non-native wordings ---
# "did not know how", "he do not know", "is not knowing anything"
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~2 (did|does|do|could) not ~2 (know|understand|grasp) | noneg
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~3 (is|are|was|were) not (knowing|understanding|aware) | noneg
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~3 (knowing|know|knows|knew) (nothing|nothin|nada|zilch|zip|diddly) | noneg
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~4 (didnae|dinnae|disnae|doesnae|hadnae|hasnae|havnae|havenae|couldnae|cannae) ~2 (know|ken|clue|idea|tell|answer|explain|notion) | noneg
# "hadn't the first notion", "not the least idea"
(hadn*|hasn*|haven*|didn*|not|no|hadnae|hasnae) ~2 (first|slightest|faintest|foggiest|least|remotest|vaguest) (notion|idea|clue|inkling) | noneg
# "unfamiliar with the terms", "not familiar with their own product"
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~4 (wasn*|weren*|isn*|aren*|not) ~2 familiar with | noneg
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~4 (unfamiliar|unacquainted|ignorant) ~2 (with|of|about)
# "report riddled with errors"
(riddled|littered|peppered|full|packed) ~1 with ~1 (errors|mistakes|inaccuracies|mistake|error|typos)
# "3 diff answers", "diffrent prices"
(two|three|four|five|six|2|3|4|5|6|several|multiple|many) ~1 (diff|dif|differnt|diffrent|diferent|differing|contradicting) (answers|stories|prices|dates|things|responses|replies|reasons|figures|amounts|quotes|instructions|versions|doses|explanations|info|information)
# "quoted one price by phone and a different one in store", "one thing on the phone, the opposite in store"
one (price|date|thing|answer|amount|figure|story|fee|rate|quote|deadline|version|explanation|reason|time|day|total) ~8 (different|another|other|opposite|diff) ~2 (price|date|thing|answer|amount|figure|story|fee|rate|quote|deadline|version|explanation|reason|time|day|total|prices|dates|things|answers|amounts|figures|stories|fees|rates|quotes|one|ones|in|at|on|from|by|over|when)
# "info for the wrong plan", "advice about the wrong account"
(info|information|advice|details|instructions|answers|answer|quote|quotes|figures|guidance|terms|prices|price|explanation) ~2 (for|about|on|from|of|regarding) (the|a|an|my) wrong
(wrong|incorrect|inaccurate|false|misleading) (informations|infos|guidances|advices|informations)
# "had to consult three colleagues", "kept ringing the office"
(had|has|have|kept|keeps|needed) ~2 (consult|consulting|ring|ringing|phone|phoning|radio|radioing|text|texting) ~3 (colleague|colleagues|manager|supervisor|office|boss|someone|somebody|else|manual|head) | weight=0.6
# "googling the answer while I waited", "scratching his head"
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s) ~3 (googling|googled|googles|youtubing|winging|guessing) | noneg
(he|she|they|agent|agents|rep|reps|staff|advisor|adviser|advisors|advisers|operator|operators|engineer|engineers|technician|technicians|person|people|ppl|employees|workers|consultants) ~1 (google|guess|youtube) (everything|it|things|stuff|answers|the|every|whatever|what) | noneg
(scratched|scratching|scratch|scratches) ~2 (head|heads)
# "how do you work at a bank and not know how to ..."
(work|works|working|worked|employed|job) ~6 (and|yet|but) (not|don't|dont|don’t|doesn't|doesnt|didn't|didnt|still|can't|cant|cannot) ~1 (know|understand|explain|tell) | noneg
# "was very confuse", "totally lost"
(appeared|appears|seemed|seems|looked|looks|sounded|sounds) ~1 (unfamiliar|unacquainted|ignorant|clueless|lost|confused|baffled|stumped|flummoxed)
(was|were|is|are|seemed|looked|seems|looks|got|totally|completely|very|so|all|utterly|clearly) (confused|confuse|baffled|flummoxed|stumped|perplexed|bewildered) | weight=0.6
+ The gentleman appeared wholly unfamiliar with the policy he was selling.
+ Customer says the assistant could not tell him the difference between the two kettles.
+ the staff is not knowing anything about this model
+ Your man hadn't the first notion what I was asking.
+ the wee lass in the bank couldnae tell me which form to fill
+ asked 4 ppl got 4 diff answers abt the fees
+ the quote I got was riddled with errors
+ she quoted one price on the phone and a completely different one at the till
+ rep kept reading me info about the wrong contract
+ the engineer stood there scratching his head for an hour
+ the advisor was googling everything I asked
+ their advisors just google everything you ask them
+ they've fitted the wrong valves and charged us for them
+ the wrong dose was prescribed to my daughter
- I had no idea how to set it up but the video guide helped.
- I wasn't familiar with the app, the agent walked me through it.
- One thing I love is the different colours.
# --- r10a idioms: "not a scooby", "in over his head", "blind leading the blind", "who trained you"
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s|trainee|trainees|desk|counter) ~4 (no|not|hadn*|hasn*|haven*|didn*|hadnae|nae) ~2 (scooby|scoobies|baldy) | noneg
(he|she|they|agent|agents|rep|reps|staff|staffs|guy|lady|gentleman|man|woman|assistant|cashier|manager|salesman|saleswoman|salesperson|employee|employees|advisor|adviser|advisors|advisers|operator|technician|tech|engineer|clerk|receptionist|person|someone|team|people|ppl|girl|boy|lad|bloke|fella|fellow|chap|executive|officer|teller|pharmacist|mechanic|fitter|plumber|electrician|surveyor|driver|support|worker|workers|attendant|consultant|representative|handler|colleague|colleagues|he’s|she’s|trainee|trainees|desk|counter) ~4 in over (his|her|their|its|your) (head|heads|depth)
blind leading the blind
who (trained|hired|trains|hires|employed|employs) (you|u|them|him|her|these|this|that|your|their)
+ the lad on the desk hadn't a scooby about roaming charges
+ new guy was clearly in over his head with the refund
+ two trainees at the counter, the blind leading the blind
+ honestly who trained these people, nobody knew the price of anything
- I had no scooby where the park was but found it in the end
- my nephew is in over his head with exams

# --- r12b voices: "completely different readings"; information "was incorrect";
# mis-applied / mis-allocated; "their error"; "never heard of it"; "who to believe";
# gave grandma the wrong form; bricked it
(two|three|four|five|six|2|3|4|5|6|several|multiple|completely|totally|entirely|wildly) ~2 (different|conflicting|contradictory|inconsistent|contradicting) ~2 (answers|stories|prices|explanations|readings|quotes|figures|amounts|dates|totals|balances|instructions|versions|reasons|responses|replies|accounts)
(information|info|advice|answer|answers|guidance|figures|quote|quotes|explanation|explanations|instructions|statement|statements) (from|given|provided|supplied|by|quoted) ~12 (was|were|proved|turned|is|are|being) ~2 (incorrect|wrong|inaccurate|false|untrue|misleading|erroneous|mistaken|outdated|bogus)
(misapplied|misallocated|misfiled|misrouted|misdirected|misquoted|misaddressed|mislabelled|mislabeled|misconfigured|misprogrammed|mischarged|miscalculated|misrecorded|misprocessed|misposted|misadvised)
(their|his|her|your|staff's|agent's|bank's|company's) (error|errors|mistake|mistakes|blunder|blunders|cock-up|screw-up|balls-up) | weight=0.6
(he|she|they|they'd|he'd|she'd|theyd|staff|agent|adviser|advisor|person|rep|assistant|clerk|man|woman|lady|guy|cashier|employee) ~3 never heard of | noneg
(who|whom) ~1 to believe | noneg
(gave|give|gives|giving|handed|handing|issued|told) (me|us|him|her|them|my|our|his|their) ~2 (the|a|an) (wrong|incorrect) ~1 (form|forms|part|parts|dose|dosage|medication|document|documents|paperwork|card|key|keys|ticket|tickets|date|time|number|information|info|bill|letter|code|price|instructions)
(does|do|did) (anyone|anybody|someone|somebody|any|nobody) ~3 (know|knows|understand) what ~2 (doing|selling)
bricked | weight=0.5
(tried|trying|tries|attempted|attempting|spent|took) ~3 (set|setting|fix|fixing|install|installing|configure|configuring|sort|sorting|activate|activating|repair|repairing) ~5 (hour|hours|ages|forever|afternoon|morning|attempts) | weight=0.5
+ three calls, three completely different meter readings quoted back at me
+ the information provided by your adviser was incorrect
+ your staff misapplied the discount to the wrong account
+ the person said they'd never heard of that option
+ not sure who to believe, the chat and the office say opposite things
+ they gave my grandmother the wrong pension form twice
+ the lad tried to set up my eSIM for an hour and bricked my phone
+ the engineer lacked the knowledge to service the model
- the information I gave was incorrect, my fault
- I had never heard of the brand but the assistant explained it well
# "just stared at the router", "useless"
(just|only|simply) (stared|staring|gawped|gawping|gazed|gazing) | weight=0.6
+ the tech who came out just stared at the router for 20 mins then left. useless
- we just stared at the sunset, perfect evening

# --- r13 thesaurus pass: inept / clueless / botched, register variants, misspellings
(incompetant|incompitent|incompitant|imcompetent|incompentent|incompotent|incompetents|inepitude|ineptly|clueles|cluless|cluelessness|unknowledgeable|unknowledgable|unknowledgable|ill-informed|illinformed|uninformed|unqualified|underqualified|under-qualified|unskilled|ill-equipped|illequipped|ham-fisted|hamfisted|cack-handed|cackhanded)
(incapable|unable|clueless|useless|hopeless) (of|at) ~1 (answering|explaining|understanding|fixing|helping|doing|sorting|resolving|solving|working|finding|giving|telling|processing|diagnosing|repairing|installing|setting|basic|simple|the|their|his|her)
(bodged|bodging|bodge|bodges|botch|botching|botches|bungle|bungling|bungles|fluffed|fudged|flubbed|flubbing)
(bodge|botch|bungled|botched) (job|jobs|repair|repairs|install|installation|fix|fixes|work)
(cock-up|cockup|cock-ups|screw-up|screwup|screw-ups|balls-up|ballsup|snafu|fubar)
(royally|totally|completely|utterly|badly|seriously|massively|properly) (messed|screwed|cocked|fouled|mucked|ballsed|buggered) up
(mucked|mucking|ballsed|ballsing|buggered|buggering|effed|f'd) up | weight=0.6
(fumbled|fumbling|floundered|floundering|flailed|flailing|bumbling|bumbled|blundered|blundering) | weight=0.6
(fumbled|fumbling|floundered|floundering|flailed|flailing|bumbling|bumbled|blundered|blundering) ~3 (through|around|about|with|over) ~3 (system|screen|computer|answer|answers|question|questions|call|it|my|the)
(hadn*|hasn*|haven*|didn*|not|no|without) ~2 (foggiest|faintest|haziest|remotest|slightest) | noneg
(didn*|doesn*|don't|dont|don’t|not|hadn*|hasn*) ~1 (know|knew) (jack|squat|diddly|diddly-squat|sod-all|bugger-all|nowt|zip) | noneg, weight=0.6
(knew|knows|know|knowing) (jack|squat|diddly|diddly-squat|sod-all|bugger-all|nowt|zip) ~2 (about|on|of)
(fed|feed|feeding|feeds|handed|provided|supplied|quoted) (me|us) ~2 (wrong|incorrect|false|inaccurate|misleading|bogus|duff|dodgy|erroneous|conflicting|contradictory)
(cowboy|cowboys) ~1 (builder|builders|plumber|plumbers|electrician|electricians|outfit|firm|company|mechanic|mechanics|engineer|engineers|installers|fitters|job|work|operation|traders|workmen)
amateur hour
(couldn't|couldnt|couldn’t|can't|cant|can’t) (organise|organize|run) ~3 (piss-up|pissup|piss) ~3 brewery | noneg
(didn't|didnt|didn’t|doesn't|doesnt|doesn’t|don't|dont|don’t) ~1 know (what|wat|wot) ~2 (on|going) about | noneg
(couldn*|can't|cant|can’t|cannot|unable|failed|fail|fails|not) ~2 (diagnose|diagnosed|identify|identified|pinpoint|pinpointed|trace|traced|troubleshoot|troubleshooted|locate|located) ~4 (fault|faults|problem|problems|issue|issues|cause|error|leak|source|what|why) | noneg
(got|get|gets|getting|kept|keep|keeps) ~3 wrong ~2 (again|twice|thrice|times|repeatedly|every|each|constantly) | weight=0.5
(hadn't|hadnt|hadn’t|hasn't|hasnt|hasn’t|haven't|havent|haven’t|didn't|didnt|didn’t|not|without) ~2 (a|the) (notion|scooby|iota) | noneg
thick as ~2 (planks|plank|mince|pigshit|shit|custard)
(bumbling|bumbled|fumbling|floundering) ~6 (couldn*|can't|cant|can’t|unable|no|not|didn*) | noneg
(muppets|numpties|cowboys|amateurs|clowns|idiots|morons|halfwits|dimwits|imbeciles) ~6 (nobody|noone|none|no|couldn*|can't|cant|didn*|don't|dont|doesn*|not) ~3 (knew|know|knows|clue|idea|able|could|understand|understood|how) | noneg
+ The technician bodged the install and was incapable of explaining why.
+ The lad hadn't a notion and fumbled around the system for ages.
+ The engineer couldn't diagnose the fault after two hours.
- The engineer diagnosed the fault quickly and knew exactly what to do.
- I was fumbling for my card at the till and the staff were patient.

# --- en14a: each gives a different figure; told it wouldn't change, then it did
(all|each|every|everyone|both) ~3 (give|gave|giving|gives|quote|quoted|quotes|quoting|tell|tells|told|say|says|said) ~2 (a|me|us) ~1 (different|another|new) (reading|figure|answer|price|date|amount|story|number|total|balance|explanation|reason|quote)
(assured|told|said|promised|guaranteed|insisted) ~12 (wouldn*|won't|wont|won’t|not|never) ~3 (change|affect|increase|rise|go|cost) | weight=0.5, noneg
(bill|bill's|price|payment|charge|fee|premium|tariff|cost|direct) ~3 (went|gone|goes|has|jumped|rose|increased|shot) ~1 (up|by) | weight=0.5
+ they all give me a different reading
+ agent told me the upgrade wouldn't change my price. bill's gone up £15
+ everyone I speak to quotes a different price
- everyone gave me a warm welcome and a free coffee
- The agent explained why my bill went up and it made sense.

# --- r14b: someone who hadn't got a clue; not one had a clue; first needed X, then Y, then both; letter says one thing, email another
(someone|somebody|one|who|whoever|anybody|anyone) ~2 (hadn*|hasn*|haven*|didn*|doesn*) ~2 (got|had|have|a|the|any) ~1 (clue|idea) | noneg
not (one|a) ~2 (had|has|knew|knows|of) ~2 (clue|idea|how) | noneg
(said|says|told|claimed) ~3 (needed|need|needs|require|required|requires) ~6 then ~3 (needed|need|needs|require|required|both)
(letter|email|e-mail|call|text|agent|adviser|advisor|website) (saying|says|said|stating|states|claiming|claims) ~8 (letter|email|e-mail|call|text|another|next|agent|adviser|advisor|website) (saying|says|said|stating|states|claiming|claims)
+ three hours with someone who hadn't got a clue how to reboot a router
+ three staff at the till and not one had a clue how to take a gift card
+ she said I needed the box, then the receipt, then both
+ a letter saying it was processed, an email saying I wasn't eligible
- I hadn't got a clue where my receipt was, my fault
- the letter says the same as the email, thanks

# --- en16a: "one handler said X, the second that Y, the third had no record"
one (handler|caseworker|consultant|clerk|cashier|receptionist|claims|case|call|customer|support|sales|staff|worker) ~2 (said|says|told|claimed|insisted|reckoned|thought) | weight=0.5
(said|says|told|claimed|insisted) ~8 (the|a) (other|second|next|third) that | weight=0.5
(second|third|next|another|latest) ~4 (no|didn*|hadn*|couldn*) ~3 (record|records|trace|idea|clue|notes) | weight=0.5
+ One claims handler said I was missing photos, the second that photos weren't needed.
+ One guy told me it was covered, the other that it wasn't.
- One lady said it would take a week and it did.
- The sofa is a month overdue and nobody has told me anything at all.
- Each time I called a different person picked up and asked for my postcode.

# --- r19a paraphrase: advice that "proved / turned out" wrong; the spelled-out
# "could not / was not able to" explain; "did not seem to understand"
(advice|information|info|guidance|instructions|instruction|answer|answers|explanation|directions|quote|figures|assurance|assurances) ~10 (proved|proven|turned|turns|proves) ~4 (incorrect|wrong|inaccurate|false|untrue|misleading|erroneous|mistaken|outdated|bogus|rubbish|nonsense)
could not ~2 (answer|explain|figure|work|say|tell|interpret|read|decipher) ~5 (question|questions|why|how|what|where|when|which|whether|out|error|code|message|warning|fault|reading|light|charge|fee|bill|difference|reason) | noneg
(was|were|is|are|been) not able to ~1 (answer|explain|figure|work|say|tell|interpret|read|decipher) ~5 (question|questions|why|how|what|where|when|which|whether|out|error|code|message|warning|fault|reading|light|charge|fee|bill|difference|reason) | noneg
(didn*|doesn*|don't|dont|don’t|not|never) ~1 (seem|seems|seemed|appear|appears|appeared) ~2 (know|understand|grasp|realise|realize|comprehend) | noneg
+ the guidance from the call centre turned out to be completely wrong
+ the engineer was not able to tell me what the flashing light means
+ the rep did not appear to understand what a static IP is
- the advice turned out to be spot on, thank you
- I did not seem to have the right cable, the assistant found me one

# --- s11 round: no idea how to fix, shifting answers, "does anyone know how it works", checking every question
(helpdesk|support|team|technician|tech|engineer|advisor|adviser|rep|mechanic|installer|he|she|they|staff|agent|assistant|branch|store|shop|desk|department|people|person|nobody|anyone|anybody|plumber|electrician|fitter) ~2 (had|has|have|seemed|seems) ~1 no (idea|clue) | noneg
+ The technician clearly had no clue how the new model fits together.
+ Their support team seemed to have no idea what a static IP was.
- I had no idea the store closed so early.
- The engineer had no trouble fixing it.
(first|initially|originally) ~2 (told|said|claimed|insisted|reckoned|quoted|thought) ~12 then ~10 then | weight=0.6
(first|initially|originally) ~2 (told|said|claimed|insisted|reckoned|quoted) ~12 (then|later|next) ~4 (admitted|conceded|realised|realized|changed|contradicted|decided)
+ The agent first said the parcel was in Leeds, then later admitted he could not find it anywhere.
+ Initially I was told the fee was waived, then she changed her answer completely.
- First they apologised, then they refunded me, brilliant.
- I first told them about the leak on Monday.
(told|said|says|quoted|given) ~4 then ~3 then ~3 (then|and|before|by) | weight=0.6
(anyone|anybody|any|none|nobody) ~4 (know|knows|understand|understands|understood|knew) how ~4 (works|work|worked|own|system|billing|product)
+ Does anybody there actually understand how your own tariffs work?
+ Nobody in the shop knew how the trade-in scheme works.
- Does anyone know how long delivery takes at the moment?
- Everyone there knows how the system works and it shows.
(check|checking|ask|asking|checked|asked) with ~4 (every|each) ~1 (question|query|detail|step|thing)
+ She had to go and check with her supervisor on every single question.
+ He kept asking with someone else for each detail I raised.
- The driver checked every parcel with me at the door.
- I asked about each item and she knew them all.
(making|make|made|makes|invent|invented|inventing) (things|stuff|answers|facts|information|info|details) up
+ It felt like the guy on the phone was just making stuff up as he went.
+ I'm fairly sure she made things up to get me off the line.
- I'm not making this up, it really happened.
- They made up for it with a voucher.
(he|she|they|agent|advisor|adviser|mechanic|engineer|technician|assistant|staff|rep|receptionist|cashier|nobody|none) (couldn't|couldnt|cannot|can't|cant) (say|tell|answer) | noneg
+ The mechanic couldn't say which part had actually failed.
+ I asked what the charge was for and she couldn't say.
- He could tell me exactly which part had failed.
- I can't say I'd recommend them to anyone.
