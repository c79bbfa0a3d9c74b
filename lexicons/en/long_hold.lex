# Waiting on hold, in a phone or chat queue, in line in a store; a long
# wait before anyone helps.  Not: waiting for a parcel, an engineer, food,
# a refund or a reply (late_delivery, broken_promise, no_response).
# The stated wait ("minutes") is read by the engine from units.lex.
#
# "on hold" with someone waiting on it (not an account or order put on
# hold): the customer as subject or object, a duration, or hold music.
(i|we|i've|ive|i’ve|i'm|im|i’m|we've|we're|me|us|kept|left|stuck|sat|sitting|spent|waiting|waited|wait|holding|hanging|hung|placed|still|again|back|hours|minutes|mins|ages|forever|eternity|half) ~2 on (hold|hld|holdd|hoold|hol)
(put|puts|putting|placed|placing|kept|keep|keeps|keeping|left|leave|leaves|leaving|stuck) (me|us|him|her|them) ~1 on (hold|hld|holdd|hoold)
on (hold|hld|holdd|hoold) ~2 (for|again|forever|ages|eternity|until|till|twice|thrice|another|endlessly|listening) ~3 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|ages|forever|eternity|age|ever|long|h0*|h1*|h2*|h3*|h4*|h5*)
on (hold|hld|holdd|hoold) (again|forever|endlessly|indefinitely|twice|thrice)
on hold | weight=0.5
hold (time|times|queue|queues|line|message|messages|tune|loop|system)
(your|my|our|the) (call|calls) ~2 (is|are) ~2 (important|valued)
(your|my|our|the) (call|calls) (matters|matter)
# a wait and its duration, in either order (the wait of a parcel or an
# engineer has no phone, queue or counter with it: these need company)
(held|queued|queuing|queueing|hung|holding) ~4 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*)
(wait|waited|waiting|waitin|wating|waitting|waitng|waitied|waits|held|holding|queued|queuing|queueing|stood|standing|sat|sitting|stuck|hung|hanging|lingered) ~8 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) | weight=0.6
(wait|waited|waiting|waitin|wating|waitting|waitng|waits|held|holding|queued|queuing|queueing|stood|standing|sat|sitting|stuck|hung|hanging) ~7 (phone|telephone|line|lines|queue|queues|hold|counter|desk|till|tills|checkout|checkouts|reception|chat|webchat|livechat|agent|advisor|adviser|operator|human|someone|somebody|anyone|anybody|served|answer|answered|pick|picked|through|connected|music|switchboard|helpline|hotline|cashier|pharmacy|kiosk|bar|deli) | weight=0.5
(min|mins|minute|minutes|minuets|minits|mnts|m) ~2 (waiting|queuing|queueing|queued|holding|held|hold|stood|standing|stuck|sat|sitting|listening|pressing|navigating|hanging)
(hour|hours|hr|hrs|h|ages|forever) ~2 (waiting|queuing|queueing|queued|holding|held|hold|stood|standing|stuck|sat|sitting|listening|pressing|navigating|hanging) | weight=0.6
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~1 (going|navigating|pressing|listening|trying|stuck|trapped|looping) ~3 (round|around|circles|menu|menus|options|buttons|music|through|loop|maze)
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~4 (queue|queues|hold|counter|desk|till|tills|checkout|switchboard|helpline|hotline)
(mins|minute|minutes|minuets|minits|mnts|hour|hours) ~3 (on|in) the (line|phone|chat|webchat) | weight=0.5
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~8 (before|until|till) ~2 (anyone|anybody|someone|somebody|agent|human|person|advisor|adviser|operator|staff|they|finally|eventually|i|we|it)
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~3 to be (served|seen|answered|connected|helped|attended)
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~3 to (get|reach|speak|talk|connect) ~2 (through|anyone|anybody|someone|somebody|human|person|agent|advisor|adviser|operator|served|seen|answered|connected|helped|to|reply|response|answer)
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*) ~3 for (someone|somebody|anyone|anybody|an|a) ~1 (agent|human|person|advisor|adviser|operator|to)
(been|was|were|sat|spent|stuck|kept|i'm|im|i’m|remained|stayed|waited|held|hung|hanging|holding|sitting|stood) ~1 on the (phone|line|blower|telephone) ~3 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|h0*|h1*|h2*|h3*|h4*|h5*)
(finally|eventually) ~3 (answered|picked|connected|through|did|spoke|speak|got|reached|served|joined) ~3 after
hold music
holding music
hold queue
(queued|queuing|queueing)
(chat|call|phone|hold|telephone|virtual|webchat|livechat|online|support|customer|helpline|switchboard) (queue|queues)
in ~1 (queue|queues) ~2 for
(stuck|sat|sitting|waiting|waited|wait|left|kept|held|been|standing|stood|spent) ~2 in ~1 (queue|queues)
(number|position|no|place) ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 in ~1 (queue|line)
(long|huge|massive|endless|enormous|ridiculous|horrendous|insane|crazy) (queue|queues|line|lines) | weight=0.5
(wait|waiting) (time|times)
(wait-time|wait-times)
the wait (was|is|were|took|lasted)
(long|huge|massive|ridiculous|endless|insane|crazy|horrendous|unacceptable|absurd|excessive|terrible|awful|shocking|appalling) (wait|waits|waiting)
(waiting|wait|waited|stood|standing|stand|stuck|queue|queued|queuing) in ~2 (line|lines)
the (line|lines|queue|queues) ~5 (was|were|is|are) ~2 (huge|long|massive|enormous|ridiculous|insane|crazy|endless|horrendous|door) | weight=0.5
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) (people|customers|persons|callers) ~1 (ahead|front|before) ~1 (me|us)
# waiting forever, ages, an eternity (not for a parcel: those rules say
# "on hold", "in the queue", "to be served")
(wait|waited|waiting|waits|held|holding|hold|stood|standing|sat|sitting|hung|hanging|queued|queuing|queueing|stuck) ~4 (forever|ages|eternity|age)  | weight=0.6
(hours|ages|forever|eternity) (on|in) the (phone|line|queue|chat)
on the (phone|line) for ~1 (hours|forever|eternity)
# waiting for someone to pick up, to be served, to get a human
(wait|waited|waiting|waits|stood|standing|sat|sitting) ~4 to be (served|seen|helped|connected|answered|acknowledged|noticed|seated|called|checked|admitted|processed|put)
(wait|waited|waiting|waits|stood|standing|sat) ~4 (for) (someone|somebody|anyone|anybody|an|a) ~2 to (answer|pick|come|serve|help|attend|acknowledge|approve|check|unlock|open|notice|join|connect)
(wait|waited|waiting|waits) ~3 to (speak|talk|get) (to|through) ~2 (someone|somebody|anyone|agent|person|human|advisor|adviser|operator|representative)
(wait|waited|waiting|waits) (for) (an|a) (agent|advisor|adviser|operator|human|representative|rep|person|assistant|cashier|colleague)
(nobody|noone|no-one) (came|come|bothered) ~2 (serve|help|attend|counter|desk|till) | noneg
no one (came|come|bothered) ~2 (serve|help|attend|counter|desk|till) | noneg
(nobody|noone|no-one) (served|attended|acknowledged) (me|us) | noneg
(couldn*|can't|cant|can’t|cannot|never|impossible) ~1 (get|getting) through | noneg, weight=0.5
(lines|line|phones|phone) (were|was|are|is|always|constantly) (engaged|jammed)
(lines|line|phones) (were|was|are|is|always|constantly) busy | weight=0.5
(high|higher|heavy|unusually) ~2 (volume|volumes) | weight=0.5
your call is important
(queue|line|queues|lines) ~6 out (the|of) ~1 door
only (one|1) (counter|till|tills|cashier|checkout|person|member|staff|window|desk) ~2 (open|working|serving|on) | weight=0.5
(spent|spend|spending|wasted|lost) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m) ~3 (in|on|waiting|queuing|queueing|hold|listening|holding)
(nobody|noone|no-one) (picked|answered|answers|picks) ~3 (ages|hours|forever|minutes|mins|hour|eternity)  | noneg
no one (picked|answered|answers|picks) ~3 (ages|hours|forever|minutes|mins|hour|eternity) | noneg
(listening|listened|listen) to ~3 (music|song|tune|jingle|message|recording)
(answered|picked|connected|served|seen|through|spoke) ~4 after ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) ~1 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m)
took ~2 (forever|ages|eternity|age|hours) ~1 to (get|answer|pick|connect|reach|speak|talk|serve|be)
(it's|its|it’s|it|has|have|i've|ive|i’ve) been ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) ~1 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m) | weight=0.6
(nobody|noone|no-one) ~2 (answered|picked|responded|come|came|joined) | noneg, weight=0.6
no one ~2 (answered|picked|responded|come|came|joined) | noneg, weight=0.6
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) ~1 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m) later | weight=0.6
with (you|me|us) shortly | weight=0.5
(queue|line|queues|lines) ~4 (barely|hardly|didn*|wasn*|never|not|snail|crawl|crawled|crawling|inched|inching) ~2 (moved|moving|move|budged|budge|pace|moves|speed) | noneg
(queue|line|queues|lines) ~3 (snaked|stretched|reached|ran|running|extended|stretching|snaking|went) ~4 (door|doors|outside|round|around|back|miles|street|building|corner|tills|entrance|car|park|block)
(1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 in ~1 (line|queue)
with (you|me|us) momentarily | weight=0.5
felt like ~3 (age|ages|eternity|forever|lifetime|hours|hour|years) | weight=0.6
(queue|queues) | weight=0.4
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m) ~2 listening to
before ~2 (human|person|agent|anyone|anybody|someone|somebody|advisor|adviser|operator) ~2 (answered|picked|spoke|joined|responded|connected|replied)
before ~2 (human|person|agent|anyone|anybody|someone|somebody|advisor|adviser|operator) (came|come) on
(hanging|hung|held|holding|stuck|sat|waiting|waited|kept) on the (line|phone|blower) ~2 (so|for|too) ~1 (forever|hours|eternity)
(hanging|holding|waiting|waited) on the (line|phone) so long
on (hold|hld) ~2 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*)
(ring|rang|call|called|phoned|dial|dialled|dialed|calling|ringing) ~6 (wait|waiting|waited|hold|queue) | weight=0.5
(nobody|noone|no-one) (about|around|serving|manning|staffing) | weight=0.5, noneg
(queue|queues|hold|counter|desk|till|tills|checkout) ~6 for ~2 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*)
+ I was on hold for 45 minutes
+ waited two hours to speak to someone
+ stuck in the queue forever
+ kept me on hold for an hour and a half
+ stood in line at the till for ages with only one cashier
+ it took 40 min for someone to pick up
+ I've been on the phone for over 2 hrs now
+ sat in the chat for 35 minutes before an agent joined
+ you are number 27 in the queue, really?
+ put me on hold AGAIN after a 40 minute wait
+ stood at the counter for 20 minutes and nobody came to serve me
+ 45 mins waiting for someone to answer the webchat
- no waiting at all, great
- I will wait for the parcel
- my account was put on hold for no reason
- I waited 3 hours for the engineer and he never came
- the order has been on hold since Monday
- didn't have to wait more than 2 minutes, lovely staff
- I was in the wrong queue, my mistake, and she sorted it anyway
+ held in the queue for 55 min before anyone answered
+ the queue barely moved for half an hour
+ 40 minutes listening to the same song before a human came on
- my account was put on hold for two weeks
- I waited 2 hours for the engineer and he never showed
# --- paraphrase families (h2) ---
(age|aag*|aaa*|yonks|eons|aeons|donkey*|forever|forevs|lifetime) ~2 on (hold|hld)
(held|holding|hold|queued|queuing|queueing) ~2 (for|4) (ages|forever|eternity|age|aag*|aaa*|yonks|eons|aeons|lifetime|donkey*|hours|hrs)
(wait|waited|waiting|stood|sat|hung|stuck) ~2 (for|4) (aag*|aaa*|yonks|eons|aeons|donkey*) | weight=0.6
on (hold|hld|holdd|hoold) ~2 (for|again|forever|ages|until|till|another|nearly|almost|over|around|about|roughly) ~5 (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|ages|forever|eternity|age)
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs) ~3 (to|before|till|until) ~1 (pick|picked|answer|answered|respond|responded|join|joined|acknowledge|acknowledged|attend|serve|served|greet|connect|connected) 
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h) (wait|waits|queue|queues|hold|holds)
(virtual|online|digital) (waiting|queue|queuing|queueing) (room|line|system)
waiting room ~3 (for|over|an|hour|hours|min|mins|minutes) | weight=0.5
(wait|waited|waiting|queue|queued|queuing|queueing|stood|standing|held) ~8 just to (pay|ask|return|collect|buy|speak|talk|report|cancel|change|check|get|be|tell|hear|book|pick|renew|sign|top|make|register|query|update|order) | weight=0.5
(didn*|wasn*|weren*|never|couldn*|not) ~3 (answer|answered|through|served|seen|pick|picked|connected|speak|spoke|talk|talked|acknowledged|attended) ~5 (until|till|til|after) | noneg
(hang|hanging|hung|hold|holding|held) on (for|4) ~3 (min|mins|minute|minutes|hour|hours|hr|hrs|ages|forever|eternity|age)
(hold|holding|waiting|queue|queuing|wait) ~3 and counting
(rang|ringing|rings|rang) and (rang|ringing|rings) | weight=0.6
(still|been) (holding|queuing|queueing|waiting) ~3 (min|mins|minute|minutes|hour|hours|hr|hrs|ages|forever|line|phone|chat|queue)
+ held in the queue for aaages
+ it took them forty five mins to answer
+ I must have been on hold for the best part of an hour
+ 20 minute wait just to pay for a sandwich
+ phoned at nine and didn't get through to a person until half ten
+ I sat in their virtual waiting room for an hour
- I was seen straight away, no wait at all
- the engineer took 45 minutes to fix the boiler
# spent the morning on hold; finally got a human (h2b)
(spent|spend|spending|wasted|wasting|lost|losing|whole|entire|all|most) ~5 on (hold|hld)
(morning|afternoon|day|evening|lunchtime|lunch|break|night|dinnertime) ~3 on (hold|hld)
(spent|spend|spending|wasted|wasting|lost|losing) ~4 (morning|afternoon|day|evening|lunchtime|lunch|break|ages|hours|hour|forever) ~4 (queue|queuing|queueing|queues|holding|hold|helpline|switchboard|webchat)
(finally|eventually|only) ~4 (got|get|reached|spoke|speak|talked|talk|connected|answered|picked|served|seen|through) ~4 (human|person|someone|somebody|agent|advisor|adviser|operator|real|actual|live|rep|representative|member)
(finally|eventually) ~3 (got|get|getting|put|was|were) through
(queue|queues|line) ~4 (deep|people|customers|persons|folk|bodies) | weight=0.6
only (one|1|two|2) ~4 (self|till|tills|checkout|checkouts|machine|machines|counter|counters|staff|cashier|cashiers|person|member|window|windows|desk|lane|lanes) ~3 (open|working|serving|on|manned) | weight=0.5
(nobody|noone|no-one) (answered|answers|picked|picks|responded) ~6 (ages|hours|forever|minutes|mins|hour|eternity|min)  | noneg
no one (answered|answers|picked|picks|responded) ~6 (ages|hours|forever|minutes|mins|hour|eternity|min) | noneg
(rang|ringing|rings|ring|called|calling|phoned|phoning) at ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~8 (finally|eventually|until|till|only) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|half|quarter)
+ I spent the whole morning on hold
+ rang at 9 and finally got a human at 10:15
+ the queue was about thirty people deep
+ nobody answered the phone for over an hour
- I spent the morning on the phone to my mum, the store had it ready
- finally got round to ordering, delivery was quick
# takes forever to reach someone; kept waiting; a table (h2c)
(takes|take|taking|taken|took) ~2 (forever|ages|eternity|age|hours|aaa*|yonks) ~1 to (get|answer|pick|connect|reach|speak|talk|serve|be|through)
(forever|ages|eternity|hours) ~2 to (reach|get|speak|talk) ~3 (live|real|human|person|someone|somebody|anyone|agent|advisor|adviser|operator|through|actual)
(kept|keep|keeps|keeping|left|leave|leaves|leaving) (me|us|customers|people|everyone|callers) (waiting|hanging|holding|queuing|queueing|stood|standing) | weight=0.6
(seemed|seems|felt|feels) like (an|a) ~1 (eternity|lifetime|age|ages|forever|hours|hour|century|year|years) | weight=0.5
(wait|waited|waiting|queued|queuing) ~4 for (a|our|the|my) (table|seat|seats|turn|appointment|consultation|check-in|prescription|ticket) | weight=0.5
+ It takes forever to reach a live person
+ the call centre kept me waiting for what seemed like an eternity
+ waited 40 minutes for a table even though we'd booked
- it took ages to choose a table, the staff were patient
- the courier kept me waiting all day and never came
# on-hold wait; wait an hour every time I call (h2d)
(on-hold|onhold) ~3 (wait|waits|waiting|time|times|music|queue|for|min|mins|minutes|hour|hours|forever|ages)
(wait|waits|waited|waiting|hold|held|queue|queued) ~6 (call|calls|ring|phone|rang|called|phoned|calling|ringing|helpline|hotline) | weight=0.5
+ The on-hold wait was over an hour
+ why do I have to wait an hour every single time I call
- I'll wait for you to call me back tomorrow, no rush
# waited 40 minutes only to be told / cut off (h2e)
(wait|waited|waiting|held|holding|queued|queuing|queueing|hold) ~6 (only|just|to) ~2 (be|get|got|being) (told|informed|transferred|passed|cut|disconnected|hung|redirected|dropped)
+ waited 40 min to be told it's company policy
- I was told to wait for the parcel until Friday
# --- r4: "45 min in the webchat line", a queue moving at a snail's pace ---
(min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs) (on|in|into) (the|this|that|a|their|your|ur) ~1 (queue|queues|webchat|livechat|hold|switchboard)
(queue|queues|line|lines|wait) ~6 (snail's|snails|snail|snail’s|glacial|tortoise|sloth) (pace|speed)
+ 45 min in the webchat line and still no agent
+ the queue at the till moved at a snail's pace
+ forty minutes into the phone queue and counting
- 20 minutes in the shop and I found everything I needed

# --- r9b: queue position that barely moves; "kept holding"; felt like forever
(i|i'm|im|i’m|we|was|were|am|are|we're) ~1 (number|no|position|place) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|twenty*|thirty*|forty*|fifty*) | weight=0.6
(barely|hardly|never|didn*|wasn*|slowly|not) ~1 (moved|moving|budged|budge|move|moves|crawled|changed) | weight=0.5
(kept|keep|keeps|left) (holding|waiting|hanging|queuing|queueing|standing|sitting|stood|sat) | weight=0.5
(felt|seemed|feels|seems) like ~1 (forever|eternity|hours|ages|age|days) | weight=0.5
+ the chat said I was number 52 and the number barely moved all morning
+ I was kept holding for what felt like an eternity to change a PIN
- my parcel was number 3 on the driver's list and arrived fine
- the pain barely moved after the tablets

# --- r12b voices: the queue message; minutes of menus/music; kept standing
(min|mins|minute|minutes|hour|hours|hr|hrs) of ~2 (press|pressing|hold|music|waiting|queuing|queueing|muzak|jingle)
(kept|left) (standing|stood|queuing|queueing) ~4 (min|mins|minute|minutes|hour|hours|ages|forever) | weight=0.6
+ 45 min of press 1 press 2 and then it just says goodbye
+ customers were kept standing for forty minutes before anyone attended
- the agent will be with you shortly, they said, and she was, great
- I left the soup sitting for ten minutes to cool
# "shortly turned out to be 47 minutes"; forwarded around for an hour; hold each time
(shortly|momentarily) ~1 (turned|meant|means|translates|equals|equalled|became|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(kept|keep|keeps) (forwarding|transferring|passing|moving|bouncing|shunting) ~8 (hour|hours|hr|hrs|min|mins|minutes|ages|forever)
(had|have|has|having) to (hold|queue|wait) ~2 (each|every) (time|transfer|step)
+ chat said an agent will be with you shortly. shortly turned out to be 47 minutes
+ they kept forwarding my call from department to department for an hour
+ moved from queue to queue and had to hold each time
- the engineer said he'd be with us shortly and arrived in 10 minutes, great

# --- en14a: an hour of being looped; waiting between forty and fifty minutes; stood at the bar for an eternity
(hour|hours|minutes|mins|min|hrs|hr) of ~3 (looped|looping|menu|menus|options|hold|queuing|queueing|pressing|jingle) | noneg
(waiting|waited|holding|held|queued|queuing|queueing|hold) between ~3 (and|to) ~1 (minutes|mins|min|hours|hrs|hour)
(stood|standing|queued|queuing|queueing|waited|waiting) ~3 (at|in) ~2 (bar|counter|till|tills|desk|queue|line|checkout|reception|kiosk) ~3 (forever|ages|eternity|age)
+ I abandoned the call after one hour of being looped through your automated menu options
+ After waiting between forty and fifty minutes, nobody had picked up
+ Stood at the bar for an eternity before anyone served me
- the delivery took between two and three hours to arrive, as promised
- The café was calm and the staff were lovely.

# --- r14b: waits at a chemist/dispensary/surgery; hanging around; minutes just to ask
(wait|waited|waiting|queued|queuing|queueing|stood|standing|sat|sitting|hung|hanging|lingered|loitered) ~7 (chemist|chemists|dispensary|pharmacist|surgery|reception|post|bank|branch|returns|collection|service|customer) | weight=0.5
(min|mins|minute|minutes|hour|hours|hr|hrs) ~1 (just|simply|only|merely) to (ask|report|pay|cancel|change|book|query|check|speak|talk|update|register|renew|return|collect|block|freeze|confirm|activate|close|top|sort|get) | weight=0.5
(min|mins|minute|minutes|hour|hours|hr|hrs) to (ask|report|cancel|query|block|freeze|confirm|activate|renew|register) | weight=0.5
+ waited at least twenty minutes at the dispensary for a ready prescription
+ hung around the chemist for a solid 20 mins
+ waited an hour and forty minutes to ask a yes or no question
- the pharmacist sorted my prescription in two minutes
- it took the engineer twenty minutes to check the boiler, all good

# --- en15a: the wait restarts at every transfer; back of the queue; the same looped jingle
(queue|queues|wait|waiting|hold|line) ~3 (started|starts|start|starting|restarted|restarts|restart|began|begins|reset|resets|resetting) ~3 (again|over|scratch|zero)
back (of|to) the (queue|queues)
same ~2 (jingle|tune|muzak|melody|song) | weight=0.5
+ each time they put me through the wait started from scratch
+ got bumped to the back of the queue after 20 minutes
+ every new department meant the queue restarted all over again
- I had to start over again with the form, my own fault
- they played the same song at the party all night

# --- en15b: "half an hour on the line just to be told"; "waited an hour for them to confirm";
#     "each time I waited half an hour"
(min|mins|minute|minutes|minuets|hour|hours|hr|hrs) ~3 (on|in) the (line|phone|chat|webchat|blower) ~3 (just|only|before|until|till|simply|merely)
(wait|waited|waiting|waits|queued|queuing|queueing|held|holding|hung|hanging) ~5 (min|mins|minute|minutes|minuets|hour|hours|hr|hrs) ~4 for (them|him|her|someone|somebody|anyone|anybody|staff|an|a|the) ~2 to (confirm|answer|check|tell|pick|look|find|say|give|serve|respond|verify|approve|process|read|update|acknowledge|attend|notice|open)
(each|every|whenever) ~4 (wait|waited|waiting|held|holding|queued|queuing|queueing|hung|hanging) ~4 (min|mins|minute|minutes|minuets|hour|hours|hr|hrs|ages|forever|eternity)
+ Forty minutes on the phone only to hear that they already knew about the outage.
+ I waited over an hour for somebody to check one reference number.
+ Every time I call I wait at least forty minutes.
- I waited an hour for the engineer who never came.

# --- en16a: put on hold, then minutes of silence / ringing
(min|mins|minute|minutes|hour|hours|hr|hrs) of ~2 (silence|ringing|ringtone|static|beeping|beeps|tones)
+ "Please hold," and then twenty minutes of dead silence.
+ Got connected to half an hour of ringing before anyone answered.
- The call dropped after a minute and they rang straight back.
- Paid in five minutes, quick as you like, and the checkout saved my details.
