# Will cancel, leave, switch to a competitor, never buy again.  Not: a
# neutral question ("how do I cancel my order?"), "I don't want to cancel",
# the company cancelling an order.
#
# cancelling / closing "my" contract, account...; a regex only to leave
# out questions ("can I cancel my order?")
/\b(?<!they )(?<!you )(?<!was )(?<!were )(?<!been )(?<!has )(?<!have )(?<!had )(?<!it )(?<!who )(?<!which )(?<!they['’]ve )(?<!you['’]ve )(?<!they just )(?<!you just )(?<!they have )(?<!you have )(?<!then )(cancel|cancell?ing|cancell?ed|terminate|terminating|terminated|close|closing|closed|end|ending|quit|quitting|leave|leaving)\b (my|our|both our|all our|the|this)? ?(\w+ )?(subscription|subscriptions|contract|contracts|account|accounts|membership|memberships|plan|service|services|policy|policies|direct debit|broadband|package|sim|lease|tenancy|everything|all)\b(?![^.!?;]*\?)/ | anchor=(cancel*|terminat*|close|closing|closed|end|ending|quit|quitting|leave|leaving)
(cancelling|canceling|cancelled|canceled|cancel) everything
(i'm|im|i’m|i|we|we're|we’re|were|i'll|ill|i’ll|we'll|we’ll|gonna|i've|we've|i’ve|ive|i'd|i’d) ~4 (cancel|cancelling|canceling|cancelled|terminate|terminating|leave|leaving|switch|switching|switched|move|moving|moved|port|porting|ported|ditch|ditching|ditched|drop|dropping|quit|quitting|boycott|boycotting|close|closing|take|taking) ~5 (you|u|ya|your|company|elsewhere|another|different|competitor|competitors|rival|provider|supplier|bank|network|business|custom|account|contract|contracts|subscription|number|broadband|sim|membership|plan|everything)
(switch|switching|switched|move|moving|moved|go|going|went|port|porting|take|taking|took|transfer|transferring) ~5 (to|over) ~2 (competitor|competitors|rival|rivals|competition|provider|network|bank|supplier|company|else|different)
(switch|switching|change|changing) (provider|providers|supplier|suppliers|bank|banks|network|networks|company|companies|carrier|carriers|insurer|insurers)
(take|taking|took|move|moving|spend|spending) (my|our) (business|custom|money|account|accounts) (elsewhere|somewhere)
(go|going|shop|shopping|look|looking|buy|buying|order|ordering|bank|banking|went|spend|spending|get|getting) ~3 (elsewhere|somewhere)
(lost|losing|lose) ~3 (customer|client|member|subscriber|business|custom)
(you've|youve|you’ve) ~1 lost (me|us|my|our|a)
(never|won't|wont|won’t|not) ~3 (buy|buying|order|ordering|shop|shopping|use|using|fly|flying|book|booking|come|coming|return|returning|recommend|recommending|set|step|deal|dealing|bank|banking|stay|staying|eat|eating|visit|visiting|go|going|purchase|purchasing|renew|renewing|back|touch) ~6 (again|anymore|more|future|back|here|there|you|ever) | noneg
never again | noneg
(won't|wont|won’t|not|never) ~1 be (back|returning|coming|renewing|ordering|using|shopping|a) | noneg
(not|won't|wont|won’t|never|no) ~2 (renew|renewing) | noneg
(not|never) ~1 coming back | noneg
(last|final) (time|order|purchase) (i|we|from|with|ever|you'll|you’ll)
(done|finished|through) with (you|you|your|this|them|u)
(goodbye|bye|farewell|adios) ~3 (forever|good|ever|company|you) | weight=0.7
(ex-customer|former) ~1 (customer|client)
no longer ~2 (customer|client)
(find|finding|look|looking|found|get|getting|got) ~2 (another|new|different|better) (provider|supplier|bank|network|company|shop|store|broadband|insurer|airline|mechanic|garage|plumber|energy|landlord|flat|place)
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
