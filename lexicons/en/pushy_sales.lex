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
(wouldn*|didn*|won't|wont|won’t|doesn*|don't|dont|don’t) let (me|us|you|u|anyone|people|customers|him|her|them) (go|leave|hang|off) ~4 (until|till|til|unless|before) | noneg
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
(kept|keep|keeps) (being|getting) (offered|pitched|sold|upsold)
(kept|keep|keeps) (being|getting) pushed ~2 (to|into|towards|toward|upgrades|offers|deals|products|insurance|extras|packages|contracts|cards|loans)
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
# the verb alone in any tense: "the bank plugs loans", "flogged me a warranty"
(=plug|=upsell|upsold) ~3 (discounts|discount|plans|plan|bundles|bundle|deals|tariffs|tariff|membership|memberships|subscription|subscriptions|add-ons|add-on|loans|loan|overdraft|credit|cards|policies|annual|premium|special|boxes|upgrade|sides|drinks|starters|desserts)
before ~1 (letting|let) (me|us) (cancel|go|leave|hang|end|close) | weight=0.6
+ the agent kept offering discounts and a special annual plan before letting me cancel
+ waiter kept pushing desserts and drinks on us all evening
+ the bank kept plugging loans when I only came about my card
+ the branch plugs loans every time I come in
+ he won't let you go till you've heard every package
+ all I wanted was my balance and the clerk talked at me about a store card I never asked for
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
(talked|talking|talks|lectured|lecturing|lectures|harangued|haranguing|badgered|badgering|badgers|hounded|hounding|hounds|pestered|pestering|pesters|hassled|hassling|hassles|bombarded|bombarding|bombards) (at|about|with|me|us) ~4 (card|cards|insurance|warranty|upgrade|upgrades|package|packages|bundle|plan|plans|loan|loans|subscription|membership|mortgage|contract|extras|products|offers|deals|cover) | weight=0.5
+ Wanted a simple balance check, ended up being talked at about a credit card I never asked about.
+ Spent the call being badgered with insurance I never wanted.
+ Hounded me about a loan I never asked for.
- They charged me for insurance, which I never asked to cancel.
- I asked about the upgrade and the agent explained it clearly.

# --- en11b: leaning on / steering towards the premium range; speeches about bundles; talked round;
#     tying one product to another; promoting extras on a support call; would not stop / let it go;
#     sign tonight; on and on about insurance; keep getting calls about switching
(leaning|leant|leaned|lean|leans|pressing|pressed|nudging|nudged|urging|urged|egging|egged|steering|steered|working) (on|at) ~1 (me|us|him|her|them|my) ~2 to (buy|book|sign|take|get|add|upgrade|switch|order|purchase|commit|spend|join|renew|extend|subscribe|open|go)
(steered|steering|steer|nudged|nudging|herded|herding|shepherded|ushered|funnelled|funneled|pushed|pushing|railroaded) ~4 (toward|towards|into|at) ~4 (premium|designer|expensive|dearer|pricier|top|deluxe|luxury|upgraded|bigger|extras|upgrade|upgrades|higher|pro|gold|platinum|pricey|costlier|priciest)
(speech|lecture|pitch|sermon|monologue) (on|about) ~3 (bundles|bundle|package|packages|upgrade|upgrades|insurance|warranty|warranties|deals|offers|plans|products|tv|credit|cards|loans|cover|subscriptions|memberships|extras|add-ons|finance)
(was|were|got|get|being|been|is|are|felt) (talked|sweet-talked|pressured|pressurised|pressurized|pushed|bullied|railroaded|scared|tricked|conned|guilted|guilt-tripped|cajoled|coaxed|hustled|persuaded|browbeaten|coerced|badgered|hounded|steamrollered) ~2 into
(talked|talking|talk|talks) (round|around) ~3 (into|to)
(persuade|persuaded|persuading|convince|convinced|convincing) (my|his|her|our|their|the|an|a) ~2 to (buy|sign|upgrade|take|switch|spend|add|get|stay|renew|join|change|open) | weight=0.6
(doorstep|door-to-door|cold-calling|cold-caller|cold-callers|cold-called|cold-call) | weight=0.5
(couldn*|can't|cant|can’t|cannot|unable|wouldn*|won't|wont|won’t|not) ~3 (leave|go|get|walk|escape|out|hang) ~4 (without|until|unless|till) ~3 (buying|buy|signing|sign|agreeing|taking|joining|upgrading|purchasing|committing|booking|spending) | noneg
(promote|promoting|promoted|advertise|advertising|advertised|market|marketing|marketed|push|pushing|sell|selling|plug|plugging|flog|flogging|solicit|soliciting|solicited) ~3 (additional|extra|more|upgraded|premium|extended|new|higher|further) ~2 (licences|licenses|products|services|service|tier|tiers|plan|plans|package|packages|cover|warranties|warranty|seats|options|extras|features|modules) | weight=0.6
(contacted|called|rang|emailed|approached|messaged|phoned|visited|chased|targeted) (us|me|him|her|them|my) ~2 (repeatedly|constantly|daily|again|weekly|persistently|every|relentlessly|incessantly) | weight=0.5
despite (our|my|his|her|having|being|us|me|their) ~4 (confirmation|instruction|instructions|request|requests|told|telling|saying|said|declining|declined|refusal|refusing|asking|opted|unsubscribed|making|stating) | weight=0.5
(spent|devoted|used|wasted|spend|spends) ~5 (time|call|visit|appointment|chat|minutes|meeting|session|consultation) ~3 (promoting|selling|pitching|pushing|upselling|plugging|advertising|marketing|flogging|hawking)
(aggressive|pushy|forceful|relentless|persistent|insistent|high-pressure) (commercial|closing|close|pitch|pitches|pitching|canvassing)
(hard-close|hard-closing|closing) (session|tactics|technique|techniques|pressure)
hard (close|closing)
(continues|continue|continued|persists|persist|persisted|persisting|continuing) ~1 (to|in) ~1 (solicit*|sell*|push*|market*|promot*|pitch*|plug*|flog*|upsell*|hawk*|canvass*)
only ~8 (if|unless) (i|we|he|she|they|you) ~1 (also|additionally|first) ~1 (took|take|taking|bought|buy|signed|sign|added|add|purchased|purchase|upgraded|upgrade|subscribed|joined|opened|got|get)
(would|will|did|does) not (let|drop) it (go|drop) | noneg, weight=0.5
(wouldn*|won't|wont|won’t|not) stop ~6 (discount*|offer*|deal*|free|upgrade*|pitch*|selling|sell|insurance|package*|bundle*|warrant*|contract*|plan|plans) | noneg
(have|had) you (thought|considered|looked) ~2 (upgrading|switching|adding|buying|getting|taking|our|a|the) | weight=0.5
(kept|keeps|keep) (dropping|lowering|cutting|knocking|slashing|sweetening) ~2 (price|prices|offer|quote|deal) | weight=0.5
(sign|buy|commit|decide|order|pay) (now|today|tonight|immediately|there) | weight=0.5
(offer*|deal*|price*|discount*) ~3 (only|ends|expires|valid|good) ~2 (today|tonight|now) | weight=0.6
(and|banging|banged|harping|harped|rabbiting|droning|drone|went|going|goes|carried|carrying) on ~3 (about|with) ~3 (insurance|warranty|warranties|upgrade|upgrades|package|packages|bundle|bundles|plan|plans|contract|contracts|card|cards|loan|loans|broadband|fibre|cover|protection|membership|subscription|deals|offers|extras|products|add-ons)
(keep|kept|keeps|keeping) (getting|receiving|having) ~1 (calls|texts|emails|letters|messages|leaflets|mail) ~6 (switch*|upgrade*|offer*|deal*|sell*|fibre|broadband|insurance|sign*|buy*|sales|package*|plan*|contract*|solar|windows|loans|credit)
(already|repeatedly|politely|firmly|clearly|twice|several) ~2 (turned|declined|refused|rejected) ~1 (down|it|them|twice|once) | weight=0.5, noneg
(i|we) (only|just) (wanted|came|needed|went|asked|rang|called|popped) ~4 (for|about|in|a|to) | weight=0.5
all (i|we|i'd|id|we'd) (wanted|needed|came|went|asked|rang|called|popped|want|need) ~3 (was|for|about|in|to) | weight=0.5
+ the adviser spent twenty minutes leaning on me to book a protection package
+ was steered again and again toward the designer range
+ got a speech on TV bundles instead of help with the fault
+ my mother was talked round into a funeral plan
+ the renewal would only go ahead if we also took out the premium package
+ he would not stop, discount this, free month that
+ the girl was going on and on about the insurance, I just wanted a charger
+ I keep getting calls from you about switching to fibre
+ your sales team continues to solicit us for extended warranties
- the adviser steered me towards the cheaper option, very honest
- he gave a speech at the launch about the new product range
- I keep getting calls from the doctor about my appointment

# --- en11b-2: insistent that I switch; felt like being sold to
(insistent|insisted|insisting|insists|adamant) ~3 (switch|switching|buy|buying|upgrade|upgrading|take|taking|join|joining|renew|renewing|purchase|subscribe|subscribing|sign)
felt ~4 being (sold|pitched|marketed|upsold) to
+ the caller was very insistent that I switch to their tariff
+ felt like I was being sold to the entire time
- my data was being sold to third parties
- she insisted on driving me home, so kind

# --- en14a: offer after offer; wouldn't let me go until; trying to sell me
(offer|offers|proposal|proposals|pitch|pitches|deal|deals|upgrade|upgrades|package|bundle|add-on|product|products) after (another|offer|proposal|pitch|deal|upgrade|package|bundle|product)
(wouldn*|won't|wont|won’t|refused|refuses|didn*|doesn*|don't|dont|don’t) ~2 let (me|us|you|u|anyone|people|customers|him|her|them) ~2 (go|leave|hang|finish|off) ~4 (until|till|til|before) ~8 (offer|offers|upgrade|upgrades|deal|deals|package|pitch|sales|sell|bundle|listened|heard|agreed) | noneg
(trying|tried|try|tries|attempting|attempted) ~1 (to) ~1 (sell|flog) (me|us) (something|stuff|things|extras|more) | noneg
+ one upgrade proposal after another before the agent would let me hang up
+ can't call you without someone trying to sell me something
+ she wouldn't let me go until I'd heard about every broadband package
- I asked about the upgrade offer and the agent explained it clearly, no pressure.
- They let me go after answering my question.

# --- r14b: wouldn't stop trying to sell (the negation belongs to 'stop')
(wouldn*|won't|wont|won’t|didn*|never|couldn*|doesn*) (stop|stopped|stops|quit) (trying|pushing|pitching|selling|flogging|upselling|offering|plugging) | noneg
+ the saleswoman wouldn't stop trying to flog me the dearer mattress
+ he never stopped pushing the premium package
- the engine wouldn't stop making noises so I brought it in

# --- en15b: offers rained on you after you cancelled
(special|exclusive|personal|personalised|personalized|limited|amazing|bespoke|unique) (offer|offers|deal|deals|discount|discounts|promotion|promo) ~2 (just|only|especially|exclusively|specially) for (me|you|us) | weight=0.5
(after|since|once) ~2 (cancelled|canceled|cancelling|canceling|unsubscribed|unsubscribing|left|leaving|closed|terminated|switched|quit) ~8 (offer|offers|deal|deals|promotion|promotions|promo|promos|discount|discounts|marketing|emails|texts|calls) | weight=0.5
+ After I cancelled they sent me a "special deal just for you" every other day.
+ Since unsubscribing I've had daily offers and an exclusive discount only for me.
+ Once I left I got endless offers and a personal deal only for me.
- I cancelled and they confirmed by email.
- Is there a special offer for students?

# --- en19b paraphrase: pushing it on me; pressured (on the doorstep) into signing; offer only
#     good if you sign today; no discount unless I also signed up, on the spot
(push|pushing|pushed|pushes|force|forcing|forced|forces|foist|foisting|foisted|ram|ramming|rammed|shove|shoving|shoved) ~2 (on|onto|down) (me|us|customers|people|everyone|everybody)
(pressured|pressurised|pressurized|bullied|hassled|pushed|coerced|rushed|hounded|badgered|nagged|harassed|browbeaten|pressed|railroaded|cajoled|talked|guilted|strong-armed) ~5 into (signing|buying|taking|upgrading|switching|paying|purchasing|agreeing|committing|ordering|renewing|extending|adding|joining|opening|getting|spending)
(offer*|deal*|price*|discount*|rate) ~6 (if|unless|when) ~3 (sign*|buy*|commit*|decide*|order*|pay*|agree*|book*|join*) ~2 (today|tonight|now|immediately|there|spot)
unless (i|we|you|u) ~2 (signed|sign|took|take|bought|buy|opened|open|joined|join|added|add|subscribed|subscribe|upgraded|upgrade|applied|apply) | weight=0.5
(signed|sign|signing|buy|bought|buying|commit|committed|decide|agree|agreed|join|joined|subscribe|subscribed|up) ~6 on the spot | weight=0.5
+ stop forcing these extras on us, we came in for a repair
+ we were pressured at the till into opening a store card
+ the price was only valid if we committed there and then, today
- pushing it on my bike up the hill was hard work
- you can sign up online whenever you like, no rush
