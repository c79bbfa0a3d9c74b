# Transferred or passed between departments, agents or shops; each one
# sends the customer to the next.  Not a money transfer ("the refund was
# transferred to my account").
(transferred|transfered|transferring|transfering|transfers|transfer) (me|us) | weight=0.6
(transferred|transfered|transferring|transfering|transfers|transfer) (me|us) ~5 (again|around|round|times|twice|thrice|another|different|wrong|between|from|someone|somebody|department|departments|each|every|back|elsewhere|other)
(transferred|transfered|transferring|transfering|transfer) ~1 (my|the) (call|case|complaint|query|chat)
(got|get|gets|getting|was|were|been|being|keep|kept|keeps) ~1 (transferred|transfered|passed|bounced|shunted|shuffled|pinged|handed|thrown|moved|redirected|juggled|kicked|punted|ping-ponged) ~4 (around|round|about|forth|another|different|between|departments|agents|teams|people|persons|times|again|twice|each|wrong)
(transferred|transfered|transferring) ~4 (another|other|different|wrong|departments|teams|agents|people|colleagues|around|round|times|twice|thrice|between|each)
(transfer|transfers) ~3 (another|different|wrong|department|departments|team|agent|agents|person|colleague) | weight=0.6
(sent|send|sends|sending|pass|passed|passing|passes|bounced|bouncing|bounce|shunted|shunting|shuffled|shuffling|pinged|ping-ponged|juggled|kicked|punted|handed|handing|hands|palmed|palming|palms|redirected|referred|referring|pushed|moved|batted|tossed|flinging|flung|fling|chucking|chucked|throwing|threw|shoving|shoved|directing|directed|shuttling|shuttled|fobbing) (me|us|him|her|them|u|customer|caller) ~2 (around|round|about|between|onto|off|along|backwards|forth|from|on|to) ~3 (another|different|other|someone|somebody|next|colleague|colleagues|department|departments|team|teams|person|people|agent|agents|forth|one|pillar|each|store|stores|shop|shops|branch|branches|desk|line)
(pass|passed|passing|passes|bounced|bouncing|bounce|shunted|shunting|shuffled|shuffling|pinged|ping-ponged|juggled|kicked|punted|handed|redirected|referred|pushed|moved|batted|tossed) (my|the|our) (call|case|complaint|query|issue|problem|ticket|enquiry|inquiry|claim) ~2 (around|round|about|between|onto|off|along|backwards|forth|from|on|to) ~3 (another|different|other|someone|somebody|next|colleague|colleagues|department|departments|team|teams|person|people|agent|agents|forth|one|pillar|each|store|stores|shop|shops|branch|branches|desk|line)
(moved|passed|bounced|shunted|shuffled|juggled|transferred|transfered|batted|tossed|pinged|sent|shuttled|shuttling|ferried|forwarded|referred|rerouted|routed|flung|thrown|kicked|juggling|bouncing|passing) ~2 between
back and forth between
(backwards|back) and (forwards|forth) ~4 (between|department|departments|team|teams|store|shop|agent|agents|people|head|office)
pillar to post
(runaround|run-around|run-arounds|runarounds)
(gave|giving|give|given|get|got|getting|gets) ~2 run around
(ping-pong|pingpong|ping-ponged|ping-ponging)
ping pong
(round|around) in circles | weight=0.6
going (round|around) and (round|around)
(merry-go-round|merry-go-rounds)
hot potato
(each|every) (one|person|agent|department|team|store|shop|branch|advisor|adviser|time) ~5 (sent|sends|passed|passes|transferred|transfers|referred|refers|directed|pointed|redirected|pushed|told) ~3 (me|us|someone|somebody|another|else|next|elsewhere|back)
(one|this|first) (department|team|store|shop|branch|agent|person) ~8 (another|other|different|second) (department|team|store|shop|branch|agent|person|one) ~8 (back|sent|sends|said|says|told|tells|refer|refers|referred|passed)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) ~1 (departments|teams)
(spoke|speaking|talked|talking|dealt) (to|with) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) ~1 (people|persons|agents|advisors|advisers|reps|representatives|operators|departments|employees|colleagues)
(wrong|another|different|other|correct|right) department ~6 (sent|send|told|transferred|transfered|passed|said|says|put|directed|redirected|referred|try|call|contact)
(sent|send|told|transferred|transfered|passed|put|directed|redirected|referred) ~3 (wrong|another|different|other) (department|dept|depts|dpt|team|number|line|person|agent|store|shop|branch|desk|counter|office)
(told|tells|telling|sent|said) ~3 (call|ring|phone|contact|go|try|visit|email) ~2 (another|different|other) (department|team|number|line|store|shop|branch|office|location)
(every|each|another|different|other) (department|team|agent|person|desk|store|shop|branch) ~4 (transferred|transfered|passed|sent|put|referred|redirected)
(sent|send|sends|sending|told|passed|referred) (me|us|you|u|ya) back to | weight=0.6
(passed|transferred|transfered|sent|bounced|shunted|shuffled|handed) (to|between|around|round) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|several|multiple|many|different|various|countless) ~1 (people|ppl|persons|agents|departments|teams|different|staff|advisors|advisers|reps)
(another|other|different|next) ~1 (team's|department's|teams|departments|team|department|person's|agent's|branch's|store's) ~1 (job|problem|responsibility|issue|area|remit|fault) | weight=0.5
(told|sent|referred|passed|transferred|directed|pointed) (me|us) ~10 who (told|sent|referred|passed|transferred|directed|pointed) (me|us)
(sent|send|sends|put|puts|passed|transferred|transfered|referred|bounced|directed|pushed|shunted) (me|us) back ~2 (to|through|onto)
(put|puts|putting) (me|us) through to ~4 (another|different|wrong|other|someone|billing|technical|tech|sales|complaints|accounts|retentions|collections|returns|support|cancellations|loyalty|department|team|colleague) | weight=0.6
from one (department|person|agent|team|store|shop|branch|desk|office|adviser|advisor|section|rep|site) to (another|the|other|a)
(sent|passed|bounced|transferred|transfered|put|shunted|shuffled|pushed) from ~3 to ~4 (to|back) | weight=0.6
back to (billing|sales|technical|tech|support|complaints|accounts|retentions|collections|cancellations|repairs|faults|customer|reception|where) | weight=0.5
(passing|passed|pass|passes|batting|batted|bouncing|bounced|sending|sent|kicking|kicked|shuffling|shuffled|throwing|tossing) ~3 back and (forth|forwards)
(round|around) in circles between
from (department|person|agent|team|pillar|desk|office|branch|store|shop|adviser|advisor|queue|line|extension|section|dept|rep|operator|counter|executive) to (department|person|agent|team|desk|office|branch|store|shop|adviser|advisor|queue|line|extension|section|dept|rep|operator|counter|executive)
(palmed|fobbed|handed|passed|shunted|shuffled|pushed|offloaded) off (to|onto) ~3 (team|department|dept|colleague|colleagues|someone|somebody|another|different|other|sales|billing|complaints|support|store|shop|branch|manager|company|agent)
(palmed|fobbed|shunted|shuffled) (me|us) off back
+ I was transferred five times and nobody could help
+ they kept passing me around from one department to another
+ gave me the runaround for two weeks
+ sent from pillar to post between the store and head office
+ each agent sent me to someone else, going round in circles
+ got transferred to the wrong department twice
- the refund was transferred to my account within 2 days
- I made a bank transfer and it went through fine
- the agent sorted it herself without transferring me
# --- paraphrase families (h2) ---
(putting|puts|sending|sends|transferring|transfering|passing|directing|routing|routed|connecting|connected) ~3 (wrong|another|different|other) (department|dept|team|number|line|person|agent|store|shop|branch|desk|counter|office|section)
(kept|keep|keeps|keeping) (transferring|transfering|passing|bouncing|shunting|redirecting|forwarding|routing|referring|shuffling) (me|us|my|him|her|them|u|customer|caller)
(passed|bounced|shunted|shuffled|kicked|handed|sent|batted) ~1 (around|round|about|along) ~2 (person|people|agent|agents|department|departments|team|teams|staff|branches|stores|shops)
(ping-ponged|ping-ponging|yo-yoed|bounced) between
+ they kept transferring me to the wrong department
+ got passed around from one person to the next all morning
- they put me through to the right person first time
- he passed my compliments on to the team
# --- r4: "each time I'm transferred", "every time they put me through" ---
(each|every|whenever) ~3 (transferred|transfered|bounced) ~1 (i|i'm|im|we|me|us|again|to|around|round|between)
(each|every|whenever) ~1 (time|call) ~3 (transferred|transfered|bounced|passed)
whenever ~3 (transferred|transfered|bounced|passed)
+ each time I'm transferred I have to start again
+ whenever I get passed on the line goes dead
- each time I transfer money to my savings it works fine

# --- r6: one told me to go back to the other
(told|sent|referred|directed|pointed|redirected|said) ~4 back ~2 (to|the|into) ~2 (shop|store|branch|retailer|manufacturer|seller|office|bank|courier|department|team|them|you|company|dealer|insurer|supplier|landlord|agent|warehouse)
+ the maker redirected me back to the retailer who sold it
+ customer services sent me back to the branch, again
- I popped back to the shop later and picked it up
- the driver took the parcel back to the depot as I was out

# --- r6b: A sends me to B, B sends me to A
(sent|sends|send|referred|refers|redirected|redirects|pointed|points|passed|passes|directed|directs|bounced|bounces|forwarded|forwards|put|puts) (me|us) (to|back|over) ~4 (sent|sends|send|referred|refers|redirected|redirects|pointed|points|passed|passes|directed|directs|bounced|bounces|forwarded|forwards|put|puts) (me|us) (to|back|over)
(says|said|tells|told) ~1 (talk|speak|ring|call|contact|go|ask|email|phone) ~4 (says|said|tells|told) ~1 (talk|speak|ring|call|contact|go|ask|email|phone)
(redirected|referred|forwarded|sent|pointed|directed) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|several|multiple|many|different|various) ~2 (different|other|email|addresses|teams|departments|people|numbers|places|branches|offices|stores|shops|locations|sites|depots|counters|desks)
+ IT sent me to HR and HR sent me back to IT
+ the insurer says call the garage, the garage says call the insurer
+ referred to five different teams so far
- I sent my sister to the same shop and she loved it
- he said to call back tomorrow, and she said to bring the receipt

# --- r6c: sent from A to B to C and back
(sent|passed|bounced|shunted|shuffled|transferred|referred|redirected|directed|ferried|kicked) from ~4 to ~4 (to|back|and)
+ bounced from the app team to the store to customer services
+ referred from the GP to the pharmacy and back
- I was transferred from the airport to the hotel by shuttle, easy
- we drove from Leeds to York and back

# --- r8b: put through to N people; went through N departments; "that's a head office thing";
#     every department points at another; forwarded from A to B to C; put me onto someone else
(put|putting|puts|passed|transferred|transfered|connected|forwarded|routed|rerouted|handed|shunted|bounced|directed|redirected|referred|sent) ~2 (to|between|through|around|round) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|various|different|separate) ~2 (people|persons|agents|departments|teams|staff|advisors|advisers|reps|colleagues|operators|handlers|desks|branches|stores|shops|offices|extensions|numbers)
(went|go|going|gone|been|got|get|getting) (through|via) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|various|different|separate) ~1 (departments|teams|agents|people|advisors|advisers|reps|operators|desks|extensions|handlers)
(one|an) (agent|person|department|team|advisor|adviser|rep|operator|desk|office|branch|store) after (another|the)
(that's|thats|that’s|it's|its|it’s|was|is) (a|an|for) ~1 (head|office|department|billing|sales|accounts|technical|tech|lettings|maintenance|branch|store|shop|warehouse|courier|returns|claims|repairs|other|different) ~1 (thing|matter|job|question|department|issue) | weight=0.6
stuck in the middle | weight=0.5
(round|around) the houses | weight=0.6
(each|every|one) ~1 (department|team|agent|person|desk|branch|store|shop|office|party|side|company|advisor|adviser) ~4 (points|pointed|pointing|blames|blamed|blaming|refers|referred|defers|deflects|pushes|pushed|palms|palmed) ~4 (another|other|next|else|them|me|us|back)
(sent|passed|bounced|shunted|shuffled|transferred|referred|redirected|directed|ferried|kicked|forwarded|handed|routed|rerouted|punted|moved|pushed) from ~4 to ~5 (to|back|and)
(put|puts|putting|forwarded|forwards|forwarding|passed|handed|shifted|moved|switched|shoved|dumped|offloaded|palmed) (me|us) (onto|over|on) ~3 (someone|somebody|another|different|other|colleague|department|team|person|agent|lady|guy|man|woman|else)
(forwarded|forwards|forwarding|rerouted|re-routed|routed) (me|us|my) ~3 (to|onto) | weight=0.6
(not|isn't|isnt|isn’t|wasn't|wasnt|wasn’t) (my|his|her|their|our|your) (department|team|area|remit|desk) | weight=0.5, noneg
(each|every|all|various|several|multiple|different) ~2 (advisor|adviser|agent|person|people|department|team|colleague|rep|staff|desk|operator) ~3 (was|were|got|been|i'm|im|i|we|get) ~1 (passed|transferred|transfered|sent|put|handed|bounced|forwarded|referred) (to|through|on|onto)
+ I've been put through to four different people since lunch
+ went through six departments before anyone knew what a meter was
+ every team points me to another team
+ he forwarded me to sales and she forwarded me to accounts
+ it was one agent after another, none of them could help
- he forwarded me the receipt by email straight away
- I went through the form in two minutes, very easy

# --- r10b voices: "which in turn directed me"; "from one member of staff to the next"; "agent number 6";
#     "keep getting passed on"; "every agent: let me transfer you"; "moved from queue to queue"
in turn ~3 (sent|directed|referred|passed|transferred|transfered|pointed|redirected|forwarded|told|put)
from one ~4 (staff|department|person|agent|team|store|shop|branch|desk|office|adviser|advisor|section|rep|line|queue|member|colleague|operator|number|extension|helpline|guy|lady|executive|representative|counter|dept) ~2 to ~1 (next|another|other)
(no|not) (fewer|less) than ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|several) ~2 (departments|people|persons|agents|teams|staff|advisors|advisers|reps|colleagues|operators|handlers|desks|branches|stores|shops|offices|extensions|numbers|transfers) | noneg
(agent|person|rep|advisor|adviser|operator|representative|executive|department|team) (number|no) (3|4|5|6|7|8|9|10|three|four|five|six|seven|eight)
(third|fourth|fifth|sixth|seventh|eighth|umpteenth|nth) (agent|rep|advisor|adviser|operator|representative|executive|department|team|transfer|handler) | weight=0.6
(keep|kept|keeps|keeping|always|constantly) ~1 (getting|being|get|gets) (passed|transferred|transfered|bounced|moved|redirected|referred|forwarded|handed|shunted|sent|shuffled|pushed|fobbed)
(every|each|all) ~1 (agent|person|rep|advisor|adviser|operator|one|department|team|staff|guy|lady|representative|executive) ~8 (transfer*|redirect*|forward*|refer|referred|refers|referring)
(let|lemme) (me|us) (transfer|pass|forward|redirect|put) (u|you|ya|your|this) | weight=0.5
(not|isn't|isnt|isn’t|thats|that's|that’s) (me|my|mine|us|our|ours) ~2 (department|dept|team|area|remit|job|desk|problem) | noneg, weight=0.5
+ the counter directed me to the service desk, which in turn directed me to the helpline
+ handed along from one member of staff to the next, like a parcel
+ ok so now im on agent number 6
+ I was connected to no fewer than four different departments
+ put from one line to another the whole morning
+ keep getting passed on, nobody knows
+ why does every agent just go oh let me transfer u
+ she was moved from queue to queue all afternoon
+ I have been shuttled between your claims team and your underwriters
+ Caller says previous agents kept referring her to other departments
- I moved from one flat to another last month
- the first agent transferred me once to the right team and they fixed it

# --- en14a: transferred across sessions; A says call B, B says call A
(transferred|transfered|moved|passed|bounced|shunted|shuffled) ~2 (across|through) ~2 (chats|chat|windows|sessions|agents|departments|teams|people|lines|queues)
(ring|call|phone|contact|try) (sales|service|billing|accounts|support|technical|repairs|retentions|customer-service|complaints) ~8 (ring|call|phone|contact|try) (sales|service|billing|accounts|support|technical|repairs|retentions|customer-service|complaints) | weight=0.6
round and round | weight=0.5
+ they kept handing me off to each other for an hour
+ I got shunted through four chat windows before anyone helped
+ billing said call support, support said call billing. round and round
- I was transferred straight to the right person and sorted in five minutes.
- The agent passed my thanks on to the team.

# --- r14b: one channel says the other, the other says the first
(chat|shop|store|branch|phone|online|website|app|sales|service|billing|support) (said|says|told) ~6 (shop|store|branch|chat|phone|online|website|app|sales|service|billing|support) (said|says|told)
+ chat said go to a shop, shop said do it in chat
+ billing said ask support, support said ask billing
- the chat said the shop had it in stock, great

# --- en15b: "put me through four times"; "chat sent me to support, support sent me back";
#     "transferred me somewhere else"
(put|puts|putting|connected|forwarded|passed|bounced|routed|rerouted|switched|transferred|transfered) (me|us) (through|on|over|across|around|round) ~3 (times|twice|thrice)
(sent|sends|send|referred|refers|redirected|redirects|pointed|points|passed|passes|directed|directs|bounced|bounces|forwarded|forwards|put|puts|transferred|transfers) (me|us) ~1 (to|over|across|onto) ~8 (sent|sends|send|referred|refers|redirected|redirects|pointed|points|passed|passes|directed|directs|bounced|bounces|forwarded|forwards|put|puts|transferred|transfers) (me|us) ~2 back
(transferred|transfered|passed|shunted|bounced|palmed|fobbed|shoved|redirected|forwarded) (me|us|my) ~2 (somewhere|elsewhere)
+ They put me through five times and each department had someone new.
+ The shop referred me over to the warehouse and the warehouse referred me right back.
+ The lady just transferred me somewhere else without explaining.
- They put me through to billing and she fixed it in two minutes.
- The refund was transferred to my account.

# --- en16b: back to the chat/store, new agent; the store said do it via the chat
back to the (chat|store|shop|branch|phone|helpline|app|counter|desk) ~3 (new|another|different) (agent|person|advisor|adviser|rep|guy|lady|colleague|assistant|operator)
(the|in) (chat|store|shop|branch|helpline|app) (said|says|told) ~8 (via|through|in|over|on|to|at) the (chat|store|shop|branch|phone|app|website|helpline) | weight=0.5
+ back to the chat, another agent, same story
+ the shop said it could only be done via the chat, and then the chat sent me to the shop
+ went back to the store, different assistant, started all over
- back to the shop for a different size, no problem at all
- the store said it would be ready at the counter by noon

# --- en16a: "I got put through four times" (no object)
(got|get|gets|was|were|been|being|kept|keep) (put|passed|switched|connected|forwarded|bounced|routed) (through|on|over|across|around|round) ~3 (times|twice|thrice)
+ I got put through four times and nobody could help.
+ We were passed on three times before the line went dead.
- I got put through once and she fixed it.
- Paying the invoice is the other team's job, which is fair enough.

# --- en18b inflection: "every time they pass me on", "handed my wife off", "sends you back", "wrong dept"
(each|every|whenever) ~2 (time|call) ~3 (pass|passes|passing|transfer|transfers|transferring|bounce|bounces|bouncing|put|puts|putting|hand|hands|handing) (me|us|him|her|them|u) (on|over|across|through|along|around|round|off)
whenever ~3 (pass|passes|passing|transfer|transfers|transferring|bounce|bounces) (me|us|him|her|them|u) (on|over|across|through|along|around|round|off)
(sent|send|sends|sending|pass|passed|passing|passes|bounced|bouncing|bounce|shunted|shunting|shuffled|shuffling|juggled|kicked|handed|handing|hands|palmed|palming|palms|redirected|referred|referring|pushed|batted|tossed|fobbing|fobbed) (my|our|his|her|their|the|elderly|poor) ~1 (wife|husband|mum|mom|mother|dad|father|son|daughter|partner|parents|gran|nan|grandma|grandad|granddad|grandfather|grandmother|sister|brother|kids|child|friend|neighbour|neighbor|boss|customer|customers|callers|clients) ~2 (around|round|about|between|onto|off|along|backwards|forth|on) ~3 (another|different|other|someone|somebody|next|colleague|colleagues|department|departments|team|teams|person|people|agent|agents|forth|one|pillar|each|store|stores|shop|shops|branch|branches|desk|line)
(handing|hand|hands|handed|passing|pass|passes|passed|sending|send|sends|sent) (customers|callers|clients|people) ~2 (around|round|along|between|off|on) ~3 (another|other|next|each|department|departments|team|teams|person|people)
+ every time they pass me on, the call just drops
+ your agents handed my husband off to each other all morning
+ the store says it can only be done over the phone, then the phone line sends you back to the store
+ she got put through to the wrong dept, twice

# --- s9c: a referral chain that ends where it began: "full circle" ---
(full|complete) circle | weight=0.6
+ the bank sent me to the branch, the branch sent me to the call centre, the call centre sent me to the bank, full circle
+ passed from team to team until I came full circle
+ each department sent me to another until we had gone full circle
- we have come full circle on the design, happy with it
- the bus goes full circle round the town
