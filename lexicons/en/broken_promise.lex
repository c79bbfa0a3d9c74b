# A promised call-back, refund, fix, delivery or discount that never came;
# false promises.  The call-back rules hold their own negation ("nobody
# called back").  Not: "refunded as promised".
(never|didn*|haven*|hasn*|wasn*|weren*|nobody|noone|no-one|none|not) ~3 (called|call|rang|ring|phoned|rung) ~2 (back|me|us) | noneg
no one ~3 (called|call|rang|ring|phoned|rung) ~2 (back|me|us) | noneg
(never|didn*|haven*|hasn*|not) ~4 (got|get|gotten|received|had|returned) ~2 (call|callback|call-back|calls) | noneg
(no|not|still|never|waiting) ~4 (callback|call-back|callbacks) | noneg
(call-back|callback) ~6 (never|didn*|hasn*|not) ~2 (came|come|happened|happen|arrived|materialised|materialized) | noneg
call back ~6 (never|didn*|hasn*|not) ~2 (came|come|happened|happen|arrived|materialised|materialized) | noneg
(promised|promise|promises|promising|promissed|assured|guaranteed|swore|swear|told|said|says|confirmed) ~5 (call|ring|phone|get|email|e-mail|contact|text) ~2 (back|me|us|you) ~10 (never|nobody|noone|didn*|hasn*|haven*|still|nothing|not|waiting|week|weeks|days|ago) | noneg
# promises in general: "promised" alone needs company (praise says "as
# promised")
(promised|promissed|assured|guaranteed) | weight=0.6, noneg
(false|empty|broken|hollow|fake|worthless|meaningless) (promise|promises)
(broke|broken|break|breaks|breaking|back) ~2 (promise|promises|word|commitment|guarantee|agreement)
(didn*|never|don't|dont|don’t|doesn*|failed|not) ~2 (keep|kept|honour|honor|honoured|honored|stick|stuck|deliver|follow|live) ~3 (promise|promises|word|commitment|commitments|guarantee|agreement|deal|bargain) | noneg
(promise|promises|promised) ~15 (never|not|didn*|hasn*|haven*|still|nothing|sign|yet|broken|lie|lies|lied|rubbish|worthless|ago) | noneg, weight=0.6
(refund|money|credit|compensation|discount|voucher|replacement|repair|fix|callback|engineer|technician|gesture|goodwill|reimbursement|cheque|check|surveyor|email|letter|confirmation|rebate|cashback|upgrade|contract|paperwork|forms) ~9 (never|still|hasn*|didn*|not|yet) ~3 (been|come|came|arrived|appeared|materialised|materialized|applied|credited|paid|processed|issued|received|sent|happened|reflected|shown|through|landed|reached|honoured|honored) | noneg
(never|haven*|hasn*|not|didn*) ~3 (received|recieved|got|gotten|seen|had|get|receive|recieve|see) ~2 (refund|money|credit|compensation|discount|voucher|replacement|repair|cheque|payment|reimbursement|card|gesture|callback) | noneg
(no|still) ~3 (sign|word) ~2 (refund|credit|compensation|discount|voucher|replacement|reimbursement|cheque|card|gesture|engineer|callback) | noneg
(was|were) (supposed|meant) to (call|ring|phone|get|email|refund|credit|send|fix|repair|replace|come|contact|arrange|apply|sort|remove) | weight=0.6
(said|says|saying|told|tells|telling|assured|assures|promised|promises|promising|confirmed|agreed|swore|sworn|swear|guaranteed|insisted|word|assurance|assurances|promise|undertaking|stated|informed|advised|indicated) ~2 (it'd|it’d|itd|it'll|it’ll|itll|that'd|that'll|he'll|she'll|they'll|we'd|we'll|he|she|they|someone|somebody|he'd|she'd|they'd|he’d|she’d|they’d|i'd|i’d|id|i|we|it|you) ~2 (would|will|wud|wd|wld|gonna|going|get|be|receive|have) ~2 (email|e-mail|call|ring|phone|telephone|give|dispatch|despatch|attend|send|post|refund|credit|fix|sort|arrange|process|deliver|come|visit|contact|back|text|remove|cancel|waive|apply|book|update|pay|get|receive|have|be|reversed|refunded|credited|removed|waived|cancelled|fixed|sorted|dropped|returned|applied|honoured|matched|adjusted|corrected|resolved|replaced|repaired|collected|delivered|ready) | weight=0.6
(said|says|saying|told|tells|telling|assured|promised|promises|confirmed|agreed|swore|sworn|swear|guaranteed|insisted|word|assurance|assurances|promise|undertaking|stated|informed|advised) ~4 (refund|money|credit|discount|voucher|charge|account|price|contract|penalty|balance|delivery|deliveries|order|orders|parcel|parcels|package|packages|shipment|items|goods|driver|courier|engineer|technician|plumber|installer|fitter|repairman|repair|furniture|fridge|freezer|cooker|washer|appliance|pizza|takeaway|curry|burger|groceries|shopping|replacement|parts|kitchen|boiler|table|chairs|flowers|stuff|boxes|laptop|mattress|wardrobe|blinds|carpet|units|windows|roofer|builder|builders|joiner|electrician|gardener|cleaner|cleaners|decorator|locksmith|glazier|surveyor|inspector|assessor|adjuster|tradesman|workman|workmen|contractor|contractors|removals|movers|van) ~2 (would|will|wud|wd|wld|gonna|going|get|be|receive|have) ~3 (email|e-mail|call|ring|phone|telephone|attend|give|dispatch|despatch|send|post|refund|credit|fix|sort|arrange|process|deliver|come|visit|contact|back|text|remove|cancel|waive|apply|book|update|pay|get|receive|have|be|reversed|refunded|credited|removed|waived|cancelled|fixed|sorted|dropped|returned|applied|honoured|matched|adjusted|corrected|resolved|replaced|repaired|collected|delivered|ready) | weight=0.6
(promised|assured|confirmed|guaranteed|insisted|assurance|assurances) ~4 (bill|fee|fine|debt|item|tech|sofa|bed|oven|food|meal|van|post|part|cake|box|tv|desk|door) ~2 (would|will|wud|wd|wld|gonna|going|get|be|receive|have) ~3 (email|e-mail|call|ring|phone|telephone|attend|give|dispatch|despatch|send|post|refund|credit|fix|sort|arrange|process|deliver|come|visit|contact|back|text|remove|cancel|waive|apply|book|update|pay|get|receive|have|be|reversed|refunded|credited|removed|waived|cancelled|fixed|sorted|dropped|returned|applied|honoured|matched|adjusted|corrected|resolved|replaced|repaired|collected|delivered|ready) | weight=0.6
(he'd|she'd|they'd|he’d|she’d|they’d|hed|theyd|someone'll|they'll|he'll|she'll|theyll) ~2 (email|e-mail|call|ring|phone|send|post|refund|credit|fix|sort|arrange|process|deliver|come|visit|contact|text|remove|cancel|waive|apply|book|update|pay|repair|replace|install|return|collect|reimburse|escalate) | weight=0.5
that was ~2 (last|ago|week|weeks|days|month|months|fortnight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday) | weight=0.6
(inbox|account|mobile|voicemail) ~2 still ~1 (nothing|silent) | weight=0.5
inbox ~2 still ~1 empty | weight=0.5
(hasn*|hasnt|never|didn*|not) ~1 (rung|rang) | weight=0.5
(fixed|locked|guaranteed|frozen|promised|assured|agreed|told) ~12 (wouldn*|won't|wont|won’t|not|never|no) ~3 (change|go|increase|rise|affect|cost|charge|charged) | noneg, weight=0.6
(it|bill|bill's|bills|price|price's|prices|fee|rate|tariff|charge|payment|premium|cost|subscription|debit) ~4 (went|gone|increased|risen|rose|doubled|jumped|shot) | weight=0.5
(pay|give|send|honour|honor|deliver|do|provide) ~1 what (you|they|he|she|was|we|i) ~1 (promised|agreed|offered|guaranteed)
(lied|lying|liars|liar|lies|lie|porkies|fibbed|fibbing) | weight=0.5
(misled|mislead|misleading) | weight=0.5
(it|this|that|which|they|refund|money|payment|credit) ~1 (never|still|hasn*|didn*|not) ~2 (came|come|arrived|appeared|materialised|materialized|happened) ~1 (through) | noneg, weight=0.5
(days|weeks|months|fortnight) later | weight=0.5
(fixed|locked|frozen|guaranteed) (for|until) ~2 (months|years|month|year|contract|end) | weight=0.5
(it's|its|it’s|it|that's|thats) ~1 been ~2 (days|weeks|months|fortnight|ages|month|week) | weight=0.5
(supposed|meant|promised|due|scheduled|booked|agreed|arranged|confirmed|offered|approved|authorised|authorized) ~10 (never|didn*|hasn*|not) ~2 (came|come|turned|showed|arrived|happened|did|bothered|attended|appeared|applied|materialised|materialized|rang|called|processed|honoured|honored) | noneg
still ~1 no (money|refund|credit|payment|sign|voucher|compensation|callback|call|engineer|email) | weight=0.5, noneg
(nobody|noone|no-one) (came|turned|showed|arrived|bothered|called|rang|phoned) | noneg, weight=0.5
no one (came|turned|showed|arrived|bothered|called|rang|phoned) | noneg, weight=0.5
(guaranteed|promised|assured) ~4 (next-day|next|same|delivery|by|within|arrival|dispatch) | weight=0.5
then ~2 (charged|billed|invoiced|increased) (me|us) | weight=0.5
(it|that|they|which|this) (wasn*|weren*|didn*|hasn*|hadn*|isn*|never) | weight=0.4
(and|still|yet) nothing | weight=0.4
(says|said|say|shows|showed|tells|told) otherwise | weight=0.6
(said|told|promised|assured|advertised|guaranteed) ~6 (included|complimentary) | weight=0.5
(promised|advertised|guaranteed) ~3 free | weight=0.5
(never|didn't|didnt|didn’t|nobody|noone|no-one) (did|does|has|have|happened|came) | weight=0.5, noneg
(nobody|noone|no-one|never|no) ever (calls|rings|phones|gets|got|called|rang) back | noneg
(gave|given|giving|give|gives) ~2 (word|assurance|assurances|guarantee|promise|commitment|undertaking|pledge) | weight=0.6
(on|showing|appeared|appears|back) ~3 (bill|statement|invoice|account) (again|still) | weight=0.5
(he|she|they|nobody|noone|engineer|driver|courier|technician|agent|someone|anyone|it) (never|didn*|didn't|didnt) (rang|ring|called|call|phoned|phone|texted|text|rung|emailed|showed|turned|came|arrived|happened|materialised|materialized) | noneg, weight=0.5
(promise|promises) (me|us|to) | weight=0.6
(until|till|up) (now|today|date) ~3 (nothing|not|no|never|still) | noneg, weight=0.5
no ~1 (call|callback|call-back|ring) | noneg, weight=0.5
(came|come|passed|went) and (went|gone|passed) | weight=0.5
never (materialised|materialized|happened|appeared|transpired) | weight=0.5, noneg
+ they promised a call back within 24 hours and nobody called
+ still no sign of the refund they promised two weeks ago
+ the discount the agent promised never appeared on my bill
+ said someone would ring me back the same day, never happened
+ nobody has called me back
+ false promises every single time
+ they broke their promise to replace the fridge
- the refund arrived as promised, thank you
- the engineer called back within an hour, great
- will you call me back tomorrow?
# said he would come, he didn't (h2)
(said|told|promised|assured|confirmed|guaranteed|swore) ~4 (would|will|he'd|she'd|they'd|someone|somebody|engineer|technician|refund|callback) ~8 (didn't|didnt|didn’t|never|wasn't|wasnt|hasn't|hasnt|haven't|havent|nobody|noone|no-one) | noneg
+ they said the engineer would come on Monday, he didn't
- they said they would call and they did, within the hour

# --- r6: "leave it with me" / "I'll look into it" then silence; cancelled yet still billed;
#     "said they'd send X same day" then still waiting; told it was free, then invoiced
(leave|left) it with (me|us|him|her|them) | weight=0.5
(look|looking) into it ~2 (never|nothing|silence|heard) | noneg
(never|not) (heard|seen) ~3 (again|since|anything) | noneg, weight=0.5
(cancelled|canceled|closed|terminated|stopped|cancellation|closure) ~6 (yet|still|again|since) ~3 (charged|billed|debited|charging|billing|invoiced|taken|taking|took) | noneg
(said|told|promised|assured|confirmed|claimed) ~3 (theyd|they'd|they’d|hed|he'd|he’d|shed|she'd|she’d|youd|you'd|you’d|would|will|it'd|itd) ~6 (still|never|nothing|yet) ~3 (waiting|arrived|came|come|heard|received|sent|happened|appeared|turned|showed) | noneg
(said|told|promised|advertised|assured|claimed|quoted|sold|supposedly|supposed|meant) ~6 (free|included|complimentary|waived) ~8 (invoice|invoiced|billed|charged|charging|invoicing) | noneg
+ she said "leave it with me" and that was the last anyone heard of it
+ they confirmed the membership was closed, yet the gym still debited me twice
+ the rep said he'd post the forms that afternoon, still waiting ten days on
+ fitting was supposedly included in the price, then I was billed £60 for it
- I'll leave it with you to decide which colour suits best
- delivery was advertised as free and it really was, no charge at all

# --- r6b: "said X would be done by <time>" + "it's now <later>"; price match / quote not honoured
(said|told|swore|sworn|assured|promised|guaranteed|insisted|informed|confirmed) ~6 (would|will|wud|was|were) ~4 (fixed|finished|done|ready|sorted|removed|refunded|credited|completed|repaired|delivered|installed|finish|arrive|cleared|applied|honoured|waived|back|replaced|reversed|cancelled) ~4 (by|before|within|in|on|next|same|end|tomorrow|today|week|friday|monday) | weight=0.3
(it's|its|it’s|it|today|is) ~1 now ~1 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|weeks|months|christmas|easter) | weight=0.7
(it's|its|it’s) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) | weight=0.7
(wouldn*|won't|wont|won’t|refused|refusing|didn*|failed|not|never) ~2 (honour|honor|honoured|honored|match|matched|apply|applied) ~3 (it|offer|deal|quote|quoted|discount|agreement|voucher|promise|match|coupon) | noneg, weight=0.5
(said|told|promised|assured|confirmed|agreed) ~6 (would|will|was|were) ~2 be ~1 (removed|waived|refunded|credited|cancelled|reversed|wiped|written|taken|dropped) | weight=0.5
(charge|fee|fine|charges|fees|penalty|debit) ~2 still (on|there|showing|appearing|listed) | weight=0.5
(it's|its|it’s|it|they're|theyre|they’re) still (on|showing|appearing|listed) ~2 (my|the|our) ~1 (statement|bill|account|invoice|balance) | weight=0.5
+ the builder swore the roof would be done by half term; it's now December
+ they guaranteed a price match and then refused to apply it
+ he said the charge would be reversed, it's still there on my bill
- they said it would be ready by Friday and it was, thank you
- it's Monday, can you tell me your opening hours?

# --- r6c: "said my bill would go down. It went up"; "you said you'd X. You didn't."
(said|told|promised|assured|claimed|guaranteed) ~4 (would|will|wud|going|gonna) ~2 (go|come|drop|fall|reduce|decrease|be|get) ~1 (down|lower|cheaper|less|reduced|smaller) | weight=0.5
(you'd|youd|you’d|you'll|youll|you’ll) ~2 (email|call|ring|phone|send|refund|credit|fix|sort|waive|remove|cancel|apply|arrange|deliver|post|replace|repair|reimburse|contact|come|visit|process|text|honour|honor|match|drop|reduce) | weight=0.6
(you|they|he|she) (didn't|didnt|didn’t|haven't|havent|haven’t|hasn't|hasnt|hasn’t) | weight=0.4
+ the adviser said our premium would come down, and then it went up
+ you said you'd refund the postage, you never did
- she said the price would drop in the sale and it did
- you'll love it, my friend said, and I did
# --- r7 industry: promised to escalate / get back within a time frame, then silence
never heard (another|anything|back|from|single) | weight=0.5, noneg
+ Agent promised to escalate it and get back in 24 hours. Never heard another word.
+ the adjuster assured me he'd reply within 2 days, never heard back since
+ promised my licence would be reactivated by Friday and never heard a thing
- never heard back from the survey, no big deal
- they fixed it within 24 hours as promised

# --- r8 paraphrase: promised callback + "that was last week"; offered discount that never materialised; "supposed to ... it's been weeks"
(told|said|promised|assured|confirmed|agreed) ~3 (supervisor|manager|engineer|technician|agent|advisor|adviser|colleague|rep|team|department|specialist|person|someone|somebody) ~2 (would|will|going|gonna|wud) ~2 (ring|call|phone|email|e-mail|contact|text|get) ~3 (back|me|us) | weight=0.4
(offered|promised|agreed|quoted|assured|guaranteed|confirmed) ~8 never (made|came|arrived|appeared|materialised|materialized|showed|happened|applied|turned|got) | noneg
(discount|refund|credit|voucher|compensation|goodwill|gesture|reimbursement|cashback|rebate|price|offer) ~4 never (made|got) it ~2 (onto|on|through|into|to) | noneg
(supposed|meant|due|promised) to ~8 (it's|its|it’s|that's|thats|now) (been|was|over) ~2 (weeks|months|days|week|month|fortnight|ages|yesterday|last) 
+ I was told a supervisor would ring me back within 24 hours. That was last week.
+ The 20% discount your sales team offered me never made it onto the invoice.
+ Supposed to get my deposit back within 10 days, it's been 6 weeks.
- The manager said she would call me back and she did, within the hour.
- The discount was applied as promised.

# --- r9a: "committed to replacing ... It is now June"
(committed|pledged|undertook|vowed|swore|guaranteed|assured|promised|agreed) ~1 to (=email|=ring|=phone|=text|=post|=arrange|=cancel|=waive|=process|=book|=refund|=remove|=install|=escalate|replace|replacing|repair|repairing|fix|fixing|refund|refunding|call|calling|send|sending|deliver|delivering|visit|visiting|pay|paying|credit|crediting|reimburse|reimbursing|compensate|sort|sorting|resolve|resolving|return|returning|collect|collecting) | weight=0.5
+ In your letter of 3 March you committed to replacing the damaged flooring within a month. It is now June, there is no date, and the flooring is still lifting in the hallway.
+ You vowed to repair the boiler by the 5th. It is now Wednesday the 20th.
- I agreed to collect it from the depot on Monday.

# --- r10b voices: "led to believe"; "not forthcoming"; "yet to appear"; "weeks have elapsed";
#     "told refund in 3-5 days"; "someone will call you back" quoted; "told it was coming tomorrow. nope";
#     "swore it was going out this week"; "did not take place"; "never applied/attended";
#     "now they're saying no"; "bill came with the full amount"; "still awaiting that call"
led ~1 to believe | weight=0.6
(not|never) ~1 forthcoming | noneg, weight=0.6
yet to (appear|arrive|materialise|materialize|come|turn|show|hear|receive|see|call|ring|phone|attend|receive|get|be) | weight=0.5
(days|weeks|months|fortnight|hours|week|month) (have|has|had) (elapsed|passed|gone) | weight=0.5
(said|says|told|tells|promised|quoted|assured|guaranteed|stated) ~3 (within|in) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|five|seven|ten|few|couple) ~2 (days|hours|hour|weeks|working|business|mins|minutes|hrs) | weight=0.5
(someone|somebody|someone'll|somebody'll) ~2 (call|ring|phone|get|text|email|contact|bell) (u|you|ya|yu|me|us|him|her|them) back | weight=0.4
(told|said|promised|assured|says|tells|guaranteed|swore|sworn|vowed) ~4 (coming|arriving|dispatched|going|due|shipping|shipped|landing|go|goes|come|comes|arrive|arrives|ship|ships|land|lands) ~3 (tomorrow|tmrw|tmr|tmw|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|morning|afternoon|soon) | weight=0.5
(nope|nada|zilch|nah) | weight=0.5
yeah right | weight=0.4
(didn't|didnt|didn’t|never|not) ~1 (take|took|taken) place | noneg, weight=0.5
never (applied|credited|processed|actioned|honoured|honored|sent|posted|issued|received|refunded|reimbursed) | noneg, weight=0.6
(arranged|approved|authorised|authorized|offered) | weight=0.4
(swore|sworn|vowed|pledged) | weight=0.5
(voucher|vouchers|credit|discount|refund|cashback|points|rebate|code|coupon|upgrade|compensation) ~5 (never|didn't|didnt|hasn't|hasnt|not) ~1 (showed|landed|hit|turned) | noneg
+ the voucher ur guy offered never showed up in my account
(is|are|was|were|isn't|isnt|wasn't|wasnt) ~1 (not|never) (coming|turning|showing|arriving) | noneg, weight=0.5
(now|suddenly|then) ~3 (saying|say|says|telling|claim|claiming|claims) ~2 (no|not|can't|cant|cannot|won't|wont|otherwise|different|nothing) | weight=0.5
(gone|went|going|goes|go) back on ~2 (word|promise|promises|agreement|deal|offer|commitment) 
(bill|invoice|statement|receipt|charge|debit) ~3 (came|shows|showed|still|says|charged|arrived|was) ~3 (original|full|old|same|usual|standard|normal|undiscounted) ~1 (amount|price|rate|fee|charge|total|sum|cost) | weight=0.5
(charged|billed|invoiced|debited) ~2 in full | weight=0.5
(still|yet) ~1 (awaiting|waiting|expecting) | weight=0.4
nothing ~2 (arrived|come|came|appeared|received|materialised|materialized|turned|happened) | noneg, weight=0.5
+ I was given a firm undertaking that the replacement would be dispatched within seven days. Three weeks have elapsed.
+ I was led to believe the fee would be waived. It has been charged in full.
+ u said refund in 3-5 days. its been 3 weeks
+ 'someone will call u back in an hour' yeah right, thats been 2 days
+ the callback from a supervisor which I was promised did not take place
+ a goodwill credit was offered but it was never applied
+ Person on chat says tomorrow technician will come. He is not coming.
+ They gave me word of replacing the mixer but now they are saying no.
+ they literally swore the fix was going out this week, still waiting
+ Your letter stated that the roofer would attend within the fortnight. He has yet to appear.
+ Manager was telling me he will give discount for next bill, but bill came with full amount.
- they said they would ring back tomorrow and they did, lovely lady
- nothing arrived because I gave the wrong address, my fault

# --- r13 thesaurus pass: reneged / backtracked / never followed through, misspellings
(reneged|reneging|renege|reneges|renegged|welched|welshed|welching|welshing)
(backtracked|backtracking|backpedalled|backpedaled|backpedalling|backpedaling|back-pedalled|back-pedaled|u-turned) | weight=0.6
(backtracked|backtracking|backpedalled|backpedaled|backpedalling|backpedaling|back-pedalled|back-pedaled|u-turned) ~3 (on|promise|offer|deal|agreement|refund|discount|credit|compensation|word)
(never|didn*|not|failed|no|nobody|noone|zero|without) ~3 (follow-through|followthrough|followed|follow|following) (through|thru|up) | noneg
(didn*|never|not|failed|fail|fails|hasn*|haven*) ~2 (deliver|delivered|delivering|make|made|act|acted|come|came) (good|on) ~2 (promise|promises|word|commitment|commitments|pledge|assurance|assurances|guarantee|offer|claims|it) | noneg
(empty|false|fake|meaningless|worthless|hollow|broken|idle) (assurance|assurances|guarantee|guarantees|pledge|pledges|commitment|commitments|words|word|vows|undertaking)
lip service
(pie-crust|piecrust) (promise|promises)
(promised|promising|promises|promise) (the|me) ~1 (earth|world|moon|sun|stars)
(promsied|promiced|promisd|prommised|promissed|promissed|pormised|promosed|promissd|promisted|gaurantee|gauranteed|guarenteed|guarantied|garanteed|gaurenteed|assurred|asured)
(all|just) talk ~2 (no|and) (action|delivery)
(assurances|promises|guarantees|pledges|commitments) ~4 (came|come|amounted|added) to (nothing|nought|naught|zilch)
(gave|given|giving|give|gives) ~2 (his|her|their|me|us) ~1 word ~8 (never|nothing|didn*|not|broke|broken|then|still|no) | noneg
(promised|promising|promise|swore|assured) faithfully | weight=0.6
+ They reneged on the discount they agreed.
+ The manager never followed through on the refund he promised me.
+ Empty assurances, they promised the earth and delivered nothing.
- They followed through on everything and the refund arrived on time.
- The assurance from the bank arrived by letter and all was sorted.

# --- en14a: said I'd get it, never got it
(said|told|promised|assured|guaranteed) ~4 (i'd|id|i’d|we'd|i'll|i|we|you'd|it'd) ~2 (get|receive|have|be) ~8 (never|didn*|hasn*|haven*|still) ~2 (got|get|came|come|arrived|received|appeared|happened|showed|turned|refunded|credited) | noneg
+ other agent said I'd get my delivery charge back, never got it
+ told me I'd receive a voucher and it never came
+ she said we'd get a callback and it still hasn't happened
- they said I'd get a refund in 5 days and it arrived on day 3
- The agent told me I'd receive an email, and it came within minutes.


# --- r14b: not a single call; pay the amount promised
not (a|one) ~1 (call|callback|phonecall|ring) (yet|since|back) | noneg
(pay|honour|honor|give|send|provide) ~3 (amount|sum|money|refund|compensation|credit) ~1 (promised|agreed)
+ 3 times they've said we'll call you back. not a single call yet
+ please pay the amount promised
- not a single call dropped on the new plan
- they paid the amount agreed on time

# --- en15b: the date keeps moving ("on Friday they said Tuesday, on Tuesday Friday again")
(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) ~3 (said|says|told|became|changed|moved|turned|pushed|was|it's|its) ~2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) ~6 again
(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) ~3 (said|says|told|became|changed|moved|turned|pushed|was|it's|its) ~2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) ~4 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow) ~3 (said|says|told|became|changed|moved|turned|pushed|was|it's|its) ~2 (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|again)
+ Ready Monday, they said; on Monday they told me Thursday, then Thursday became next week.
+ On Friday they said Tuesday, and on Tuesday it was Friday again.
+ It was promised for Wednesday, on Wednesday it was Saturday, and on Saturday they said next week.
- The engineer said Thursday and turned up on Thursday morning.
- Open Monday to Friday, then Saturday mornings.
- I called on Monday and they said Friday, and it came on Friday as promised.

# --- en18b inflection: "vowed he'd repair ...", "was going to call me back", "swore the fix would go out"
today ~1 the (1*|2*|3*) | weight=0.5
+ your engineer vowed he'd repair the boiler by the 5th, today is the 20th
+ they told us a manager was going to call us back within 24 hrs. that was a week ago
+ ur guy swore the fix would go out this week, still waiting
- she said she'd ring me back and rang ten minutes later

# --- en19b paraphrase: "N months on, no such credit"; swear blind; committed to having X done;
#     quoted passive promise ("refund will be processed"); promises that evaporate; promises you
#     can't keep; "he'd reserve it" then sold to someone else; the date you gave; nothing was done
(days|weeks|months|fortnight|years|week|month) on ~3 (no|still|nothing|not|never|yet) | noneg, weight=0.5
no such ~2 (refund|credit|compensation|discount|voucher|call|callback|call-back|email|letter|engineer|technician|payment|cheque|replacement|repair|reimbursement|rebate|adjustment|confirmation|visit) ~3 (has|have|had|was|were|ever|is|ever) ~2 (appeared|arrived|come|came|materialised|materialized|been|happened|reached|landed|followed|shown) | noneg, weight=0.6
(swear|swears|swearing|swore|sworn) (blind|down|faithfully) | weight=0.5
(swear|swears|swore|sworn|told|said|promised|assured|guaranteed|insisted|vowed) ~5 (coming|arriving|come|arrive|here|there|back|visit|attend|calling|ringing) ~2 first thing | weight=0.5
(told|said|asked|instructed) ~3 (come|pop|call|go|check) back ~3 (on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|later|in|after|at) | weight=0.4
(there|it) (was|were|is|are) no ~1 (part|parts|replacement|refund|order|item|items|record|trace|booking|reservation|appointment|delivery|sign|note|credit|voucher) | weight=0.5
(nobody|noone|no-one) (knew|knows|had) ~2 (anything|about|nothing|of|idea|record) | weight=0.4, noneg
(committed|pledged|undertook|vowed|promised|agreed|guaranteed) to (having|getting|have|get|being) | weight=0.5
(wasn't|wasnt|not|never|hasn't|hasnt|hadn't|nobody|noone) ~1 (touched|started|actioned|attempted|begun) | noneg, weight=0.5
nothing (was|has|had|got|is|ever|were) ~1 (done|actioned|changed|fixed|sorted|arranged|sent|processed) | noneg, weight=0.5
(refund|money|credit|payment|compensation|reimbursement|replacement|repair|voucher|discount|cheque|rebate) ~2 (will|would|shall|should) be ~1 (processed|credited|paid|issued|sent|applied|refunded|returned|back|transferred|with|in|on|dispatched) | weight=0.5
(promise|promises|assurance|assurances|guarantee|guarantees|commitment|commitments|pledge|pledges) ~4 (evaporat*|vanish*|disappear*|forgotten|dissolv*|meaningless|worthless|melt*)
all talk | weight=0.5
(making|make|makes|made|give|giving|gives|gave) ~1 (promises|promise|guarantees|commitments) ~3 (can't|cant|cannot|can’t|won't|wont|won’t|never|couldn't|couldnt|don't|dont|don’t|didn't|didnt|no) ~1 (keep|kept|honour|honor|deliver|fulfil|fulfill|intention) | noneg
(promises|promise|guarantees|commitments) (you|they|he|she|u|we|i|ya) ~1 (can't|cant|can’t|cannot|won't|wont|won’t|couldn't|couldnt|never|don't|dont|didn't|didnt) (keep|honour|honor|deliver|fulfil|fulfill) | noneg
(didn't|didnt|didn’t|doesn't|doesnt|won't|wont|never) happen | noneg, weight=0.5
(he'd|she'd|they'd|he’d|she’d|they’d|hed|theyd|he'll|she'll|they'll|theyll|we'd|we'll) ~2 (reserve|hold|keep|save|order|chase|check|investigate|escalate|book|ship|confirm|set|put) | weight=0.5
(sold|given|gone|went|allocated|released|passed) to (someone|somebody|another|other) ~1 (else|customer|customers|person|buyer|one) | weight=0.5
(date|time|day|slot|deadline|eta) (you|u|they|he|she|ya|yous|was|we|i|were) ~1 (gave|given|quoted|promised|agreed|set|told|said|stated|confirmed) | weight=0.5
+ the rep swore blind the credit was going through, and four weeks on there is still nothing
+ you committed to getting the shelving fitted by spring, it was not touched
+ they make promises they cant keep, every single time
+ the clerk said he'd hold the jacket for me and it was sold to another customer
+ the courier missed the date you gave me and still no sign of it
- she said she'd hold the jacket for me and it was there when I came in
- the refund will be processed within five days, according to the website

# --- s9: idioms of a promise that lapsed: "famous last words", "Friday came and went",
#     "told the cheque is in the post", "contrary to what I was told",
#     "committed to ... still nothing", "said they'd call back, nobody did" ---
famous last words
(came|come|comes) and (went|gone|goes) | noneg
(told|said|assured|promised|claimed|insisted|swore|saying|says) ~4 in the post
contrary to (what|the) ~3 (told|said|promised|assured|claimed|stated|advised|agreed|confirmed|quoted)
(committed|pledged|vowed|undertook) to ~12 (never|still|hasn*|haven*|didn*|nothing|not|yet) | noneg
(call|ring|phone|get|come|email|write) back ~3 (nobody|noone|no-one|never) (did|has|have|does|came|ever|rang|called) | noneg
(call|ring|phone|get|come|email|write) back ~3 no one (did|has|have|does|came|ever|rang|called) | noneg
(promised|guaranteed|assured) ~8 (late|overdue|delayed|later) | weight=0.5
+ they said a manager would ring me back, nobody did
+ 'the engineer will be with you Tuesday' - Tuesday came and went
+ three times I've been told the refund is in the post
+ contrary to what I was told in store, the warranty was never registered
+ the bank committed to closing the account and it is still open
+ "you'll hear from us tomorrow", famous last words
+ the cot we were promised for the weekend turned up ten days late
- the refund came as promised, thank you
- she said she would call me back and she did
- I posted the form myself yesterday

# --- s9c: the same assurance given again and again: "I keep getting told it'll be sorted",
#     "told it would be fixed both times", "every time they say it will be corrected" ---
(repeatedly|constantly|continually|keep|kept|keeps|always) ~2 (told|being|getting|promised|assured|promising|assuring|saying|says) ~6 (sorted|fixed|corrected|resolved|done|repaired|rectified|credited|refunded|processed|sent|arranged|booked) | noneg
(told|said|promised|assured|saying) ~6 (sorted|fixed|corrected|resolved|done|repaired|rectified|credited|refunded|processed) ~2 (both|each|every|three|four|five|several|multiple|many|numerous|countless) (times|time|occasions) | noneg
(each|every|both) (time|times|call|visit) ~6 (told|saying|says|said|promised|promise|promises|assured|promising|assuring|tell|tells) ~6 (sorted|fixed|corrected|resolved|done|repaired|rectified|credited|refunded|processed|sent) | noneg
+ I keep being told the overcharge will be credited
+ told it would be fixed both times, and the line still crackles
+ every time I phone they promise the account will be corrected
+ they have repeatedly assured me the parts are booked
- the engineer said it was fixed and it has been fine since
- every time I visit the staff are helpful
