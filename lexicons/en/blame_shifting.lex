# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system") to avoid
# responsibility.  Not: the customer blaming the company ("I blame you",
# "it's your fault my order is late"), nor a customer admitting a mistake.
#
# blame: past and progressive forms describe what staff did; "I blame ..."
# is the customer, so the bare present is left out
(blamed|blaming|blames|blamin)
(they|she|he|staff|agent|store|shop|company|everyone|everybody|all|you|u|your) ~2 blame
(put|puts|putting|shift|shifted|shifting|shifts|pass|passed|passing|push|pushed|pushing|place|placed|placing|lay|laid|laying|deflect|deflected|deflecting) ~2 blame
blame game
(pass|passed|passes|passing) the buck
(buck-passing|buckpassing)
buck passing
(point|pointed|pointing|points) ~1 (finger|fingers)
(finger-pointing|fingerpointing)
finger pointing
(wash|washed|washes|washing) (their|his|her|its|our|your) hands
(threw|throw|thrown|throwing) ~1 under the bus
# "it's my fault" in their mouth (not the customer's own admission)
(said|says|saying|told|tells|claimed|claims|claiming|insisted|insists|insisting|implied|implies|implying|suggested|suggests|suggesting|made|making|acted|acting|act|acts|treated|treating|apparently|according|reckons|reckoned|decided|argued|kept|basically|accused|accusing|somehow|supposedly|shouted|yelled|snapped|barked|replied|responded|answered|explained|informed|lectured|cheek|nerve|feel|feels|felt) ~5 (my|our) ~1 (fault|problem|mistake|error|doing|responsibility|issue)
(said|says|told|claimed|claims|insisted|insists|implied|suggested|apparently|reckons|reckoned|accused|assumed|decided) ~4 (i|we|i'd|we'd|i’d|we’d) ~3 (broken|broke|damaged|dropped|caused|misused|mistreated|abused|tampered|spilled|spilt|smashed|cracked|scratched|overloaded|mishandled|opened)
(said|says|told|claimed|claims|insisted|implied|suggested|apparently|reckons) ~4 (i|we) ~3 (entered|typed|used|installed|set|setup|ordered|chose|clicked|gave|given|put|filled|registered|selected|done|did|read|charged|plugged|connected|configured|updated|fitted) ~6 (wrong|wrongly|incorrect|incorrectly|badly|improperly|myself|ourselves)
(your|ur) own fault
(user|operator|customer) error
(accused|accuses|accusing|accuse) (me|us|him|her|them|customer|customers|my|the) ~1 of (breaking|damaging|dropping|misusing|mishandling|abusing|neglecting|overloading|overfilling|mistreating|causing|using|tampering|losing|faking|making|not|never|forgetting|ignoring|failing)
# "not our problem": the rule holds the negation
(not|isn*|wasn*|never) (our|their|his|her|my) (problem|fault|responsibility|issue|concern|department|job|area|mistake|error|doing|remit) | noneg
nothing to do with (us|them|him|her|me|the|our|their) | noneg
(refused|refuse|refuses|refusing|won't|wont|won’t|wouldn*|didn*|not|never|unwilling) ~2 (take|accept|admit|own|acknowledge) ~4 (responsibility|blame|liability|fault|ownership|accountability|mistake|error|doing) | noneg
(nobody|noone|no-one|none) ~4 (took|taken|taking|accepted|admitted|owned|take|takes|accept|accepts|admit|admits|own|owns) ~2 (responsibility|blame|ownership|accountability) | noneg
no one ~4 (took|taken|taking|accepted|admitted|owned|take|takes|accept|accepts|admit|admits|own|owns) ~2 (responsibility|blame|ownership|accountability) | noneg
(deny|denied|denies|denying) ~2 (responsibility|liability|fault|wrongdoing)
(take|took|takes|taking|accept|accepts|accepted|accepting|bear|bears|bore|borne|bearing|assume|assumed|assumes|admit|admits|admitted|admitting) no (responsibility|blame|ownership|accountability|liability) | noneg
out of (our|their|his|her|my|your) hands
# pushing it onto the courier, the manufacturer, another department, the
# system: "the courier's fault", "it's the bank's problem".  A sequence
# cannot match "any word + 's", so the possessives are listed (the token
# keeps its clitic: "courier's" is one word)
(courier's|courier’s|manufacturer's|manufacturer’s|supplier's|supplier’s|warehouse's|warehouse’s|bank's|bank’s|retailer's|retailer’s|seller's|seller’s|airport's|airport’s|airline's|airline’s|landlord's|landlord’s|council's|council’s|contractor's|contractor’s|installer's|installer’s|plumber's|plumber’s|builder's|builder’s|factory's|factory’s|vendor's|vendor’s|carrier's|carrier’s|driver's|driver’s|post's|mail's|office's|office’s|department's|department’s|dept's|team's|team’s|system's|system’s|computer's|computer’s|branch's|branch’s|store's|store’s|shop's|shop’s|depot's|depot’s|partner's|partner’s|provider's|provider’s|network's|network’s|engineer's|engineer’s|technician's|technician’s|agent's|agent’s|insurer's|insurer’s|broker's|broker’s|lender's|lender’s|brand's|brand’s|maker's|maker’s|distributor's|distributor’s|hotel's|hotel’s|agency's|agency’s|operator's|operator’s|app's|website's|site's|software's|printer's|fitter's|electrician's|manager's|colleague's|predecessor's|customer's|owner's|tenant's|neighbour's|neighbor's|dpd's|dhl's|ups's|fedex's|hermes's|evri's|amazon's|ebay's|paypal's|visa's|mastercard's|apple's|samsung's|google's|microsoft's|royal's|parcelforce's|yodel's|openreach's|bt's|processor's|processor’s|company's|company’s|firm's|platform's|merchant's|shipper's|haulier's|freeholder's|management's|government's|regulator's|underwriter's|lab's|laboratory's|garage's|dealer's|dealership's|school's|club's|venue's|organiser's|organizer's|promoter's|airport's|handler's|caterer's|kitchen's|chef's|restaurant's|hospital's|surgery's|pharmacy's|estate's|agent’s|developer's|partner’s) (fault|responsibility|responsibilty|problem|issue|job|department|area|mistake|error|doing|remit|blame|liability|end|side)
(error|mistake|fault|problem|issue|responsibility) (was|is|lies|lay) ~1 (courier's|courier’s|manufacturer's|manufacturer’s|supplier's|supplier’s|warehouse's|warehouse’s|bank's|bank’s|retailer's|retailer’s|seller's|seller’s|airport's|airport’s|airline's|airline’s|landlord's|landlord’s|council's|council’s|contractor's|contractor’s|installer's|installer’s|plumber's|plumber’s|builder's|builder’s|factory's|factory’s|vendor's|vendor’s|carrier's|carrier’s|driver's|driver’s|post's|mail's|office's|office’s|department's|department’s|dept's|team's|team’s|system's|system’s|computer's|computer’s|branch's|branch’s|store's|store’s|shop's|shop’s|depot's|depot’s|partner's|partner’s|provider's|provider’s|network's|network’s|engineer's|engineer’s|technician's|technician’s|agent's|agent’s|insurer's|insurer’s|broker's|broker’s|lender's|lender’s|brand's|brand’s|maker's|maker’s|distributor's|distributor’s|hotel's|hotel’s|agency's|agency’s|operator's|operator’s|app's|website's|site's|software's|printer's|fitter's|electrician's|manager's|colleague's|predecessor's|customer's|owner's|tenant's|neighbour's|neighbor's|dpd's|dhl's|ups's|fedex's|hermes's|evri's|amazon's|ebay's|paypal's|visa's|mastercard's|apple's|samsung's|google's|microsoft's|royal's|parcelforce's|yodel's|openreach's|bt's|processor's|processor’s|company's|company’s|firm's|platform's|merchant's|shipper's|haulier's|freeholder's|management's|government's|regulator's|underwriter's|lab's|laboratory's|garage's|dealer's|dealership's|school's|club's|venue's|organiser's|organizer's|promoter's|airport's|handler's|caterer's|kitchen's|chef's|restaurant's|hospital's|surgery's|pharmacy's|estate's|agent’s|developer's|partner’s)
(fault|mistake|error|responsibility|problem|issue|blame) of (the|my|your|their|our|a) ~1 (courier|couriers|manufacturer|supplier|warehouse|bank|retailer|seller|airport|airline|landlord|council|contractor|installer|factory|vendor|carrier|driver|post|department|team|system|computer|branch|store|shop|depot|partner|provider|network|engineer|insurer|broker|brand|maker|distributor|agency|software|app|website|customer|neighbour|neighbor|office|warehouse)
(courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|factory|maker|brand|seller|vendor|contractor|subcontractor|installer|partner|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce) ~4 (fault|problem|problems|issue|issues|responsibility|error|mistake|glitch|responsible) | weight=0.6
# possessive typed without the apostrophe ("the payment processors fault")
(=processor|=courier|=manufacturer|=supplier|=warehouse|=seller|=insurer|=carrier|=installer|=contractor|=retailer|=landlord|=airline|=airport) (fault|responsibility|remit|doing)
# active voice: "insisting the previous owners caused the leak"
(said|says|saying|told|tells|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|reckon|apparently|according|maintain*|blamed|blames|blaming) ~4 (the|my|a|our|your) ~1 (previous|former|last|old) ~1 (=owner|=tenant|=occupant|=installer|=engineer|=plumber|=fitter|=landlord|=builder) ~3 (=cause|damaged|broke|broken|did|done|=leave|left)
(said|says|told|tells|claimed|claims|insisted|insists|apparently|reckons|reckoned|kept|according|blamed|blames) ~6 (courier|couriers|manufacturer|supplier|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|head|department|system|glitch|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce|royal) ~5 (fault|problem|issue|responsibility|blame|error|mistake|glitch|responsible)
(told|tells|telling|asked|advised|instructed|directed|referred|pointed|sent|said|says|saying|insist|insists|insisting|claims|claiming|keeps|kept) ~5 (contact|call|ring|phone|email|e-mail|chase|ask|speak|talk|take|complain|deal|sort|claim|go) ~3 (courier|couriers|manufacturer|manufacturers|maker|brand|supplier|seller|vendor|carrier|insurer|installer|contractor|fedex|hermes|parcelforce|royal|marketplace|third-party|party)
(referred|redirected|pointed|sent|passed|fobbed|palmed) (me|us) ~2 (to) ~2 (courier|manufacturer|maker|brand|supplier|seller|vendor|carrier|bank|insurer|installer|contractor|party)
(fobbed|fob|fobbing|fobs) ~2 off with ~1 (excuse|excuses|stories|story|lies)
(making|made|make|full|more|endless|lame|pathetic|same|nothing|another|feeble|weak) ~1 (excuses|excuse)  | weight=0.7
excuse after excuse
# "must have happened after he left", "you didn't lock it properly"
(said|says|claimed|claims|insisted|insists|reckons|reckoned|apparently|told|according) ~8 (must|must've|probably|would|could|might) ~1 (happened|caused|occurred|damaged|broken|cracked)
(said|says|claimed|claims|insisted|because|apparently|reckons|according) ~6 (wasn*|weren*|didn*|hadn*|haven*|not|never) ~3 (correctly|properly|right|carefully|instructed|securely) | noneg
(nobody|noone|no-one|none) ~3 (had|reported|complained|experienced) ~2 (this|that|same|such) ~1 (problem|issue|fault) | noneg, weight=0.6
(i|we) (must|must've) ~2 (broken|broke|damaged|dropped|misused|caused|done|cracked) ~4 (myself|ourselves) | weight=0.5
(apparently|said|says|claimed|claims|told|blamed|insists|insisted|reckons|reckoned|according) ~8 (due|because|caused|thanks|result) ~3 (my|your|our|me|you|us|customer|customers|courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|weather|strikes|system|computer|glitch|head|department)
(apparently|said|says|claimed|claims|told|tell|tells|telling|blamed|insists|insisted|reckons|reckoned|reckon|according|suggested|implied|saying|thinks|think) ~8 down to ~3 (my|your|our|me|you|us|her|his|their|customer|customers|courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|weather|strikes|system|computer|glitch|head|department)
(fault|problem|issue|error|mistake|glitch|fault*) ~4 (on|at|from) (my|your|our) (side|end)
(told|tell|tells|said|says|say|claimed|claims|insisted|insists|apparently|reckons|reckoned|according) ~4 (problem|issue|fault|cause) ~3 (my|your|our) ~2 (wifi|wi-fi|router|equipment|device|phone|computer|internet|connection|settings|bank|card|browser|laptop|end|side|fault|mistake|installation|wiring|account|software|app)
(pin|pinned|pinning|pins) ~3 on
(instead|rather|without) ~2 (owning|admitting|accepting|taking) ~2 (mistake|responsibility|blame|fault|error|it)
(says|said|claims|claimed|insists|insisted|reckons|reckoned|told) ~4 (problem|issue|fault|error) (with|at|on|from) (the|your|their|my)
(said|says|claimed|claims|insisted|reckons|reckoned|apparently|told|according) ~8 to blame
(said|says|claimed|claims|according|apparently|insisted|reckons|told) ~8 because (my|i|you|your|we|our) | weight=0.6
# where the fault "lies", what it is "down to"
(fault|problem|issue|blame|responsibility|error) (lies|lay|lays|rests|rested|sits|sat|falls|fell|lying) (with|on)
(fault|problem|issue|blame|responsibility|error) (is|was) (with|on) (my|the|your|our|his|her|their|a) | weight=0.5
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~8 (because|down|thanks|caused|cos|coz|cuz|cause|bc|due|owing|result|blame) ~3 (my|our|your|ur|the|me|us|her|his|their) ~2 (phone|router|device|computer|laptop|wifi|wi-fi|equipment|settings|browser|wiring|connection|handset|modem|cable|cables|software|appliance|pipes|plumbing|landlord|building|neighbour|neighbours|neighbor|neighbors|house|flat|area|postcode|card|usage|use|driving|windows|dog|kids|children|pets|bank|isp|signal|mistake|error|fault|carelessness|negligence|handling|misuse)
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~6 (i|we|you|i'd|we'd|i’d|we’d|id|i've|ive|i’ve|we've|u) ~2 (forgot|forgotten|misread|misused|mishandled|dropped|damaged|broke|broken|caused|spilled|spilt|overloaded|tampered|misunderstood|misremembered|imagined|imagining|misheard|mistyped|misclicked|neglected|abused|mistreated)
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~8 (must|must've|mustve|must’ve|musta) ~2 (sat|dropped|broken|broke|damaged|done|caused|misused|knocked|spilled|spilt|stood|stepped|left|lost|forgotten|forgot|entered|typed|installed|plugged|opened|tampered|washed|overloaded|bent|cracked|scratched|clicked|misread|deleted|changed|moved|declined|blocked|rejected|stolen|mislaid|misplaced|happened|occurred|reversed|refunded|cancelled|canceled|charged|stopped|bounced|flagged|come|came|been|originated|gone|went|arrived|delivered|expired|ignored|missed|mistyped|dented|smashed|chipped|torn|stained|soaked|dropped)
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~10 (i'm|im|i’m|i|we|we're|you're|youre|you|i've|ive|we've|i'd|id|i’d|we'd) ~4 (doing|using|driving|holding|installing|setting|fitting|washing|charging|storing|operating|reading|plugging|cleaning|used|installed|washed|charged|stored|operated|read|plugged|fitted|set|entered|typed|filled|done|did) ~4 (wrong|wrongly|incorrectly|badly|improperly|poorly)
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~6 (coming|caused|originating|originated|originates|stems|stemming) (from|to|by) ~3 (flat|neighbour|neighbours|neighbor|neighbors|upstairs|downstairs|next-door|property|house|building|roof|landlord|bank|network|courier|supplier|manufacturer|router|phone|device|equipment|weather|strike|strikes|storm|system|computer|glitch|council|airport|airline|warehouse|factory|contractor|partner|provider|wiring|pipes)
(said|says|saying|say|told|tell|tells|telling|informed|informs|informing|alleged|alleges|alleging|asserted|asserts|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~8 (head|main|central|regional|other|another|different) (office|offices|department|dept|team|branch|store|warehouse|depot|site) ~5 (messed|mess|screwed|cocked|fault|problem|mistake|error|blame|issue|responsible|lost|broke|caused|glitch|responsibility)
(said|says|saying|told|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|suggested|suggests|suggesting|implied|implies|implying|assumed|assumes|decided|accused|accusing|insinuated|insinuating|according|replied|answered|explained|blamed|blaming|argued|maintains|maintained|concluded|stated|states|response|reply|excuse) ~10 (water|liquid|moisture|accidental|physical|impact|customer|misuse|abuse) ~1 (damage|damaged|error|misuse|abuse|fault|ingress|tear|induced)
(have|had|need|needed|needs|should|must|would|told|said|says|advised|asked|instructed|suggested|insisted|i'd|i’d|id|we'd) ~4 (take|raise|chase) ~1 (it|this|that|matter|issue|complaint|problem|claim) up with
(have|had|need|needed|needs|should|must|told|said|says|advised|instructed|suggested|insisted|i'd|i’d|id|we'd) ~4 (raise|sort|deal|argue|chase|complain|claim|speak|discuss) ~2 with (them|the|your|my|their|him|her)
(conveniently|handily) | weight=0.5
(courier|couriers|carrier|royal|dpd|dhl|ups|fedex|hermes|evri|parcelforce|yodel|driver|warehouse) ~3 (lost|losing|mislaid|misplaced) ~2 (it|my|the|our|parcel|package|order|item) | weight=0.6
(classed|classified|counted|deemed|considered|treated|logged|marked|recorded|categorised|categorized) as ~1 (accidental|user|customer|water|liquid|physical|impact|misuse|abuse|wear)
(puts|put|putting|chalked|chalks|chalking) ~4 down to
(trying|try|tried|tries) to make out
(said|says|told|tell|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied) ~4 (i|we|you|i'd|we'd) (should|should've|shouldve|should’ve|ought) ~2 (read|checked|known|kept|followed|noticed|realised|realized|looked|insured|backed|registered)
(excuse|excuses) ~6 (courier|couriers|supplier|suppliers|manufacturer|warehouse|system|computer|weather|bank|driver|head|department|glitch|staffing|demand|covid|strike|strikes|factory|partner|contractor)
(trying|try|tried|want|wants|wanted|to|they|you) ~1 blame (me|us|my|the|customers|customer)
(up|down) to the (seller|vendor|merchant|airline|manufacturer|supplier|courier|retailer|bank|insurer|landlord|partner|provider|carrier|marketplace|council|agency|airport|third)
(matter|issue|job|question|case) for (royal|dpd|dhl|ups|fedex|hermes|evri|parcelforce|yodel|courier|couriers|manufacturer|bank|insurer|landlord|supplier|seller|retailer|council|police|airline|airport)
(matter|issue|job|question|case) for the (courier|couriers|manufacturer|bank|insurer|landlord|supplier|seller|retailer|council|police|airline|airport|post|warehouse|carrier|driver)
(said|says|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|according) ~6 (should|should've|shouldve|should’ve|ought) ~2 (spotted|noticed|checked|known|seen|read|followed|realised|realized|insured|backed|registered|kept|looked)
(said|says|told|claimed|claims|insisted|insists|insisting|reckons|reckoned|apparently|suggested|implied|according) ~4 (i|we) (never|didn't|didnt|didn’t|hadn't|hadnt|haven't|havent) (returned|sent|paid|posted|called|told|reported|cancelled|canceled|signed|booked|ordered|contacted|submitted|informed|notified|updated|activated|registered) | noneg
(said|says|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|according) ~8 because (i|we|you) (hadn't|hadnt|hadn’t|didn't|didnt|didn’t|haven't|havent|never|forgot|failed|wasn't|wasnt|weren't) ~2 (updated|update|told|informed|notified|registered|checked|read|called|paid|set|activated|confirmed|returned|submitted|reported|renewed|cancelled|answer|answered|respond|responded|reply|replied|pick|picked|open|opened|hear|heard|collect|collected|sign|signed|home|in|available|there|in) | noneg
+ the agent blamed the courier for losing my parcel
+ they told me it was my fault for entering the wrong address
+ she said it's not their problem and that I should contact the manufacturer
+ classic passing the buck, nobody will take responsibility
+ he claimed I must have dropped the phone even though it arrived cracked
+ apparently it's the warehouse's fault, not theirs
+ they just kept blaming the system
+ store said to take it up with DPD
- I blame your management for this mess
- it's your fault my order is late, sort it out
- my fault, I typed the wrong postcode, they fixed it quickly
- the courier lost it but the shop refunded me straight away
+ the engineer reckoned the fault lies with my landlord's wiring
+ he insisted I must have sat on it
+ the agent said the missing refund is the payment processor's fault
+ according to ur agent the missing refund was the payment processors fault
+ the insurers keep insisting the previous owners caused the leak
- could you tell me if the warranty covers accidental damage?
- the engineer explained the fault was with our old boiler and replaced it for free
# --- paraphrase families (h2) ---
(said|says|saying|told|telling|claimed|claims|claiming|insisted|insists|apparently|according|reckons|reckoned|blamed|excuse|response|answer|reply) ~6 (responsibility|responsibilty|liability|remit)
(contact|call|ring|phone|email|e-mail|chase|ask|speak|talk|write|complain|claim) ~3 (directly|themselves) | weight=0.5
# apostrophe-less possessives in chat spelling
(couriers|manufacturers|suppliers|warehouses|banks|sellers|retailers|airports|airlines|landlords|councils|contractors|installers|drivers|carriers|vendors|brands|makers|partners|providers|networks|engineers|insurers|factorys|posties|postmans|apples|samsungs|amazons|ebays|paypals|evris|hermes|dpds|dhls|fedexs) (fault|responsibility|problem|issue|mistake|error|job|remit|end|side|doing)
not (theirs|ours|his|hers) | weight=0.5, noneg
(not|isn*|isnt|wasn*|aren*|weren*) (their|our|his|her|my) (lookout|look-out|concern|remit|liability|headache|bag)  | noneg
(said|says|saying|told|claimed|claims|claiming|insisted|insists|apparently|reckons|reckoned|according|excuse|blamed|blames) ~6 (in|during) (transit|delivery|shipping|shipment|post|posting|transport|handling) | weight=0.6
(must|probably|definitely|obviously|clearly) ~1 be (my|your|ur|our) ~1 (phone|router|wifi|wi-fi|settings|device|connection|equipment|browser|computer|laptop|wiring|boiler|pipes|internet|broadband|modem|card|bank|network|signal|area|house|flat|installation|usage|end|side|fault|doing|mistake|error|account|email|address|app|software)
(say|says|saying|said|claim|claims|claimed|claiming|insist|insists|insisted|insisting|reckon|reckons|reckoned|tell|tells|telling|told) (i|we) (didn't|didnt|didn’t|never|hadn't|hadnt|haven't|havent|failed|forgot|wasn't|wasnt|weren't|werent) ~2 (cancel|cancelled|canceled|return|returned|send|sent|pay|paid|call|called|tell|told|report|reported|sign|signed|book|booked|order|ordered|contact|contacted|submit|submitted|inform|informed|notify|notified|update|updated|activate|activated|register|registered|answer|answered|respond|responded|reply|replied|collect|collected|show|turn|attend|provide|provided|give|gave|check|checked|read|follow|followed|confirm|confirmed|authorise|authorize|home|in|there|available) | noneg
(someone|somebody|everyone|everybody|anyone|anybody) (else's|elses|else’s) ~1 (fault|problem|responsibility|issue|job|department|mistake|remit)
(always|everyone|everybody|someone|somebody|they) ~3 (blame|blames|blaming) ~2 (else|other|another|each)
not (their|our|his|her|the) (installation|pipework|pipes|pipe|wiring|boiler|work|workmanship|product|products|system|engineer|engineers|end|side|equipment|network|service|part|parts|courier|staff|doing|mistake|error) | weight=0.5, noneg
(can't|cant|can’t|cannot|not|won't|wont|won’t|wouldn*|couldn*|isn*|aren*) ~1 be (held|made) (responsible|liable|accountable) | noneg
(not|aren*|isn*|weren*|wasn*|never) ~1 (responsible|liable|accountable) (for) | noneg
(said|says|saying|told|claimed|claims|claiming|insisted|insists|apparently|reckons|reckoned|according) ~8 (messed|screwed|cocked|mucked|botched|stuffed|fouled|balls*) up | weight=0.6
(we're|were|we’re|they're|theyre|they’re|we|they|we|she|he) ~2 (only|just|merely) (the|a) (retailer|marketplace|reseller|platform|agent|agents|middleman|broker|intermediary|seller|shop|store|distributor|booking|agency|courier|messenger|front)
(scapegoat|scapegoated|scapegoating)
(blame|blamed|blaming) (it|this|that|everything) on
(made|make|makes|making|turned|turning) ~3 (out|into|seem|sound|look|around) ~3 (my|our) (fault|problem|mistake|doing)
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|apparently|reckons|reckoned|according) ~4 (problem|issue|fault|cause) ~3 (my|your|our|ur) ~2 (wifi|wi-fi|router|equipment|device|phone|computer|internet|connection|settings|bank|card|browser|laptop|end|side|fault|mistake|installation|wiring|account|software|app|boiler|pipes|house|flat|area)
+ the shop says its the manufacturers problem not theirs
+ they told me it must be my router causing the drops
+ they claim I didn't cancel in time even though I have the email
+ it's always someone else's fault with this company
+ they said they can't be held responsible for what the courier does
+ the agent said they're only the marketplace and I should chase the seller
+ she made out it was my mistake somehow
- the courier was late but the shop took responsibility and refunded me
- I said it might be my router and the engineer checked it properly
# (h2b) not their pipework; it's on me; should have reported; maybe I'd ...
(said|says|saying|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|according) ~6 (i|we|you) (should|should've|shouldve|should’ve|ought|needed) ~3 reported ~5 (within|sooner|earlier|immediately|straightaway|straight|before|time|damage|fault|delivery|day|days|hours)
(said|says|saying|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|according) ~6 (i|we|you) (should|should've|shouldve|should’ve|ought|needed|had) ~3 (kept|photographed|told|informed|called|noticed|opened|inspected|tested|asked|cancelled|canceled|returned|contacted|declared|insured|measured|signed|claimed|checked|read|known|realised|realized|registered|arrived|booked|paid|emailed)
(suggested|suggesting|implied|implying|insinuated|insinuating|hinted|hinting|assumed|assuming|reckoned|reckons|thinks|thought) ~4 (maybe|perhaps|probably|possibly|obviously) (i|we|i'd|we'd|i’d|id|i’ve|i've|ive|i'm|im|i’m)
(i'd|i’d|id|we'd|we’d|i|we) ~4 (mistakenly|accidentally|accidently|wrongly|carelessly) | weight=0.5
by mistake | weight=0.4
(courier|couriers|carrier|carriers|royal|dpd|dhl|ups|fedex|hermes|evri|parcelforce|yodel|driver|drivers|warehouse|delivery|postman|postie) ~3 (damaged|broke|broken|smashed|dented|crushed|mishandled|dropped|threw|thrown|ruined|cracked) | weight=0.6
(need|needs|needed|have|has|had|must|should|told|asked|advised) ~4 (claim|chase|recover|complain|sort) ~3 (from|with|through|via) (them|the|courier|manufacturer|seller|supplier|insurer|bank|carrier|driver)
(accused|accusing|accuses|accuse) (me|us) of | weight=0.6
(coming|caused|originating|originated|stemming|comes|came) from (next|upstairs|downstairs|neighbour*|neighbor*|above|below) ~2 (door|flat|house|property|building) | weight=0.6
+ the engineer reckons the leak is coming from next door, not their pipework
+ they said I should have reported the damage within a day so it's on me
+ he suggested maybe I'd thrown the letter away by mistake
+ the shop says the couriers damaged it and I need to claim from them
- the damp was coming from next door and our landlord sorted it fast
- I accidentally ordered two and they cancelled one for me
# they say I'd agreed; responsible for the mix-up; misuse; from us not ... (h2c)
(claim|claims|claimed|claiming|insist|insists|insisted|insisting|argue|argues|argued|arguing|reckon|reckons|reckoned|suggest|suggests|suggested|imply|implied|accused|accusing|pretend|pretending|pretended) (i|we|i'd|i’d|id|we'd|we’d) ~2 (agreed|signed|authorised|authorized|requested|ordered|accepted|consented|opted|chose|selected|confirmed|approved|asked|cancelled|canceled|changed|booked|given|gave|entered|typed)
(said|says|saying|told|claimed|claims|claiming|insisted|insists|insisting|apparently|according|reckons|reckoned) ~8 (responsible|liable|accountable|culprit|culprits)
(said|says|saying|told|claimed|claims|claiming|insisted|insists|insisting|apparently|according|reckons|reckoned) ~8 at fault
(said|says|saying|claimed|claims|claiming|insisted|insists|reckons|reckoned|apparently|according|blamed|blames|blaming|told) ~10 (misuse|abuse|behaviour|behavior|driving|usage|handling|neglect|negligence|carelessness|mistreatment|mishandling|tampering|wear)
(from|by|because|cause|cos|due) (us|me|you|our|my|your|ur) (not|never|failing|forgetting|leaving|overloading|misusing|drying|using|opening|having|ventilating|cleaning)
(said|says|saying|claimed|claims|insisted|insists|blamed|blames) ~5 (made|caused|did|messed|screwed|cocked) ~2 (error|mistake|mess|mix-up|mixup|cock-up|cockup|up) | weight=0.6
+ they tried to say I'd agreed to the upgrade on the phone, I never did
+ the store is saying the online team are responsible for the mix-up
+ the dealer claims the fault is due to my driving style
+ the letting agent says the mould is from us not opening the windows
(tried|trying|try|tries) to (say|claim|insist|argue|suggest|imply|pretend|tell|make) ~4 (i|we|i'd|i’d|id|we'd|my|our) | weight=0.6
(i|we) (never|didn't|didnt|didn’t|hadn't|hadnt) ~1 (did|agreed|signed|ordered|asked|requested|authorised|authorized|consented|accepted|touched|dropped|damaged) | weight=0.5, noneg
- I said I'd agreed to pay the deposit and they thanked me
- we are responsible for the garden under our lease, which is fine
# the problem was my card / my provider causing it (h2d)
(problem|issue|error|fault|glitch|cause|culprit) (was|is|were|lies|lay|must) (my|your|ur|our) ~1 (card|bank|phone|router|wifi|wi-fi|settings|device|browser|computer|laptop|connection|equipment|provider|network|isp|installer|electrician|plumber|builder|landlord|wiring|boiler|pipes|house|flat|end|side|account|email|password|app|software|usage|supply|electricity|internet|broadband)
(it's|its|it’s|is|was) (my|your|ur|our) ~2 (provider|network|isp|bank|card|phone|router|wifi|device|settings|browser|computer|laptop|connection|equipment|installer|electrician|plumber|builder|landlord|wiring|boiler|supply|electricity) (causing|caused|causes)
+ customer services claim it's my network provider causing the issue
+ apparently the error was my card, funny how it works everywhere else
+ they said it wasn't their mistake, it was the system
- I think my old router was at fault and the engineer replaced it
# --- r4 families: reported speech the rules missed (en-mixed) ---
# "reckons it overheated because I left it on": a verb of suspicion + because I
(claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|reckon|implied|implies|implying|suggested|suggests|suggesting|insinuated|insinuating|argued|argues|maintained|maintains|adamant|assumed|assumes|concluded) ~8 (because|cos|coz|cuz|cause|bc|since|as) (i|we|i'd|we'd|i’d|id|i've|ive|we've|my|our|you|u|your|ur)
# "suggested I must have overfilled it", "insisted we'd probably misused it":
# a speech verb of suspicion right before I/we + must/probably
(suggested|suggests|suggesting|implied|implies|implying|insinuated|insinuates|insinuating|insisted|insists|insisting|claimed|claims|claiming|reckoned|reckons|reckon|assumed|assumes|assuming|hinted|hinting|accused|decided|concluded|argued|argues|maintained|maintains) ~2 (i|we|i'd|we'd|i’d|we’d|id|i've|ive|we've|i’ve|you|u|my|our) ~2 (must|must've|mustve|must’ve|musta|probably|obviously|clearly|likely|somehow|surely|definitely)
(said|says|saying|told|tells|telling|apparently|according|replied|answered|responded) ~3 (i|we|i'd|we'd|i’d|we’d|you|u) ~1 (must|must've|mustve|must’ve|musta) ~3 (dropped|misused|mishandled|overfilled|overloaded|overcharged|overwound|tampered|abused|mistreated|neglected|forced|knocked|sat|stood|stepped|spilled|spilt|bent|twisted|yanked|pulled|hit|bashed|banged|damaged|broken|broke|cracked|washed|soaked|wet|left|used|installed|plugged|set|fitted|done|caused|forgotten|forgot|ignored|deleted|changed|agreed|signed|ordered|clicked|entered|typed|given|authorised|authorized)
# "you must have dropped it" quoted straight
(you|u|ya|youve|you've|you’ve) (must|must've|mustve|must’ve|musta|probably|obviously|clearly) ~2 (dropped|misused|mishandled|overfilled|overloaded|tampered|abused|mistreated|forced|knocked|sat|stepped|spilled|spilt|bent|twisted|yanked|washed|soaked|bashed|banged)
# "insists it was dropped", "claims it had been misused"
(insisted|insists|insisting|claimed|claims|claiming|reckoned|reckons|assumed|assumes|decided|concluded|maintained|maintains|argued|argues|suggested|suggests|implied|implies|said|says|told|tells|apparently|according|adamant|determined) ~4 (dropped|misused|mishandled|tampered|abused|mistreated|overloaded|overfilled|neglected|mistreatment|mishandling)
# "not our fault / not the restaurant's responsibility" in their mouth
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|replied|answered|responded|maintained|maintains|argued) ~6 (wasn*|isn*|wasnt|isnt|not|never|aren*|weren*) ~3 (fault|responsibility|responsible|liable|doing|remit|concern|lookout|department|problem|issue) | noneg
# "it was the solicitor's fault", "the weather's fault": any possessive
(told|tell|tells|said|says|saying|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|blamed|excuse|response|reply) ~6 (was|is|it's|its|it’s|were|are|being|been) (the|their|his|her) ~1 (fault|responsibility|doing)
(weather's|weather’s|snow's|storm's|strike's|traffic's|holiday's|christmas's|brexit's|covid's|solicitor's|solicitor’s|lawyer's|accountant's|gp's|doctor's|surgery's|dentist's|postman's|postie's|postmaster's|handler's|handlers|handler’s|guest's|tenant's|previous|cleaner's|installer's|fitter's|subcontractor's|subcontractor’s|third-party's|head-office's|hq's|it's|council's|landlord's|mum's|dad's|son's|wife's|husband's|partner's|bank's|isp's|router's|phone's|device's|browser's|app's|region's|area's|postcode's|address's|system's) (fault|responsibility|problem|doing|mistake|error|remit|issue)
# "X's problem, not ours" / "not theirs"
(fault|problem|responsibility|issue|job|department|remit|concern|headache) ~2 not (ours|theirs|us|them) | noneg
# "take it up with the delivery company", "chase the courier"
(take|took|taking|takes) (it|this|that|the|my|your|ur) ~1 up with
(told|tells|telling|asked|advised|instructed|directed|referred|pointed|sent|said|says|saying|insist|insists|insisting|kept|keeps) ~5 (contact|call|ring|phone|email|e-mail|chase|ask|speak|talk|take|complain|deal|sort|claim|go|try|message) ~3 (delivery|shipping|postal|courier|parcel|haulage|logistics|payment|card|insurance|finance|airline) (company|companies|firm|firms|people|provider|providers|guys|lot|partner|partners|agent|agency)
# "it's the bank holding the payment, not them"
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according) ~3 (it's|its|it’s|it|was|is) the ~1 (bank|banks|courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|seller|sellers|vendor|factory|system|network|weather|post|postman|driver|drivers|landlord|council|insurer|provider|retailer|installer|contractor|solicitor|lender|processor|airport|handlers|gateway|app) ~3 (holding|causing|delaying|blocking|stopping|responsible|fault|problem|issue|error|mistake)
+ the manager suggested I must have overfilled it
+ customer services reckoned we'd obviously left it switched on all night
+ the guy in store goes "you must have dropped it mate"
+ Their repair centre is adamant the phone had been dropped
+ she told me it wasn't the hotel's responsibility at all
+ apparently it was the snow's fault, in April
+ they told us it's the payment processor holding the money, not them
+ head office said the mix up was the franchise owner's doing
+ their advice was to take it up with the courier myself
+ the seller told me to contact the delivery company about it
- I must have dropped it myself, so I paid for the repair happily
- the agent said the fault would be fixed by Friday and it was
# --- r5: families from the probe grid (speaker x idea x register) ---
# sarcasm and rhetorical questions: "so now I'm to blame?", "how is that my fault"
now (i'm|im|i’m|we're|we’re|it's|its|it’s) ~2 (blame|fault)
(i'm|im|i’m|we're|we’re) (somehow|apparently|suddenly|now) ~2 (blame|responsible|fault)
(how|why) (is|was|it's|its|it’s) ~2 (my|our) (fault|problem|responsibility|doing)
(how|why) (am|are) (i|we) ~2 (blame|responsible|fault)
# the customer's own handling: "improper use", "handled it roughly"
(improper|incorrect|inappropriate|careless|rough|wrong|incorrectly|improperly) (use|usage|handling|installation|storage|operation|care|maintenance) | weight=0.6
(caused|due|because|result|attributed|blamed|put) ~4 (improper|incorrect|inappropriate|careless|rough|user) (use|usage|handling|installation|storage|operation|care|maintenance)
(because|cos|coz|since|claimed|claims|said|says|insisted|insists|reckons|reckoned|suggested|implied|apparently) (i|we|i'd|we'd|i’d|we’d|id) ~2 (handled|treated|used|installed|stored|charged|washed|fitted|assembled) (it|them|this|the) ~1 (roughly|wrongly|incorrectly|badly|improperly|carelessly)
(you|u|ya) (should|should've|shouldve|should’ve|ought|needed) ~3 (read|followed|checked) ~2 (instructions|manual|guide|terms|print|conditions|label|leaflet)
# the customer's equipment or home: "they say it's my wifi", "claimed my electrics were faulty"
(say|says|saying|reckons|claims|claimed|claiming|insists|insisted|insisting|blames|blamed|blaming) (it's|its|it’s|it|that's|thats|that) ~1 (my|our|ur|your) ~1 (wifi|wi-fi|router|modem|laptop|browser|phone|electrics|wiring|pipes|plumbing|floor|walls|connection|settings|device|computer|equipment|signal|broadband|handset|socket|sockets|drains|roof|aerial|cables|cabling|firewall|antivirus|adblocker|vpn|cookies|cache|fuse|fuses|meter|intercom|doorbell|letterbox|internet|network|printer|tv)
(claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|reckon|apparently|according|blamed|blames|suggested|suggests|implied|implies|adamant|maintains|maintained) ~4 (my|our|ur) ~1 (wifi|wi-fi|router|modem|laptop|browser|phone|electrics|wiring|pipes|plumbing|floor|walls|connection|settings|device|computer|equipment|signal|broadband|handset|socket|sockets|drains|roof|aerial|cables|cabling|firewall|antivirus|adblocker|vpn|cookies|cache|fuse|fuses|meter|intercom|doorbell|letterbox|internet|printer|tv|house|flat|building) ~4 (faulty|problem|issue|fault|old|outdated|incompatible|unsupported|broken|culprit|cause|blame|causing|caused|reason|dodgy|wrong)
(it's|its|it’s|it|that's|thats|that’s) (your|ur) ~1 (wiring|router|wifi|wi-fi|modem|electrics|pipes|plumbing|floor|walls|connection|settings|browser|laptop|phone|device|equipment|fuse|fuses|socket|sockets|drains|aerial|intercom|cabling) | weight=0.5
(said|says|told|tells) ~8 (because|cos|coz|cuz|as) (our|my|ur|your) ~1 (wifi|wi-fi|router|modem|laptop|browser|phone|electrics|wiring|pipes|plumbing|floor|walls|connection|settings|device|computer|equipment|signal|drains|roof|cables|cabling|fuse|fuses|intercom|doorbell|letterbox|building|house|flat|driveway|gate|dog|address|postcode)
# "X was the reason / was why": the excuse named as the cause
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|blamed|blames|excuse|explanation) ~8 (was|is|were|are) the (reason|reasons|cause|culprit|culprits)
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|blamed|blames|excuse|explanation) ~8 (was|is|were|are) why
# third parties: couriers, makers, banks, other teams, the system, the weather
(said|says|told|tells|claimed|claims|insisted|insists|apparently|reckons|reckoned|according|blamed|blames|blaming|excuse|explanation) ~8 (shipping|delivery|logistics|postal|courier|haulage|freight|parcel) (partner|partners|company|companies|firm|service|provider|people|guys|team|driver|drivers|network|agent|contractor) ~4 (lost|mislaid|misplaced|damaged|broke|broken|delayed|messed|fault|problem|responsible|error|mistake|blame|issue|screwed|dropped)
(said|says|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|suggested) ~8 (courier|couriers|driver|drivers|postman|postie|carrier|warehouse|factory|manufacturer|supplier|wholesaler|bank|banks|issuer|paypal|neighbour|neighbor|neighbours|neighbors|delivery|shipping|post|engineer|installer|kitchen|previous|store|branch) ~4 (must|must've|mustve|must’ve|probably)
(said|says|saying|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|blamed|blames|excuse|keep|keeps|kept) ~6 (supplier|suppliers|manufacturer|manufacturers|factory|warehouse|courier|couriers|driver|carrier|wholesaler|distributor|vendor|seller|partner|kitchen|chef|colleague|colleagues|agency|office|department|team|store|branch|shift|system|bank) ~2 (sent|shipped|packed|supplied|gave|delivered|picked|made|put|labelled|labeled) ~2 (wrong|incorrect|faulty|damaged|broken|mistake|error)
(store|shop|branch|office|department|team|warehouse|colleague|colleagues|courier|supplier|bank|system|kitchen|other|another|previous|agency|shift|driver|manufacturer|factory) ~1 (messed|screwed|cocked|mucked|stuffed|botched|fouled) (up|it) | weight=0.6
(told|tells|telling|asked|advised|instructed|directed|referred|sent|said|says|saying|insisted|insists|kept|keeps) ~5 (contact|call|ring|phone|email|e-mail|chase|ask|write|message) ~2 (samsung|apple|sony|lg|bosch|dyson|hp|dell|lenovo|philips|miele|hotpoint|whirlpool|beko|nintendo|microsoft|huawei|xiaomi|canon|nikon|dpd|dhl|ups|fedex|hermes|evri|usps|yodel|paypal|visa|mastercard|klarna|amazon|ebay|airline|airport)
(contact|call|ring|email|e-mail|chase|try) the (carrier|courier|manufacturer|seller|supplier|bank|brand|maker|airline|insurer|post|warehouse|vendor|wholesaler|landlord) | weight=0.5
(we|they|she|he) (don't|dont|don’t|doesn't|doesnt|doesn’t|can't|cant|can’t|cannot) (handle|cover|control) (that|this|those|it|deliveries|shipping|damages|damage|transit) | weight=0.5, noneg
between (you|me|us|yourself|yourselves) and (your|my|ur|the|our) ~1 (bank|card|issuer|courier|manufacturer|provider|insurer|landlord|seller|carrier|supplier|network|isp|maker|brand|airline|delivery)
(courier|couriers|carrier|driver|postman|postie|delivery|warehouse|manufacturer|maker|brand|supplier|wholesaler|factory|vendor|seller|bank|banks|issuer|paypal|processor|kitchen|chef|store|shop|branch|office|department|team|colleague|colleagues|shift|agency|contractor|subcontractor|installer|landlord|council|system|computer|software|algorithm|glitch|weather|snow|storm|strike|strikes|traffic|covid|brexit|airline|airport|insurer|partner|provider|network) ~3 not (us|ours|them|theirs|me|mine|him|her|his|hers|we) | noneg
(decision|decisions|call|doing|choice|department|departments|team|side|end|area|job|issue|mistake|error|fault|problem|responsibility) ~2 not (theirs|ours|hers|his|mine|them|us|me|him|her) | noneg
(not|isn*|wasn*|never) (our|their|his|her) (department's|department’s|team's|team’s|dept's|section's|branch's|store's|shop's|company's|staff's|colleague's) (fault|problem|responsibility|doing|mistake|error|remit|issue)
(another|other|different|previous|last|earlier|former) (colleague|agent|advisor|adviser|member|shift|person|guy|staff|department|team|branch|store|engineer|technician|manager|rep|driver) ~6 not (her|him|them|me|us|theirs|hers|his|ours|mine) | noneg
(says|said|claims|claimed|insists|insisted|told|reckons|reckoned) (it's|its|it’s|it|that's|thats|this) (a|an) (accounts|sales|billing|delivery|courier|bank|banking|warehouse|shipping|marketing|finance|returns|store|online|maintenance|engineering|legal|payments|admin|supplier|manufacturer|manufacturing|landlord|insurance|council|head) (problem|issue|matter|thing|question|department|fault|job)
# the system did it: "the computer did it", "system error", "an IT problem"
(said|says|saying|told|claimed|claims|apparently|according|blamed|blames|insisted|insists|reckons|excuse|excuses|explanation) ~6 (computer|system|systems|software|algorithm|machine|automation|automated|bot|server|servers|programme|program) ~2 (did|does|decided|chose|flagged|made|done|cancelled|canceled|charged|generated|rejected|declined|blocked|automatically|glitched|crashed|error|glitch|fault)
(saying|said|says|blamed|blames|blaming|excuse|excuses|explanation|claimed|claims) ~6 (system|computer|technical|it|software|server|network|tech) (error|glitch|fault|issue|problem|errors|glitches|problems|issues|bug)
(no|zero) control over (it|this|that|the) | weight=0.5
(deny|denied|denies|denying) ~3 (mistake|mistakes|error|errors|wrongdoing|fault|faults|negligence)
(says|said|claims|claimed|insists|insisted|told|reckons|apparently|according) ~4 (manufacturing|manufacturer|factory|production) (defect|fault|issue|problem|error|flaw) | weight=0.5
(beyond|outside) (our|their) (control|remit)
# the warranty excuse: "opened by a third party", "repaired by an unauthorised shop"
(opened|tampered|repaired|serviced|modified|altered|fixed|fitted|installed|handled|damaged) by (a|an|some) ~1 (third|third-party|unauthorised|unauthorized|unapproved|non-approved|unofficial|independent)
# not our responsibility, not on me, disclaimed liability
(disclaim*|abdicat*|dodg*|shirk*|evad*|sidestep*|duck*) ~3 (liability|responsibility|responsibilities|blame|accountability)
not on (me|us|them|him|her) | noneg, weight=0.6
(above|beyond) (my|his|her|their|our) (pay|paygrade|payscale) | weight=0.5
# denying any error
(they|she|he|staff|company|agent|insisted|insists|claimed|claims|said|says|maintains|maintained|adamant|swears|swore) ~3 (did|done|do|doing) nothing wrong | noneg
(said|says|claimed|claims|claim|insist|insisted|insists|maintain|maintains|maintained|adamant|swears|swore|told|according|apparently) ~4 (no|nothing|never) ~2 (wrong|error|errors|mistake|mistakes|fault|faults|problem|problems|issue|issues) ~2 (on|at|from) (their|our|his|her) (side|end|part) | noneg
(won't|wont|won’t|refuse*|never|wouldn*|didn*|unwilling|reluctant) ~3 (admit|admits|admitted|accept|acknowledge|concede|concedes) ~4 (wrong|mistake|error|fault|messed|screwed|blame) | noneg
(records|notes|logs|system|computer) (show|shows|showed|say|says|said|state|states|indicate|indicates) ~3 (everything|all|nothing|no) ~2 (correct|fine|right|wrong|order|error|mistake)
(left|leaves|dispatched|sent|shipped|packed|was) ~4 (in|with) (perfect|good|excellent|pristine|working|mint|full) (condition|order|shape|nick|state) | weight=0.6
(claims|claimed|claim|insist*|maintain*|adamant|swear*|swore) ~6 (perfect|pristine|mint|good|working|fine) (condition|order|shape|nick|state) | weight=0.6
(can't|cant|can’t|cannot|couldn't|couldnt) be (theirs|ours|their|our|his|hers) | noneg
(adamant|insists|insisted|insisting|swears|swore|maintains|maintained|claims|claimed) ~4 (their|our|his|her|the) ~2 (software|system|product|products|service|staff|team|engineer|driver|site|website|app|equipment|network|line|boiler|work|installation|process) ~2 (has|had|have|is|was|were|are) ~1 (no|not|nothing|fine|perfect|working|correct|right|flawless)
(swore|swears|adamant|insisted|insists|maintains|maintained|claims|claimed|claiming|reckons|reckoned|said|says) ~6 (working|fine|perfect|intact|undamaged) when (he|she|they|it) ~1 (left|fitted|installed|delivered|dispatched|checked|handed|arrived|collected)
(process|procedure|procedures|protocol|protocols) (was|were|had|has) ~1 followed | weight=0.6
(says|said|claims|claimed|insists|insisted|maintains|maintained|adamant|according) ~6 (acted|behaved|handled|followed|processed) ~3 (correctly|properly|appropriately|right|book)
# accusing the customer of lying, fraud, keeping the goods
(accused|accuses|accusing|accuse) (me|us|my|him|her) ~2 (lying|fraud|scamming|scam|faking|exaggerating|inventing|keeping|pocketing|swapping|switching|fabricating|trying|attempting|abusing|making|hiding)
(was|were|been|being|got|get|gets) accused of
(called|calling|calls|branded|labelled|labeled) (me|us|my|him|her) ~1 (liar|liars|fraud|fraudster|scammer|scammers|thief|thieves|cheat|cheats|chancer|con)
(suggested|suggesting|implied|implying|accused|accusing|insinuated|insinuating|thinks|think|thought|claimed|claims|hinted|reckons|reckoned) ~5 (making|made|make|makes) ~4 up
(think|thinks|thought|suggested|suggesting|implied|implying|insinuated|insinuating|assumed|assume|assumes|accused|accusing|reckons|reckoned|believed|believes|apparently|claimed|claims|decided|treated|treating) ~4 (i'm|im|i’m|i|we|we're|we’re|i've|ive|i’ve|i'd|i’d|id|me|us) ~3 (lying|lied|liar|liars|scamming|scam|scammer|fraud|fraudster|cheating|stealing|exaggerating|fabricating|faking|pocketing|hiding|thief|thieves|criminal|crook)
(implied|implies|implying|insinuated|insinuates|insinuating|hinted|hinting|suggested|suggesting|claimed|claims|claiming|insisted|insists|accused|accusing) (i|we|that) ~2 (had|i'd|we'd|i’d|we’d) (eaten|used|worn|broken|damaged|lost|kept|received|opened|taken|swapped|switched|stolen|hidden|thrown|binned|misplaced|changed|tampered|drunk|consumed|finished|sold|faked)
(claimed|claims|claiming|insisted|insists|accused|accusing|suggested|implied|insinuated|reckons|reckoned|thinks|thought) (i|we|that) ~1 (swapped|switched|stole|kept|ate|wore|hid|sold|faked|fabricated|invented|lied|took|pocketed|substituted)
(said|says|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|suggested|implied) ~6 (i|we|you) (must|must've|mustve|must’ve|musta|probably) ~2 (received|kept|got|taken|had|signed|collected|picked|eaten|used|worn|thrown|binned|lost|hidden|sold|swapped|switched)
(didn't|didnt|didn’t|won't|wont|won’t|wouldn't|wouldnt|wouldn’t|refused|refuse|refuses|refusing|doesn't|doesnt|doesn’t) ~1 (believe|believed) (me|us|my|that|what) | noneg
(took|takes|taking|take) (his|her|their|the) ~2 word over (mine|ours|me|us|my)
+ so now it's MY fault the parcel got soaked?
+ the helpdesk claims my laptop is outdated and that's the problem
+ the plumber goes "it's your fuses, not our work"
+ they told me the snow was the reason my refund is late
+ the shop reckons the delivery company lost it, not their concern
+ that's between you and your card issuer, the agent wrote
+ the waiter said the kitchen messed up, not him
+ the rep kept saying technical error like it wasn't their own software
+ they insist there was no mistake on their side
+ I was accused of fraud for asking where my parcel was
+ the manager thinks I'm lying about the damage
+ she claimed I swapped the item for an old one
- I used it wrongly at first, my bad, support showed me how
- I said it's my router that needs replacing and the engineer agreed
- the courier was great, not a scratch on the box
- there was no problem on their side, I had simply typed my email wrong
# --- r7 industry: possessives of parties named in other industries (sender, rider, adjuster, GP practice, operator...)
(sender's|sender’s|rider's|rider’s|recipient's|recipient’s|adjuster's|adjuster’s|assessor's|assessor’s|surveyor's|surveyor’s|clinic's|clinic’s|practice's|practice’s|gp's|gp’s|consultant's|consultant’s|caseworker's|station's|station’s|utility's|supplier’s|router's|router’s|modem's|handset's|device's|antivirus's|browser's|isp's|isp’s|bank’s|lender’s|insurer’s|restaurant’s|hospital’s|courier’s|merchant’s|partner's|landlord’s|installer’s|carrier’s|airline’s|council’s) (fault|responsibility|problem|issue|job|mistake|error|doing|remit|blame|end|side)
# someone else in the company "must have" got it wrong
(someone|somebody|colleague|colleagues|predecessor|previous|other|another|whoever) ~3 must ~1 (have|of) ~2 (misread|misheard|misunderstood|mistyped|misquoted|miskeyed|mixed|mis-sold|misinformed|keyed|entered|typed) | noneg
+ the depot told me it's the sender's problem, not theirs
+ restaurant said it was the rider's fault the drinks were missing
+ the agent claimed someone must have misread the tariff when I signed up
- I think the sender's address was wrong on my side, my mistake
- my rider's helmet was a lovely colour

# --- r8 paraphrase: "made out / acted like it was me", "a Royal Mail thing", pointing at each other, nobody owns it, "put it on the courier"
(made|make|makes|making) out ~4 (i|we|i'd|we'd|i’d|we’d|id|i'm|im|i’m|it|it's|its|it’s|was|were) ~4 (damaged|broke|broken|dropped|caused|misused|mishandled|fault|lying|lied|cancelled|canceled|forgot|forgotten|tampered|wrong|scamming|faking)
(acted|acting|acts|act|behaved|behaving|talked|talking) (like|as) ~4 (i|we|i'd|we'd|i’d|it|it's|its|it’s|was|were) ~4 (damaged|broke|broken|dropped|caused|misused|mishandled|fault|problem|lying|lied|cancelled|canceled|forgot|forgotten|tampered|wrong|doing|mistake)
(said|says|reckons|reckoned|claims|claimed|insisted|insists|apparently|according|told|tells|blamed|maintains) ~6 (courier|couriers|mail|post|postal|office|bank|manufacturer|supplier|warehouse|landlord|carrier|dpd|dhl|ups|fedex|evri|hermes|yodel|insurer|council|airline|airport|network|provider|factory|maker|seller|vendor|brand|installer|contractor|head|it|accounts|billing) (thing|matter|issue|problem|job|area|department|question)
(points|pointed|pointing|point) ~1 at ~2 (other|another|each|everyone|everybody|someone|somebody|landlord|agent|agency|courier|couriers|manufacturer|supplier|bank|council|department|team|insurer|builder|contractor|warehouse|head|office|store|branch|seller|carrier|driver|installer|factory|management)
(nobody|noone|no-one|none) ~2 (owns|owned|own) (it|up|this|that|the|responsibility) | noneg
no one ~2 (owns|owned|own) (it|up|this|that|the|responsibility) | noneg
(put|puts|putting|pinned|pin|pins|shoved|shifted|palmed) it (on|onto) ~2 (courier|couriers|delivery|driver|drivers|postman|post|bank|manufacturer|supplier|warehouse|landlord|carrier|factory|installer|contractor|council|system|computer|weather|me|us|customer|customers|colleague|colleagues|department|team|shift|agency|seller|vendor)
+ The service centre made out that I'd damaged the jug myself.
+ She acted like it was my fault the form went missing.
+ The agent reckons the lost parcel is a courier thing and won't chase it.
+ The letting agent points at the landlord and the landlord points back at the agent.
+ Nobody owns it, every department says talk to someone else.
+ He put it on the delivery company straight away.
- The courier made out the label and handed it to me.
- I pointed at the model I wanted and the assistant fetched it.

# --- r9a: "the courier's business, not theirs"; "another department's responsibility";
# "it's on me, according to the bank"; "caused by the booking site"
(another|other|different|separate|sister|partner) (department's|department’s|team's|team’s|branch's|branch’s|store's|store’s|office's|office’s|company's|company’s|section's|section’s|division's|division’s) (responsibility|problem|fault|issue|job|remit|business|concern|lookout|area)
(courier's|courier’s|manufacturer's|manufacturer’s|supplier's|supplier’s|bank's|bank’s|seller's|seller’s|airline's|airline’s|landlord's|landlord’s|insurer's|insurer’s|warehouse's|warehouse’s|carrier's|carrier’s|driver's|driver’s) (business|lookout|headache|remit|job|concern|department)
(it's|its|it’s|that's|thats|that’s) on (me|us) | weight=0.5
(it's|its|it’s|that's|thats|that’s|was) down to (me|us) | weight=0.5
(said|says|claimed|claims|insisted|insists|apparently|according|told|blamed|reckons|reckoned) ~6 (caused|created|triggered) by (the|a|their|our|your|my) ~2 (courier|couriers|booking|site|website|supplier|manufacturer|system|agency|airline|bank|partner|platform|third|contractor|warehouse|driver|operator|app|other|software|computer)
+ The chat said my parcel was the courier's business, not theirs.
+ Every time I ring, the delay is another department's responsibility.
+ Apparently the double charge happened because I "pressed the button twice". It's on me, according to your bank.
+ The hotel said the overbooking was caused by the booking site.
- The courier's van was outside at 9 and the driver was lovely.
- Dinner's on me next time, said my brother.

# --- r10a voices: formal, chat, agent-summary and non-native wordings ---
# "attributed the delay to the haulage firm", "attributable to the courier"
(attributed|attributing|attributes|ascribed|ascribing|ascribes) ~6 to (the|my|your|our|a|their|his|her|an|me|us) ~3 (courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|carriers|bank|banks|factory|maker|brand|seller|sellers|vendor|contractor|subcontractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|parcelforce|yodel|openreach|landlord|council|airport|airline|insurer|insurers|garage|haulier|haulage|distributor|retailer|marketplace|network|networks|provider|partner|partners|delivery|postman|postie|gp|surgery|previous|former|other)
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~8 (attributable|attributed|ascribed|owing|owed) to ~3 (courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|carriers|bank|banks|factory|maker|brand|seller|sellers|vendor|contractor|subcontractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|parcelforce|yodel|openreach|landlord|council|airport|airline|insurer|insurers|garage|haulier|haulage|distributor|retailer|marketplace|network|networks|provider|partner|partners|delivery|postman|postie|gp|surgery|previous|former|other)
# "held me accountable / responsible for the broken kettle"
(held|hold|holds|holding) (me|us|him|her|the|customer|customers) ~2 (accountable|responsible|liable|culpable)
(made|make|makes|making) (me|us|him|her|them) ~2 (feel|look|seem|sound) ~2 (responsible|guilty|liable|accountable|culpable)
made to (feel|look|seem) ~2 (responsible|guilty|liable|accountable|culpable)
# "an oversight on my part", "error from my side" in their mouth
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~10 on (my|our|your|ur|his|her) part
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~8 (on|from|at) (my|your|ur) ~3 (side|end)
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~8 (on|from) the ~2 (company|delivery|courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|carriers|bank|banks|factory|maker|brand|seller|sellers|vendor|contractor|subcontractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|parcelforce|yodel|openreach|landlord|council|airport|airline|insurer|insurers|garage|haulier|haulage|distributor|retailer|marketplace|network|networks|provider|partner|partners|postman|postie|gp|surgery) ~1 (side|end)
# "caused by the previous tenant", "done by the courier"
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~8 (caused|done|damaged|broken|lost|started|made|created|triggered) by (the|my|your|a|our|an|me|us|him|her|them) ~2 (courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|carriers|bank|banks|factory|maker|brand|seller|sellers|vendor|contractor|subcontractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|parcelforce|yodel|openreach|landlord|council|airport|airline|insurer|insurers|garage|haulier|haulage|distributor|retailer|marketplace|network|networks|provider|partner|partners|delivery|postman|postie|gp|surgery|previous|former|other)
# "it's on openreach", "that's on the bank"
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~6 (that's|thats|that’s|it's|its|it’s|is|was|are|were|all) on ~1 (courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|carriers|bank|banks|factory|maker|brand|seller|sellers|vendor|contractor|subcontractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|parcelforce|yodel|openreach|landlord|council|airport|airline|insurer|insurers|garage|haulier|haulage|distributor|retailer|marketplace|network|networks|provider|partner|partners|postman|postie|gp|surgery)
# "it's your router not us", "the council lost it, not them", "from the delivery company side, not from them"
(your|ur|yours|my) ~3 not (us|them|ours|theirs) | noneg
not from (them|us|their|our|him|her) ~1 (side|end) | noneg, weight=0.6
(mistake|fault|problem|issue|error|glitch) (is|was|are|were|coming|came) (from|on) ~3 (side|end) ~2 not | noneg
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~6 the (ones|one|people|guys|lot|person) (who|that|what|which) ~2 (lost|broke|broken|damaged|caused|messed|made|did|sent|missed|forgot|mislaid|misplaced|dropped|screwed|cocked|delayed|cancelled|canceled|charged|mixed|messed|botched)
always (someone|somebody|sombody) else | weight=0.6
# "we were not responsible", "the store isn't liable"
(we|they|he|she|store|shop|bank|company|firm|branch|hotel|airline|agent|staff|restaurant|garage|dealer|landlord|agency) ~1 (weren*|aren*|wasn*|isn*|not|never) (responsible|liable|accountable|culpable) | noneg
# "said I should have been home", "should've been in"
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~6 (i|we|you|u) ~3 (should*|ought|shoulda) ~2 (been|stayed|waited|be) ~1 (home|in|available|present|around|there|awake|ready|upstairs|downstairs|on) 
# "suggested I had supplied incorrect details"
(said|says|saying|told|tells|telling|claimed|claims|claiming|insisted|insists|insisting|reckons|reckoned|apparently|according|suggested|suggests|implied|implies|contended|contends|maintained|maintains|argued|argues|informed|advised|stated|states|replied|answered|responded|explained|blamed|excuse|response|reply|reckon|go|goes|went) ~4 (i|we|you|u) ~3 (supplied|provided|submitted|uploaded|gave|given|wrote|written|selected|picked|booked|quoted|sent|entered|typed|chose|used|put|filled) ~4 (wrong|wrongly|incorrect|incorrectly|invalid|inaccurate|mistaken|faulty|bad|improperly)
+ The depot attributed the delay to the haulage firm and washed their hands of it.
+ The receptionist held me responsible for a lamp that was broken when we checked in.
+ She made me feel responsible for the system crash that cancelled my order.
+ The adviser maintained the refusal was down to an oversight on my part.
+ Agent said the error came from the bank side, not from them.
+ they go its ur modem not us, its not my modem
+ Caller states the insurer insisted the leak was caused by the previous owner.
+ Customer says staff told her the outage is on openreach.
+ the clerk claimed we had supplied incorrect passport numbers
+ support said i shouldve been home when the driver came
- I hold you responsible for this mess and want a refund.
- I'll be home all day, so the driver can come any time.
- They said the fault was on their side and fixed it the same day.
# --- r10a: mutual finger-pointing; "dismissed it as user error"
(pointing|pointed|points|point|blaming|blamed|blames) ~2 (each|one) (other|another)
(dismissed|dismissing|dismisses|wrote|written|writing|writes|brushed|brushing) ~3 as ~2 (user|customer|operator|human|my|our|accidental|misuse|abuse|mishandling)
+ the shop and the courier keep pointing at each other and nobody helps
+ they dismissed the crack as accidental damage even though it arrived that way
- we pointed out each other's favourite dishes on the menu

# --- r11a voices (review / relative / supplier / voicemail) ---
# origin placed on the customer's side: "the error originated with our PO system",
# "occurred at our premises", "must have happened on my watch"
(said|says|told|claimed|claims|insisted|insists|maintain|maintains|maintained|stated|states|informed|advised|asserted|alleged|reckons|reckoned|apparently|according|concluded) ~8 (originated|originates|occurred|occurs|happened|arose|arisen|stemmed|stems|started|began|begun) ~2 (with|at|on|in|from|during) (our|my|your|ur|his|her) ~2 (premises|end|side|system|systems|team|staff|site|house|home|property|storage|equipment|network|wiring|device|installation|warehouse|building|purchase|order|account|handling|care)
(happened|occurred|done|caused|broken|damaged|lost) ~2 on (my|our|your|ur|his|her) watch
# formal ownership refusals: "declined to take any further ownership", "zero accountability"
(declined|declines|declining|reluctant|refused|refuses) ~2 (take|accept|assume|admit|own) ~4 (responsibility|blame|liability|fault|ownership|accountability) | noneg
(zero|nil) (accountability|ownership) | weight=0.5
(lack|lacking) of (accountability|ownership)
# blaming something the customer (or a relative) did: "because he'd been fiddling", "because she shared her details"
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|suggested|implied|blamed|accused|maintained|maintains|stated) ~8 (because|cos|coz|cuz|since) (he|she|he'd|she'd|hed|shed|he's|she's|they'd|mum|dad|mother|father|nan|gran|grandma|grandad|son|daughter|husband|wife) ~3 (fiddl*|tamper*|shar*|misus*|drop*|overload*|forg*|fail*|ignor*|touch*|click*|gav*|enter*|typ*|mishandl*|neglect*|didn't|didnt|didn’t|hadn't|hadnt|hadn’t|never|wrongly|incorrectly)
# third party named as cause in a speech clause, with gutters, insurers, surgeries ...
(said|says|saying|told|telling|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|maintained|maintains|stated) ~8 (because|cos|coz|cuz|due) ~3 the ~2 (gutters|guttering|drains|drainage|insurance|insurer|insurers|surgery|gp|council|pharmacy|hospital|haulier|hauliers|supplier|suppliers|warehouse|courier|couriers|manufacturer|factory|landlord|contractor|subcontractor|airline|airport|handlers)
# the excuse phrased as "the line/story/position is that the supplier ..."
(line|story|stance|position|version|excuse|explanation) (is|was) that ~6 (supplier|suppliers|courier|couriers|manufacturer|manufacturers|factory|warehouse|carrier|haulier|insurer|bank|landlord|council|contractor|subcontractor|airline|airport|system|computer|previous)
# passive "tipped/damaged by the warehouse lads" in a speech clause
(said|says|told|claimed|claims|insisted|insists|reckons|reckoned|apparently|according|maintained|maintains|stated) ~6 (damaged|broken|tipped|dropped|lost|mishandled|cracked|smashed|dented|crushed|bent|scratched|contaminated|misrouted|delayed|done|caused) ~3 by the ~2 (courier|couriers|driver|drivers|crew|lads|factory|manufacturer|supplier|depot|carrier|handlers|airline|airport|post|contractor|subcontractor|installer|previous|haulier|warehouse|fitters|engineers)
# "pointing at their pricing engine", "it's not us", "that's the courier, we just hand it over"
(pointing|pointed|points|point) (at|to) (the|their|its|a|some) ~2 (system|engine|algorithm|software|computer|courier|couriers|supplier|manufacturer|warehouse|bank|insurer|landlord|contractor|subcontractor|haulier|carrier|glitch)
(it's|its|it’s|that's|thats|that’s) not (us|them|him|her) | noneg
(that's|thats|that’s|it's|its|it’s) (the|a|an) ~1 (courier|couriers|carrier|manufacturer|manufacturers|supplier|warehouse|bank|insurer|insurance|airline|post|council|landlord|seller|vendor|haulier) (problem|issue|thing|matter|fault|side|end|department)
(that's|thats|that’s) (the|a|an) (courier|couriers|carrier|manufacturer|supplier|warehouse|bank|insurer|airline|post|council|landlord|seller|vendor|haulier) | weight=0.5
(we|they|we're|they're|were|theyre|we’re|they’re) (just|only|merely) (hand|pass|sell|list|supply|process|book|forward|resell|broker|arrange) | weight=0.5
(attributed|attributing|ascribed|ascribing) ~4 to (our|my|us|me)
# "the fault was down to the toner we purchase"
(said|says|told|claimed|claims|insisted|insists|insisting|reckons|reckoned|reckon|apparently|according|maintained|maintains|stated|states|saying|claiming) ~8 down to ~4 (we|i|i'd|we'd|i’d|we’d|id|i've|ive|we've|weve|you|u|you'd|you've) (=buy|bought|=purchase|=use|chose|chosen|=choose|fitted|supplied|installed|ordered)
+ the driver said it was tipped over by the warehouse lads, not him
+ your accounts team maintain that the error originated with our own ordering system
+ they basically told my mum it broke because she'd been fiddling with the settings
+ your coordinator declined to take any ownership of the missing pallets
+ the lad reckons it's down to the cheap filters we buy
+ the fitters reckoned it was all down to the cheap filters I'd bought
+ oh that's the courier, we just hand it over to them
- I declined to take the replacement and asked for a refund instead
- the warehouse lads were brilliant and loaded the van for us

# --- r13 thesaurus pass: shifting / dodging / disowning responsibility
(shifted|shifting|shifts|shift|deflected|deflecting|deflects|deflect|offloaded|offloading|offload|offloads|passed|passing|pushed|pushing|dumped|dumping|palmed|palming) ~3 (responsibility|liability|accountability)
(dodged|dodging|dodges|dodge|ducked|ducking|ducks|duck|evaded|evading|evades|evade|shirked|shirking|shirks|shirk|sidestepped|sidestepping|abdicated|abdicating|disowned|disowning|disclaimed|disclaiming|disclaims) ~3 (responsibility|responsibilities|liability|blame|accountability|fault)
(blame-shifting|blameshifting|blame-shift|scapegoating|scapegoats|scapegoated|scapegoat)
blame shifting
(shifting|shifted|shift|shifts|passing|passed|pushing|pushed|deflecting|deflected) the (fault|responsibility|blame|liability)
(covering|cover|covered|covers) (their|his|her|its|your) (backs|back|arse|arses|ass|asses|butt|butts|behind|behinds) | weight=0.6
(blaimed|blammed|blamming|blamig|blameing|blaimed|blamd|blammed)
(said|says|claimed|claims|insisted|insists|reckons|reckoned|told|tells|argued|maintained|implied|accused) ~6 (i'm|im|i’m|i|we|we're|we’re|me|us) ~2 at fault
(apparently|said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|according|replied) ~4 (fault|blame|responsibility|liability|error|mistake) (is|was|lies|lay|rests|sits|sat) (with|on|at) ~3 (royal|courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce|post|office|council|landlord|airline|airport|partner|provider|network|insurer|agency|retailer|head|system)
+ The agent kept dodging responsibility and shifted liability onto the courier.
+ Apparently the fault lies with Royal Mail, not them.
+ Typical scapegoating, they said I was at fault for the leak.
- The engineer accepted it was their fault and fixed it free of charge.
- I take responsibility for ordering the wrong size.

# --- en14a: claimed the damage happened after he left
(said|claimed|claims|claiming|reckons|reckoned|insisted|insists|suggested|suggests|maintains|maintained|alleged|alleges|says) ~6 (damage|damaged|broken|broke|cracked|scratched|dented|happened|occurred|smashed) ~4 after (he|she|they|delivery|it|the|we|i) ~2 (left|delivered|delivery|dropped|gone|signed|arrived)
+ the driver claimed the damage happened after he left
+ driver reckons it got damaged after he left, rubbish
+ courier insists the parcel was broken after delivery was signed for
- the damage happened after he left, I admit, my dog knocked it over
- The driver said the leg cracked after he lifted it and apologised straight away.

# --- r14b: saying/grounds 'not secured properly'; told I was responsible; brought it on myself; the computer did it; beyond your control
(saying|stating|grounds|claiming|insisting|alleging|alleged|suggesting|implying|told|telling) ~6 (wasn*|weren*|didn*|hadn*|haven*|not|never) ~3 (correctly|properly|right|carefully|securely) | noneg
(said|shouted|yelled|screamed|told|insisted|claimed|saying|shouting|yelling|screaming|telling|implied|implying) ~5 (i|we) (was|were|am|are) ~1 (responsible|liable|culpable)
(said|shouted|yelled|screamed|told|insisted|claimed|saying|shouting|yelling|screaming|telling|reckons|implied|implying) ~6 (brought|bring) ~2 on (myself|ourselves|themselves)
(attributed|attributing|attributes|blamed|blaming|blames) ~5 (computer|system|software|technical|it|algorithm) ~1 (error|errors|glitch|glitches|fault|issue|problem|bug)
(goes|said|says|claimed|claims|reckons|insisted|insists) ~3 (computer|system|software|algorithm) (did|done|does|messed|made|caused)
(beyond|outside) (your|its) (control|remit)
(so|therefore|meaning|implying|suggesting) ~2 (i|we) (must|must've) ~3 (damaged|broken|broke|dropped|caused|misused|mishandled)
+ the insurer declined my claim on the grounds that it was not secured properly
+ she shouted at me that I was responsible for not reading the terms
+ the guy reckons I brought it on myself by not reading the contract
+ she attributed the double charge to a computer error and moved on
+ she goes the computer did it and shrugged
+ your reply is that the courier's delays are beyond your control
- I admit I brought it on myself by ordering late
- the computer error was fixed in minutes and they apologised

# --- r14b: the courier's problem and 'not up to us'
(courier*|carrier*|supplier*|manufacturer*|warehouse*|depot*|driver*) ~4 (problem|problems|issue|issues|fault|delay|delays|capacity|backlog) ~6 not up to (you|them|us) | noneg
+ the courier's got capacity problems and it's not up to you, apparently
- the courier was fast and the choice was not up to us anyway

# --- en15b: "the postal service's responsibility, not yours"; "accused me of washing it wrong";
#     "you must have clicked something wrong"; "put the fault down to power surges in my flat"
(responsibility|fault|problem|liability|doing|issue|mistake) ~2 not (yours|theirs|his|hers) | noneg
(postal|post|mail|delivery) ~1 (service|service's|services|office|office's|company|company's|firm|firm's) ~3 (fault|responsibility|responsible|problem|issue|blame|error|mistake|liable) | weight=0.6
(accused|accuses|accusing|accuse) (me|us|him|her|them) of ~4 (wrong|wrongly|incorrectly|improperly|badly|carelessly|roughly) | noneg
(you|u|ya) (must|must've|musta|mustve) ~2 (clicked|pressed|set|typed|touched|ticked|pushed|installed|configured|plugged|dropped|deleted|changed|entered|selected|chosen|tapped|unplugged|reset) ~3 (wrong|wrongly|incorrectly|something|yourself)
(put|puts|putting|chalked|chalks|chalking) ~6 down to ~4 (my|our|me|us|customer|customers|user|misuse|power|voltage|surge|surges|electrics|electricity|wiring|water|moisture|damp|humidity|handling|usage|courier|couriers|manufacturer|supplier|contractor|installer)
(attributed|attributes|attributing) ~6 to ~3 (my|our|power|voltage|surge|surges|electrics|wiring|misuse|water|moisture|damp|handling|usage|courier|manufacturer|supplier|contractor|installer)
+ Your email says the delay is the postal service's fault, not yours.
+ They accused me of assembling it incorrectly.
+ "You must have pressed something wrong," the agent said.
+ The engineer chalked the dead boiler down to the water pressure in my house.
- I think I must have clicked something wrong, it works now.
- Whose responsibility is it to book the engineer, yours or mine?

# --- en16b: "it was MY OWN fault", in staff's mouth across a longer gap
(said|says|told|tells|yelled|shouted|screamed|snapped|insisted|insists|claimed|claims|implied|implies|reckons|reckoned|according|basically|apparently|suggested|lectured) ~8 (my|our|your) own (fault|mistake|doing|lookout|problem)
+ he shouted down the line that it was totally my own fault
+ the rep basically told us the whole mess was our own doing
+ she insisted it was all my own mistake for not checking
- I was in the wrong queue, my own fault, and they were lovely
- honestly my own mistake, the agent fixed it fast

# --- en16a: "because I'm supposedly using it wrong"
(supposedly|allegedly|apparently|reportedly) ~3 (using|used|use|misusing|misused|handling|handled|installing|installed|operating|operated|storing|stored|charging|charged|washing|washed|treating|treated) ~3 (wrong|wrongly|incorrectly|improperly|badly|incorrect|roughly)
(i'm|im|i’m|i|we|we're|i've|ive) (supposedly|allegedly) ~3 (blame|fault|responsible|caused|misused|damaged|broke|dropped)
+ They won't replace it because I'm supposedly using it wrong.
+ Apparently I've been charging it incorrectly, so it's on me.
- I was using it wrong, the manual explained it and now it works.
- I asked to speak to someone with more authority and got nowhere.
- The guard accused my son of stealing a chocolate bar he had paid for.
- Zero accountability from this firm, my garden is still dug up.

# --- r19a paraphrase: third party named in quoted speech ("they go 'that's the
# bank'", "he was like it's the courier"); formal reporting verbs (informed,
# alleged, asserted) added to the reporting-verb lists above
(go|goes|went|like|said|says|saying|told|tells|reckon|reckons|reckoned|claim|claims|claimed|insist|insists|insisted|replied|answered|response|reply|informed|apparently) ~3 (that's|thats|that’s|it's|its|it’s) ~2 (the|a|your|ur|their|my) ~1 (courier|couriers|provider|processor|bank|manufacturer|supplier|warehouse|carrier|seller|vendor|maker|installer|contractor|subcontractor|insurer|landlord|council|network|retailer|marketplace)
+ she was like it's the courier, nothing we can do
+ every time I ring they go that's your card provider, talk to them
+ The clerk informed me that I had plugged it in wrong.
- it's the courier I'm cross with, your shop was great
- thats the bank holiday for you, everything shut
# a plural possessive is the word and a quote mark to the tokeniser
# ("couriers' fault" is couriers + ' + fault)
(couriers|manufacturers|suppliers|sellers|builders|colleagues|handlers|senders|riders|cleaners|departments|teams) (fault|responsibility|problem|mistake|error|doing|remit|blame|liability)
+ she said it was the couriers' fault and hung up
+ apparently it's the manufacturers' responsibility, not theirs
- the couriers were friendly and the parcel came early

# --- s11 round: reported "you/I must have / should have / it was because I..." and "it's on you" forms
(goes|went|says|replied|snapped|retorted|basically|apparently) ~3 (that's|thats|it's|its) on (you|u|me|us)
+ The woman at the desk just goes, sorry, that's on you, you ticked the box.
+ He replied that's on you mate, read the small print.
- That's on you, not me, your size guide is wrong.
- Honestly that one's on me, I gave the wrong date.
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|replied|answered|response|reply) ~4 (i|we|you|i'd|we'd) (should|should've|shouldve|ought) ~2 (noted|declared|photographed|mentioned|paid|ordered|booked|measured|tested|inspected|refused|signed|called|rung|phoned|contacted|cancelled|canceled|returned|chosen|picked|selected|asked|opened|taken|kept|used|bought|upgraded|renewed|queried)
+ The branch told me I should have cancelled the stolen card sooner, as if that changes anything.
- The agent told me I ought to have reported it through the website.
+ Their reply was that we should've measured the doorway before ordering.
- I know I should have measured the doorway first, that one is my mistake.
- Should I have reported it sooner?
(said|says|told|tells|claimed|claims|insisted|insists|insisting|reckons|reckoned|apparently|suggested|implied|according) ~6 (i|we|you|i'd|we'd) (must|must've|mustve|probably|obviously|clearly) ~2 (booked|ordered|selected|chose|chosen|pressed|picked|knocked|missed|misread|mixed|confused|deleted|unsubscribed|ticked|unticked|skipped|ignored|dismissed|overlooked|swapped|muddled|bumped|tripped)
+ The receptionist said we must have booked through a different website.
+ He reckoned I'd probably knocked the setting by accident.
+ Support insisted I must've unsubscribed from the alerts myself.
- I must have booked the wrong day, my fault, sorry.
- Did I book the wrong date or did you?
(told|insisted|insists|claimed|claims|suggested|implied|reckoned|reckons) ~14 (i|we) (must|must've|mustve) (have|of) ~1 (missed|entered|typed|pressed|clicked|booked|selected|ordered|misread|forgotten|deleted|cancelled|skipped|ticked) | noneg
+ I was told the form had not gone through properly and we must have skipped a page.
+ She implied that I must have clicked the wrong option during checkout.
- I think I must have clicked the wrong option, can you check?
- You must have had a busy week.
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|implied|according|replied|answered) ~8 because (i|we|you|i'd|we'd|i've|we've|id|ive) ~3 (used|using|left|leaving|had|chose|picked|clicked|entered|ordered|booked|paid|set|selected|opened|signed|logged|installed|moved|switched|ran|run|updated|changed|turned)
+ The clerk said the parcel was returned because we'd left the wrong flat number on it.
+ Apparently the payment bounced because I used an old card.
- I rang because I had a question about the bill.
- It failed because I used an old card, my own silly fault.
(said|says|told|tells|claimed|claims|insisted|insists|reckons|reckoned|apparently|suggested|according) ~6 (system|computer|software|booking|algorithm|machine|terminal|website|app) (must|must've|probably|had|has) ~2 (put|made|messed|lost|changed|glitched|crashed|cancelled|moved|deleted|sent|dropped|mixed|doubled|swallowed|rejected)
+ The cashier told me the computer must have messed up the discount.
+ They claimed the booking software had cancelled our table on its own.
- The website crashed twice while I was paying.
- Our system has sent you a confirmation email.
(told|tells|telling|advised|advising|suggested|instructed|directed|insisted|insists) ~5 (contact|call|ring|phone|talk|speak|ask|check|chase|email|e-mail|complain) ~3 (bank|issuer|provider|landlord|insurer|isp|network|bank's)
+ The shop assistant advised me to ring my bank because their end was fine.
+ I was told to chase my card issuer about the missing money.
- I told my bank about the fraud straight away.
- Can I pay by bank transfer instead?
said (i|we) (should|must|need|needed|had|have|ought) ~2 (contact|call|ring|phone|talk|speak|ask|check|chase|email|complain) ~3 (bank|issuer|provider|landlord|insurer|isp|network|courier|manufacturer|supplier|seller)
+ The lady said we had to chase the courier ourselves.
+ He said I should speak to the manufacturer about a faulty motor.
- I said to my bank that the card had been stolen.
- I will phone the manufacturer myself tomorrow.
(told|tells|telling|said|says|saying|insisted|insists|claimed|claims|reckons|reckoned|apparently|according) ~8 (spam|junk) (folder|box|filter|mail) | noneg
+ Their support keeps saying the confirmation landed in my junk folder.
+ I was told the invoice went to my spam box and I should look harder.
- Sorry, I found your reply in my spam folder.
- Please check your spam filter settings.
(said|says|told|claimed|claims|insisted|insists|apparently|according|reckons|reckoned|excuse) ~8 (nobody|noone|no-one) (was|were) (in|home|there|available|answering|around) | noneg
+ The driver claimed nobody was home when he called round.
+ Their excuse was that no-one was in, but I was sitting in the lounge all day.
- Nobody was home so I left a note for the courier.
- When I rang, nobody was available.
(said|says|saying|told|telling|claimed|claims|apparently|according|reckons|reckoned|insisted|insists) ~8 (was|were) (like|damaged|broken|cracked|scratched|faulty|dented|marked) ~2 (like|that|already) ~2 when (i|we|you|it) ~1 (sent|brought|handed|dropped|returned|delivered|gave|arrived|came|collected|posted)
+ The repair shop insists the screen was cracked already when I handed it in.
+ They told us the frame was like that when we brought it back.
- The box was damaged when it arrived but the contents were fine.
- It was already scratched when I bought it second hand.
(it's|its|it|that's|thats|case|claim|complaint|ticket|matter|issue) ~2 (with|for|on) (the|another|a) (other|different|separate|another|wrong) (department|team|dept|office|branch|side|section|company)
+ They keep saying the complaint is with the other team and not them.
+ Apparently my case is for a separate department, not this one.
- I was transferred to another department and they sorted it.
- The other department was very helpful.
(pharmacist's|pharmacist’s|franchise's|franchise’s|franchisee's|gp's|doctor's|clinic's|issuer's|issuer’s|processor's|tenant's|letting) (fault|problem|responsibility|issue|job|mistake|error|remit|doing)
+ The surgery claimed it was the pharmacist's problem, not theirs.
+ Head office said it's the franchisee's responsibility now.
- I asked the pharmacist about the dosage.
- The franchise is run by a lovely couple.
(not|isn't|isnt|wasn't|wasnt|aren't|arent) on (them|us|him|her|the) (to|fault|side)
(it's|its|it|that's|thats) not on (them|us|him|her) | noneg
+ The store says it is not on them to fix a fault from the factory.
+ He said it wasn't on us to replace the battery.
- There was nothing on the shelf.
- The address is not on the form.
(claimed|claims|insisted|insists|reckons|reckoned|apparently|according|told|said|says|suggested|implied) ~12 (down|due|owing) to (my|your|the|their) ~1 (bank|issuer|card|courier|provider|network|isp|router|end|side|wifi|browser|phone|postman|neighbour|neighbours)
+ The rep insisted the missing payment was all down to my card provider.
+ She said the slow speeds were due to the neighbours using too much bandwidth.
- We arrived late due to the traffic on the ring road.
- I paid by card due to the bank holiday.
(responsibility|fault|problem|doing|liability) of (the|my|your|their|a) ~1 (tenant|occupant|owner|landlord|pharmacist|pharmacy|surgery|franchise|franchisee|distributor|issuer|processor|developer|freeholder|builder|previous)
+ The agency said the mould was the responsibility of the landlord, not them.
+ We were told the damage was the fault of the previous occupant.
- The landlord took responsibility and fixed the boiler.
- The pharmacy was very helpful.
