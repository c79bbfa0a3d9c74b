# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, another department, "the system") to avoid
# responsibility.  Not: the customer blaming the company ("I blame you",
# "it's your fault my order is late"), nor a customer admitting a mistake.
#
# blame: past and progressive forms describe what staff did; "I blame ..."
# is the customer, so the bare present is left out
(blamed|blaming|blames|blamin)
(they|she|he|staff|agent|store|shop|company|everyone|everybody|all) ~2 blame
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
(said|says|saying|told|tells|claimed|claims|claiming|insisted|insists|insisting|implied|implies|implying|suggested|suggests|suggesting|made|making|acted|acting|act|acts|treated|treating|apparently|according|reckons|reckoned|decided|argued|kept|basically|accused|accusing|somehow|supposedly|shouted|yelled|snapped|barked|replied|responded|answered|explained|informed|lectured|cheek|nerve|feel|feels|felt) ~5 (my|our) ~1 (fault|problem|mistake|error|doing|responsibility|issue|bad)
(said|says|told|claimed|claims|insisted|insists|implied|suggested|apparently|reckons|reckoned|accused|assumed|decided) ~4 (i|we|i'd|we'd|i’d|we’d) ~3 (broken|broke|damaged|dropped|caused|misused|mistreated|abused|tampered|spilled|spilt|smashed|cracked|scratched|overloaded|mishandled|bent|opened|worn|wet)
(said|says|told|claimed|claims|insisted|implied|suggested|apparently|reckons) ~4 (i|we) ~3 (entered|typed|used|installed|set|setup|ordered|chose|clicked|gave|given|put|filled|registered|selected|done|did|read|charged|plugged|connected|configured|updated|fitted) ~6 (wrong|wrongly|incorrect|incorrectly|badly|improperly|myself|ourselves)
(your|ur) own fault
(user|operator|customer) error
(accused|accuses|accusing) (me|us) of (breaking|damaging|dropping|misusing|causing|lying|doing|being|using|tampering|losing|faking|making|not|never)
# "not our problem": the rule holds the negation
(not|isn*|wasn*|never) (our|their|his|her|my) (problem|fault|responsibility|issue|concern|department|job|area) | noneg
nothing to do with (us|them|him|her|me|the|our|their) | noneg
(refused|refuses|refusing|won't|wont|won’t|wouldn*|didn*|not|never|unwilling) ~2 (take|accept|admit|own|acknowledge) ~2 (responsibility|blame|liability|fault|ownership|accountability|mistake) | noneg
(nobody|noone|no-one|none) ~4 (take|takes|accept|accepts|admit|admits|own|owns) ~2 (responsibility|blame|ownership|accountability) | noneg
no one ~4 (take|takes|accept|accepts|admit|admits|own|owns) ~2 (responsibility|blame|ownership|accountability) | noneg
(deny|denied|denies|denying) ~2 (responsibility|liability|fault|wrongdoing)
(take|took|takes|taking) no (responsibility|blame|ownership|accountability) | noneg
out of (our|their|his|her|my|your) hands
# pushing it onto the courier, the manufacturer, another department, the
# system; "X's fault" said by staff (a regex: any possessive)
/\b(?!(it|that|there|he|she|what|who|this|one|everyone|everybody|nobody|noone|somebody|someone|anyone|anybody)['’]s)\w+['’]s (fault|responsibility)\b/ | anchor=(fault|responsibility)
/\b(was told|told me|told us|said|says|claimed|insisted|apparently)( that)? (it|this|that)(['’]s| is| was) (the |your |their |a |an )?\w+['’]s (problem|issue|job|department|area)\b/ | anchor=(problem|issue|job|department|area)
(courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|factory|maker|brand|seller|vendor|contractor|subcontractor|installer|partner|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce) ~4 (fault|problem|problems|issue|issues|responsibility|error|mistake|glitch|responsible) | weight=0.6
(said|says|told|claimed|insisted|apparently|reckons|kept) ~6 (courier|couriers|manufacturer|supplier|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|head|department|system|glitch|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce|royal) ~5 (fault|problem|issue|responsibility|blame|error|mistake|glitch|responsible|lost)
(told|tells|telling|asked|advised|instructed|directed|referred|pointed|sent|said|says|kept) ~5 (contact|call|ring|phone|email|e-mail|chase|ask|speak|talk|take|complain|deal|sort|claim|go) ~3 (courier|couriers|manufacturer|manufacturers|maker|brand|supplier|seller|vendor|carrier|bank|insurer|installer|contractor|dpd|dhl|ups|fedex|hermes|evri|usps|parcelforce|royal|marketplace|third-party|party)
(referred|redirected|pointed|sent|passed|fobbed|palmed) (me|us) ~2 (to) ~2 (courier|manufacturer|maker|brand|supplier|seller|vendor|carrier|bank|insurer|installer|contractor|party)
(fobbed|fob|fobbing|fobs) ~2 off with ~1 (excuse|excuses|stories|story|lies)
(making|made|make|full|more|endless|lame|pathetic|same|nothing|another|feeble|weak) ~1 (excuses|excuse)  | weight=0.7
excuse after excuse
# "must have happened after he left", "you didn't lock it properly"
(said|says|claimed|claims|insisted|insists|reckons|reckoned|apparently|told|according) ~8 (must|must've|probably|would|could|might) ~1 (happened|caused|occurred|done|damaged|broken|cracked)
(said|says|claimed|claims|insisted|because|apparently|reckons|according) ~6 (wasn*|weren*|didn*|hadn*|haven*|not|never) ~3 (correctly|properly|right|carefully|instructed|securely|time) | noneg
(nobody|noone|no-one|none) ~3 (had|reported|complained|experienced) ~2 (this|that|same|such) ~1 (problem|issue|fault) | noneg, weight=0.6
(i|we) (must|must've) ~2 (broken|broke|damaged|dropped|misused|caused|done|cracked) ~4 (myself|ourselves) | weight=0.5
(apparently|said|says|claimed|claims|told|blamed|insists|insisted|reckons|according) ~6 (down|due|because|caused|thanks|result) ~2 (courier|couriers|manufacturer|manufacturers|supplier|suppliers|warehouse|carrier|bank|factory|maker|brand|seller|vendor|contractor|installer|dpd|dhl|ups|fedex|hermes|evri|usps|royal|weather|strikes|system|computer|glitch|head|department)
(fault|problem|issue|error) ~4 (on|at|from) (my|your|our) (side|end)
(told|said|says|claimed|claims|insisted|insists|apparently|reckons|reckoned) ~4 (problem|issue|fault|cause) ~3 (my|your|our) ~2 (wifi|wi-fi|router|equipment|device|phone|computer|internet|connection|settings|bank|card|browser|laptop|end|side|fault|mistake|installation|wiring|account|software|app)
(said|says|claimed|claims|insisted|insists|apparently|reckons|reckoned|told|blamed|according) ~8 (caused|due|down) (by|to) (my|your|our|me|you|us|customer|customers|the)
(pin|pinned|pinning|pins) ~3 on
(instead|rather|without) ~2 (owning|admitting|accepting|taking) ~2 (mistake|responsibility|blame|fault|error|it)
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
