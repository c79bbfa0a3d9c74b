# The problem is still not fixed after contacting the company; repeated
# contacts without result.  The number of contacts ("contacts") is read by
# the engine from numbers.lex and units.lex.
unresolved
unsolved
(still|yet) ~2 (not|isn*|hasn*|haven*|wasn*|un|no) ~2 (fixed|resolved|sorted|solved|repaired|working|functioning|dealt|done|corrected|updated|changed|paid|refunded|credited|removed|cancelled|connected|right|correct) | noneg
still (broken|broke|busted|bust|kaput|knackered|banjaxed|bricked|trash|rubbish|garbage|crap|useless|unusable|glitching|glitchy|faulty|unresolved|unfixed|outstanding|wrong|incorrect|happening|dead|leaking|down|off|charging|charged|there) | noneg
still the same | noneg
still (doesn*|won't|wont|won’t|can't|cant|can’t|cannot|unable|without) | noneg
still (no|without) ~1 (internet|broadband|wifi|wi-fi|signal|power|electricity|gas|water|heating|hot|phone|line|service|connection|tv|landline|coverage|data) | noneg
(still|yet) ~3 (have|has|having|had|getting|get|experiencing|seeing|facing) ~2 (problem|issue|fault|error|trouble|problems|issues|errors)
still ~2 (on|showing|appearing|shows) ~1 (my|the) (account|bill|statement|balance|invoice|record)
(not|isn*|hasn*|haven*|wasn*|never|nothing|nobody|noone|didn*) ~2 (fixed|resolved|sorted|solved|repaired|resolve|solve|refunded|credited|corrected|changed|happened|restored|reconnected|reinstated|rectified|mended|remedied) | noneg
(didn*|couldn*|can't|cant|can’t|won't|wont|won’t|failed|unable|nobody|noone|never) ~2 (fix|sort) | noneg
(no|zero|without) ~1 (fix|solution|resolution|progress|result|results|outcome|help|joy|luck|success|answer) | noneg
(nobody|noone|no-one|none|nothing) ~3 (helped|help|fixed|fix|solved|solve|resolved|resolve|sorted|sort|worked|works|changed|changes|happened|happens) | noneg
no one ~3 (helped|help|fixed|fix|solved|solve|resolved|resolve|sorted|sort|worked|works|changed) | noneg
(got|getting|get|gets|went|going|go|led|leads|lead|gone) ~1 nowhere
at square one
back to square one
no closer | noneg
(same|this) (problem|issue|fault|error) ~6 (again|keeps|kept|persists|persisted|continues|continued|recurring|recurs|reoccurs|reoccurring|returned|back|still|every)
(keeps|kept|keep) (happening|recurring|breaking|failing|crashing|dropping|cutting|going|reoccurring|disconnecting) | weight=0.6
again and again | weight=0.5
time after time
over and over | weight=0.5
(called|calling|phoned|phoning|rang|ringing|rung|contacted|contacting|emailing|writing|complaining|chasing|emailed|e-mailed|messaged|visited|written|wrote|complained|chatted|returned|reported|raised|chased|call|ring|phone|email|write|giving|gave|given|lodged|logged|filed|made|raising|reporting|texted|dmed|dm'd|messaging|visiting) ~5 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads|million|hundred|thousand|zillion|gazillion|hundreds|thousands|few|separate) ~2 (times|occasions)
(called|phoned|rang|contacted|emailed|messaged|visited|written|wrote|complained|chased) ~5 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) x
(called|phoned|rang|rung|contacted|emailed|e-mailed|messaged|visited|written|wrote|complained|chatted|returned|reported|raised|chased|submitted|sent|filled|logged|tried) ~5 (twice|thrice)
(been|gone|went|come|came) (in|back|there|into|to) ~4 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|several|multiple|many|countless) ~1 times
(been|gone|went|come|came) (in|back|there|into|to) ~4 (twice|thrice)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozens|endless|loads) (calls|visits|emails|e-mails|messages|chats|letters|complaints|tickets|attempts|trips|times|occasions) | weight=0.5
(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|hundredth|millionth) (time|call|visit|email|e-mail|message|letter|complaint|attempt|trip|chat|ticket|phone|contact)
(still|again|keep|kept|keeps|constantly|repeatedly|having|had|have) ~1 (chasing|chase|calling|ringing|phoning|emailing|writing|complaining|contacting|following|coming) | weight=0.6
(fobbed|fob|fobbing) ~2 off | weight=0.5
(fobbed|fob|fobbing|fobs) (me|us|my|him|her|them) off
(for|over|since|after|nearly|almost|than) ~2 (weeks|months|year|years|month) ~8 (still|nothing|no|not|unresolved) | noneg
(weeks|months|year|years) (later|on|now) ~8 (still|nothing|no|not|same) ~2 (fixed|resolved|sorted|solution|fix|progress|problem|issue|broken|working|wrong) | noneg
(trying|tried|try) to (sort|fix|resolve|get|cancel|change|update|correct|close) ~8 (for|since) ~2 (week|weeks|month|months|days|ages|year|years|fortnight)
(going|went|go|gone|been) on for (weeks|months|ages|years)
lost count
how many times ~4 (called|rung|rang|phoned|emailed|written|wrote|contacted|asked|chased|complained|visited|been) | weight=0.6
(every|each) ~1 time (i|we) ~1 (call|ring|phone|contact|write|email|chat|come|visit|message|complain|speak|talk|go) | weight=0.5
still (drops|dropping|cuts|cutting|disconnects|disconnecting|crashes|crashing|fails|failing|freezes|freezing|leaks|leaking|buffering|tripping|trips|flickering|stone|damp|rattling|losing|loses|isn't|isnt|isn’t|won't|wont|won’t) | noneg
(left|went|leaving|gone|walked) (without|before) (fixing|repairing|sorting|resolving|solving|finishing|completing|doing|checking|testing) | noneg, weight=0.5
(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth) ~1 (visit|call|engineer|technician|complaint|email|letter|appointment|attempt|repair|chat|trip|time|callout|call-out|replacement|return|ticket)
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many|countless|numerous|umpteen|dozen|dozens|hundred|million|endless|loads) ~1 (calls|visits|emails|e-mails|messages|chats|letters|complaints|tickets|attempts|trips|occasions) | weight=0.5
(to|till|until) this day | weight=0.5
(problem|issue|fault|error|leak|damp|noise|outage|bug|mould|mold|glitch|smell|crack|drip) ~6 (persists|persisted|persist|continues|continued|remains|remained|recurs|recurred|recurring|returned|reoccurred|reappeared|reoccurring|resurfaced)
(not|hasn*|haven*|wasn*|weren*|never) ~2 (paid|refunded|credited) | noneg
(broken|broke|failed|faulty|leaking|stopped|dead|gone|crashed|packed|happening|playing|glitching|glitched|crashing|freezing|froze|frozen|tripped|tripping|acting|cutting|dropped|disconnected|flickering|buffering|blocked|overflowing|overcharged) ~1 again
(fixed|repaired|sorted|replaced|mended) ~2 (twice|thrice|several|multiple) | weight=0.6
(must|have|having|had|need) (again|yet|once) ~1 (raise|write|contact|complain|chase|ask|call|email|remind)
further to my ~1 (letter|email|e-mail|call|complaint|message|previous|last|earlier) | weight=0.5
(facing|having|experiencing|suffering) ~3 (issue|problem|problems|issues|fault|faults|trouble) since
+ third time I'm calling about the same broken router
+ I've called 6 times and it's still not fixed
+ months later the problem is still there and nobody has fixed it
+ contacted you countless times, got nowhere
+ this is my 4th email about the missing credit, back to square one
+ the boiler still isn't working after two visits
- they fixed it on the first call, brilliant
- the issue was resolved within the hour
- I called once to ask about opening times
# --- r4: "has been dead for 2 weeks" (still broken after contact) ---
(been|remains|remained) (dead|broken|faulty|leaking|down|unusable|useless|disconnected|kaput|bust|busted|unfixed|unresolved|outstanding) ~2 (for|since) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|several|weeks|months|days|january|february|march|april|may|june|july|august|september|october|november|december|last|over|nearly|almost)
+ my fridge has been dead for 2 weeks and nobody cares
+ the boiler has been broken since March despite three visits
- the shop was closed for two weeks but reopened today
- the line was down for ten minutes this morning and came back

# --- r6: going on for N months; goes nowhere; despite complaints still charged; still waiting for a fix;
#     marked resolved when it is not
(problem|problems|issue|issues|this|it|fault|saga|nightmare|dispute|complaint|mess|leak|outage|situation|trouble) ~3 (going|been|gone) on for ~2 (weeks|months|ages|years|week|month|year|fortnight)
(goes|leading|lead|leads) nowhere
still (being|getting|gets) (charged|billed|debited|overcharged|chased|invoiced) | noneg
despite ~2 (my|our|the|numerous|several|many|multiple|repeated|countless|all|endless|constant|various) ~2 (complaints|calls|emails|letters|visits|reports|requests|attempts|messages|chasing|contacts|tickets|conversations|discussions|chats|phonecalls|enquiries|queries|reminders)
still waiting ~5 (sorted|fixed|resolved|solved|repaired|resolution|fix|solution|sort|resolve|outcome) | noneg
(marked|flagged|listed|logged|recorded|labelled|labeled) ~2 (resolved|solved|fixed|complete|completed|closed)
+ the damp problem has been going on for about six months
+ every complaint leads nowhere
+ still getting billed for a phone I returned in May
+ ticket got flagged as solved, nothing is solved
- the sale has been going on for a week, lovely bargains
- still waiting for my friend to arrive so we can order

# --- r6b: spoken to them countless times, no better; dragged on
(spoken|spoke|talked|been|chatted|written|gone|complained|reported|raised) ~5 (countless|numerous|several|multiple|many|umpteen|endless|loads|dozens) ~2 (times|occasions)
(it's|its|it’s|it|still|things|nothing|situation|is) ~1 no better | noneg, weight=0.6
(issue|problem|complaint|case|dispute|claim|this|saga|matter|fault|repair|process|situation|repairs|refund) ~3 (dragged|dragging|drags|drag) on
+ I've spoken to your team loads of times and it's no better
+ this dispute has dragged on for half a year
- the movie dragged on a bit but the cinema was great
- I feel no better about the colour, so I'll exchange it

# --- r6c: keep being told it's fixed
(keep|keeps|kept|keeping) being told ~3 (fixed|sorted|resolved|solved|done|working|fine|complete|completed)
+ we keep being told it's been resolved, it hasn't
- I keep being told I look like my sister
- kept being told the food was great, and it was
# --- r7 industry: recurring wrong bills / readings; a claim or case open since ...
(second|third|fourth|fifth|sixth|another|two|three|four|five|six|several) ~2 (bill|bills|invoice|invoices|statement|statements|reading|readings|charge|charges|estimate|estimates|fine|fines|overcharge|letter|letters) in a row
(weeks|months|years|quarters) of (wrong|incorrect|estimated|inflated|duplicate|double|missing|bogus|overcharged|wrongful) ~1 (bills|billing|charges|statements|readings|invoices|payments|fines|letters)
(claim|ticket|case|complaint|fault|issue|request|application|refund|repair|dispute|chargeback) ~4 (open|outstanding|unresolved|pending|ongoing|dragging) (since|for) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|several|weeks|months|years|ages|january|february|march|april|may|june|july|august|september|october|november|december|christmas|last|over|nearly|almost)
+ Third estimated bill in a row even though I sent a meter reading
+ 3 months of wrong bills and nobody can correct them
+ my insurance claim has been open since June
- the bills in a row on the desk are all paid
- my bills for the year are all correct

# --- r8b: remains uncorrected; no further forward; the fix didn't work; not rectified
(uncorrected|unrectified|unrepaired|unaddressed|unfixed|unremedied)
(remains|remained|remain|stays|stayed|still) ~2 (unchanged|outstanding|broken|faulty|wrong|incorrect|unpaid|unsorted|open|pending) | noneg
(no|not|none|nowhere) ~2 (further|nearer|closer) ~2 (forward|along|resolution|solution|fix|fixing|sorting|resolving|answer|sorted|fixed|resolved|on) | noneg
(fix|repair|solution|patch|workaround|reset|update|visit|engineer's|repairs|fixes) ~3 (didn*|hasn*|haven*|doesn*|don't|dont|never|failed|not) ~2 (work|worked|working|help|helped|last|lasted|solve|solved|fix|fixed|resolve|resolved|hold|held) | noneg
(not|hasn*|haven*|wasn*|weren*|never|isn*) ~2 (rectified|remedied|actioned) | noneg
(come|came|coming|comes) back ~2 (again|after|since) ~4 (fix|fixed|repair|repaired|visit|engineer|so-called|supposed|sorted)
+ despite letters since March the error remains uncorrected
+ weeks of calls and I'm no further forward
+ the engineer's fix didn't last a day, it's leaking again
- the fix worked perfectly, thank you
- no further action needed, all sorted now

# --- r9b: "continues to drop"; "same wrong balance"; "months of emails back and forth"
(continues|continue|continued|continuing|keeps|kept|keep) (to|on) ~1 (drop|dropping|fail|failing|crash|crashing|break|breaking|leak|leaking|happen|happening|cut|cutting|disconnect|disconnecting|freeze|freezing|show|showing|charge|charging|bill|billing|trip|tripping|flicker|flickering|overcharge) | weight=0.6
same ~1 (wrong|incorrect|faulty|broken|old|error|mistake|fault|issue|problem|inflated) ~1 (balance|bill|amount|charge|reading|address|name|date|figure|message|result|fault|problem|issue) | weight=0.6
(days|weeks|months|years) of (emails|e-mails|calls|letters|chasing|messages|complaints|chats|phone) | weight=0.5
back and forth | weight=0.5
+ after calling several times my router continues to drop every evening
+ months of emails back and forth and the statement shows the same wrong amount
- the same wrong size was my mistake, I ordered it
- we chatted back and forth about colours before I ordered

# --- r10b voices: "not been put right", "has yet to be corrected"; "as bad as ever", "exactly as it was",
#     "same as before", "hasn't moved an inch", "nothing's changed"; "visit achieved nothing";
#     "three appointments later"; "no fewer than five"; "the fix lasted two days", "back to crashing";
#     Indian English "pending only", "contacting since 3 weeks"; "phoned and phoned"; "getting nae further"
(not|never|yet|hasn*|haven*|wasn*|isn*) ~3 put right | noneg
(yet|still) to be (fixed|resolved|sorted|solved|repaired|corrected|rectified|remedied|restored|addressed|actioned|refunded|credited|reconnected|replaced|looked)
as (bad|broken|faulty|slow|awful|terrible|unreliable|patchy|wrong|damp) as (ever|before)
(exactly|just|still|remains|remained|is|same|situation|problem|issue) ~1 (as|like) (it|they) (was|were|is) | weight=0.5
(same|remains|remained|exactly|just|identical) (as|like) (before|ever|last) | weight=0.6
(nothing*|nothin) ~2 (changed|improved|improve|improves|changes|budged|moved|progressed|happened|different) | noneg, weight=0.6
(hasn*|haven*|not|never|didn*) ~1 (moved|budged|shifted|progressed|improved|improve|move|budge) ~2 (inch|bit|forward|forwards|on|since|at) | noneg
(visit|visits|engineer|engineers|technician|technicians|repair|repairs|callout|callouts|call-out|appointment|appointments|contractor|plumber|electrician|man|guy|fix|attempt|attempts) ~4 (achieved|did|fixed|changed|solved|accomplished|improved|improve|done) (nothing|zero|zilch|nada|little)
(visit|visits|engineer|technician|repair|callout|appointment|contractor|plumber|electrician|man|guy|guys|fix|attempt) ~5 (nothing*|no) ~1 (improve|improved|improves|change|changed|better|difference) | noneg
(0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous|umpteen|dozens) ~1 (appointments|visits|calls|repairs|engineers|callouts|call-outs|technicians|complaints|emails|letters|attempts|replacements|returns|tickets) later ~8 (still|nothing|no|same|not|again|problem|issue|fault|broken)
(no|not) (fewer|less) than ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|nine|ten|several) ~2 (times|occasions|calls|visits|emails|letters|complaints|attempts|engineers|appointments)
after ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|seven|eight|several|multiple|many|countless|numerous) ~1 (engineer|technician|repair|service|plumber|visits|calls|repairs|callouts|complaints|attempts|appointments|tickets) | weight=0.5
(fix|fixes|repair|repairs|patch|solution|workaround) ~2 (lasted|held|worked) ~3 (day|days|hour|hours|minute|minutes|mins|hrs|week|morning|afternoon|evening|night|weekend) | weight=0.6
back to (crashing|dropping|failing|leaking|freezing|glitching|breaking|cutting|buffering|tripping|lagging|flickering|disconnecting|overcharging)
(pending|open|outstanding|unsolved) only
(issue|complaint|refund|case|request|problem|ticket|claim|matter|query|grievance|repair) ~3 (is|still|remains|are|lying|kept|showing|shows) ~1 (pending|outstanding|unattended|open) | noneg
(till|until|upto|up) (now|date|today) ~6 (pending|unresolved|unsolved|not|no|nothing|still|same) | noneg, weight=0.6
(been|am|are|is|was|keep|kept|have|i'm|im|ive|i've|we've|weve|she's|he's|has|they've) ~1 (calling|phoning|ringing|emailing|e-mailing|messaging|chasing|contacting|writing|complaining|visiting|texting|following|dming|pestering|hounding|badgering|nagging|called|phoned|rung|emailed|e-mailed|messaged|chased|contacted|written|complained|visited|texted|dmed|pestered|hounded|badgered|nagged) ~4 (for|since|over) ~2 (weeks|months|ages|years|week|month|year|fortnight|days|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|several|last) | weight=0.6
(phoned|called|rang|emailed|e-mailed|chased|wrote|written|complained|messaged|asked|begged|pleaded|nagged|pestered) and (phoned|called|rang|emailed|e-mailed|chased|wrote|written|complained|messaged|asked|begged|pleaded|nagged|pestered) | weight=0.6
(getting|got|get|gets|going|went|gone|go) (no|nae|nowt|not|nowhere|zero) ~1 (further|farther|anywhere|forward|forwards|progress) | noneg
(after|despite) (each|every|all|the|their|your|both) ~1 (visit|visits|treatment|treatments|repair|repairs|fix|fixes|callout|call-out|engineer|attempt|attempts|reset|resets|replacement) | weight=0.5
+ the matter has not been put right and I remain without heating
+ the overcharge on my account has yet to be corrected
+ the leak is as bad as ever after your contractor's visit
+ been messaging u guys for 2 weeks and the status hasnt moved an inch
+ the visit achieved nothing whatsoever
+ three appointments later it still whistles
+ raised it on no fewer than five separate occasions
+ ur fix lasted like 2 days, back to crashing
+ Till now my refund issue is pending only
+ I am contacting you since 3 weeks, nothing improved
+ I've phoned and phoned and I'm getting nae further
+ gas connection is not restored even after giving complaint two times
- the repair lasted for years, excellent work
- nothing beats this shop for service
- as good as ever, thanks for the quick fix

# --- r13 thesaurus pass: persistent / ongoing / still unsolved, register variants
(persisting|persistent|ongoing|on-going|recurring|recurrent|chronic|long-running|longrunning|long-standing|longstanding|never-ending|neverending|unending|lingering|continuing|perennial) ~1 (problem|problems|issue|issues|fault|faults|leak|leaks|outage|outages|glitch|glitches|bug|bugs|error|errors|saga|nightmare|damp|mould|mold|dispute|complaint|complaints|defect|defects) | weight=0.6
(unsorted|unrectified|unremedied|unsettled|unfixable|unrepaired|nonresolved|non-resolved|unresloved|unresovled|unreslved|unresolvd|unsloved)
still (borked|goosed|misbehaving|malfunctioning|defective|dodgy|patchy|intermittent|unreliable|erratic|temperamental|unsolved|unsorted|pending|ongoing|unpaid|overcharging|overcharged|dripping|rattling|stinks|stinking|mouldy|moldy) | noneg, weight=0.6
(yet|still) ~2 (not|isn*|hasn*|haven*|wasn*|un|no) ~2 (rectified|remedied|addressed|actioned|cleared|reconnected|restored|reinstated|replaced|amended|adjusted|reversed|unblocked|reactivated|mended|patched|put|sorted) | noneg
(not|never|isn*|hasn*|haven*|wasn*|weren*|nothing|nobody|noone|didn*) ~2 (mended|patched|fixd|fixt|sorted|resovled|resloved|reslved|solvd) | noneg
(no|zero|without) ~1 (headway|traction|improvement|dice) | noneg, weight=0.6
(haven't|havent|haven’t|hasn't|hasnt|hasn’t|not|never|didn't|didnt|didn’t) ~2 (got|gotten|getting|made|making) ~2 (anywhere|headway|progress) | noneg
(groundhog|déjà|deja) (day|vu) | weight=0.6
(endless|never-ending|neverending|unending|interminable) (saga|nightmare|chasing|battle|ordeal)
+ Two months on and the fault is still intermittent and we're making no headway.
+ It's a recurring problem that remains unrectified.
+ It's an endless saga, the repair has yet to be actioned.
- The recurring payment was set up correctly.
- Fixed on the first visit, no ongoing problems since.

# --- r14b: N times they've said; a week of trying to sort; locked out for months
(times|occasions) ~3 (they've|theyve|they|you've|youve|i've|ive|been) ~1 (said|told|promised|assured)
(week|weeks|month|months|days|fortnight) of (trying|chasing|attempting|battling|fighting) to (sort|fix|resolve|cancel|close|reach|contact|claim|recover|correct|rebook)
for (a|two|three|several|over|nearly|almost) ~1 (week|weeks|month|months|fortnight) ~3 (trying|attempting|chasing|battling) to (sort|fix|resolve|cancel|close|reach|contact|claim|recover|correct|rebook)
unable to (access|use|get) ~3 (account|accounts|app|money|funds|card|online|email) ~3 (for|since) ~2 (days|week|weeks|month|months) | noneg
+ 3 times they've said we'll call you back
+ week of trying to sort my son's contract
+ for a week I have been trying to resolve this
+ she has been unable to access her account for two months
- after a week of trying to choose I bought the blue one, great service
- I was unable to use the gym for a week because of my injury

# --- r14b: digit ordinals are split ('3rd' -> 3 rd): Nth time complaining/calling
(2*|3*|4*|5*|6*|7*|8*|9*|1*) (nd|rd|th) (time|complaint|call|email|letter|visit|attempt|chat|ticket) ~2 (complaining|writing|calling|ringing|phoning|emailing|chasing|reporting|asking|contacting|about|regarding|re)
+ 3rd time complaining about the noise next door
+ 4th call about the same fault
- 3rd time ordering from you and always great
- my 2nd visit to the store was lovely

# --- en15b: still have no internet
still (have|has|had|got|having|getting) ~1 (no|zero) ~1 (internet|broadband|wifi|wi-fi|signal|power|electricity|gas|water|heating|hot|phone|line|service|connection|tv|landline|coverage|data) | noneg
+ I still have no broadband after three calls.
+ We've still got no heating, a week on.
+ Still have zero signal at home.
- I have no internet at the moment, can you send the form by post?
- Do you still have no-contract deals?

# --- en16b: strung along / kept dangling; locked out of the account for weeks
(stringing|strung|string|strings) (me|us|her|him|them) along
(stringing|strung) ~3 along
(string|strings) (my|our|his|her|their|customers|people|everyone|folk) ~1 along
(kept|keeping|keep|keeps|left|leaving) (me|us|her|him|them) (dangling|hanging) ~3 (weeks|months|days|ages|since)
(hasn't|haven't|hasnt|havent|hadn't|hadnt|not|unable|couldn't|couldnt|can't|cant) ~3 (access|use|log|into|get) ~5 for ~2 (weeks|months) | noneg
+ they've been stringing me along since March
+ I've been kept hanging for weeks with no answer
+ my dad hasn't been able to log into his own account for three months
- the guitar strings came along with the order, thanks
- I couldn't use the app for a couple of hours this morning, then it worked

# --- en16a: still no water / heating / internet after the company's repair
(no|without|still) ~3 (water|heating|heat|power|electricity|internet|broadband|wifi|wi-fi|signal|gas|connection|phone|tv) ~6 (after|since|despite) ~2 (repair|repairs|fix|visit|visits|engineer|engineers|technician|callout|call-out|installation) | noneg
+ We've had no hot water since your repair of the boiler.
+ Still no internet despite two engineer visits.
- The engineer came and we had heating back after the repair.
- Lovely staff, I will keep coming back here every week.
- The engineer admitted he had never dealt with this boiler model before.

# --- en18b inflection: "ive messaged you for 2 wks, status hasn't moved"; "strung my mother along"
(status|ticket|case|claim|complaint|issue|progress|repair|fault) ~2 (hasn*|haven*|not|never|isn*|hasnt|still) ~1 (moved|budged|shifted|progressed) | noneg, weight=0.6
+ we've emailed you for 3 wks and the ticket hasn't budged
+ they have strung my dad along since the spring
- my ticket status moved to solved the same day, thanks

# --- en19b paraphrase: closed the case but the problem hasn't gone away; raised it repeatedly;
#     "ever being resolved?"; just as dead as before; nothing was done
(problem|issue|fault|error|leak|bug|glitch|noise|damp|smell|mould|mold|crackle) ~3 (not|hasn*|haven*|hasnt|never|didn*|didnt|won't|wont|isn't|isnt|refuses|refused) ~2 (gone|go|going) away | noneg
(raised|reported|mentioned|flagged|chased|queried|complained|brought|logged) ~3 (repeatedly|several|numerous|multiple|countless|constantly|persistently|endlessly) | weight=0.6
ever (be|being|get|getting|gets|going) ~1 (resolved|fixed|sorted|solved|repaired|settled|rectified) | weight=0.5
(just|exactly|still|equally|every|bit) as (dead|broken|bad|faulty|slow|useless|unreliable|patchy|wrong|awful|noisy|damp|leaky|unusable) as (before|ever|it|they|when|the) 
nothing (was|has|had|got|is|ever|were) ~1 (done|actioned|changed|fixed|sorted|resolved|repaired) | noneg, weight=0.5
+ they closed my ticket, yet the fault hasnt gone away
+ I have flagged the billing error repeatedly and will it ever be sorted?
+ after his visit the shower is every bit as broken as before
- the rattle went away after the engineer's visit
- I have flagged this once, no need to do more

# --- s9: "no matter how often I ring", "not even a reply, let alone a fix",
#     "it has not been dealt with", "exactly where it started", still blocked/locked ---
no matter how (many|often|much) ~4 (call|calls|ring|rang|phone|email|emails|write|chat|chase|contact|complain|times|visit|visits|try|tried|ask|asked) | noneg
let alone (fix|fixed|fixing|sort|sorted|sorting|resolve|resolved|resolving|solve|solved|repair|repaired|address|addressed|rectify|rectified) | noneg
(not|never|hasn*|haven*|hadn*|isn*|wasn*|hasnt|havent) ~1 been (dealt|sorted|fixed|resolved|addressed|rectified|corrected|solved|repaired|actioned|remedied) | noneg
(problem|issue|fault|case|complaint|claim|things|matter|situation|it's|its) ~2 (exactly|right|still|back) (where|at) ~1 (it|they|we|i|this) (started|began|begun|start) | noneg
still (blocked|locked|frozen|suspended|disconnected|stuck|barred|capped|throttled|restricted) | noneg
(problem|issue|fault|error|charge|leak|bug|glitch|noise|crash|outage) ~2 (keeps|kept) (coming|creeping|cropping|popping|reappearing|recurring|returning|happening) | weight=0.5
+ no matter how often I ring, the meter reading stays wrong
+ you have not even replied, let alone sorted the overcharge
+ three months on and it still hasn't been dealt with
+ after all those calls the problem is right back where it started
- I got passed between three agents and ended up back where I started
+ the account is still locked after my visit to the branch
+ no matter how many emails I send the fault keeps coming back
- the fault was dealt with on the first call
- no matter how busy you are, please reply when you can
- I finally got it unblocked after one call, great service

# --- s9b: "closed my ticket without fixing anything", "no end in sight" ---
(closed|closing|close|closes|shut|shutting) ~3 (ticket|tickets|case|cases|complaint|claim|job|report|query|request) ~4 (without|before) ~3 (fixing|solving|resolving|sorting|repairing|anything|resolution|fix|fixed|resolved|sorted|solved) | noneg
no (end|resolution|fix|solution) in sight | noneg
+ support keeps closing the case without fixing anything
+ four months of this and still no end in sight
+ they shut my complaint before anything was resolved
- they closed the ticket once the fix was confirmed
- closed the old account before opening the new one
