# Pressure to buy, upsell or sign up; aggressive selling.
pushy
pushiest
upsell*
up-sell*
cross-sell*
salesy
hard sell
hard-sell
high-pressure
(pressure|pressured|pressurised|pressurized|pressuring|push|pushed|pushing|pushes|force|forced|forcing|bully|bullied|bullying|hassle|hassled|hassling|nag|nagged|nagging|badger|badgered|badgering|hound|hounded|hounding|coerced|coercing|rushed|rushing|guilt-tripped|harass|harassed|harassing) ~3 (to|into) (buy|buying|purchase|purchasing|upgrade|upgrading|sign|signing|take|taking|add|adding|order|ordering|switch|switching|commit|spend|renew|renewing|extend|subscribe|subscribing|join|joining|open|opening|apply|applying)
(pressure|pressured|pressurised|pressurized|pressuring|pushed|pushing|forced|forcing|bullied|bullying|hassled|hassling|nagged|nagging|badgered|badgering|hounded|hounding|coerced|rushed|harassed) (me|us|my|him|her|them|customers|people) ~3 into
(sales|selling) (pressure|pitch|pitches|tactics|talk|spiel|patter|script|targets|quota|quotas|call|calls)
(aggressive|pushy|relentless|constant|persistent|annoying|hard|forceful|dodgy|shady|high-pressure) (sales|selling|salesman|salesmen|saleswoman|salesperson|salespeople|marketing|upselling|upsell|tactics)
(trying|tried|try|tries|wanted|attempted|attempting|kept|keeps|spent|only|just) ~2 (sell|flog|pitch|upsell|push) ~1 (me|us|my|something|stuff|insurance|warranty|upgrade|upgrades|extras|products|package|packages|contract|broadband|plan|card|cover|protection)
(talk|talked|talking|talks|tricked|tricking|conned|pressured|bullied|scared|rushed|roped|sweet-talked|manipulated|coerced|guilted) (me|us|my|him|her|them) ~2 into
(signed|sign|signing) (me|us) up ~8 (without|didn*|never|not|against) | noneg
(wouldn*|didn*|won't|wont|won’t|doesn*|not|refused|refuses|refuse) ~2 (take|accept) no for an answer | noneg
(wouldn*|didn*|won't|wont|won’t) let (me|us) (go|leave|hang|off) ~4 (until|till|unless|before) | noneg
(sat|sit|sitting|listen|listened|listening) through ~3 (offer|offers|pitch|pitches|sales|presentation|spiel|upsell|upgrade)
(upgrade|sales|insurance|broadband|contract|credit|card|loan|warranty|bundle|package) (offer|offers|pitch|pitches) | weight=0.6
(said|saying|say) no ~2 (repeatedly|several|twice|multiple|three|numerous|countless) | noneg
(followed|following|follows|hovering|hovered) (me|us) (around|round|everywhere) | weight=0.6
(kept|keeps|keep|constantly|repeatedly|wouldn*|won't|wont|won’t|didn*) ~1 (pushing|offering|pitching|selling|insisting|mentioning|bringing|stop) ~4 (insurance|warranty|upgrade|upgrades|card|contract|package|deal|extras|cover|plan|protection|broadband|offer|offers) | noneg
(only|just|more) (cared|cares|care|interested|concerned|wanted) ~2 (selling|sales|sale|commission|targets|upselling|upsell)
commission | weight=0.5
(unsolicited|cold|constant|endless|annoying|nuisance|spam|marketing|sales) ~1 (calls|texts|emails) ~6 (sell|offer|upgrade|deal|buy|switch) | weight=0.6
(kept|keeps|keep|constantly|repeatedly|was|were) (pushing|pitching|upselling|flogging) ~4 (more|expensive|dearer|pricier|premium|bigger|better|upgrade|upgrades|extra|extras|add-ons|insurance|warranty|plan|package|deal|card|contract|model|version|product|products|bundle|cover)
(wouldn*|won't|wont|won’t|didn*|never) stop (trying|pushing|offering|selling|pitching|mentioning|asking|going) | noneg, weight=0.6
(get|got|getting) (me|us|him|her|them) to (sign|buy|upgrade|take|switch|add|open|apply|join|commit|spend)  | weight=0.6
(aggressive|pushy|forceful|relentless|persistent|insistent) ~3 (about|in|with|when) ~2 (getting|selling|signing|upgrading|switching|pushing|sales|upsell|upselling|sell)
pushing ~3 (contract|contracts|deal|deals|upgrade|upgrades|insurance|warranty|card|plan|package|offer|offers|products|phone|phones|broadband|subscription|membership|bundle|finance|credit|loan|loans|options|products|extras|cover) | weight=0.6
(kept|keeps|keep|constantly) trying to (get|sell|sign|upsell|push|convince|persuade|talk) | weight=0.6
(badgered|badgering|hassled|hassling|hounded|hounding|harangued|haranguing|pestered|pestering|nagged|nagging|bombarded|bombarding|pressured|pressurised|pressurized|pressuring|pushed|pushing|bullied|bullying|harassed|harassing) ~4 (about|with|over|to|into|for|re) ~4 (upgrade|upgrades|contract|contracts|insurance|warranty|deal|deals|offer|offers|package|packages|plan|plans|card|cards|membership|memberships|subscription|broadband|sign|buy|buying|product|products|extras|cover|protection|loan|loans|credit|bundle|fibre|tv|switch|switching|account|accounts|mortgage|policy|sales|add-ons|addons|extended)
(flog|flogging|flogged|peddle|peddling|peddled|foist|foisting|foisted|palm|palming|upsold|up-sold|pitch|pitching|pitched) (me|us|him|her|them|my) ~3 (premium|package|packages|plan|upgrade|upgrades|insurance|warranty|contract|extras|add-ons|bundle|cover|protection|card|loan|deal|deals|membership|subscription|product|products|something|stuff|things)
(upsold|up-sold|upselling|up-selling)
(wouldn*|won't|wont|won’t|didn*|refused|not) ~2 (leave|go|stop|budge|hang) ~6 (until|till|unless) ~3 (signed|sign|agreed|agree|bought|buy|paid|pay|took|take|upgraded|said|gave|ordered|order|purchased|committed) | noneg
(calling|calls|called|ringing|rings|rang|phoning|texting|texts|emailing|emails|messaging) (me|us) ~4 (every|each|constantly|daily|weekly|repeatedly|non-stop|nonstop|again|always|endlessly) ~6 (sell|offer|offers|upgrade|contract|deal|deals|switch|sign|buy|package|insurance|plan|products)
(said|say|says|told|tell|telling|saying) ~3 (not|no|never) ~1 (interested|interest|thanks|thank) | noneg, weight=0.5
(already|repeatedly|clearly|politely|firmly|explicitly) ~2 (said|saying|say|told|declined|refused) ~1 no | noneg, weight=0.5
(pitch|pitched|pitching|pitches|offered|offering) ~3 (deal|deals|upgrade|upgrades|package|packages|insurance|extras|add-ons|bundle|bundles|plan|plans|contract|contracts|card|cards) | weight=0.5
(pressure|scare|sales|selling|hard-sell|manipulative|aggressive) (tactic|tactics)
(persuade|persuaded|persuading|convince|convinced|convincing) (me|us|him|her|them) ~1 to (buy|sign|upgrade|take|switch|spend|add|get|stay|renew|join) | weight=0.6
(being|getting) (sold|pitched|upsold|flogged|marketed|offered) ~3 (insurance|warranty|cover|protection|upgrade|upgrades|plan|plans|package|packages|card|cards|broadband|extras|add-ons|bundle|subscription|membership|something|stuff|things|products|loan|credit|fibre|contract)
(trying|tried|try|tries|wanted|wants|attempted) to (sign|get|put) (me|us|him|her|them) (up|onto)
(wouldn*|won't|wont|won’t|didn*|never|refused) (drop|let) (it|go) ~4 (package|packages|upgrade|upgrades|insurance|deal|deals|offer|offers|warranty|plan|plans|contract|card|cards|broadband|bundle|membership|subscription|loan|extras|cover|sale|sales) | noneg
(kept|keep|keeps|constantly|repeatedly|always) (calling|ringing|phoning|texting|emailing|messaging|contacting) (me|us) ~4 (sell|offer|upgrade|switch|sign|buy|renew)
(kept|keep|keeps) (being|getting) (offered|pitched|sold|pushed|upsold)
+ the salesman was so pushy I walked out
+ instead of fixing my router she kept trying to sell me a new package
+ they pressured my elderly mum into signing a 24 month contract
+ constant upselling, he wouldn't take no for an answer
+ felt like a hard sell for the extended warranty
- the sales assistant was friendly and not pushy at all
- I wanted to upgrade my phone, is there a deal?
- push the button to reset the router
# kept calling after I said no (h2c)
(kept|keep|keeps|keeping) (calling|ringing|phoning|emailing|texting|messaging|hounding|hassling|badgering|pestering|chasing|contacting) (me|us) | weight=0.5
(after|despite|though|when|even) ~2 (i|we|i'd|i’d|id|we'd) ~2 (said|told|say|declined|refused|turned) ~2 (no|not|interested|them|down) | weight=0.5
+ the sales rep kept calling me even after I said no
- I said no thanks and the assistant left me to browse

# --- r6: retention pitch before cancelling; sales staff hovering; "offer ends today" time pressure
(retention|sales|selling|marketing) ~1 (pitch|pitches|spiel|patter|speech|routine)
(sales|salesman|saleswoman|salesperson|salespeople|assistant|assistants|rep|reps|staff) ~3 (followed|follows|following|hovered|hovering|hovers|shadowed|stalked|trailed)
(offer|deal|price|discount) ~3 (ends|ended|ending|expires|expired|expiring|only|valid) ~2 (today|tonight|now|hour|minutes)
(had|have|needed|need|must|rushed|pressured|forced|made|wanted|expected) ~3 (decide|sign|commit|buy|pay|agree) ~3 (now|spot|immediately|there|instantly)
+ I had to endure a ten minute retention spiel just to close the account
+ a salesperson hovered over us the entire time we browsed
+ "this price expires tonight" so I had to sign on the spot
- the sales team answered my questions and left me to think
- the coupon expires at the end of the month, just so you know

# --- r6b: sold to rather than helped
(sold|pitched|marketed) to ~3 (rather|instead|than)
+ it felt like being pitched to instead of served
+ more like being sold to than being looked after
- I sold my old phone to a friend instead
- rather than selling it I gave it away

# --- r6c: wouldn't let me leave without signing up; sales texts after opting out; scared into buying
(wouldn*|won't|wont|won’t|didn't|didnt|refused) let (me|us) (leave|go|pay|checkout|out|hang) ~3 (without|until|unless) ~3 (signing|sign|buying|buy|agreeing|taking|joining|listening|hearing|upgrading|giving|opening|applying) | noneg
(sales|marketing|promotional|promo|advertising) (texts|calls|emails|messages|mails|spam) | weight=0.6
(after|despite|though|even) ~3 (opted|opting|unsubscribed|unsubscribing|opt) ~1 out | weight=0.5
(scare|scaring|scares|frighten|frightening|guilt|guilting|pressure|rush|rushing|bully|con|conning|trick|sweet-talk|manipulate|manipulating|railroad|railroaded|coerce|hustle|hustled) (me|us|him|her|them|people|customers|pensioners) ~2 into
+ the cashier wouldn't let me pay without hearing about their credit card
+ still getting marketing calls even after I opted out
+ they try to frighten people into buying breakdown cover
- I opted out of marketing and it stopped straight away
- the horror film didn't scare me into anything
# --- r7 industry: retention and cross-sell offers pushed (discounts, plans, cover, cards, tariffs)
(kept|keeps|keep|constantly|repeatedly) ~1 (offering|pitching|pushing|plugging|flogging|upselling) ~3 (discounts|discount|plans|plan|bundles|bundle|deals|tariffs|tariff|membership|memberships|subscription|subscriptions|add-ons|add-on|loans|loan|overdraft|credit|cards|policies|annual|premium|special|boxes|upgrade|sides|drinks|starters|desserts)
before ~1 (letting|let) (me|us) (cancel|go|leave|hang|end|close) | weight=0.6
+ the agent kept offering discounts and a special annual plan before letting me cancel
+ waiter kept pushing desserts and drinks on us all evening
+ the bank kept plugging loans when I only came about my card
- she kept offering to help me find the right size, really kind
- they made me wait an hour before letting me go

# --- r8 paraphrase: strong-armed / railroaded / arm-twisting into buying or signing
(strong-armed|strongarmed|strong-arming|strongarming|railroaded|railroading|steamrollered|steamrolled|bulldozed|browbeaten|browbeat|cajoled|coerced) ~4 (into|buying|signing|taking|upgrading|switching|purchasing|paying|plan|contract|deal|package|insurance|warranty)
(twisted|twisting|twist) ~2 arm ~3 (into|buy|buying|sign|signing|take|taking)
+ The rep strong-armed me into the premium plan.
+ He railroaded my gran into signing up for solar panels.
+ They twisted my arm into taking the insurance.
- I was railroaded through security at the airport in record time.
- The physio twisted my arm gently to check the joint.

# --- r9a: "talked at about a credit card I never asked about"
(card|cards|insurance|warranty|upgrade|upgrades|package|packages|bundle|bundles|plan|plans|loan|loans|subscription|subscriptions|membership|memberships|mortgage|contract|extras|products|offers|cover|policy|broadband|package) ~3 (i|we) (never|didn't|didnt|didn’t|hadn't|hadnt) ~1 (asked|wanted|needed|requested|mentioned|enquired|showed) | weight=0.5, noneg
(talked|talking|lectured|lecturing|harangued|haranguing|badgered|badgering|hounded|hounding|pestered|pestering|hassled|hassling|bombarded|bombarding) (at|about|with|me|us) ~3 (card|cards|insurance|warranty|upgrade|upgrades|package|packages|bundle|plan|plans|loan|loans|subscription|membership|mortgage|contract|extras|products|offers|deals|cover) | weight=0.5
+ Wanted a simple balance check, ended up being talked at about a credit card I never asked about.
+ Spent the call being badgered with insurance I never wanted.
+ Hounded me about a loan I never asked for.
- They charged me for insurance, which I never asked to cancel.
- I asked about the upgrade and the agent explained it clearly.
