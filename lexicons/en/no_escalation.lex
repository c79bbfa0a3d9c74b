# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.  Not: a helpful manager, or the customer merely naming one.
(refused|refuses|refusing|won't|wont|won’t|wouldn*|didn*|couldn*|can't|cant|can’t|cannot|unable|declined|unwilling|not) ~5 (speak|talk|through|get|fetch|call|give|transfer|connect|pass|escalate|bring|involve|see|find|contact|reach) ~4 (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) | noneg
(refused|refuses|refusing|won't|wont|won’t|wouldn*|didn*|couldn*|can't|cant|can’t|cannot|unable|declined|unwilling|not) ~3 (escalate|escalated|escalating|escalation) | noneg
(no|zero) (way|option|chance|possibility|route|means|process|right|mechanism|procedure|avenue|channel|facility|provision|path) ~2 (=escalate|escalation|escalating|appeal|manager|supervisor|anyone|someone|complain) | noneg
no escalation | noneg
(escalation|escalate|escalating|escalated) ~8 (refused|denied|possible|impossible|option|rejected|declined) | noneg
(there|was|is) ~1 no (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~2 (available|on|in|around|here|today|to|i) | noneg
no (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~1 (available|on|in|around|here|today|to) | noneg
(higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~3 (isn*|aren*|wasn*|weren*|not|never|always|unavailable|busy|away|can't|cant|can’t|cannot|won't|wont|won’t) ~3 (available|unavailable|busy|in|shift|duty|site|meeting|holiday|lunch|break|there|here|away|calls|phone|customers|contacted|reached|called|disturbed) | noneg
(higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~2 (was|is|were|are|went|gone) ~1 (on|at|out|in|home|off) ~1 (lunch|break|holiday|leave|meeting|today|home|sick)
(higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) (don't|dont|don’t|doesn*|do|does|won't|wont|won’t|wouldn*|never) ~1 (speak|talk|deal|come|call|see) | noneg
(higher|manager|managers|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups) (don't|dont|don’t|doesn*|do|does|won't|wont|won’t|wouldn*|never) ~1 take (calls|complaints|phone|phones|queries|customer|customers|any|those|chats) | noneg
(asked|asking|requested|requesting|demanded|demanding|begged|wanted|want|insisted|pleaded|pleading) ~6 (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~12 (refused|denied|declined|no|nobody|noone|possible|impossible|available|unavailable|wouldn*|won't|wont|won’t|couldn*|can't|cant|can’t|laughed|ignored|pretended|hung|allowed|exist|luck|unfortunately|busy|lunch|shrugged) | noneg
(ask|asks|asked|asking|requested|requesting|demanded|demanding|begged|insisted|pleaded|wanted) ~8 (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) | weight=0.5
(she|he|they|agent|staff|lady|guy) ~6 (said|told|claimed|insisted) ~4 (she|he|they) (was|were|is|are|she's|he's) the (highest|final)
(nobody|noone|no-one|nothing) (else|higher|above|senior|more) ~4 (speak|talk|go|turn|escalate|contact|ask|deal|available|help|appeal|complain) | noneg
no one (else|higher|above|senior|more) ~4 (speak|talk|go|turn|escalate|contact|ask|deal|available|help|appeal|complain) | noneg
(nobody|noone|no-one) to (talk|speak|complain|appeal|escalate) | noneg
no one to (talk|speak|complain|appeal|escalate) | noneg
(no|not) ~1 (higher|senior|superior) (authority|level|person|staff|manager|management) | noneg
(can't|cant|can’t|cannot|couldn*|never|unable|impossible|no) ~3 (get|reach|speak|talk|see|contact|find) ~3 (anyone|someone|somebody|anybody|person|one) ~1 (in|with|higher|senior|more) ~1 (charge|authority|up|senior) | noneg
(couldn*|wouldn*|can't|cant|can’t|won't|wont|won’t|refused) (put|transfer|connect|pass) (me|us) (through|on) | noneg
who ~2 (i|we|you) ~2 (appeal|escalate|complain) ~10 (no|nobody|noone|nothing) | noneg
(can't|cant|can’t|cannot|no) ~2 appeal | noneg
(doesn*|don't|dont|don’t|won't|wont|won’t|wouldn*|never|not) (put|transfer|connect|pass|send|escalate) ~2 (through|to|up) ~2 (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) | noneg
# asked for a manager ... refused, across a quoted reply: the request and
# the refusal are half a hit each (their weights add up across sentences)
(refused|refuses|declined|denied|impossible|unavailable|unfortunately|nobody|noone|no-one) | weight=0.5, noneg
(not|isn't|isnt|isn’t|wasn't|wasnt|wasn’t|aren't|arent|aren’t|weren't) ~1 (possible|available|allowed|permitted|around|in|here|there|option) | weight=0.5, noneg
(don't|dont|don’t|doesn't|doesnt|doesn’t|won't|wont|won’t|never) ~1 (take|takes|do|does|speak|talk|come|deal|answer|handle) | weight=0.5, noneg
no one (available|there|around|above|higher|senior|else|who|able|free|here|in|to|that|sorry|unfortunately|i'm|i’m|im) | weight=0.5, noneg
(in|at|on) ~1 (meeting|meetings|lunch|break|holiday|training|leave) | weight=0.5
good luck | weight=0.5
who (i|we) (can|could|should|would|might) (appeal|escalate|complain|speak|talk|go|turn) | weight=0.5
(higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) ~2 (refused|wouldn*|won't|wont|won’t|didn*|never|not) ~3 (come|speak|talk|see|help|deal|meet|call|answer|get|involve|intervene|step|listen|look) | noneg
(refused|denied) ~3 (higher|manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalations|complaints) | noneg
(final|last|highest|top) (point|level|stage|person|authority|port|line) (of|in) ~1 (contact|call|escalation|chain|authority)
no (second|further|higher|other|next) (stage|level|step|tier|appeal|route|line) | noneg
(ask|asks|asked|asking) (for|to) ~3 (speak|talk) ~4 (higher|manager|managers|supervisor|supervisors|superior|boss|bosses|management|leader|senior|someone) | weight=0.5
(ask|asks|asked|asking|requested|begged|wanted|demanded) ~4 (put|transfer|transferred|passed|connected|speak|talk|escalate|escalated) ~4 (higher|manager|managers|supervisor|supervisors|superior|boss|bosses|management|leader|senior|seniors|someone) | weight=0.5
(nobody|noone|no-one) (above|over) (her|him|me|them|this|that) | noneg
no one (above|over) (her|him|me|them|this|that) | noneg
+ I asked for a manager and she flat out refused
+ he wouldn't let me speak to his supervisor
+ apparently there is no manager available, ever
+ they refused to escalate my complaint
+ I couldn't get hold of anyone in charge
+ the agent said she was the highest level and there was no one else I could speak to
+ supervisors don't take calls, I was told
- the manager was lovely and sorted it out
- I spoke to the store manager who gave me a refund
- the supervisor called me back within an hour
+ asked for a team leader, told they're all in a meeting
+ there's nobody above her, apparently
# (h2) no supervisor is ever available
no (manager|managers|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors) ~3 (available|around|free|present|working|contactable|reachable) | noneg
(never|isn't|isnt|isn’t|wasn't|wasnt|wasn’t|aren't|arent|aren’t|weren't|werent) ~2 (manager|managers|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|senior|seniors) ~2 (available|around|present|contactable|reachable) | noneg
+ no supervisor is ever available apparently
+ there's never a manager available, apparently
+ we asked for whoever was in charge and she wouldnt call anyone over
- no complaints at all, the manager was available and lovely
no (complaints|escalation|escalations|appeals) (department|team|procedure|process|line|route|manager) | noneg
+ there's no complaints department apparently

# --- r6: no way to reach complaints/management; decision final, no one can overrule;
#     head office / management does not take calls
(wouldn*|won't|wont|refused|couldn*|can't|cant|cannot|didn*) ~3 (give|provide|tell|pass|share) ~3 (number|contact|email|address|details|name) ~3 (complaints|manager|management|supervisor|head|ceo|senior|escalation|escalations|director) | noneg
(no|can't|cant|cannot|impossible|unable|couldn*) ~2 (way|how) ~3 (reach|contact|speak|talk|get) ~4 (complaints|manager|management|supervisor|office|senior|ceo|director|anyone) | noneg
(decision|answer|word|ruling) ~2 (is|was|were|'s) final
(nobody|noone|no-one|cannot|can't|cant|couldn*|won't|wont) ~3 (overrule|override|overturn|overruled|overridden|review|reverse) | noneg
no one ~3 (overrule|override|overturn|review|reverse) | noneg
(office|management|managers|manager|supervisors|directors|complaints|ceo) ~3 (doesn*|don't|dont|don’t|won't|wont|never|not|no) ~2 (take|takes|accept|accepts|speak|talk|deal|answer|answers|handle) ~2 (calls|customers|public|phone|queries|complaints|members) | noneg
+ they refused to give me any contact details for the complaints team
+ she told me her answer was final, end of discussion
+ apparently management never takes calls from the public
- the manager's number was on the receipt, and she called me back
- my final answer on the quiz was wrong, ha

# --- r6b: begged for someone higher up; instructed never to escalate; no one I could take it to
(begged|pleaded|demanded|insisted|begging|pleading|demanding|kept) ~3 (higher|manager|supervisor|senior|boss|authority|charge|superior) | weight=0.5
there (isn't|isnt|isn’t|wasn't|wasnt|wasn’t|is|was|'s) ~1 (anyone|anybody|nobody|noone|no) | weight=0.5, noneg
(same|original) (guy|person|agent|woman|man|lady|advisor|adviser|rep|bloke|girl|chap|one) ~3 (came|come|back|returned|again) | weight=0.5
never ~3 (escalate|escalated|escalating|escalation) | noneg
(nobody|noone|no-one) ~3 (i|we) ~2 (could|can|might|would) ~3 (take|escalate|go|turn|appeal|complain|speak|talk|refer) | noneg
no one ~3 (i|we) ~2 (could|can|might|would) ~3 (take|escalate|go|turn|appeal|complain|speak|talk|refer) | noneg
(take|taking|took) (it|this|that|matters|things|my|the) ~1 (further|higher) | weight=0.5
+ I pleaded for a supervisor. "There's nobody," he said
+ staff are told never to escalate complaints
+ there was no one I could appeal to
- I asked for a manager and the manager sorted it quickly
- is there anyone who can help me choose a laptop?

# --- r6c: impossible to get anyone in management; "I'm the most senior person here"
(impossible|can't|cant|can’t|cannot|couldn*|unable|never|no) ~3 (get|reach|speak|talk|contact|find) ~4 (management|manager|managers|supervisor|supervisors|senior|boss|bosses|superior|superiors) | noneg
(was|is|am|i'm|im|i’m|she's|he's|she’s|he’s) the (most|only) (senior|superior|highest|ranking)
+ impossible to reach a supervisor at your call centre
+ he told me he's the most senior person in the building
- the most senior chef cooked our meal, superb
- I finally reached a manager who sorted it

# --- r8b: asked for a supervisor repeatedly (ignored / blocked); would not refer it to anyone
#     with authority; blocked from escalating
(requested|asked|demanded|begged) ~4 (manager|managers|manager's|supervisor|supervisors|superior|superiors|boss|bosses|management|team-leader|leader|senior|seniors|higher-ups|higher-up|escalation|escalations|complaints|authority|someone) ~4 (times|twice|repeatedly|again|several) | weight=0.5
(blocked|stonewalled|rebuffed|stonewalling|blocking|ignored|refused|denied) ~5 (escalat*|manager|supervisor|management|senior|complaints|superior|boss) | weight=0.6
(escalat*) ~8 (blocked|stonewalled|rebuffed|stonewalling|blocking|turn) | noneg
(wouldn*|won't|wont|won’t|refused|refuses|couldn*|can't|cant|cannot|didn*|not|no|nobody|noone|unwilling|declined) ~6 (anyone|someone|somebody|anybody|person|nobody|one) ~3 (authority|power|seniority|clout) | noneg
(wouldn*|won't|wont|won’t|refused|refuses|refusing|declined|didn*) ~3 (refer|forward|raise|pass|take|send|put) ~4 (manager|managers|supervisor|supervisors|superior|superiors|boss|management|senior|higher|anyone|someone|complaints) | noneg
+ requested a supervisor three times, each time ignored
+ I asked for it to be escalated and was blocked at every turn
+ she would not refer the matter to anyone with the authority to approve it
- the manager had the authority to approve it and did so
- I asked for a supervisor and she came over straight away

# --- r9b: "nobody with authority"; "it cannot go any higher / further"
(nobody|noone|no-one|none) ~2 (authority|power|seniority|clout|rank) | noneg
no one ~2 (authority|power|seniority|clout|rank) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|wouldn*|not|nowhere|isn*|no) ~3 (taken|escalated|pushed|passed|moved) ~2 (higher|further) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|wouldn*|not|nowhere|isn*|no) ~3 (go|goes|going) ~2 higher | noneg
+ the manager was unavailable all day so nobody with any authority would see me
+ asked for escalation and was told the complaint cannot go any higher
- I went further up the road to the other branch
- the manager took it further and sorted it

# --- r12b voices: rather than fetch a supervisor; "the highest level you can speak to";
# referred to someone senior, declined; beyond her level; the person in charge
(rather|than|instead) ~3 (fetch|fetching|get|getting|call|calling|find|finding|involve|involving|bring|bringing) ~2 (manager|supervisor|boss|senior|superior|management|team-leader)
(highest|top|final|last) (level|person|tier|rung|point|authority|one) ~2 (you|u) (can|could|will|get|are) ~1 (speak|talk|reach|get|deal|escalate|go)
(referred|refer|escalated|passed|forwarded|raised|elevated) ~3 (to|with) ~3 (senior|manager|supervisor|management|superior|higher|team-leader|leader) | weight=0.5
(beyond|above|past|over) (her|his|their|my|this|that|the) ~1 (level|pay-grade|paygrade|grade|authority) | weight=0.6
(ask|asks|asked|asking|requested|wanted|demanded|begged) ~4 (person|someone|somebody|anyone|whoever|one|people) ~1 in charge | weight=0.5
(wouldn*|won't|wont|won’t|refused|refuses|didn*|never) ~2 (call|get|fetch|bring|ask) (anyone|anybody|someone|somebody|a|the) ~1 (over|across|out|down|up|senior|manager|supervisor) | noneg, weight=0.5
+ staff would rather hide behind the till than fetch a supervisor
+ she said she was the highest level you can speak to
+ there was no mechanism for escalating my complaint beyond her level
+ I asked for the person in charge and they wouldn't call anyone over
- I asked for the person in charge and she came over at once
- the complaint was escalated to a manager who sorted it
# managers who hide / are a myth
(manager|managers|supervisor|supervisors|management|boss|bosses) ~4 (hide|hiding|hides|invisible|mythical|myth|unicorn|unicorns)
+ the managers hide in the back office and won't face customers
+ supervisors at this place are mythical creatures
- the manager disappeared into the back and came out with a replacement for me

# --- en14a: no manager can approve it
no (manager|managers|supervisor|supervisors|superior|boss|senior|one|body) ~1 (can|could|will|would) ~2 (approve|authorise|authorize|sign|override|overrule|sanction|okay|ok)
+ 40-50 mins of waiting just to hear no manager can approve the refund
+ no supervisor could authorise the exchange
+ apparently no one can approve it above her
- the manager can approve it tomorrow and did
- A supervisor approved it right away.

# --- r14b: the supervisor is on lunch
(supervisor|supervisors|manager|managers) ~4 (on|at|out) ~1 (lunch|break|holiday)
+ refunds over 20 need a supervisor and he's on lunch
+ the manager was at lunch and nobody else could authorise it
- the manager came back from lunch and sorted it

# --- en15b: complaint to the director / CEO refused
(asked|asking|requested|requesting|demanded|demanding|wanted|begged|insisted) ~8 (director|directors|ceo|ceo's|boss|bosses|md|chairman|owner|owners|headquarters|hq|board) ~12 (refused|denied|declined|possible|impossible|unavailable|wouldn*|won't|wont|won’t|couldn*|can't|cant|can’t|cannot|allowed) | noneg
+ I asked for my complaint to go to the managing director and was told that's not possible.
+ I requested the CEO's office and they refused point blank.
+ Wanted to write to the owner and they said that can't be done.
- I asked the director of the branch and she sorted it on the spot.
- The boss apologised personally.

# --- en16a: asked for the complaint to go to a director / boss (needs company: "not possible")
(passed|pass|forwarded|forward|escalated|escalate|sent|send|referred|refer|raised|raise|taken|take) ~4 (director|directors|ceo|chairman|owner|boss|management|supervisor) | weight=0.5
+ I asked for my complaint to be passed to the director and was told that isn't possible.
- My complaint was passed to the director and she rang me the same day.
- The phone menu won't go any further without a reference number I don't have.
