# Help refused because of policy, rules, terms or "the system"; a return,
# warranty or refund policy not honoured; "there is nothing I can do".
# Not: a neutral mention or question about a policy ("what is your return
# policy?", "I read your privacy policy").
(company|store|shop|our|their|its|it's|it’s|bank|airline|hotel|strict|stupid|ridiculous) (policy|policies)
policy (says|states|forbids|prevents|requires|dictates|doesn't|doesnt|doesn’t|won't|wont|won’t|only)
(said|says|told|tells|claimed|claims|insisted|insists|quoted|quoting|cited|citing|hid|hide|hiding|hides|because|due|according|blamed|blaming|pointed|kept|apparently|per|under|against|violates|breach|breaches|outside|within) ~4 (policy|policies|rule|rules|terms|regulations|procedure|procedures|protocol|guidelines|clause)
(against|violates|violate|breach|outside|under) ~2 (policy|policies|rules|terms|regulations|procedure|guidelines|conditions|contract)
# rules, procedure, terms, the system
rules are rules
(that's|thats|that’s|those|these|it's|its|it’s|that|this) ~2 (the|our|their|company|store) (rule|rules|procedure|process|policy|terms|protocol)
the (rules|rule) (say|says|said|state|states|don't|dont|don’t|do|are|were|is)
(terms|small|fine) ~2 (conditions|print) | weight=0.6
(t|ts) (c|cs)
(hid|hide|hiding|hides) behind ~1 (terms|rules|policy|policies|small|fine|procedures|procedure|regulations|system|contract)
(computer|system|systems) ~1 says no
(system|computer|software|till|tills|it|rules|rule|policy|policies|terms|procedure|procedures|regulations|guidelines|protocol|contract) ~1 (don't|dont|don’t|won't|wont|won’t|wouldn*|doesn*|didn*|can't|cant|can’t|cannot|not|only) ~1 (let|lets|allow|allows|accept|take|process|permit|permits) | noneg
(not|isn*|wasn*|aren*|weren*|never) (allowed|permitted|authorised|authorized|able) to | noneg
nothing ~2 (i|we|he|she|they|anyone|anybody|store|shop|company|you|staff|else) ~1 (can|could|was|were|am|are|would) ~2 (do|done) | noneg
nothing ~2 (to|that|which) ~1 (be|can|could) ~1 done | noneg
(can't|cant|can’t|cannot|couldn*|unable|not) ~2 do anything (about|for|with|more) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|wouldn*|refused|refuse|unwilling|not) ~2 (make|do|give|grant|allow) ~1 (exception|exceptions) | noneg
no exceptions | noneg
(my|our|their|her|his) hands (are|were) tied
hands are tied
hands were tied
# refund, return and warranty not honoured
(refused|refuses|refusing|declined|denied|rejected|wouldn*|won't|wont|won’t|didn*|not|unwilling) ~2 (honour|honor|honoured|honored|accept|process|give|issue|approve|offer|allow|take|do) ~3 (warranty|guarantee|return|returns|refund|refunds|exchange|exchanges|replacement|repair|claim|cancellation|price-match|pricematch|back) | noneg
(refused|refuse|refuses|refusing|declined|wouldn*|won't|wont|won’t|not|unwilling) to (refund|exchange|replace|repair|cancel|return|reimburse|compensate|cover|credit) | noneg
(warranty|guarantee|refund|return|claim|exchange|request|application|appeal) ~2 (refused|rejected|denied|declined)
(rejected|refused|declined|denied) (my|our|the|his|her) ~1 (claim|request|application|return|refund|appeal|complaint|exchange|warranty)
(void|voided|voids|invalidated|invalidate|invalidates) ~1 (warranty|guarantee|cover|insurance)
(not|isn*|wasn*|aren*) (covered|included|eligible|refundable|returnable|exchangeable|valid) | noneg
(non-refundable|nonrefundable|non-returnable|non-transferable|nontransferable|non-exchangeable)
out of (warranty|guarantee)
(past|outside|after|over|missed|beyond|passed) ~2 (return|returns|refund|cancellation|exchange|warranty|cooling-off) ~1 (policy|window|period|deadline|limit|date)
(without|no) ~2 (receipt|box|packaging|proof|tags|label) ~4 (no|not|refus*|won't|wont|won’t|wouldn*|can't|cant|can’t|couldn*|nothing|denied) | noneg
(won't|wont|won’t|wouldn*|can't|cant|can’t|couldn*|cannot|refused|refuse) ~8 (without) ~2 (receipt|box|packaging|proof|tags|label) | noneg
(because|since|as) (i|we) (didn*|don't|dont|don’t|had|have) ~3 (receipt|packaging|proof|tags|label|licence|license|passport) | noneg
(wear|misuse|user) ~3 (not|isn*|no|refus*|denied|rejected) ~1 (covered|refund|exchange|warranty) | noneg
(security|protection|gdpr|privacy|legal|compliance|insurance|safety|hygiene) (reasons|rules|regulations|purposes|policy) | weight=0.6
# refused "because ...", criteria, what the terms don't cover
(you|they|she|he|staff|team|store|shop|agent|assistant|company|bank|manager|system|airline|hotel|landlord|insurer|branch|cashier|guard|rep|advisor|adviser|employee|girl|guy|lady|man|woman) ~2 (won't|wont|won’t|wouldn*|couldn*|can't|cant|can’t|cannot|refused|refuse|refuses|declined) ~12 (because|coz|cos|cuz|bcoz|becuase|becasue|bc) | noneg
(doesn*|don't|dont|don’t|didn*|not) (meet|fit|satisfy|match|qualify) ~1 (criteria|requirements|conditions|rules|policy|guidelines) | noneg
(print|terms|policy|warranty|insurance|contract|guarantee|cover|plan|conditions|rules) ~1 (doesn*|won't|wont|won’t|didn*|not|don't|dont|don’t) (cover|include|allow|apply|permit) | noneg
(doesn*|don't|dont|don’t|won't|wont|won’t) apply (to|for|in|if|when) | noneg
(can't|cant|can’t|cannot|won't|wont|won’t|don't|dont|don’t|doesn*) (price-match|pricematch|refund|exchange) ~2 (sale|opened|used|online|discounted|offers|items|anything) | noneg
(can't|cant|can’t|cannot|won't|wont|won’t|don't|dont|don’t|doesn*) (price|do|give|offer|accept|take) (match|refunds|exchanges|returns) | noneg
(refunds|refund|returns|exchanges|claims|payments|orders) (over|above|under|of|worth) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~1 (need|needs|require|requires|must|have|has|can't|cannot)
clause
clauses
(maximum|most|only) (we|they|i) (can|could|are|were) ~1 (offer|do|give)
(not|isn*|wasn*|aren*) (in|within|under|part) ~2 (terms|contract|policy|cover|agreement) | noneg
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|declined) ~2 pay (out|up|the|my|for) | noneg
(won't|wont|won’t|wouldn*|refused|refuse|refuses|can't|cant|can’t|cannot|couldn*|didn*) (refund|exchange|replace|repair|honour|honor|reimburse) | noneg
no (refunds|refund|returns|exchanges|cancellations|exceptions|exchange) (on|for|after|without|if|once|unless|in) | noneg
(won't|wont|won’t|wouldn*|refused|refuse|refuses|not|didn*) ~1 (let|allow) (me|us) ~8 (even|despite|although|though) | noneg
(told|said|says|informed|claimed) ~2 (i|we|me|us) ~1 (can't|cant|can’t|cannot|couldn*|wasn*|weren*|not|won't|wont|won’t|wouldn*) ~8 (because|becuase|becasue) | noneg
(will|can|could|would|do|does) only (refund|exchange|replace|accept|offer|issue|give|allow|deal|take|credit|pay)
# eligibility, "only possible within ...", not possible to change
(doesn*|don't|dont|don’t|didn*|not|wasn*|isn*|aren*|weren*|won't|wont|won’t|wouldn*|never) ~1 (qualify|qualifies|qualified|eligible|entitled) | noneg
ineligible
only (possible|allowed|permitted|available|accepted|valid|covered|applies|apply|eligible|refundable|returnable|honoured|honored|refunded|exchangeable|exchanged|accept|accepts|allow|allows|cover|covers|refund|refunds|exchange|do|offer|give) (within|before|if|with|for|on|in|after|when|during|up|under|where|once|by|to|via|through|at|unless)
(rule|rules|policy|policies|procedure|regulation|regulations) of ~1 (company|store|shop|bank|house|airline|hotel|business|firm|club|gym)
(it|that|this|which) ~1 (is|was|'s) (the|a|our|their|company|house|standard) ~1 (rule|rules|policy|procedure|regulation|regulations|protocol)
(those|these|them|that|they|it) ~1 (are|is|was|were|'s) the (rules|rule|policy|procedure|terms|regulations)
(not|isn*|isnt|wasn*|wasnt|never) possible to (change|transfer|cancel|refund|return|exchange|amend|move|waive|upgrade|downgrade|swap|extend|pause|reverse|remove|open|close|add|make|do|give|accept|offer|issue|reissue|rebook|alter|split|switch|replace|repair|reduce|reschedule|postpone|freeze|help|book|use|get) | noneg
(can't|cant|can’t|cannot|won't|wont|won’t|don't|dont|don’t|doesn*|didn*|couldn*|wouldn*|refused|refuse|not) ~2 (make|do|give|grant|allow|offer) ~1 (exception|exceptions|exemption|exemptions) | noneg
non (refundable|returnable|transferable|transferrable|exchangeable|negotiable|cancellable|cancelable|changeable|amendable)
(non-cancellable|non-cancelable|non-changeable|non-amendable|non-negotiable)
(matter|question) of (policy|principle|procedure)
(only|just) ~2 (account|policy|main|named|registered|bill|lead) ~1 (holder|holders|payer|owner|member|booker|passenger)
(warranty|guarantee|insurance|cover|policy|claim) ~2 (void|voided|invalid|invalidated|invalidates|voids|lapsed)
(refused|refuses|refusing|won't|wont|won’t|wouldn*|declined|unwilling|not|couldn*|can't|cant|can’t|cannot) ~2 (waive|reverse|remove|cancel|drop|refund|reduce|wipe|scrap|lower|write) ~3 (fee|fees|charge|charges|fine|fines|penalty|penalties|interest|surcharge|excess|deposit) | noneg
(declined|rejected|refused|denied|turned) ~4 (technicality|technicalities|loophole|loopholes|exclusion|exclusions|excluded)
(technicality|technicalities|loophole|loopholes) | weight=0.6
(not|isn't|isnt|isn’t) ~1 (our|company|store|their) policy | noneg
policy (is|was) (that|to|not|no|we|they|strictly)
(go|goes|going|went|play|playing|plays|stick|sticking|sticks|do|does|doing) by the book | weight=0.6
(can't|cant|can’t|cannot|won't|wont|won’t|don't|dont|don’t|doesn*|couldn*|wouldn*|not) ~1 (do|give|offer|make|issue|process|accept|take|provide) (refunds|exchanges|returns|credits|cash|compensation|exceptions|price-matching|partial|refund|exchange|returns) | noneg
no way (around|round) (it|this|that|the)
(that's|thats|that’s|it's|its|it’s) ~1 how it (is|works) | weight=0.5
(not|isn*|isnt|wasn*|aren*|weren*|never) (allowed|permitted|possible|available) (under|within|per|by|on|in|with|during|after|before|for|until) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t) be (used|applied|redeemed|combined|returned|refunded|exchanged|transferred|changed|cancelled|canceled|amended|accepted|waived|reversed) (on|for|with|in|after|once|because|as|under|without|since|unless|outside) | noneg
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|not) ~2 (release|return|give|hand|pay) ~2 (my|our|the) (deposit|deposits|money|funds|refund|keys|documents|passport|balance) | noneg
(wouldn*|won't|wont|won’t|refused|refuse|refuses|refusing|didn*|not|couldn*|can't|cant|can’t) ~2 accept (my|the|our|a) ~1 (id|passport|licence|license|voucher|vouchers|coupon|receipt|proof|cheque|cash|card|documents|photocopy|copy|gift) | noneg
take it or leave it
(best|most) (i|we|she|he|they) (can|could) (do|offer|give) (is|was)
(return|returns|refund|cancellation|exchange|warranty|cooling-off|guarantee) ~1 (window|period|policy|deadline) ~2 (closed|expired|ended|passed|over|lapsed|finished|up|gone)
(locked|blocked|frozen|suspended|restricted) ~3 (security|fraud|compliance|safety) | weight=0.5
(lease|contract|terms|policy|rules|agreement|tenancy|conditions|regulations|regulation|law) ~2 (forbids|forbid|prohibits|prohibit|bans|ban|prevents|prevent|excludes|exclude|forbidden|prohibited)
nothing ~3 (system|computer|rules|policy|terms|contract) ~3 (lets|let|allows|allow|permits|permit) | noneg
(can't|cant|can’t|cannot|couldn*|unable|not|won't|wont|won’t|wouldn*|no) ~3 (override|overrule|overridden) | noneg
(can't|cant|can’t|cannot|couldn*|won't|wont|won’t|not) ~4 until (the|my|your|our|after) ~2 (contract|anniversary|end|renewal|term|minimum|period) | noneg
full stop | weight=0.5
end of (story|discussion) | weight=0.5
(only|just) ~4 (original|same) ~1 (card|payment|method|account)
+ she said it's company policy
+ that is against our rules apparently
+ he said there is nothing he can do
+ "there's nothing I can do, the system won't let me"
+ they refused to honour the warranty even though it's only 8 months old
+ told me rules are rules and sent me away
+ the store wouldn't accept the return without a receipt
+ computer says no, apparently
+ the girl said they're not allowed to give refunds on sale items
+ he just kept quoting the terms and conditions at me
+ apparently it's not covered because it's "wear and tear"
+ the bank wouldn't let me close the account because I don't live in the UK any more
- I read your privacy policy, all fine
- no policy problems at all
- what is your return policy for sale items?
- they accepted the return without a receipt, brilliant
- the assistant did everything she could and it was sorted
+ she said the booking is non refundable, no exceptions
+ the voucher can't be used on sale items, apparently
+ only the account holder can make changes, so nothing was done
- is the policy different for gift cards?
# --- paraphrase families (h2) ---
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|not|didn*) ~1 (budge|bend|relent|compromise|flex) | noneg
(once|if|after|because|cos|cuz) ~3 (opened|used|worn|unsealed|installed|assembled|washed|activated|registered|downloaded|dispatched|shipped|cut|fitted|altered|tried|removed|damaged|redeemed|started) ~5 (can't|cant|can’t|cannot|won't|wont|won’t|wouldn*|couldn*|no|not|refus*|unable|impossible) | noneg
(won't|wont|won’t|can't|cant|can’t|cannot|couldn*|wouldn*|refused|refuse|refuses|refusing|not|didn*) ~2 (take|took|taking|have|accept) (it|them|this|these|that|those|the|my) ~2 back | noneg
(not|isn*|wasn*|against|outside|breaks|breaking|contrary) ~2 (company|store|shop|standard|bank|our|their|internal|usual|normal) (procedure|procedures|protocol|protocols|practice|process|guidelines|rules|regulations)
(company|store|shop|bank|internal|strict|head-office|office) (procedure|procedures|protocol|protocols|rules|regulations|guidelines)
(refused|refuses|refusing|declined|wouldn*|won't|wont|won’t|didn*|not|unwilling|can't|cant|can’t|couldn*|cannot) ~2 (honour|honor|honouring|honoring|accept|match) ~3 (price|prices|offer|offers|promotion|promo|deal|voucher|vouchers|discount|coupon|quote|booking|reservation|label|ticket|code|points|giftcard|gift|pricing|advertised|guarantee|promise) | noneg
(not|isn*|wasn*|aren*|weren*) the (account|main|named|registered|bill|lead|policy) ~1 (holder|payer|owner|member|booker|name|policyholder) | noneg
(fall|falls|fell|falling) outside ~3 (warranty|guarantee|terms|policy|scope|cover|remit|criteria|window|period|return|returns|refund)
(doesn*|didn*|don't|dont|don’t|not|won't|wont|wouldn*) (fall|falls|come|comes) (under|within) | noneg
(unable|able) to (refund|exchange|offer|process|accept|return|cancel|change|waive|honour|honor|issue|override|amend|reimburse|replace|repair|transfer|extend|grant|authorise|authorize|approve|make|give) | noneg
(that's|thats|that’s|it's|its|it’s) not (possible|allowed|permitted|something) | noneg
no can do
(not|isn*|wasn*|aren*) (authorised|authorized|authorized|allowed|permitted) (to|under|by) | noneg
(don't|dont|don’t|doesn*|won't|wont|won’t|can't|cant|can’t|cannot) ~1 (do|give|offer|accept) ~1 (cash|refunds|exchanges|returns|credit|compensation|partial) | noneg
(only|just) (store|shop) credit
(store|shop) credit (only|instead)
(tough|hard) (luck|cheese|lines)
(sorry|afraid) ~3 (policy|rules|procedure|terms)
(blocked|frozen|held|stopped|declined) ~4 (security|fraud|compliance) (reasons|checks|rules|policy|purposes) 
(over|after|past|beyond|outside|exceeded|than) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|fourteen|thirty|twenty-eight|sixty|ninety) ~1 (days|day|weeks|months|month) ~6 (can't|cant|can’t|cannot|won't|wont|won’t|wouldn*|couldn*|no|not|refus*|denied|rejected|declined|too) | noneg
+ they won't budge on the cancellation charge
+ apparently once the seal is opened they can't take it back
+ he said it's against store procedure to refund in cash
+ they refused to honour the price on the shelf label
+ she couldn't help me because I'm not the account holder
+ the repair falls outside the warranty terms they said
+ we are unable to refund delivery charges, sorry
- they took it back without any fuss
- the manager honoured the shelf price straight away
# refusal of an action + a rule, term or policy anywhere in the text: each
# half a hit (h2b)
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|declined|declines|denied|denies|rejected|rejects) ~3 (allow|accept|refund|exchange|return|change|freeze|cancel|transfer|waive|issue|process|honour|honor|extend|release|unlock|approve|replace|repair|book|move|swap|pause|reopen|upgrade|downgrade|credit|reimburse|reverse|remove|amend|reschedule|rebook|reinstate|unblock|switch|split|entry|admission|boarding|claim|request|application|appeal|price-match|match|lower|reduce) | weight=0.5, noneg
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|declined|declines|denied|denies|rejected|rejects) ~10 (policy|policies|rules|regulations|procedure|procedures|protocol|protocols|terms|conditions|tcs|clause|criteria|guidelines|eligible|eligibility|ineligible|exception|exceptions|contractual) | noneg
even (though|tho|thou) | weight=0.5
despite | weight=0.5
even with ~2 (note|letter|proof|receipt|evidence|doctor's|doctors|medical|certificate|documentation|paperwork|photos|photo|id|passport) | weight=0.5
out of (my|our|their|his|her) hands | weight=0.5
(rules|policy|procedure|protocol|regulations|terms) ~2 (apparently|supposedly|allegedly|innit|sorry)
(refuse|refuses|decline|declines|deny|denies|reject|rejects) ~2 (honour|honor|accept|process|give|issue|approve|allow|take|do) ~3 (warranty|guarantee|return|returns|refund|refunds|exchange|exchanges|replacement|repair|claim|claims|cancellation|back) | noneg
+ the gym refused to freeze my membership even though I had a doctor's note
+ they refuse to accept returns on anything bought online
+ I was refused boarding because of some rule about the name on the ticket
+ she said it was out of her hands, bank rules
- they refused to let the dog in, fair enough, and I read the terms beforehand
- I couldn't find the terms on your site, can you send them?
# flexibility, denied a replacement, once slept on, only exchanges (h2c)
(no|zero|any|lack|without|little|inflexible) ~2 (flexibility|leeway|discretion|wiggle|give|lenience|leniency) | noneg
(inflexible|jobsworth|jobsworths)
(denied|refused|declined|rejected|refusing|refuses|denying|declining|rejecting) (a|the|my|any|our|me|us) ~2 (replacement|refund|exchange|repair|return|credit|adjustment|extension|reimbursement|discount|compensation|upgrade|transfer|cancellation|waiver|request|claim|rebate|voucher|payout|pay-out|entry|access|boarding|service) | noneg
(can't|cant|can’t|cannot|won't|wont|won’t|wouldn*|couldn*|not) ~6 once ~4 (opened|used|worn|unsealed|installed|assembled|washed|activated|registered|downloaded|dispatched|shipped|cut|fitted|altered|tried|removed|damaged|redeemed|started|slept|processed|booked|confirmed|paid|printed) | noneg
only (do|does|did|offer|offers|offered|give|gives|gave|allow|allows|allowed|accept|accepts|accepted) (exchanges|exchange|credit|vouchers|voucher|repairs|repair|replacements|replacement|refunds|partial|store|cash|one)
(decision|answer) (is|was) final
(that's|thats|that’s) final | weight=0.5
+ there was no flexibility at all, even for a medical emergency
+ I was denied a replacement because it came from a reseller
+ apparently you can't return a mattress once it's been slept on
+ the assistant said they only do exchanges and that's final
- they were flexible and swapped it for a different size
- the final answer from the engineer was that it needed a new part, which he fitted
# the way it is; nothing could be changed (h2d)
(that's|thats|that’s|it's|its|it’s) ~2 the way it (is|works|goes)
nothing (can|could) be (changed|done|altered|amended|refunded|reversed|cancelled|canceled|moved) | noneg
+ she said that's just the way it is and nothing could be changed
# --- r4: can't do anything; job's worth; past the N-day window ---
(they|he|she|staff|store|shop|company|agent|agents|you|u|branch|team|manager|it|adviser|advisor|rep) (can't|cant|can’t|cannot|couldn't|couldnt|couldn’t|unable) ~1 do (anything|owt) | noneg
(isn't|isnt|isn’t|wasn't|wasnt|wasn’t|not) (anything|much) (they|he|she|we|i|you|anyone) (can|could) ~1 do | noneg
than (my|his|her|their|your|our|the) (job's|jobs|job’s) worth
(refund|refunds|return|returns|returned|exchange|exchanges|swap|warranty|guarantee|repair) ~8 (past|outside|beyond|exceeded|missed|expired) ~3 (day|days|window|period|deadline|limit|timeframe|time-frame|date|cutoff|cut-off|30|14|28|60|90) | noneg
(past|outside|beyond|exceeded|missed|expired) (the|our|their|your|its|it's) ~3 (return|returns|refund|cancellation|cooling-off|cooling|warranty|guarantee|exchange) (window|period|deadline|limit|timeframe|policy|date) 
+ the agent said they can't do anything as it's a courier issue
+ apparently it's more than her job's worth to give me a refund
+ cant get a refund on it bc its past 14 days
+ they refused the exchange because I was outside the 28-day window
- we can't do anything tonight, so we'll go back tomorrow
- I returned it within the window and the refund arrived the next day
# --- r7 industry: refusal that ends with a bare 'policy' / 'rules' (depot, counter, gate, claims desk); covered by the refusal + rule sequence above
+ Depot wouldn't let me collect the parcel without the card, 'policy'
+ the gate agent refused to let me board with my guitar, regulations apparently
+ claim rejected and the only explanation given was protocol
- she explained the 'rules' of the loyalty scheme nicely
- the regulations page on the site is clear

# --- r12b voices: refused because it was opened / on sale; "only for members";
# "isn't something we're permitted to do"
(won't|wont|won’t|wouldn*|refused|refuse|refuses|refusing|declined|can't|cant|cannot|couldn*) ~8 (because|since|as|cos|cuz|apparently) ~4 (opened|used|worn|unsealed|installed|assembled|washed|activated|registered|downloaded|fitted|altered|redeemed|started|sale|reduced|discounted|clearance) | noneg
(won't|wont|won’t|wouldn*|refused|refuses|declined|can't|cant|cannot|couldn*) ~8 (because|cos|cuz) | noneg, weight=0.5
only (for|to) ~2 (members|customers|holders|policyholders|residents|subscribers|existing|premium|gold|platinum|those|account|card|over|under) | weight=0.6
(isn't|isnt|isn’t|wasn't|wasnt|wasn’t|not) something ~3 (permitted|allowed|authorised|authorized|able|do|does|offer|can) | noneg
(said|says|told|claimed|apparently|that|it) ~3 (isn't|isnt|isn’t|wasn't|wasnt|wasn’t|aren't|arent|weren't|not) (permitted|allowed|authorised|authorized) | noneg
+ they won't swap a faulty kettle because the box has been opened
+ the gym won't freeze my membership, medical freezes are only for members over a year
+ our rules don't let us do that, he said
+ the agent said that isn't something they're permitted to do
- I won't be back because I'm moving away
- the lounge is only for members but they let me in anyway, lovely
# "could do nothing about it"; "refused to take my documents"; "wouldn't let me ..., 'policy'"
(could|can|would|will) do nothing (about|for|to|more|else) | noneg
(refused|refuses|refusing|declined|wouldn*|won't|wont|won’t) to (take|accept|receive) (my|our|the|his|her) ~1 (documents|paperwork|forms|form|letter|application|claim|evidence|parcel|card|cheque|cash|payment|id|passport|prescription) | noneg
(wouldn*|won't|wont|won’t|refused|refuses|refusing|didn*) ~1 (let|allow) (me|us|him|her|them) ~12 (policy|rules|procedure|protocol) | noneg
+ the hotel said they could do nothing about it
+ the receptionist refused to take my documents
+ depot wouldn't let me collect my own parcel without the card, 'policy'
- our returns policy is generous, said the lovely assistant
- my landlord wouldn't let me paint the walls, which is fair

# --- en14a: does not apply to; the most our policy allows; the fee is automatic
(period|policy|guarantee|warranty|cover|rule|rules|terms|right|rights|protection|scheme|window|promise) ~2 (does|do|did) not apply (to|for|in|if|when) | noneg
(period|policy|guarantee|warranty|cover|offer|rule|rules|terms|off|right|rights) ~2 (doesn*|don't|dont|don’t|won't|wont|won’t|not|didn*|wouldn*|isn*|wasn*) (count|qualify|apply|extend|applicable|valid) (for|to|towards|on|in|with) | noneg
(most|maximum|max|limit|all) ~3 (policy|policies|rules|terms|system|guidelines) ~1 (allows|allow|allowed|permits|permit|permitted|lets)
(fee|fees|charge|charges|penalty|penalties|fine|fines|surcharge) ~4 (automatic|automatically|system-generated|non-negotiable|mandatory)
(it's|its|it’s|it|that's|thats|is) (automatic|automated|mandatory|non-negotiable) ~6 (can't|cant|can’t|cannot|nothing|unable) ~3 (help|do|waive|change|remove) | noneg
+ the cooling-off period does not apply to online sign-ups
+ they claimed the cooling off period didnt apply to my online sign up
+ a £5 voucher is the most your policy allows
+ 'it's automatic, can't help you'
- the discount does not apply to me anyway as I'm not a student, no problem
- The automatic refund arrived within a day.

# --- r14b: unable to match online prices; don't do price matching; refused because; not in my contract
unable to ~2 (match|honour|honor|price-match) ~3 (price|prices|offer|offers|online|internet|website) | noneg
(don't|dont|don’t|doesn*|won't|wont|can't|cant|cannot|no) ~2 (price-match*|pricematch*|price) (match|matching|matches) | noneg
(was|were|got|been) (refused|denied) ~6 (because|since|due) ~4 (close|closes|closed|shut|shuts|policy|rules|rule|terms)
(isn*|not|wasn*|doesn*|don't|nowhere|never) ~3 (in|on) (my|the|our|your) (contract|agreement|lease|tenancy) | noneg, weight=0.6
(kept|keeping|withheld|withholding|retained|deducted|deducting) ~4 (deposit|deposits) | weight=0.5
+ they are unable to match internet prices
+ they don't do price matching with the website
+ I was refused the fitting rooms because they shut at five
+ you kept my deposit for a fee that isn't even in my contract
- I was refused a loan because of my credit score, fair enough
- the deposit was returned in full

# --- en15b: sale items can't be returned
(sale|discounted|reduced|clearance|promotional|promo|outlet|sales) (items|item|goods|products|stuff|purchases|lines|clothing|clothes|stock) ~3 (can't|cannot|cant|can’t|aren't|arent|aren’t|not|non|won't|wont|won’t|don't|dont|don’t|no|never) ~2 (be|returned|refunded|exchanged|returnable|refundable|eligible|accepted|apply|return|refund|exchange) | noneg
+ She said sale items can't be returned.
+ Apparently clearance goods are non-refundable, full stop.
+ Told me reduced items are not eligible for exchange.
- Sale items can be returned within 14 days, which was easy.
- I bought three sale items and love them.

# --- en16a: a claim / return "turned down"
(turned|turn|turns|turning|knocked) down (my|our|the|his|her) ~2 (claim|request|application|return|refund|appeal|exchange|warranty|guarantee|repair|replacement)
(warranty|guarantee|claim|return|refund|exchange|repair|replacement) ~3 (turned|knocked) down
+ They turned down my warranty claim because the receipt had faded.
+ My refund request was turned down without a reason.
- They turned down the music when I asked, which was nice.
- The excess per the contract is 100 but they billed me 300.
- Three days since I opened my support ticket, no reply yet.
