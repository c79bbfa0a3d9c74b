# Waiting on hold, in a phone or chat queue, in line in a store; a long
# wait before anyone helps.  Not: waiting for a parcel, an engineer, food,
# a refund or a reply (late_delivery, broken_promise, no_response).
# The stated wait ("minutes") is read by the engine from units.lex.
#
# "on hold", except an account, order or payment put on hold: a regex,
# because only a lookahead can skip those; the hit starts after \K
/(?:^|[.!?;])(?:(?!\b(?:account|accounts|order|orders|card|payment|payments|refund|delivery|subscription|claim|application|booking|parcel|shipment|package|project|plan|contract|transfer|money|funds|membership|loan|mortgage|sim|repair|return|case|direct debit)\b)[^.!?;])*?\K\bon (hold|hld|holdd|hoold)\b/ | anchor=(hold|hld|holdd|hoold)
# waited / held / stood + a duration, unless it is a wait for a parcel, an
# engineer, food or a reply (a regex for the lookahead)
/\b(wait|waited|waiting|waitin|waits|held|holding|queued|queuing|queueing|stood|standing|sat|sitting|stuck|hung on|hanging on|been on the (phone|line)|on the (phone|line)|in (the |a )?(chat )?queue|at the (counter|desk|till|checkout|reception|service desk))\b[^.!?;]{0,45}?(?<!only )(?<!just )\b((about|around|over|nearly|almost|like|literally|at least|more than|a good|a full|another|an extra|well over|close to|roughly|approx\.?|approximately|~|a solid|a whole|the best part of|the better part of|upwards of|easily|between \w+ and) )?(\d+([.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|half an?|a couple of|couple of|(twenty|thirty|forty|fourty|fifty)-?(one|two|three|four|five|six|seven|eight|nine))[ -]?(and a half |and a quarter )?(min|mins|minutes?|minuets|minits|hours?|hrs?|h|m)(\d\d?)?\b( and a (half|quarter)\b)?(?![^.!?;]{0,25}\b(for|until|till) (the|my|a|an|our|his|her|their|them|it|him) ?(delivery|deliveries|parcel|package|order|engineer|technician|tech|courier|driver|plumber|repairman|repair|installer|fitter|food|pizza|meal|takeaway|refund|taxi|cab|bus|train|flight|table|appointment|visit|van|reply|response|email|arrive|show|turn|come))/ | anchor=(min|mins|minute|minutes|minuets|minits|hour|hours|hr|hrs|h|m|h0*|h1*|h2*|h3*|h4*|h5*)
# a duration followed by what it was spent on, or by "to" + the errand
# ("forty minutes to get through", "two hours. to report a stolen card")
/\b(\d+([.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|(twenty|thirty|forty|fourty|fifty)-?(one|two|three|four|five|six|seven|eight|nine))[ -]?(and a half |and a quarter )?(min|mins|minutes?|minuets|hours?|hrs?|h|m)\b( and a (half|quarter))?[.!,]*\s?(of |on |in |just |only |simply )?(waiting|wait|queuing|queueing|stuck|sat|sitting|standing|stood|holding|held|hold|on hold|in (the |a )?(queue|line)|on the (phone|line)|listening|going round|going through|navigating|pressing|trying to (get|reach|call|speak|talk)|to (get|reach|speak|talk|report|ask|cancel|block|change|book|query|check|get through|be (served|seen|connected|answered)|hear|connect|someone|anyone)|before (anyone|someone|somebody|anybody|an agent|a human|a person|they|it|i got|i was|finally)|until (someone|somebody|anyone|an agent|a human|a person|they|i got)|for (someone|somebody|an agent|a human|a person|anyone) to)\b/ | anchor=(min|mins|minute|minutes|minuets|hour|hours|hr|hrs|h|m)
hold music
holding music
hold queue
(queued|queuing|queueing)
(chat|call|phone|hold|telephone|virtual|webchat|livechat|online|support|customer|helpline|switchboard) (queue|queues)
in ~1 (queue|queues) ~2 for
(stuck|sat|sitting|waiting|waited|wait|left|kept|held|been|standing|stood|spent) ~2 in ~1 (queue|queues)
(number|position|no|#|place) ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 in ~1 (queue|line)
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
(wait|waited|waiting|held|stood|sat|hung|queued) ~2 (forever|ages|eternity|age)  | weight=0.6
(hours|ages|forever|eternity) (on|in) the (phone|line|queue|chat)
on the (phone|line) for ~1 (ages|hours|forever|eternity)
# waiting for someone to pick up, to be served, to get a human
(wait|waited|waiting|waits|stood|standing|sat|sitting) ~4 to be (served|seen|helped|connected|answered|acknowledged|noticed)
(wait|waited|waiting|waits|stood|standing|sat) ~4 (for) (someone|somebody|anyone|anybody|an|a) ~2 to (answer|pick|come|serve|help|attend|acknowledge|approve|check|unlock|open|notice|join|connect)
(wait|waited|waiting|waits) ~3 to (speak|talk|get) (to|through) ~2 (someone|somebody|anyone|agent|person|human|advisor|adviser|operator|representative)
(wait|waited|waiting|waits) (for) (an|a) (agent|advisor|adviser|operator|human|representative|rep|person|assistant|cashier|colleague)
(nobody|noone|no-one) (came|come|bothered) ~2 (serve|help|attend|counter|desk|till) | noneg
no one (came|come|bothered) ~2 (serve|help|attend|counter|desk|till) | noneg
(nobody|noone|no-one) (served|attended|acknowledged) (me|us) | noneg
(couldn*|can't|cant|can’t|cannot|never|impossible) ~1 (get|getting) through | noneg, weight=0.5
(lines|line|phones|phone) (were|was|are|is|always|constantly) (busy|engaged|jammed) | weight=0.5
(high|higher|heavy|unusually) ~2 (volume|volumes) | weight=0.5
your call is important
(queue|line|queues|lines) ~6 out (the|of) ~1 door
only (one|1) (counter|till|tills|cashier|checkout|person|member|staff|window|desk) ~2 (open|working|serving|on) | weight=0.5
(spent|spend|spending|wasted|lost) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (min|mins|minute|minutes|minuets|minits|mnts|hour|hours|hr|hrs|h|m) ~3 (in|on|waiting|queuing|queueing|hold|listening|holding)
(nobody|noone|no-one) (picked|answered|answers|picks) ~3 (ages|hours|forever|minutes|mins|hour|eternity)  | noneg
no one (picked|answered|answers|picks) ~3 (ages|hours|forever|minutes|mins|hour|eternity) | noneg
(listening|listened|listen) to ~3 (music|song|tune|jingle|message|recording)
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
