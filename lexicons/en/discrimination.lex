# Treated worse because of age, gender, origin, disability, language or
# appearance.
discriminat*
racist*
racism
racially
sexist*
sexism
misogyn*
ageist
ageism
homophob*
transphob*
xenophob*
islamophob*
antisemit*
bigot*
ableist
ableism
prejudic*
(profiled|profiling)
because ~1 (my|our|his|her|their) ~1 (age|gender|sex|race|skin|colour|color|accent|ethnicity|ethnic|origin|origins|nationality|religion|faith|disability|disabilities|wheelchair|stick|cane|dog|hearing|hijab|headscarf|turban|veil|appearance|looks|weight|size|tattoos|tattoo|piercings|clothes|clothing|sexuality|orientation|surname|background|english|language|pronouns|condition|autism|stutter|stammer|mobility|deafness|blindness)
because (i|we|she|he|they|i'm|im|i’m|we're|we’re|she's|he's) ~2 (woman|girl|female|lady|old|older|elderly|pensioner|young|teenager|disabled|foreign|foreigner|immigrant|black|asian|brown|muslim|jewish|gay|lesbian|trans|pregnant|deaf|blind|wheelchair|autistic|native|british|english|white|polish|romanian|indian|african|chinese|arab|single|overweight|fat|tattooed)
because (i|we|she|he|they) (don't|dont|don’t|didn*|can't|cant|can’t|couldn*) speak ~2 (english|language|well|fluent|perfect|good) | noneg
(mocked|mocking|mimicked|mimicking|imitated|imitating|laughed|made|commented|copied|correcting|corrected|sneered|mocks|heard|noticed|hearing|noticing|spotted|saw|mentioned|saw|seeing|seen|read|reading) ~2 (my|our|his|her) ~2 (accent|english|grammar|pronunciation|name|surname|surnames|skin|hijab|headscarf|turban|wheelchair|disability|age|weight|appearance|clothes|hearing|stammer|stutter|passport|religion|nationality|lisp|speech)
(speak|learn|talk|use) (proper|better|good|normal|real|correct) english
(speak|learn) english ~4 (or|if|before|told|said)
(told|telling|said|shouted|asked) ~3 (speak|learn) english
go back to (your|my|our|their) ~1 country
where (i'm|i’m|im|you're|you’re|youre|we're|we’re|am|are|is|i|you|we) ~1 (really|actually|originally) from
(treated|treating|treats|served|spoke|talked|looked) ~2 (differently|worse|unfairly|suspiciously|suspicion)
(second-class|second) ~1 (citizen|citizens|class)
second-class (customer|customers|person|people)
(spoke|speaking|talked|talking|addressed|looked|directed|explained) ~3 to my (husband|wife|son|daughter|boyfriend|girlfriend|partner|carer|friend|colleague|dad|father|brother)
(ignored|ignoring) me and ~1 (spoke|talked|addressed|served|dealt|went|looked)
(assumed|assumes|assuming) (i|we|she|he) ~2 (couldn*|can't|cant|can’t|didn*|wouldn*|don't|dont|don’t|was|were|am|had) ~2 (afford|understand|speak|read|use|know|handle|drive|work|thief|stealing|stupid|incapable|old|poor) | noneg
(people|someone|somebody|person|folk|folks) your age
(too) (old|slow|young) (to|for) ~2 (understand|this|use|phone|smartphone|app|computer|internet|online)
(refused|refuses|refusing|wouldn*|won't|wont|won’t|denied) ~2 (serve|help|let|admit|seat|sell|rent|enter|in) ~6 (because|since|due) ~4 (age|old|gender|woman|race|black|asian|skin|accent|foreign|english|religion|disabled|disability|wheelchair|dog|hijab|headscarf|appearance|looks|weight|tattoos|gay|trans|pregnant|deaf|blind|autistic|autism) | noneg
(wheelchair|guide|assistance|service|mobility|walking|hearing) ~2 (refused|turned|not|wouldn*|won't|wont|won’t|told|asked|laughed|rolled|made|ignored|mocked) ~2 (away|allowed|let|leave|in|fun|eyes|outside|wait|elsewhere|entrance|door|go|stay) | noneg
(white|black|asian|brown|foreign|local|non-white|english|british|younger|older|able-bodied|non-disabled|abled|sighted|hearing) (customers|people|shoppers|guests|clients|patrons|families|couple|couples|guy|guys|men|women|lady|ladies|persons|kids|passengers|patients|travellers|travelers|members|diners|tenants|applicants|students|users|pupils|visitors|drivers|riders|candidates) | weight=0.6, noneg
(followed|following|watched|watching|tailed|shadowed|followed) (me|us|my) ~2 (round|around|everywhere|through) | weight=0.6
(deaf|blind|disabled|wheelchair|autistic|dyslexic|partially|impaired|disability|carer) | weight=0.5
(can't|cant|can’t|cannot|unable|not) ~1 (use|hear|see|read|climb|access|reach|manage) ~2 (phone|telephone|stairs|steps|screen|website|app|counter|phones) | weight=0.5, noneg
(refused|refuse|refuses|wouldn*|won't|wont|won’t|didn*|not|couldn*) ~6 (wheelchair|guide|assistance|ramp|hearing|mobility|walker|walking|scooter|pram) | noneg
(served|serving|serve|serves|helped|seated|dealt) ~10 (first|before|ahead) | weight=0.5
(not|isn*|wasn*) (suitable|meant|appropriate|right|for) ~2 (women|woman|girls|girl|ladies|lady|elderly|disabled|foreigners|immigrants|pensioners|men) | noneg
because ~3 (wear|wearing|wore|have|use|using|am|i'm|need) ~2 (hijab|headscarf|turban|veil|niqab|burka|burqa|kippah|wheelchair|hearing|cane|tattoos|dreadlocks|accent|crutches|walker)
racial
(let|served|helped|allowed|admitted|seated) ~3 (everyone|everybody|others|all) ~4 (except|but|apart) | weight=0.6
(black|asian|brown|muslim|jewish|gay|lesbian|foreign|polish|indian|african|arab|chinese|trans|pakistani|romanian|immigrant|immigrants|foreigner|foreigners|hijab|headscarf) | weight=0.5
(search|searched|searching|check|checked|checking) ~2 (my|our) (bag|bags|pockets|trolley|basket) | weight=0.5
(let|letting|lets|allowed|served|admitted|seated|waved|serve|serves) ~3 (white|black|asian|younger|older|english|british|local|other|male) ~2 (in|first|through|entry|ahead|before)
(white|black|asian|brown|foreign|local|english|british|younger|older|non-white|male|female) (mates|friends|pals|folks|lads|guests|colleagues|girls|boys|teenagers|shoppers|diners) | weight=0.6
(at|for) (your|my|her|his|our) age ~6 (wouldn*|won't|wont|can't|cant|couldn*|don't|dont|shouldn*|understand|expect|need|should|too|cope|manage)
(only|just) (stopped|searched|checked|questioned|asked|followed|targeted|picked|singled|pulled|carded|id'd|ided) ~4 (black|asian|brown|muslim|muslims|jewish|headscarves|headscarf|hijab|hijabs|turban|turbans|foreign|foreigners|immigrants|women|elderly|disabled|young|teenagers|travellers|gypsies|roma)
singled (me|us|him|her|them|out) | weight=0.6
(women|girls|ladies|pensioners|foreigners|immigrants|disabled|elderly) (don't|dont|don’t|can't|cant|can’t|shouldn't|wouldn't|never) (understand|know|drive|do|use|handle|get|cope) | noneg
(only|just) (black|asian|brown|muslim|white|disabled|foreign|indian|african|arab|chinese|polish|jewish|gay|older|elderly|young|female) (person|people|customer|customers|one|woman|man|guy|family|couple|lady|person)
(asked|stopped|searched|checked|questioned|followed|id'd|carded) only (me|us|him|her|my) | weight=0.6
despite (my|her|his|our|their) (disability|disabilities|condition|wheelchair|illness|age|pregnancy|impairment|blindness|deafness) | weight=0.6
+ the staff were openly racist towards my husband
+ he refused to serve me because of my accent
+ she talked only to my husband and ignored me, because I'm a woman I guess
+ they treated me differently as soon as they heard my foreign name
+ the guard followed me because I'm black, pure profiling
+ told me to speak proper English or leave
- the staff were lovely to my disabled son
- the store has good wheelchair access
- I asked whether the shop has staff who speak Polish
# remarks about religion, race; because I'm over 70 (h2)
(comment|comments|commented|remark|remarks|remarked|joke|jokes|joked|jibe|jibes|dig|digs) ~3 (religion|race|skin|colour|color|ethnicity|nationality|disability|wheelchair|gender|sexuality|hijab|headscarf|turban|burqa|niqab|kippah|yarmulke|sari)
(because|cos|cuz|as|since) (i'm|im|i’m|we're|we’re|she's|he's|shes|hes) (over|under) (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|sixty|seventy|eighty|fifty|sixty-five|retirement)
+ one of the staff made a comment about my religion
+ I was refused a loan application because I'm over 70
- the assistant commented on how nice my wheelchair cushion looked and helped me to the lift
- I'm over 70 and the staff were wonderful
# --- r4: "get someone younger to do it", "your sort", "speaks properly" ---
(someone|somebody|anyone|anybody|a) (younger|young) ~4 (help|do|sort|deal|use|explain|call|ring|phone|come|for)
your sort ~1 (always|never|all|don't|dont|shouldn*|can't|cant|steal|nick|cause)
(someone|somebody|anyone|people) ~2 (speaks|speak|talks|talk) (properly|proper|normally|english|better) | weight=0.6
(his|her|my|our|their) (accent|english|skin|colour|color|race|religion|headscarf|hijab|turban|wheelchair|disability|age) ~3 (wasn*|isn*|not|too|meant|because|so) | weight=0.5
+ the clerk told my gran to get someone younger to do it online
+ the guard said your sort always nick stuff
- my son is younger and more patient with tech, so he helped
- your sort of thinking is exactly what I like about this shop

# --- r6: judged on looks/tattoos; religious dress refused; no wheelchair access
(=judge|judging|=refuse|refusing|=deny|denying|=turn|=kick|thrown|throw|throws|=stare|staring|looked|looks|looking) ~5 (tattoo|tattoos|piercing|piercings|dreadlocks|appearance|headscarf|hijab|turban|niqab|burka|burqa|kippah|yarmulke|veil)
(no|without|lack|not|zero|inaccessible) ~2 (wheelchair|step-free|disabled|disability|accessible) ~2 (access|ramp|entrance|toilet|toilets|lift|parking|seating|space) | noneg, weight=0.6
(wheelchair|disabled|step-free) (access|ramp|entrance|toilet|lift) ~8 (wouldn*|won't|wont|refused|didn*|couldn*|no|nobody|never) ~2 (help|helped|assist|assisted|bother|bothered|care) | noneg
+ the bouncer turned us away over my friend's tattoos
+ the doormen turn people away over their tattoos
+ asked to leave the pool because I wear a hijab
+ there's no step-free entrance and the staff wouldn't help me up the steps
- lovely tattoo parlour, friendly staff
- the step-free entrance at the side made it easy with my wheelchair

# --- r6b: served the white man behind me; disabled relative treated as a nuisance;
#     "because we're foreigners"; "older customers not welcome"
(served|serving|helped|seated|let|waved|attended|chose|picked|preferred) ~3 (white|black|asian|brown|english|british|local|male|female|non-disabled) ~1 (man|woman|guy|lady|couple|family|customer|customers|people|person|men|women|girl|boy|lads|gentleman|ladies|gents|folks|shoppers)
(treated|treat|treats|treating|handled|spoke|talked|acted|speaking|talking|addressed|spoken) ~5 (like|as) ~3 (nuisance|burden|idiot|child|inconvenience|problem|criminal|thief|dirt|rubbish|suspect|nothing|second-class|pest|imbecile|alien) | weight=0.5
because (we|they|we're|we’re|were|they're|theyre|they’re|are|i|i'm|im|i’m) ~2 (foreigners|immigrants|women|girls|pensioners|muslims|jews|gay|disabled|elderly|black|asian|travellers|refugees|migrants|old|older|young|teenagers|foreign|deaf|blind|brown|indian|polish|african|arab|chinese|romanian|pakistani|trans)
(older|elderly|disabled|black|asian|brown|foreign|female|women|muslim|jewish|gay|deaf|blind|old|pensioners|foreigners|immigrants|young) ~4 (not|aren*|isn*|never|arent|unwelcome) ~2 (welcome|wanted|welcomed|allowed|served|unwelcome) | noneg
+ the bartender ignored us and served the white lads who came in after
+ staff treated my deaf husband like a nuisance
+ they refused us a table because we're immigrants
+ clearly disabled customers aren't welcome in this cinema
- served the local ale and a lovely white wine
- my elderly mum was treated brilliantly, thank you

# --- r6c: "being a woman, I was quoted double"
(being|as) (a|an) (woman|female|girl|lady|pensioner|foreigner|immigrant|disabled|wheelchair|older|black|asian|muslim|gay|trans|deaf|blind|elderly|single|young|mum|mother) ~8 (quoted|charged|treated|ignored|refused|told|assumed|patronised|patronized|talked|spoken|overcharged|double|worse|differently|dismissed|laughed|mocked)
being (disabled|deaf|blind|foreign|elderly|female|black|asian|muslim|gay|trans|older|pregnant|autistic|dyslexic) ~8 (quoted|charged|treated|ignored|refused|told|assumed|patronised|patronized|talked|spoken|overcharged|double|worse|differently|dismissed|laughed|mocked)
(made|making|makes) fun of (my|our|his|her|their) ~1 (stammer|stutter|accent|limp|wheelchair|weight|disability|speech|hearing|age|name|religion|scarf|hijab|skin|hair)
+ as a woman I was spoken to like I couldn't understand a gearbox
+ being disabled, I was charged extra for the accessible room
+ the clerk made fun of my stutter
- as a woman who loves cars, I found the showroom brilliant
- we made fun of my dad's old jumper at Christmas

# --- r8 paraphrase: "too complicated for someone my age", "someone her age"
too (complicated|difficult|hard|advanced|technical|complex|confusing|modern|much|fiddly) for (someone|somebody|people|a|an|you|me|her|him|us|them|old|older|elderly|pensioners|women|ladies|girls|grandma|grandad|nan|granny) ~2 (age|old|older|elderly|pensioners|pensioner|women|lady|ladies|woman|girls|girl|oap|oaps)
(someone|somebody|people|person|folk|folks|anyone|anybody) (my|her|his|our|their) age | weight=0.6
too (complicated|difficult|hard|advanced|technical|complex|confusing|modern|fiddly) for (old|older|elderly|senior) (people|folk|folks|customers|ladies|men|women|users|citizens)
+ The salesman said the app is too complicated for someone my age.
+ He told my mum it was too complicated for a woman her age.
+ She said it's too advanced for older people.
- The app was too complicated for me at first, but the video helped.
- The class is aimed at people my age and it was lovely.

# --- r9a: "a woman probably wouldn't understand"; "because I'm 78"; others left in peace
(a|an|as|being) (woman|girl|lady|female|pensioner|foreigner|immigrant|granny|grandma|nan|old|elderly|blonde|mum) ~2 (wouldn't|wouldnt|wouldn’t|won't|wont|won’t|can't|cant|can’t|couldn't|couldnt|doesn't|doesnt|don't|dont|shouldn't|probably|never|unlikely) ~2 (understand|know|manage|cope|drive|handle|follow|grasp|get|use) | noneg
(asked|wanted|insisted|demanded|asking|wanting) ~2 (for|to) ~2 my (husband|son|dad|father|boyfriend|brother|partner|male) | weight=0.5
(because|cos|cuz|since) (i'm|im|i’m|she's|shes|she’s|he's|hes|he’s|mum's|dad's|we're) (6*|7*|8*|9*|sixty*|seventy*|eighty*|ninety*) | weight=0.5
(other|others|everyone|everybody) ~3 (families|customers|people|diners|guests|kids|children|shoppers|passengers|patients|couples|groups) ~6 (were|was|got) ~1 (left|allowed|served|seated|let|fine|welcome|ignored) | weight=0.5
+ The agent said a woman probably wouldn't understand the engine specs and asked for my husband.
+ Because I'm 78 the bank clerk spoke to me like a child.
+ My son is autistic and the staff asked us to leave. Other families with noisy kids were left in peace.
+ The staff ignored my wheelchair and kept serving able-bodied customers.
- Because I'm 7 minutes late they moved my appointment, fair enough.
- Other customers were served quickly and so was I.

# --- en12a: mimicking / mocking an accent or a disability, wider gap
(mock*|mimic|mimics|mimick*|imitat*|impersonat*|parod*|copying|copied|sniggered|sniggering|giggled|giggling|sneered|sneering|laughed|laughing) ~5 (accent|accents|stammer|stutter|lisp|limp|speech|hijab|headscarf|turban|wheelchair|walking)
(mock*|mimick*|imitat*|impersonat*) (me|us|him|her|them|mum|dad) | weight=0.5
+ the barista mimicked my mum's Nigerian accent to his coworker
+ I stammer and the operator kept mocking me
- we were laughing at my own bad jokes the whole evening
- the comedian did an impression of a pirate and everyone laughed
# --- en12a: addressing the companion or carer instead of the person
(kept|only|just|always|instead) ~1 (asking|addressing|talking|speaking|looking|directing|explaining|turning) ~3 (my|her|his) (husband|boyfriend|son|dad|father|partner|carer|brother|male|daughter|grandson|granddaughter|companion|interpreter)
(talked|talking|talks|spoke|speaking|speaks|looked|looking) (over|past|around|through) (her|him|me|us|them|my|his|mum|dad|mum's|dad's) ~1 (head|heads)
(talked|talking|talks|spoke|speaking|speaks) (over|past|around) (her|him|me|us|them) | weight=0.5
get (your|her|his|a) (son|daughter|husband|wife|grandson|granddaughter|kids|children|carer|family|relative|grandchild|grandkids) ~3 (to|deal|do|help|sort|call|come|ring)  | weight=0.6
+ the clerk kept asking my boyfriend the questions, I'm the account holder
+ the pharmacist talked over her head to me
- my husband asked the questions because he knows the car better
- the nurse spoke to my mum first and then to me, very kind
# --- en12a: "people like that", "girls like me", "customers from my community"
(people|children|kids|girls|women|ladies|guys|boys|folk|folks|customers|types|sorts|persons|families|lads|men|clients) like (you|me|us|her|him|them|that|yours|your|those) | weight=0.6
(from|of) (my|your|our|their|his|her) (community|culture|background|country|part|parts|religion|sort|kind) | weight=0.5
+ she said it's not her job to help people like that and I'm partially sighted
+ the receptionist said children like him should eat in the room, my son is autistic
- customers like you keep us in business, thank you
- people like me who love gadgets will enjoy this shop
# --- en12a: generalising a group, renting/serving only one group
because (foreigners|immigrants|women|girls|pensioners|old|elderly|disabled|muslims|jews|travellers|gypsies|refugees|migrants|blacks|asians|teenagers|foreign) (people|folk|always|never|don't|dont|don’t|can't|cant|can’t|are|leave|cause|steal|make|smell|take|complain|lie) | noneg
(only|just) (rent|rents|renting|let|lets|letting|sell|sells|selling|serve|serves|serving|hire|hires|hiring|employ|employs|accept|accepts|take|takes) ~2 (locals|natives|english|british|white|men|males|christians|brits|whites|nationals) | weight=0.6
+ the landlord said he only rents to locals because foreigners leave mess
- they only take cash, which was annoying
- the shop only sells to locals at the farmers market price on Tuesdays because of a council scheme
# --- en12a: passport / name / origin as the reason; on grounds of / based on
because ~1 (my|our|his|her) ~2 (passport|surname|name|postcode|visa|nationality|birthplace) ~3 (from|foreign|sounds|sounded|looks|looked|is|was|says)
(grounds|basis) of ~2 (age|race|gender|sex|nationality|ethnicity|ethnic|religion|disability|origin|colour|color|sexuality|accent|pregnancy|faith|belief|beliefs|skin)
based on ~1 (race|ethnicity|religion|gender|sex|nationality|sexuality|disability|skin|colour|color|origin|origins|accent|faith|background|looks|appearance)
based on (my|his|her|their|our|your) age
+ they wanted extra IDs just because my passport is from Nigeria
+ I believe I was excluded on grounds of nationality
+ prejudicial treatment based on ethnicity
- my passport is from Nigeria and the check-in was quick
- prices are based on age of the vehicle
# --- en12a: accessibility left out; equality bodies; disability mentions that need company
(no|without|lack|zero|missing|broken) ~1 (ramp|ramps|braille|hearing-loop|loop|interpreter) | weight=0.5, noneg
(equality|equalities) ~4 (commission|act|service|advisory|rights|law|body|officer|duty) | weight=0.6
(guide|assistance|service) (dog|dogs) ~6 (drove|drive|driving|refused|turned|kicked|told|asked|wouldn*|won't|wont|banned|left|off|away|allowed) | noneg
(able-bodied|non-disabled|sighted|abled|white|english|british|local|younger|male) ~4 (boarded|served|seated|allowed|admitted|got|were|was) ~2 (normally|fine|first|straight|in|through|freely|immediately) | weight=0.6
(dementia|alzheimer*|palsy|stammer|stutter|hijabi|impairment|hard-of-hearing|sign-language|bsl|paralysed|paralyzed|amputee|epilepsy|epileptic|down's|downs|mobility) | weight=0.5
hearing (aid|aids|loop|impairment) | weight=0.5
(nobody|no-one|noone) else (was|got|were|had|did) | weight=0.5, noneg
(calling|called|calls|call) (me|her|mum|my|him|dad) ~1 (sweetheart|sweetie|darling|honey|missy|dearie|granny|grandma|gramps|grandad|sweetpea|petal) | weight=0.5
(my|his|her|our|mum's|dad's) (english|accent) (isn't|isnt|isn’t|wasn't|wasnt|wasn’t|is|was|not|aren't|ain't) ~1 (perfect|great|good|fluent|strong|brilliant|the|best|very|native) | weight=0.5, noneg
(flyingwhilemuslim|shoppingwhileblack|drivingwhileblack|flyingwhileblack|travellingwhileblack|livingwhileblack|shoppingwhilebrown)
+ my wife, a wheelchair user, was refused boarding, able-bodied passengers boarded normally
+ I'm a wheelchair user and your shop has no ramp
+ I'm deaf and I've reported you to the Equality and Human Rights Commission
+ taxi driver saw my guide dog and drove off
+ my English isn't perfect and the cashier spoke to me slowly like I was a child
- the step-free entrance and the ramp were excellent
- my dad's new hearing aid works great, thank you

# --- r14b: told to speak English properly
(speak|speaking|talk|talking|learn|learning) ~2 english ~1 (properly|correctly|right|better)
+ the agent instructed me to learn to speak English properly
+ she told me to talk English properly or hang up
- I asked whether the form is available in English, they sent it

# --- en15b: staff address only the companion and talk down to an older parent
(ignored|ignoring|ignores|blanked|blanking|overlooked|overlooking) ~1 (my|our) ~1 (mum|mother|mom|mam|dad|father|gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandfather|grandpa|elderly|disabled|deaf|blind) | weight=0.5
(too|overly) ~1 (complicated|complex|technical|difficult|advanced|hard|confusing) for (you|her|him|them|u|ya) ~2 (anyway|anyways|anyhow|dear|love|madam|sir|age|generation) | weight=0.5
+ The assistant ignored my grandad completely and said the app is too complicated for him anyway.
+ He blanked my mother and told her it's too technical for her anyway.
+ She ignored my dad and said smartphones are too hard for him anyway.
- The staff never ignored my mum, they were lovely.
- The manual was too complicated for me so I asked for help.

# --- en16b: a disability adjustment asked for and ignored (deaf customer phoned anyway)
(keep|kept|keeps|still|yet|insist|insisted|insists) ~3 (calling|phoning|ringing|call|phone|ring) (her|him|them|me|us) | weight=0.3
(phoning|calling|phone|calls|telephone) (is|are|was) ~1 (impossible|difficult|hard|useless) ~2 for (her|him|me|them|us) | weight=0.3
(reasonable|disability) (adjustment|adjustments) ~4 (ignored|refused|denied|not|never) | weight=0.6
+ My dad is deaf. Phoning is impossible for him, yet they keep calling him.
+ I'm deaf, phoning is useless for me, yet they keep ringing me
+ my disabled son's reasonable adjustments were ignored and he was refused help
- They keep calling me about an offer I don't want.
- calling is difficult for me at work, please email instead

# --- en16a: staff talk only to the companion and ignore the older / disabled person
(ignored|ignoring|ignores|blanked|blanking|overlooked|overlooking|bypassed) ~2 (dad|father|mum|mother|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|nan|nana|grandparents|parents) | weight=0.5
(only|just) (spoke|talked|addressed|spoken|talking|speaking|looked) (to|at|with) (me|us|my) | weight=0.5
+ The salesman only spoke to me and completely ignored my dad.
+ She only talked to my son and blanked my mum, who was the customer.
- My dad ignored the leaflet and just bought the phone.
- The first person said one price and the second person said another.
