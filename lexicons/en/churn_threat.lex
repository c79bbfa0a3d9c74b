# Will cancel, leave, switch to a competitor, never buy again.  Not: a
# neutral question ("how do I cancel my order?"), "I don't want to cancel",
# the company cancelling an order.
#
# cancelling / closing "my" contract, account...: said by the customer
# (a subject such as "I'm", "I'll", "I want to"), not a question ("how do
# I cancel my plan?") nor the company's doing ("they closed my account")
(i'm|im|i’m|i'll|ill|i’ll|we're|we’re|we'll|we’ll|i've|ive|i’ve|we've|we’ve|gonna|going|shall|i'd|id|i’d|we'd|we’d|want|wanted|wanna|need|decided|deciding|intend|intending|planning|demand|hereby) ~3 (cancel|cancelling|canceling|cancelled|canceled|terminate|terminating|terminated|close|closing|closed|end|ending|quit|quitting|leave|leaving) ~3 (subscription|subscriptions|contract|contracts|account|accounts|membership|memberships|plan|service|services|policy|policies|direct|broadband|package|sim|lease|tenancy|everything|all|number|line|card|cards|insurance|mortgage|loan)
(i|we) (have|had|just|finally|hereby|will|shall|am|now|already|officially|definitely|then) ~2 (cancel|cancelling|canceling|cancelled|canceled|terminate|terminating|terminated|close|closing|closed|end|ending|quit|quitting|leave|leaving) ~3 (subscription|subscriptions|contract|contracts|account|accounts|membership|memberships|plan|service|services|policy|policies|direct|broadband|package|sim|lease|tenancy|everything|all|number|line|card|cards|insurance|mortgage|loan)
(cancelling|canceling|terminating|closing|quitting|ending) (my|our|both|all|every) ~2 (subscription|subscriptions|contract|contracts|account|accounts|membership|memberships|plan|service|services|policy|policies|direct|broadband|package|sim|lease|tenancy|everything|all|number|line|card|cards|insurance|mortgage|loan)
(cancelling|canceling|cancelled|canceled|cancel) everything
(i'm|im|i’m|we're|we’re|were|i'll|ill|i’ll|we'll|we’ll|gonna|i've|we've|i’ve|ive|i'd|i’d) ~4 (cancel|cancelling|canceling|cancelled|terminate|terminating|leave|leaving|switch|switching|switched|move|moving|moved|port|porting|ported|ditch|ditching|ditched|drop|dropping|quit|quitting|boycott|boycotting|close|closing|take|taking) ~5 (you|u|ya|your|company|elsewhere|another|different|competitor|competitors|rival|provider|supplier|bank|network|business|custom|account|contract|contracts|subscription|number|broadband|sim|membership|everything)
(i'm|im|i’m|we're|we’re|i'll|ill|i’ll|we'll|we’ll|gonna|i've|we've|i’ve|ive|i'd|i’d) ~4 (cancel|cancelling|canceling|cancelled|terminate|terminating|leave|leaving|ditch|ditching|ditched|drop|dropping|quit|quitting|close|closing) ~5 (plan|plans)
(switch|switching|switched|move|moving|moved|go|going|went|port|porting|take|taking|took|transfer|transferring) ~5 (to|over) ~2 (competitor|competitors|rival|rivals|competition|provider|network|bank|supplier|company|else|different)
(switch|switching|change|changing) (provider|providers|supplier|suppliers|bank|banks|network|networks|company|companies|carrier|carriers|insurer|insurers)
(take|taking|took|move|moving|spend|spending) (my|our) (business|custom|money|account|accounts) (elsewhere|somewhere)
(go|going|shop|shopping|look|looking|buy|buying|order|ordering|bank|banking|went|spend|spending|get|getting) ~3 (elsewhere|somewhere)
(lost|losing|lose) ~3 (customer|client|member|subscriber|business|custom)
(you've|youve|you’ve) ~1 lost (me|us|my|our|a)
(never|won't|wont|won’t|not) ~3 (buy|buying|order|ordering|shop|shopping|use|using|fly|flying|book|booking|come|coming|return|returning|recommend|recommending|set|step|setting|stepping|darken|darkening|spend|spending|give|giving|deal|dealing|bank|banking|stay|staying|eat|eating|visit|visiting|go|going|purchase|purchasing|renew|renewing|back|touch) ~6 (again|anymore|any-more) | noneg
(never|won't|wont|won’t) ~3 (buy|buying|order|ordering|shop|shopping|use|using|fly|flying|book|booking|come|coming|return|returning|recommend|recommending|set|step|setting|stepping|darken|darkening|spend|spending|give|giving|deal|dealing|bank|banking|stay|staying|eat|eating|visit|visiting|go|going|purchase|purchasing|renew|renewing|back|touch) ~6 (more|future|back|here|there|you|ever) | noneg
never again | noneg
(won't|wont|won’t|not|never) ~1 be (back|returning|coming|renewing|ordering|using|shopping|a) | noneg
(not|won't|wont|won’t|never|no) ~2 (renew|renewing) | noneg
(not|never) ~1 coming back | noneg
(last|final) (time|order|purchase) (i|we|from|with|ever|you'll|you’ll)
(done|finished|through) with (you|you|your|this|them|u)
(goodbye|bye|farewell|adios) ~3 (forever|good|ever|company|you) | weight=0.7
(ex-customer|former) ~1 (customer|client)
no longer ~2 (customer|client)
(find|finding|look|looking|found|get|getting|got) ~2 (another|different|better) (provider|supplier|bank|network|company|shop|store|broadband|insurer|airline|mechanic|garage|plumber|energy|landlord|flat|place)
new (provider|supplier|bank|network|broadband|insurer|energy|mobile|phone|gym|airline|company) ~3 (now|next|tomorrow|today|already|found|sorted|lined)
(i'm|im|i’m|we're|we’re) ~1 (off|leaving|gone|outta) | weight=0.7
(i'll|ill|i’ll|we'll|we’ll|i|we) ~2 be (gone|elsewhere)
(i'll|ill|i’ll|we'll|we’ll|i|we) ~2 be out ~6 (end|lease|contract|month|tenancy|year|notice)
(consider|take|treat) this ~2 my ~1 (notice|cancellation)
(giving|give|gave|handing|hand|handed) ~2 (my|our|in) ~1 notice
(competitor|competitors|rival|rivals|competition) | weight=0.6
(cancel|cancelled|canceled|cancelling|canceling) | weight=0.3
(when|once|soon) ~2 (my|our) (contract|contract's|contract’s|plan|subscription|lease|term|tenancy) ~2 (up|ends|expires|runs|finishes|over|done) | weight=0.5
(switching|moving|switch|move|porting|port|leaving|leave|defecting) (to|over) | weight=0.5
(i'm|im|i’m|we're|we’re|i|we|gonna) (cancelling|canceling|quitting|switching|unsubscribing) | noneg
(should|should've|shoulda|should’ve) ~2 (done|left|switched|moved|gone|cancelled|canceled) ~3 (ago|sooner|earlier|before|ages) | weight=0.5
(should|should've|shoulda|should’ve) ~2 (left|switched|moved|cancelled|canceled) ~3 (years|months|ages|long) ago
(had|have|get|getting|seen|got|taking|take) (my|our) (last|final) (penny|pound|cent|dollar|order|purchase|payment|booking|visit|money|custom|business|subscription|fee|euro|cent)
(not|never|won't|wont|won’t) ~3 (another|one|a|single|more) ~1 (penny|pound|cent|dime|dollar|euro|quid) | noneg
(change|changing|changed|go|going|gone|went|move|moving|moved|switch|switching|switched|transfer|transferring|transferred|take|taking|taken|took|port|porting|ported) ~3 (to|with) (another|other|different|a|new|someone) ~2 (company|provider|supplier|bank|network|operator|insurer|airline|energy|broadband|mobile|gym|garage|one|firm|carrier|chemist|pharmacy|shop|store|supermarket|landlord|agency|else) | noneg
or (i'm|i'll|im|ill|i’m|i’ll|i|we|we're|we'll) ~2 (leaving|leave|cancel|cancelling|canceling|off|gone|switching|closing|walking|moving|done)
(still|just|really|simply|definitely) ~1 (want|wanted|wanna|need) to (cancel|leave|terminate)
(want|wanted|wanna|trying|tried|need|needed|rang|called|phoned|asked|decided|intend|plan|planning) to terminate
(to|gonna) quit | weight=0.6
(want|wanted|wanna|need|needed|decided|intend|plan|planning) to leave | weight=0.6
(rang|called|phoned|chat|chatted|tried|trying|want|wanted|wanna|need|needed|decided) ~1 to cancel | weight=0.6
(taking|take|took|moving|move|moved|switching|switch|switched) (my|our|her|his|their) ~2 (shop|shopping|business|custom|money|account|accounts|mortgage|savings|broadband|contract|pension|insurance|policy|policies|prescriptions|prescription|energy|supply|isa|number|phone|mobile) (to|elsewhere|somewhere)
(sorted|fixed|resolved|done|sort|fix|resolve) ~4 (i'm|im|i’m|we're|we’re|i'll|ill|i’ll) (leaving|off|gone|cancelling|canceling|switching|walking|done) | noneg
(just|please|pls|plz|kindly) ~1 (cancel|close|terminate|end) (my|our|the|this) ~1 (subscription|subscriptions|contract|contracts|account|accounts|membership|memberships|plan|service|services|policy|direct|broadband|package|sim|lease|tenancy|insurance)
(said|told|explained|asked|mentioned) ~3 (wanted|want|wanna|needed|need|going|planned|intend|intended) to (leave|terminate|switch)
(hello|hi) ~3 (any|another|other|new) ~1 (network|provider|bank|supplier|company|broadband|energy|insurer)
+ I'm cancelling my contract as soon as it ends
+ switching to another provider next month, you've lost a loyal customer
+ never ordering from you again
+ taking my business elsewhere
+ I will not be renewing my membership
+ we're done with this company, goodbye forever
+ ill be leaving u for vodafone, not paying another penny
- how do I cancel my order?
- I don't want to cancel, just fix the router
- they cancelled my order without asking
- I switched the router off and on again
+ you've had my last penny
+ sort it by Friday or I'm leaving
- how do I close my account online?
# --- paraphrase families (h2) ---
consider ~3 (cancelled|canceled|closed|terminated|over|ended)
(won't|wont|won’t|never|not) ~2 see (me|us|my|our) ~4 (again|back|here|anymore|custom|money|face) | noneg
(cutting|cut) ~1 ties
(taking|take|took) (my|our) (custom|business|money) (away|to|somewhere|elsewhere)
+ you won't see me in your shop again
+ I'm cutting ties with you after this
- see you again next week, thanks for the help
- I will see you again on Monday for the fitting

# --- r6: already cancelled/left because of this; looking at other providers; going to a competitor
(i've|ive|i’ve|we've|weve|we’ve|already|finally|just) ~1 (cancelled|canceled|left|switched|quit|closed|moved) ~5 because (of|you|your|u)
(cancelled|canceled|cancelling|canceling|closed|closing|left|leaving|quit|quitting|ended|ending|terminated) ~1 (my|our|the) ~1 (account|subscription|contract|membership|policy|plan|service|broadband|mortgage|insurance) ~4 because (of|you|your|u)
(looking|shopping|searching|browsing|comparing) ~2 (other|another|alternative|alternatives|different|new) ~1 (banks|bank|providers|provider|suppliers|supplier|companies|company|networks|network|insurers|insurer|options|deals|airlines|gyms|retailers|shops|stores|brands)
(going|go|went|moving|move|switching|switch|taking|take|heading|head|over) ~4 (competitor|competitors|competition|rival|rivals)
+ closed my account with you because of how this was handled
+ already comparing other insurers, renewal is next month
+ we will be heading over to one of your rivals
- I cancelled the order because I picked the wrong colour
- are there other networks in the area with better rural coverage?

# --- r6b: last straw
(final|last) straw | weight=0.6
+ the final straw, I'm off to another supplier
- the final straw for my old laptop was spilling tea on it, so I bought this one
- last straw hats in stock, lovely quality

# --- r6c: found a better deal elsewhere
(found|finding|got|getting|found) ~2 (a|an|the) ~1 (better|cheaper) (deal|offer|price|provider|supplier|company|service|tariff|rate|alternative|quote|bank|network|one)
+ found a cheaper provider, so bye
+ got a better tariff with someone else, leaving end of the month
- I found the cheaper option on your own website, thanks
- got a better seat after asking, thank you

# --- en12a: porting out; direct debit stopped; thinking of leaving
(porting|port|ported) (out|away)
(stopped|stopping|stop|cancelled|canceled|cancelling|canceling|cancel) ~2 (direct|standing) (debit|debits|order|orders) | weight=0.7
(direct|standing) (debit|debits|order|orders) (stopped|cancelled|canceled|terminated) | weight=0.7
(membership|subscription|contract|account|plan|policy) (cancelled|canceled|terminated|closed|ended) | weight=0.5
(thinking|considering|tempted|contemplating|debating|weighing) ~2 (leaving|unsubscribing|quitting|cancelling|canceling|ditching|dumping|terminating)
(penalty|fee|charge|cost|fine) ~2 (leaving|cancelling|canceling|close|closing|exit|exiting|terminating|switching|leave|cancel|terminate|early) | weight=0.5
+ porting out tomorrow, 9 years wasted
+ Membership cancelled, direct debit stopped, card shredded
+ honestly thinking of unsubscribing, the app crashes every day
+ I'm thinking of moving to Monzo. Is there a fee to close?
- I stopped the direct debit by mistake, can you set it up again?
- is there a fee for paying by card?
# --- en12a: want nothing more to do with you; don't want to be with you any more
(want|wants|wanted|wanting) nothing ~2 to do with | noneg
(don't|dont|don’t|doesn't|doesnt|not) (want|wanna|wish) ~2 (be|stay|remain) (with|a) ~2 (you|your|this|them|customer|client|member)  | noneg
+ he wants nothing more to do with your bank
+ I don't want to be with you any more
- it has nothing to do with you, the courier lost it
- I don't want to stay with my parents over Christmas
# --- en12a: shopping / going with a competitor from now on; a cheaper company
(doing|do|did|spend|spending|get|getting|buy|buying|bank|banking|shop|shopping|order|ordering) ~4 (at|with|from) ~2 (competitor|competitors|rival|rivals|competition)
(go|going|went|gone|move|moving|switch|switching|sign|signing) (with|to) (a|another|someone) ~1 (cheaper|better|different|other|new|decent|proper|reliable) ~2 (company|provider|supplier|bank|network|operator|insurer|airline|broadband|mobile|gym|garage|one|firm|carrier|phone)
+ I'll be doing my weekly shop at your competitor from now on
+ I'll have to go with a cheaper phone company
- your competitor's prices are higher, so I'm staying
- we went with a different colour in the end

# --- en14a: years a customer, not any more
(shop|shopped|shopping|customer|customers|loyal|banked|been|used|ordered|flown|stayed) ~8 not (anymore|any-more) | noneg
(shop|shopped|shopping|customer|customers|loyal|banked|been|used|ordered|flown|stayed) ~8 not any more | noneg
+ Six years I've shopped with you, not any more
+ twenty years a loyal customer, not anymore
+ I'm cancelling my plan today
- I'd like to switch to the family plan.
- I don't shop there anymore because I moved house.

# --- r14b: shutting the account down; years with you and I'm done; moving out at the end of the lease
(shutting|shut|shuts) ~2 (account|accounts|membership|contract|subscription) down
(years|year|yrs|decades) with (you|u|ya|them|your) ~2 (i'm|im|i’m|we're|we’re) (done|off|out|leaving|gone|finished)
(moving|move|moved) out ~5 (lease|tenancy|contract)
+ sick of it, shutting my account down
+ 12 years with you and I'm done
+ this is my notice, I'm moving out when the lease is up
- the shop was shut so I went back the next day
- after years of waiting I'm finally done with my renovation, thanks

# --- en15a: speaking of oneself as a former customer
(was|were) a ~2 (customer|client|member|subscriber|customers|clients|members|subscribers) for ~3 (years|yrs|decades|year|ages)
used to be a ~2 (customer|client|member|subscriber|fan)
(ex-customer|ex-client|ex-member|former) ~1 (customer|client|member|subscriber)
+ I was a loyal customer for 12 years, not any more
+ I used to be a loyal customer of yours
+ from today you can count me as a former customer
- I have been a customer for years and this is the first issue
- is this a customer for the new plan?

# --- en16b: "after 12 years I'm out"
after ~3 (years|year|yrs|decades) ~4 (i'm|im|i’m|we're|we’re|i|we) (done|off|out|leaving|gone|finished|leave)
+ After 12 years I'm out.
+ after twenty years with this bank we're leaving
+ after 5 yrs I'm done, cancelled it today
- after two years I'm still happy with the service
- After three years we're finally getting a new kitchen

# --- en18b inflection: "12 years and im done"
(years|yrs|decades) ~3 (and|n) ~3 (i'm|im|i’m|we're|we’re|were|i|we) (out|leaving|gone)
+ 12 years and im done, im out
+ 15 yrs n we're leaving
- 2 years and I'm done paying off the phone, then it's mine
