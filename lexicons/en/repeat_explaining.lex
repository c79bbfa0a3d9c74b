# Had to explain the problem or give the same details again and again to
# different people.  Not: "repeat order", "on repeat".
(explain|explained|explaining|explains|re-explain|re-explained|re-explaining|reexplain|reexplained|tell|told|telling|describe|described|describing|recount|recounted|repeat|repeated|repeating|spell|spelled|spelt) ~8 (again|over-again|scratch|beginning|start|top|square|twice)
(explain|explained|explaining|explains|describe|described|describing|repeat|repeated|repeating) ~6 (each|every) ~1 (time|person|agent|one|advisor|adviser|call|single|new|department|of|them)
(go|goes|went|going|gone|run|ran|running) through ~5 (again|scratch|beginning|start|top|each|every|everyone)
(give|gave|giving|provide|provided|providing|type|typed|typing|enter|entered|confirm|confirmed|verify|verified|read) ~4 (details|number|postcode|address|name|birth|reference|information|info|everything|password|code) ~4 (again|twice|scratch|each|every|everyone|times)
(re-explain|re-explained|re-explaining|reexplain|reexplained|re-tell|retell|re-told|retold|retelling|re-enter|re-entered|reenter|reentered)
(repeat|repeated|repeating|repeats) (myself|ourselves)
(had|have|having|keep|kept|keeps|forced|made|need|needed|constantly|again|always|sick|tired) ~3 (repeat|repeating|repeated) ~2 (myself|ourselves|story|problem|issue|details|number|postcode|address|name|birth|complaint|case|information|info|reference|everything)
(repeat|repeated|repeating|repeats) ~2 (whole|entire) ~1 (story|thing|problem|issue|situation)
(told|explained|repeated|gave|given|recounted) ~4 (story|details|problem|issue|everything|it|situation) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) times
(explained|explain|explaining|told|tell|telling|repeated|repeat|given|gave|give) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) ~1 (people|persons|agents|advisors|advisers|staff|employees|operators|departments)
(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|hundredth|millionth) time ~3 (explaining|explained|telling|told|repeating|repeated|giving|going)
same (story|question|questions|details|information|info|security|checks|explanation|thing) ~6 (again|over|every|each|everyone|times|twice)
(asked|asks|ask|asking|wanted|wants|needed|needs) ~3 same ~2 (questions|details|information|number|info|question|security|photo|photos|documents|things)
(agent|one|person|staff|advisor|adviser|rep|operator|someone|somebody|next|new|each|every|guy|lady|then) ~2 (asked|asks|asking|wanted|wants|needed|needs) ~4 again
(every|each|the|another|a) ~1 (new|next|different) ~1 (agent|person|one|advisor|adviser|rep|operator|department|team|call|time) ~8 (asked|asks|ask|wanted|wants|needed|needs|made|makes|explain|again|same|scratch|start|top|everything|story)
(every|each) ~1 (time|agent|person|advisor|adviser|call|one|rep|operator|department|handler) ~8 (explain|re-explain|repeat|start|scratch|beginning|story|same|new|again)
(start|started|starting|begin|began|beginning|go|went|back) ~2 (over|again|scratch|beginning|start|square) ~6 (explain|explaining|tell|telling|details|story|each|every|new)
(asked|asks|asking) me ~4 again
(asked|asks|asking) for ~1 (my|the|our|your|all) ~3 (details|number|postcode|address|name|birth|reference|information|info|password|dob|account|story|id|identification|documents|photos|receipt|proof|code|card) ~3 again
(asked|asks|asking) (for|me) ~4 already | weight=0.5
(someone|somebody|person|agent|advisor) new | weight=0.5
(new|different) ~1 (agent|person|advisor|adviser|rep|operator|handler|caseworker|clerk|colleague|member) | weight=0.5
(no|nobody|noone|never|didn*|doesn*|don't|dont|don’t) ~4 (record|records|notes|history|note) | noneg, weight=0.6
(no|nobody|noone|never|didn*|doesn*|don't|dont|don’t) ~2 (read|check|checked|look|looked|heard) ~3 (notes|history|file|it|previous|before) | noneg, weight=0.6
(have|had|having|need|needed|forced|made) to (explain|tell|repeat) ~4 (whole|same|everything|story|again|all) | weight=0.6
(same|identical) (questions|details|information|info|documents|paperwork|data|checks|story) | weight=0.5
(give|gave|giving|provide|provided|repeat|repeated|confirm|confirmed|spell|spelled|spelt|explain|explained) ~6 (to|for) (every|each|all|everyone|everybody)
(give|gave|giving|provide|provided|providing|type|typed|typing|enter|entered|confirm|confirmed|verify|verified|read|repeat|repeated|spell|spelled|spelt) ~6 (details|number|postcode|address|name|birth|reference|information|info|everything|password|code|dob|account) ~8 (again|twice|then|second|third|next|everyone|each|every|beginning|scratch|start|afresh|over)
(recount|recounting|recounted|retell|retelling|re-tell|re-telling|rehash|rehashing|rehashed|regurgitate|regurgitating|relive|reliving) | weight=0.6
(start|starts|started|starting|begin|begins|began|beginning) (from|at) (zero|scratch|square|nothing)  | weight=0.6
(whole|entire|full|same|long) (story|saga|history|rigmarole|palaver|ordeal|spiel|song) | weight=0.5
(pasted|typed|given|gave|provided|sent|repeated|entered|quoted|spelled|spelt|confirmed|explained|told|re-entered|retyped|recited) ~8 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozen|dozens|hundred|million|endless|loads) times | weight=0.6
(second|third|fourth|fifth|sixth|umpteenth) (agent|person|advisor|adviser|rep|operator|staff|employee|human|colleague) | weight=0.5
(must|have|had|need|needed) (explain|tell|repeat) ~2 again
+ I had to explain the whole thing again to every new agent
+ every time I call I have to start from scratch
+ told my story four times to four different people
+ I'm sick of repeating my account number to each person
+ nobody has any record of my previous calls so I had to explain everything again
- I'd like to repeat my order from last week
- the hold music was on repeat for 20 minutes
- she explained the process clearly, thanks
# to four separate people; start all over again (h2c)
(give|gave|giving|given|repeat|repeated|repeating|explain|explained|explaining|tell|told|telling|confirm|confirmed|provide|provided|spell|spelled|spelt|recite|recited) ~10 to ~2 (separate|different|various|multiple|several) (people|persons|agents|advisors|advisers|staff|departments|reps|operators|employees|members)
(start|started|starting|begin|began|beginning) ~2 (all|right) (over|again) | weight=0.5
+ I had to give my name, address and date of birth to four separate people
- I gave the parcels to four different neighbours
(repeat|repeated|repeating|repeats|gave|give|giving|given|spelled|spelt|spell|confirmed|confirm|recited|quoted|read) ~4 (details|number|postcode|address|name|birth|reference|password|dob|account|story|problem|issue|complaint|question|questions) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozen) times
+ repeated my account number five times
# --- r4: "explained it to five different people" ---
(explained|explain|explaining|described|repeated|re-explained|reexplained) ~6 (to|with) ~3 (different|several|multiple|numerous|countless|various|separate|new|two|three|four|five|six|seven|eight|nine|ten|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (people|persons|agents|advisors|advisers|staff|operators|reps|representatives|colleagues|members|employees|departments|managers)
+ I've explained the same billing error to at least five different people
+ had to tell my story to four separate advisers
- I explained the problem to one person and she fixed it
- I explained it to my two kids and they loved it

# --- r6: sending the same documents/photos again; asked for info already provided; "broken record"
(sent|send|sending|uploaded|upload|provided|provide|submitted|submit|emailed|given|gave|forwarded|resent|attached) ~2 same ~4 (documents|document|photos|photo|pictures|details|information|info|evidence|paperwork|proof|receipts|receipt|screenshots|forms|form|files|statements)
(resend|resent|resending|resubmit|resubmitted|re-send|re-sent|re-submit|re-submitted|re-upload|re-uploaded|reupload|reuploaded) ~4 (documents|document|photos|photo|pictures|details|information|info|evidence|paperwork|proof|receipts|screenshots|forms|form|files|it|them|everything) ~4 (again|times|twice|thrice|third|fourth)
(each|every|keep|keeps|kept|again|constantly|always|repeatedly|still) ~4 (ask|asks|asked|asking|request|requests|requested|requesting|want|wants|wanted|need|needs|needed) ~6 already ~2 (provided|gave|given|sent|supplied|submitted|explained|told|answered|uploaded|attached)
broken record
+ uploaded the same receipts to your portal three times now
+ your team keeps requesting details I had already supplied twice
+ I sound like a broken record with your support staff
- I already provided my receipt at the till and it was fine
- please send the same size again, it fitted perfectly
# --- r6: repeat it all to the manager / next person
(repeat|repeated|repeating|re-explain|re-explained|re-explaining|reexplain|reexplained) ~4 to ~3 (manager|supervisor|colleague|someone|somebody|boss|team|department|agent|person|advisor|adviser|rep|operator|engineer)
+ then I had to repeat the whole saga to a supervisor
+ made to re-explain everything to the next advisor
- could you repeat that to me slowly please
- I'll repeat my order to the new waiter

# --- r6b: go over it all again; verify identity N times; start from zero each time; restate/reiterate
(had|have|having|forced|made|need|needed|make|makes|asked|asks) to (go|run) (over|through) ~3 (whole|entire|everything|story|details|same|it|security|all|thing) ~5 (again|afresh|scratch|each|every|second|third|new|another|twice)
(verify|verified|verifying|confirm|confirmed|confirming|prove|proved|proving|pass|passed|passing|answer|answered|answering) ~3 (identity|id|security|myself|dob|questions|checks) ~4 (times|twice|thrice|again|each|every)
(start|starting|started|starts|begin|beginning|began) ~2 (zero|scratch|afresh|fresh|over|square) ~5 (every|each|new|different|another|time)
(restate|restated|restating|reiterate|reiterated|reiterating|retell|retold|retelling|rehash|rehashed|rehashing|recap|recapped|re-state|re-tell|re-told) ~8 (each|every|again|twice|times|new|different|another|everyone|occasion)
+ had to run through the whole story again with a third person
+ answered the security questions four times on one call
+ starting from scratch with each new agent
+ forced to reiterate the complaint to every department
- we ran through the menu options together and ordered the set lunch
- let me recap: I ordered two items and both arrived fine

# --- r6c: typed my reference number in a dozen times
(typed|entered|given|gave|provided|quoted|pasted|spelled|spelt|repeated|re-entered|retyped|recited|read) ~3 (reference|number|account|postcode|details|name|surname|address|dob|password|order|booking|policy|ref|email|phone|mobile|registration|reg|serial|case|ticket|claim) ~6 (times|twice|thrice) | weight=0.5
+ I've quoted my policy number to your staff about ten times
+ spelled my surname out four times on one call
- I entered my PIN once and it worked
- read my order number out and it was found immediately
# --- r7 industry: explained the situation to N different caseworkers / handlers / receptionists
(explained|explain|explaining|re-explained|told|tell|telling|repeated|repeat|repeating|gone|go|going|went) ~8 to ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|several|many|multiple|every|each|different|new) ~2 (people|persons|person|agents|agent|advisers|advisors|adviser|advisor|caseworkers|caseworker|handlers|handler|reps|staff|receptionists|nurses|doctors|operators|engineers|clerks|officers|one)
+ I've explained my situation to four different caseworkers at the benefits office
+ told the whole story to three different claim handlers
+ I've had to go through my claim from the start to every new person
- I explained the menu to two different friends
- we told every guest about the venue

# --- r8b: third agent asking for my order number; described it to four separate handlers
(second|third|fourth|fifth|sixth|2*|3*|4*|5*|6*|another|next|new|umpteenth|every|each) ~1 (agent|person|advisor|adviser|rep|operator|one|employee|colleague|handler|caseworker|guy|lady) ~3 (asking|asked|asks|wanting|wanted|wants|needing|needed|requesting|requested|demanding|demanded) ~4 (number|details|postcode|address|name|birth|reference|information|info|password|dob|account|same|story|everything|explain|problem|issue)
(described|describe|describing|detailed|outlined|explained|explain|recounted|repeated|walked|told) ~8 to ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|various|different|separate|new) ~2 (people|persons|agents|advisers|advisors|handlers|caseworkers|workers|staff|reps|operators|departments|teams|engineers|technicians|managers|employees|individuals|officers|clerks|receptionists|colleagues)
+ this is the 3rd agent asking for my order number
+ I've described the damage to four separate claims handlers
- the agent asked for my order number and sorted it
- I described it to the engineer and he fixed it

# --- r12b voices: saga from the top; bring the next person up to speed; afresh;
# restate / resubmit; staff can't see the notes; already had my info
(saga|story|history|everything|details|problem|issue|case|matter|it|all) ~3 from (the|day) ~1 (start|top|beginning|scratch|one) | weight=0.6
(read|reading|recite|reciting|recited|rattle|rattling|rattled|spell|spelling|spelled|spelt) out ~3 (number|postcode|details|address|name|birth|reference|account|surname) | weight=0.5
(bring|brought|bringing|get|getting|got) ~3 up to speed | weight=0.6
(afresh|anew) | weight=0.6
(=restate|re-state|=resubmit|re-submit|=reiterate|re-upload|reupload|re-uploaded|reuploaded|re-send|re-sent|resent|=re-establish|reestablish|reestablished) | weight=0.6
(unable|can't|cant|can’t|cannot|couldn*|never|none|nobody|noone) ~5 (see|access|view|find|read|pull) ~3 (notes|history|previous|prior|earlier|record|records|correspondence|file) | noneg, weight=0.6
already (had|have|has|got|gave|given|explained|told|sent|provided|submitted) ~4 (info|information|details|everything|story|documents|number) | weight=0.5
(asking|asked|ask|asks|wants|wanted|want) ~3 from the (beginning|start|top) | weight=0.6
(each|every) (time|occasion|call|contact|visit) ~4 (i|we) ~2 (called|rang|phoned|contacted|made|visited|went|spoke|chatted|wrote|came) | weight=0.5
rinse ~1 repeat | weight=0.5
(2|3|4|5|6|7|8|9|10|11|12|n) (nd|rd|th) (agent|person|advisor|adviser|rep|operator|staff|employee|human|colleague) | weight=0.5
+ every single agent wants the whole saga from the top
+ new chat agent, same questions, same answers from me
+ fifth person I have had to bring up to speed on my claim
+ each adviser started the case afresh and requested identical information
+ I had to resubmit the same account of events to the new case handler
+ your staff cannot see prior correspondence so I recount the matter each time I call
+ the last person already had all my details and now you are asking from the beginning
- the new agent was great and had read all my notes
- I moved house and began the year anew, lovely
# nothing gets passed on / written down between agents
(nobody|noone|never|didn*|doesn*|don't|dont|don’t|not|nothing) ~3 (passed|pass|passes|handed|noted|written|logged|recorded) ~1 (on|over|down) | noneg, weight=0.6
+ nothing gets passed on, so every agent asks me for the whole story
- the driver passed on my thanks to the team

# --- en14a: asked again for what was already provided; had to give it again
(requests|requested|requesting|wants|wanted|demands|demanded|needs|needed|requires|required) ~7 (already|previously) ~2 (sent|provided|given|supplied|submitted|uploaded|emailed|attached|gave|shared) | noneg, weight=0.5
(give|gave|giving|provide|provided|repeat|recite|recited|read|type|typed|enter|entered|spell|spelled|spelt|quote|quoted) (it|them|everything|that|this|all) ~1 (again|twice|over|out)
+ each one requests the meter photo I've already provided
+ had to give it again to the agent, and again to the next one
+ each new agent wanted the receipt I had already sent twice
- I provided the receipt and they sorted it straight away.
- I'd already sent the photos and they approved the claim within a day.

# --- en15a: a different person each time asks for what was already sent
(asks|asked|asking|ask|requests|requesting|requested|wants|wanted) for ~3 (photo|photos|picture|pictures|document|documents|details|information|info|screenshot|screenshots|receipt|receipts|invoice|invoices|evidence|proof|copy|copies|paperwork|reference|statement|statements) ~6 already ~1 (sent|provided|given|supplied|submitted|uploaded|emailed|attached|gave|shared) | weight=0.4
(someone|somebody) (different|else|new) ~3 (replies|replied|reply|answers|answered|responds|responded|writes|wrote|picks|picked|asks|asked|asking) | weight=0.6
+ every time someone different replies, asking for the invoice I had already sent
+ somebody new answered and asked for the screenshots I've already uploaded
+ someone else picked up and asked for the documents that I had already provided
- someone different replied and sorted it straight away
- the template reply asked for photos that I had already sent
- I asked for a refund because I've already sent the item back
- My mum typed the account number in wrong and the reset still worked fine.
