# Goods, service visits, repairs or food that arrive late or not at the
# promised time (cold food included).  Not: "arrived on time", "not late".
(arrived|arrives|arriving|came|comes|turned|turns|showed|shows|delivered|dispatched|shipped|reached|running) ~2 (late|overdue|delayed)
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~5 (late|overdue|delayed)
(late|delayed|overdue|slow|slowest) (delivery|deliveries|order|orders|parcel|package|shipment|arrival|dispatch|shipping|engineer|technician|repair|installation|food|post)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (days|weeks|hours|months|day|week|hour|month) (late|overdue)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (days|weeks|months|day|week|month) behind
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) (days|weeks|hours|months|day|week|hour|month) (after|past) ~2 (promised|expected|estimated|quoted|agreed|due|delivery|date|deadline|slot)
(arrived|arrives|came|come|delivered|turned|showed) ~6 (day|days|week|weeks) after
(arrived|arrives|came|come|delivered|turned|showed|got|was|were) ~4 after the (party|wedding|event|birthday|funeral|holiday|date|deadline|weekend|occasion|christmas|anniversary|match|game|trip|flight|meeting|ceremony|celebration|move)
(arrived|arrives|came|delivered|turned|showed) ~2 too late
(delayed|delay|delays) (again|twice|repeatedly|once|for|without|indefinitely)
(delivery|order|parcel|package|shipment|installation|repair|appointment|visit|engineer|technician) ~3 (delayed|postponed|rescheduled|pushed)
(=postpone|postponing|=delay|delaying) ~3 (delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|shipments|installation|repair|visit)
# still not here; never arrived (the rules hold the negation)
(still|yet) ~4 (arrived|arrive|here|delivered|received|shown|showed|turned|come|dispatched|shipped) | noneg, weight=0.6
(still|yet) ~2 (waiting|no|nothing|hasn*|haven*) ~3 (order|parcel|package|delivery|item|items|sofa|bed|fridge|goods|food|furniture|replacement|shipment|engineer|technician|pizza|stuff|table|chairs|kitchen|units) | noneg
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|it|they|stuff|box|boxes|tv|laptop|phone|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~4 (never|didn*|hasn*|haven*|not) ~2 (arrived|arrive|delivered|dispatched|shipped) | noneg
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~4 (never|didn*|hasn*|haven*|not) ~2 (came|come|appeared|materialised|materialized) | noneg
(engineer|technician|tech|driver|courier|plumber|installer|fitter|repairman|electrician|surveyor|builder|builders|man|guy|van|delivery) ~4 (never|didn*|hasn*|haven*|not) ~2 (turned|turn|showed|show|shown|came|come|arrived|appeared) | noneg
still missing
(no-show|no-showed|noshow)
no show | noneg
stood (me|us) up
(nobody|noone|no-one) ~2 (came|come|showed|turned|arrived|appeared) | noneg
no one ~2 (came|showed|turned|arrived|appeared) | noneg
(nobody|noone|no-one|no) ~2 bothered to (come|turn|show|deliver|visit|bring) | noneg
no (engineer|technician|driver|courier|delivery|van|plumber|fitter|installer) ~2 (came|come|showed|turned|arrived|appeared) | noneg
(not|wasn*|weren*|isn*|never|didn*|hasn*|failed) ~4 (on|in) time | noneg
(not|wasn*|weren*|never|didn*|hasn*|failed) ~4 (when|as) promised | noneg
(not|wasn*|weren*|never|didn*|hasn*|failed) ~4 (promised|agreed|booked|quoted|expected|right) (day|date|time|slot) | noneg
(they|driver|courier|engineer|technician|you|he|she|van|company|fitter|plumber|installer) ~3 missed ~3 (slot|window|date|deadline|appointment|timeslot|delivery)
missed (the|my|our|their) ~1 (slot|window|timeslot|deadline)
(supposed|meant|due|scheduled|promised|expected|guaranteed|estimated|booked|quoted) ~3 (arrive|arrived|delivered|here|come|delivery|dispatch|dispatched|arrival) ~12 (still|never|nothing|sign|hasn*|haven*|didn*|now|yesterday|ago|instead) | noneg
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~3 (supposed|meant|due|scheduled|promised|expected|guaranteed|estimated|booked|quoted) ~3 (for|on|by|between|within|arrive|come|here) ~12 (still|never|nothing|sign|hasn*|haven*|didn*|now|yesterday|ago|instead) | noneg
(should|should've|shouldve|should’ve) ~2 (arrived|delivered|here|come|installed|ready|dispatched) ~6 (still|never|nothing|but|ago|yesterday|last|weeks|days)
(took|taking|takes|taken) ~5 (days|weeks|months|hours|forever|ages|eternity|long) ~1 to (arrive|deliver|come|turn|ship|dispatch|repair|fix|install)
where (is|'s|’s|are) (my|our|the) (order|parcel|package|delivery|stuff|item|items|food|pizza|sofa|engineer|technician|driver|furniture|bed|fridge|table|shopping|groceries|tv|laptop|phone) | weight=0.6
waiting (for|on) (my|the|our) (order|parcel|package|delivery|food|pizza|sofa|furniture|bed|fridge|replacement|engineer|technician|driver|courier|installer|repair|item|items|goods|table|kitchen) | weight=0.6
(waited|waiting|wasted|took|stayed|sat) ~2 (all|whole|entire|day) ~2 (day|morning|afternoon|off) ~8 (never|didn*|not|nobody|noone|delivery|engineer|technician|driver|courier|parcel|installer|plumber|came) | noneg
(days|weeks|months) later ~6 (missing|arrived|delivered|sign|here|waiting) | noneg
# cold food
(food|pizza|pizzas|burger|burgers|meal|meals|fries|chips|curry|noodles|soup|order|takeaway|delivery|dinner|lunch|breakfast|coffee|kebab|chicken|rice) ~9 (cold|lukewarm|tepid|stone-cold|freezing|melted)
(arrived|came|delivered|turned) ~2 (cold|lukewarm|stone-cold|melted|soggy)
(stone-cold|cold|lukewarm) (food|pizza|meal|burger|fries|chips|curry|dinner|noodles)
(late|delayed|overdue) | weight=0.5
(delay|delays) | weight=0.5
(rescheduled|rescheduling|postponed|postponing) | weight=0.5
(food|pizza|order|meal|delivery|takeaway|dinner|lunch|curry|burger|driver|courier|parcel|engineer|technician) took ~3 (hour|hours|ages|forever|eternity|weeks|days)
(still|yet) ~2 waiting (for|on|4|fr) (my|the|our|a) ~2 (order|parcel|package|delivery|item|items|sofa|bed|fridge|freezer|machine|dishwasher|washer|dryer|cooker|oven|tv|laptop|furniture|food|replacement|shipment|engineer|technician|table|chairs|kitchen|units|boiler|repair|goods|stuff|phone|tablet|mattress|wardrobe|desk|bike|car|glasses|passport|card)
(ordered|bought|purchased|paid) ~6 (days|weeks|months|fortnight|ages) ago | weight=0.5
still waiting | weight=0.5
(meant|supposed|expected|estimated|quoted|promised) to take ~3 (days|weeks|hours|day|week|hour) ~10 (been|now|still|later|month|months|weeks|ages) | noneg
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~2 still ~1 (not|isn*|hasn*|nowhere) ~2 (here|arrived|delivered|come|turned|shown|showed) | noneg
due ~2 (last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|weeks|ago|before) | weight=0.6
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty-*|thirty-*|forty-*|fourty-*|fifty-*|couple|few|several|half) ~1 (minutes|mins|hours|hour|days|weeks) after (ordering|placing|paying|payment|purchase|booking)
(days|weeks|hours|months) (after|past) the (promised|expected|estimated|quoted|agreed|due|delivery|stated|given)
(it|delivery|parcel|order|package|shipment|they) took ~3 (week|weeks|days|month|months|fortnight|ages|forever) | weight=0.6
instead of ~3 (slot|window|appointment|morning|afternoon|evening|time|date|day|booking|timeslot)
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~4 (still|yet) ~1 (not|hasn*|haven*|isn*|wasn*) ~2 (dispatched|shipped|sent|posted|delivered|arrived|here|collected|installed|fitted) | noneg
outside ~3 (window|slot|timeslot)
missed ~2 (slot|slots|window|windows|timeslot|timeslots|deliveries|delivery|appointment|appointments)
(it|they|he|she) (didn*|never|hasn*|haven*) ~1 (come|came|arrive|arrived|turn|show|appear|appeared) | weight=0.5, noneg
(arrived|came|turned|delivered|showed) ~2 after (everyone|everybody|the|we|they|our|my|guests|it|he|she) | weight=0.6
(delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|item|items|goods|driver|courier|engineer|technician|tech|plumber|installer|fitter|repairman|repair|furniture|sofa|bed|fridge|freezer|cooker|oven|washer|appliance|food|pizza|meal|takeaway|curry|burger|groceries|shopping|van|post|replacement|part|parts|kitchen|boiler|table|chairs|flowers|cake|stuff|box|boxes|tv|laptop|mattress|wardrobe|desk|blinds|carpet|units|windows|door) ~3 (arrived|came|turned|delivered|showed) ~2 after (everyone|everybody|the|we|they|our|my|guests|he|she|her|his|their)
(meant|supposed|due|booked|scheduled|promised) ~3 (arrive|come|be|here) ~12 (turned|showed|rocked|rolled) up ~1 at
(delay|delayed|late|stuck|overdue|pending|missing) since ~2 (days|weeks|months|week|month|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|ten|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|last)
stuck (in|at) ~2 (transit|depot|customs|warehouse|hub|sorting|facility|centre|center)
(tracking|parcel|package|order|shipment|status) ~3 (not|hasn*|hasnt|isn*|stopped|stuck|hasn't|hasn’t|no|never) ~2 (moving|moved|updated|updating|changed|move|update|changing|progressed|progress) | noneg, weight=0.6
(quoted|estimated|promised|supposed|meant|expected|due|told|advertised|guaranteed|stated) ~5 (days|weeks|day|week|hours|hour) | weight=0.5
(it's|its|it’s) ~1 (january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter) | weight=0.5
(the|a) following (week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|month) | weight=0.5
(and|but|yet|then|still) (never|didn't|didnt|didn’t|hasn't|hasnt|hasn’t) (arrived|turned|showed|appeared|delivered) | noneg
(came|come|passed|went) and (went|gone|passed) | weight=0.6
(no|still) sign ~2 (it|them|my|the|our|parcel|package|order|delivery|driver|engineer) | weight=0.5, noneg
(delay|delays|delayed) ~4 (down|due|because|owing) | weight=0.5
(meant|supposed|due|booked|scheduled|promised|expected) to (come|arrive|turn|deliver|visit|be) ~2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|morning|afternoon|last|week) | weight=0.5
out for delivery ~3 (days|since|week|weeks|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ages|forever|again|twice|times)
+ my parcel is 2 weeks late and still no tracking update
+ the engineer never showed up and I took a day off work
+ the pizza arrived stone cold after an hour
+ delivery was promised for Monday, it's Friday and still nothing
+ the technician turned up 3 hours late without calling
+ order #4411 hasn't arrived yet
+ my sofa delivery has been postponed again
+ they've postponed delivery of the wardrobe for the third time
+ plumbers booked for 9am always stroll in after lunch
+ the men we booked for monday rock up on wednesday
+ the replacement didn't arrive on time for the wedding
+ the cake came the day after the party
- the parcel arrived on time, thanks
- the delivery wasn't late, just the box was damaged
- I called late in the evening to ask about my bill
- can you deliver on Saturday instead?
- the refund never came through
# --- r4: "ordered for Saturday, turned up Monday"; "arrived 40 minutes after the promised slot" ---
(ordered|booked|scheduled|due|promised|expected|arranged|planned|guaranteed|paid) ~4 (for|by) ~6 (=turn|=show|shown|=rock) up ~1 (on|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|following|days|weeks|week|a|two|three|four|five)
(arrived|arrives|came|come|delivered|turned|showed|rocked|got|appeared|landed) ~3 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|an|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|few|couple|half) ~1 (min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks) (after|past|beyond) (the|our|my|their|your) ~1 (promised|agreed|booked|scheduled|stated|quoted|slot|window|deadline|eta|estimated|expected|guaranteed|arranged|appointment|delivery|allotted|given)
+ booked the van for Tuesday and it rocked up on Thursday
+ the pizza arrived forty minutes after the promised time
+ ordered for Saturday, it turned up Monday
- ordered it on Monday and it turned up on Tuesday, brilliant
- we planned a party for Saturday and everyone turned up early

# --- r6: train / flight / bus running late
(train|trains|flight|flights|bus|buses|plane|coach|ferry|tram|service|departure|connection) ~3 (was|were|got|is|been|running|ran|arrived) ~2 (delayed|late)
(delayed|delay|delays|late) ~2 by ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|an|a|over|nearly|almost|hours|half|two|three|four|five|six|several)
+ my flight was delayed five hours and nobody told us why
+ the 8:15 bus is running late again, missed my shift
- our flight landed ten minutes early
- is the train running on time today?

# --- r6b: "supposed to be fitted in May, still not done"; "two hours after he said he would"
(supposed|meant|due|scheduled|booked|promised|expected) ~3 (fitted|installed|delivered|arrive|arriving|ready|done|finished|completed|built|fixed|repaired|here|collected|dispatched|shipped|fit|install|deliver) ~3 (in|by|on|for|before|last) ~6 (still|now|only|yet) | noneg
(hours|hour|minutes|mins) (after|past|later|beyond|behind) ~3 (said|promised|agreed|slot|window|appointment|scheduled|arranged|told|deadline|eta|estimate|quoted|supposed|due)
(days|weeks|week|day) (after|later|behind) ~3 (said|promised|agreed|slot|appointment|scheduled|arranged|told|eta|estimate|quoted|supposed|due)
+ the bed was scheduled to be delivered on the 3rd and it's still not here
+ technician appeared three hours after the window closed
- the bed arrived on the 3rd as scheduled
- a few days after we booked, the confirmation came through

# --- r6c: supposed to come on the 12th, turned up on the 29th
(supposed|meant|due|scheduled|promised|expected) ~4 (come|arrive|arriving|coming|delivered|delivery|here|turn|attend) ~6 (turned|showed|rocked|rolled|finally|eventually|actually|only) | noneg
+ the sofa was due to arrive on Monday, eventually came on Thursday
+ meant to come first thing, showed up at teatime
- the sofa was due Monday and it arrived Monday
- we're expecting delivery tomorrow

# --- r8b: booked for 8am, rolled in after 1pm; "it is now day 11"; tracking says arriving today
#     for a week; due back on Tuesday, still not ready; ETA keeps changing
(=roll|=stroll|=wander|=saunter|=swan|=waltz|breezed|breezes|breeze|=mosey) (in|up) ~4 (after|past|gone|late|hours|nearly|almost|till|until)
(turned|showed|rocked) up ~3 (hours|gone|nearly|almost|days|week|weeks)
(booked|scheduled|due|promised|expected|arranged|supposed|meant) ~4 (for|at|between|by) ~8 (=roll|=stroll|=wander|=saunter|=swan|=waltz|breezed|breezes|breeze) (in|up)
(now|it's|its|it’s|today|we're|were|this) ~2 day (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty) | weight=0.5
(arriving|arrive|due|expected|coming|delivery|deliver) (today|tomorrow|soon) ~5 (for|since) ~3 (days|week|weeks|fortnight|ages|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
(due|promised|supposed|meant|booked|expected|told) ~6 (back|ready|done|finished|repaired|fixed|returned|completed) ~12 (still|now|yet) ~2 (not|isn*|hasn*|haven*|no) ~2 (ready|back|done|finished|returned|repaired|fixed|completed) | noneg
(eta|etas|delivery|arrival) ~3 (kept|keeps|keep|changed|changing|changes|slipped|slipping|slips|moved|moving|extended) ~2 (changing|moving|slipping|again|back|date|dates|every|each|by) 
+ the fitter was booked for 8am and strolled in after lunch
+ promised within 3 working days. It is now day 11
+ tracking has said arriving today for a week now
+ car was due back on Tuesday and it is still not ready
- the fitter came in at 8am as booked
- day 2 of my holiday and the hotel is lovely

# --- en11b: food barely warm; finally/only just turned up; it has been a month; days later still;
#     lateness of deliveries; slipped to week N; waited in all day / it's gone two; arrived after the 20th
(food|pizza|pizzas|burger|burgers|meal|meals|fries|chips|curry|noodles|soup|takeaway|dinner|lunch|breakfast|coffee|kebab|chicken|rice|naan|order) ~9 (barely|hardly|scarcely|not|wasn't|weren't|isn't|luke) ~1 (warm|hot) | noneg
(only|finally|eventually) ~1 (got|arrived|turned|showed|came|reached|landed|appeared|rolled|rocked|delivered|materialised|materialized|received|here) | weight=0.6
(appointment|delivery|time|arrival|collection|booking|service) ~1 (window|slot|windows|slots) | weight=0.5
(it's|its|it’s|been) been ~2 (days|weeks|week|month|months|fortnight) | weight=0.5
(it|that|which) (has|had) been ~2 (days|weeks|week|month|months|fortnight) | weight=0.5
(still|yet) ~4 (back|returned|ready) | weight=0.5, noneg
(would|will|should|be) ~1 (be|ready|here|delivered|done|with|arrive|come) ~2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|by) | weight=0.5
(two|three|four|five|six|several|many|few|couple|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (days|weeks|months|fortnights|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays) later ~4 (still|nothing|no|not|and|yet) | weight=0.6
still ~2 (with|at|in) the (lab|laboratory|manufacturer|supplier|factory|workshop|warehouse|depot|repairer|menders|garage|repair|shop|centre|center) | weight=0.5
(never|didn't|didnt|didn’t|hasn't|hasnt|hasn’t|haven't|havent) ~1 (got|get|made|make) (here|there) | noneg
(expected|promised|scheduled|booked|supposed|said|told) ~1 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow) | weight=0.5
(lateness|tardiness|unpunctual|unpunctuality|tardy) ~6 (deliver*|driver*|courier*|engineer*|order*|shipment*|parcel*|van|vans|visit*|arrival*|consignment*|supplies|goods|service|technician*)
(deliver*|driver*|courier*|engineer*|order*|shipment*|parcel*|consignment*|supplies|goods|technician*) ~6 (lateness|tardiness|unpunctual|tardy)
(rather|instead) ~2 (the|our|my|your) ~1 (agreed|promised|booked|scheduled|arranged|quoted|expected|contracted|guaranteed|usual|stated) | weight=0.5
(ordered|paid|paying|booked|chose|selected|picked) ~7 (next-day|express|priority|same-day|guaranteed|premium|nominated) | weight=0.5
(guaranteed|promised|quoted|advertised|stated) (next-day|express|priority|same-day|delivery|service|dispatch) | weight=0.5
(arrived|arrive|delivered|came|received|turned|reached|landed|showed) ~3 after the (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|first|second|third|fifth|tenth|fifteenth|twentieth|end|start|beginning|cutoff|cut-off|due)
(scheduled|due|booked|planned|promised|expected|slated) ~6 (slipped|slid|slipping|pushed|moved|put|deferred|postponed|bumped) ~1 (to|back|by|again)
(waited|waiting|wait|sat|sitting|stayed|staying|stuck|been) in (all|since|the) ~2 (day|morning|afternoon|eight|seven|nine|ten|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(it's|its|it’s|now) gone (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|lunchtime|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(came|arrived|turned|showed|rocked|rolled|got|appeared|delivered) ~2 (at|after|gone|past) ~1 (half|quarter|gone|midnight|teatime|dark|nightfall) | weight=0.5
(came|arrived|turned|showed|rocked|rolled|got|appeared|delivered) ~2 (after|gone|past) ~1 (one|two|three|four|five|six|seven|eight|nine|ten|eleven|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(ordered|order|ordering) ~3 (at|around|about|before) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|lunchtime) | weight=0.5
(been|sat|sitting|waiting|held|stuck|sitting) (at|in) the (depot|warehouse|hub|sorting|customs|facility|distribution) ~3 (since|for)
(nobody's|nobody|noone|no-one|no-one's) been (round|out|over|here|near|yet) | noneg
+ the curry was barely warm after ninety minutes
+ the engineer finally appeared at half four, appointment window was 8-12
+ the repair was promised within a week and it has been over a month, still not back
+ the uniform never got here before term started
+ we must raise the repeated lateness of your deliveries
+ the shipment scheduled for week 14 has slipped to week 19
+ sat in since eight and it's gone two
+ the magazines arrived after the 20th again
+ parcel has been at the depot since last Wednesday
- the sofa arrived a day earlier than promised
- it's been a week since I ordered and it came yesterday, happy
- ordered at 7 and it arrived at 7:30, perfect

# --- en11b-2: took a month to arrive; past the promised delivery date
took ~4 (weeks|week|month|months|fortnight|ages|forever|eternity) to (arrive|come|turn|show|deliver|reach|ship|dispatch|fit|install|get|be)
past the ~1 (delivery|promised|expected|estimated|agreed|quoted|dispatch|completion|guaranteed) (date|day|deadline|time|window|slot)
(well|long|way|weeks|days|months) past the (due|deadline|eta|date)
+ the parcel took a month to arrive
+ the order is well past the promised delivery date
- it took a week to decide which sofa to buy
- the parcel came well before the promised delivery date

# --- r14b: a delivery that failed to arrive; half still outstanding weeks on
(delivery|deliveries|parcel|parcels|order|package|sofa|furniture|goods|engineer|technician|driver|courier|food|takeaway|kitchen|units|items) ~6 (failed|fails|fail|failing) to (arrive|materialise|materialize|turn|show|appear|come)
(half|some|most|part|rest|remainder|many) ~3 (still|remain|remains) ~1 (outstanding|undelivered|missing|awaited)
+ I stayed home all day for a delivery which, once again, failed to arrive
+ eight weeks on, half the units are still outstanding
- my refund failed to go through so I tried another card
- half of the team still remain at the office

# --- en16a: "the delay was caused by / due to ..." (needs the delay word)
(delay|delays|hold-up|lateness) (was|were|is|had|has) ~2 (caused|due|down) | weight=0.5
+ Apparently the delay was caused by the courier, not you.
- There was no delay at all, it came on the promised day.
- I stood half an hour behind a dozen shoppers at the post office.
- Asked for a supervisor and heard no one can come to the phone today.

# --- en19b paraphrase: "coming first thing" then days later; "it is now Thursday";
#     due on the 12th, arrived on the 21st; hour after ordering, stone cold; morning slot then
#     came at half four; "another fortnight" on the agreed date; came at 6pm
(coming|arriving|come|arrive|here|there|due|attend|visit|arrival) ~2 first thing | weight=0.5
first thing ~8 (days|weeks|day|week) later | weight=0.5
(it|today) is now ~1 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|christmas|easter) | weight=0.5
(due|expected|promised|scheduled|booked|supposed|meant|quoted|guaranteed) ~3 (on|for|by) the (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(arrived|came|turned|showed|delivered|landed|rocked|appeared) ~2 on the (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | weight=0.5
(hour|hours|minutes|mins|hr|hrs|quarter) ~3 (after|since|from) (ordering|placing|ordered|booking|paying) | weight=0.5
(food|pizza|pizzas|burger|burgers|meal|meals|fries|chips|curry|noodles|soup|takeaway|dinner|lunch|breakfast|kebab|chicken|rice|order|delivery|naan|pasta) ~14 (stone|ice|freezing|stone-cold) cold | weight=0.5
(morning|afternoon|evening|am|pm|allotted|booked|agreed|arranged|given|two-hour|four-hour|all-day) (slot|window|timeslot|slots|windows) | weight=0.5
(would|will|be|take|takes|need|needs|wait|waiting|told|said|says) ~2 another (week|weeks|fortnight|month|months|few|couple|days|day|ten|two|three) | weight=0.6
(on|by|at) the (agreed|promised|arranged|scheduled|booked|quoted|appointed|stated|given|expected) (date|day|time|hour) | weight=0.4
wasted ~2 (whole|entire|full) ~1 (day|morning|afternoon|day's) | weight=0.5
+ fitter was arriving first thing they said, that first thing was two days later
+ the crib was due for the 4th and landed on the 17th
+ chips came an hour after ordering and stone cold
+ they gave me the afternoon slot, van never came and I wasted a whole day
+ turned up on the agreed day to collect the bike and was told another week
- the crib arrived on the 4th, a day before it was due
- the heating has been stone cold all week

# --- s9: "did not turn up until after lunch", "came way past the slot",
#     "next day delivery my foot", "still not ready after a month", "we are on day 19" ---
(didn*|did|wasn*|weren*|never) ~2 (arrive|arrived|turn|show|come|happen|appear|deliver|delivered|get|here|there) ~2 (until|till|til|untill) ~1 (after|gone|past|late|nearly|almost|lunch|lunchtime|midday|noon|evening|night|teatime|dark|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) | noneg
(came|arrived|turned|showed|delivered|got|rocked|rolled) ~2 past (the|my|our|their|your) ~2 (slot|window|timeslot|time|date|deadline|eta|estimate|booking) | noneg
(delivery|shipping|dispatch|postage|next-day|express|fast|quick|speedy|prompt) my (foot|arse|ass|backside) | noneg
(still|yet) ~1 (not|weren*|wasn*|isn*|aren*|hadn*|hasn*|haven*) ~1 (in|ready|here|arrived|delivered|come|back|done) (after|by) | noneg
(we're|we|i'm|im|now) ~1 on (day|week) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) | weight=0.5
+ the technician didn't turn up until gone six
+ my shopping arrived way past the slot I had paid for
+ express delivery my foot, nearly a fortnight
+ the suit was still not ready after three weeks
+ quoted three days for the repair, we're now on day twelve
- the parcel came well before the slot, thank you
- I was not home until six so I asked for an evening slot
- the tailor said it would be ready after the weekend and it was
# "24h", "48-hour", "2-day" are two or three tokens: the paid-for and
# promised speeds above, in digits
(ordered|paid|paying|booked|chose|selected|picked) ~7 (24|48|72) (h|hour|hr|hrs) | weight=0.5
(ordered|paid|paying|booked|chose|selected|picked) ~7 (1|2|3) day | weight=0.5
(guaranteed|promised|quoted|advertised|stated) (24|48|72) (h|hour|hr|hrs) | weight=0.5
(guaranteed|promised|quoted|advertised|stated) (1|2|3) day | weight=0.5
+ I paid for 24h delivery and it took a week to arrive
+ the site promised 48-hour dispatch and nothing has shipped after six days, it is late
- I paid for 2-day shipping and it came in 2 days
