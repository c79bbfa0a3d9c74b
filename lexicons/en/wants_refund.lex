# Asks for money back or compensation.  Not: a neutral question about how
# refunds work, nor a refund already received.
(want|wants|wanted|need|needs|demand|demanding|demanded|expect|expecting|request|requesting|requested|like|deserve|deserves|insist|insisting|entitled|owed|due|claim|claiming|seeking|seek|sought|awaiting|chasing|require|requiring|sort|sorting) ~4 (refund|refunds|reimbursement|reimbursing|reimbursed|compensation|compensating|compensated|repayment|cashback|chargeback|goodwill|recompense|restitution|redress)
(give|issue|send|pay|process) (me|us) ~3 (refund|reimbursement|compensation|money|credit)
where ~2 (my|the|our) (refund|money|compensation|credit|reimbursement)
(want|wants|need|needs|like|expect|expecting|demand|demanding|insist|claiming|claim|get|getting) ~8 (refunded|reimbursed|repaid|returned|compensated|credited)
(refund|reimburse|compensate|repay|credit) (me|us|my|what)
(refund|reimburse|repay) (the|this|that) ~1 (money|cost|costs|fee|fees|charge|charges|difference|amount|balance|deposit|fare|payment|postage|delivery|ticket|tickets|full|lot|price|sum|bill|bills|invoice|subscription|order)
pay (me|us) back
pay what (you|they) (owe|owed|promised|agreed)
my money back
(want|wants|need|needs|like|expect|expecting|demand|demanding|claim|claiming|get|getting|give|return|send|asked|asking|ask) ~4 (my|our|the|every|that|this|her|his|those|these|their) ~3 (money|cash|deposit|payment|fee|fees|charge|fare|fares|premium|premiums|ticket|tickets|cost|costs|penny|pounds|quid|euros|dollars|amount|sum|price|total|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~3 back
(full|partial|immediate|complete|prompt) (refund|reimbursement)
(refund|reimbursement|compensation) ~3 (asap|immediately|now|please|pls|plz|or)
(please|pls|plz|kindly) ~1 (process|pay|issue|transfer|refund|credit|return|reimburse) ~3 (it|refund|money|payment|what|amount|balance|difference|deposit|compensation)
(no|still) ~2 (sign|trace) of (my|the) (money|refund|cash|payment|deposit)
(kept|withheld|deducted|retained|keeping|withholding|keep) ~4 (my|our|the) ~1 (deposit|money|payment)  | weight=0.6
(want|need|like|expect|demand) (it|that|this) returned | weight=0.6
(compensate|compensated|compensation|compensating) | weight=0.6
(refund|refunds|refunded|reimburse|reimbursed|reimbursement) | weight=0.5
(goodwill|gesture) | weight=0.4
(ask|asking|asked|asks|request|requested|requesting) for ~3 (refund|refunds|reimbursement|compensation|money|repayment|recompense)
(want|need|like|expect|demand) back (my|our|the|all) ~1 (money|cash|deposit|payment|fee|fees|fare|penny|pounds)
(cost|costs|expense|expenses|price|fee|fees) ~6 (reimbursed|refunded|repaid|covered|compensated|credited) | weight=0.6
(return|give|send|pay) (me|us) (the|my|our|back|all) ~1 (money|cash|deposit|payment|fee|fees|fare|difference)
(process|issue|initiate|expedite|release|arrange|authorise|authorize) (my|the|our|a) ~1 (refund|reimbursement|compensation|repayment|chargeback)
+ I want a full refund for this rubbish
+ please refund me asap
+ give me my money back or I'm going to the bank
+ I expect compensation for the day off work
+ refund pls, this is the 3rd broken one
+ I'd like the delivery charge refunded
- the refund arrived yesterday, thanks
- how long do refunds usually take to process?
- I don't want a refund, I want it fixed
# refund the £40 (h2)
(refund|reimburse|repay) (the|this|that|my|me|us|our) ~1 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|full|entire|whole)
+ please refund the £40 you charged me twice
- the refund of £40 arrived this morning, thank you

# --- r6: reverse the charge; goodwill gesture; should be reimbursed; account credit for lost service
(reverse|reversed|reversing|void|voided|voiding) ~3 (charge|charges|payment|payments|transaction|transactions|debit|fee|fees|fine|penalty)
goodwill ~4 (appropriate|expected|expect|fair|least|welcome|reasonable|order|due|owed|deserved|right)
(expect|expecting|want|wanting|deserve|request|requesting|asking|least|should|would|like) ~5 goodwill
(should|must|need|deserve|expect|entitled) ~2 be ~1 (reimbursed|compensated|refunded|repaid|credited)
(like|want|expect|expecting|request|requesting|deserve|asking|demand|owed) ~3 credit ~6 (without|outage|loss|lost|missed|inconvenience|disruption|weeks|days|months|trouble|downtime)
+ please reverse the late fee you added, it was your error
+ some sort of goodwill payment would be fair after all this
+ I'm entitled to be compensated for the wasted trip
+ I'd expect a credit for the ten days with no signal
- the gym removed the joining fee for new members, nice
- I'd like a credit card with a lower interest rate

# --- r6b: claiming back the cost
(claiming|claim|claimed|get|getting|want|wanting|recover|recovering|reclaim|reclaiming) back ~5 (penny|cost|costs|money|fee|fees|charge|charges|deposit|amount|payment|price|fare|expenses|excess|postage)
(reclaim|reclaiming|recoup|recouping|recover|recovering) ~3 (cost|costs|money|fee|fees|charge|charges|deposit|amount|payment|price|fare|expenses|losses)
+ I'll be claiming back every penny of the repair costs
+ I intend to recoup the fees you charged in error
- can I claim back VAT on a business purchase?
- the money was returned promptly, no complaints

# --- r6c: "you need to pay for the damage"
(you|they|company|need|needs|must|should|expect|expecting|want|demand|insist|could|would|can) ~3 (pay|cover|reimburse|refund) ~2 (the|my|our|all|any|her|his|that|this) ~1 (cost|costs|damage|damages|repair|repairs|losses|expenses|bill|bills|fare|fares|taxi|hotel|ticket|tickets|fee|fees)
(you|they|company|need|needs|must|should|expect|expecting|want|demand|insist) ~3 (pay|cover|reimburse) ~2 for ~3 (damage|damages|repair|repairs|losses|loss|costs|cost|replacement|cleaning|taxi|hotel|expenses|stain|breakage)
+ I expect you to cover the cost of the repairs
+ your firm should pay for the damage to my wall
- I had to pay for the repairs myself, but the job is excellent
- does my policy cover the cost of a hire car?

# --- r9a: "credit the late fee back to my account"; "return the £40 you took"
(please|pls|plz|plse|kindly|want|like|expect|expecting|need|demand|demanding|should|must|asking) ~4 (credit|put|pay|return|transfer|refund|reverse) ~4 back
(return|repay|refund|reverse|reimburse) (the|my|our) ~1 (money|cash|funds|deposit|charge|charges|payment|amount|fee|fees)
(return|repay|refund|reimburse) ~4 (you|they) (took|taken|charged|deducted|withdrew|stole|debited|pocketed|overcharged)
+ Please credit the late fee back to my account.
+ Return the £40 you took from my account without permission.
+ I expect you to put the money back by Friday.
- They credited it back to my account within a day, thank you.
- I had to return the parcel at the post office.

# --- en12a: money back onto the card / account; paid back to me
(give|send|pay|transfer|credit|refund|return|get|have|want|like|need|expect) ~4 (back|returned|refunded|repaid|credited) (on|onto|to|into) ~1 (my|our|her|his|the|me|us|him) ~1 (card|account|acct|acc|bank|paypal|me|us|her|him|balance)
put (it|that|this|the|my|our|them|her|his) ~2 back (on|onto|in|into|to) ~2 (card|account|bank|balance) ~3 (today|now|asap|immediately|please|pls|or|by|tomorrow)
(paid|pay|given|give|sent|send|put|credited) back (to|into|onto) (me|us|my|our|her|him|his)
(have|get|want|like|need|expect|demand) (the|my|our|her|his|that|this|those|these|their) ~1 (money|cash|deposit|fee|fees|payment|payments|funds|amount|charge|charges|premium|premiums|fare|fares|overpayment|balance) ~3 (returned|repaid|refunded|reimbursed|credited)
+ Put it back on my card today or I'm done
+ Can I have the money returned to my card?
+ Is it possible to have that taken off and paid back to me?
+ We want the premiums he paid returned to him.
- the money was put back on my card within a day, thanks
- I had the parcel returned to the depot by mistake
# --- en12a: where is my money; give it back
(where's|wheres|where’s|where) ~2 (my|our|her|his|the) ~1 (money|refund|cash|deposit|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(give|send|pay|hand) (it|them|that|this|the|my|our) ~1 back | weight=0.6
(owed|owe|owes|due) ~2 (0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|compensation|money|sum|amount|refund|repayment)
pay ~2 (sum|amount|balance|money|monies) ~1 (owed|due|outstanding)
(return|repayment|reimbursement|refund) of (my|the|our|her|his|all|any) ~1 (deposit|money|fee|fees|payment|payments|funds|premium|premiums|fare|fares|overpayment|charges|cost|costs)
(ask|asked|request|requested|require|expect|want|demand|seek) ~6 (repaid|refunded|reimbursed|recompensed)
(recompense|restitution) | weight=0.6
+ Where's my £86?? Give it back!!
+ Under UK261 I am owed £350 per passenger. Please pay the sum owed within 14 days.
+ I formally request the return of the deposit in full.
+ I ask that the overpayment be repaid to me with interest.
+ I seek recompense for the damage in full.
- where is my parcel? it's been a week
- the sum owed has now been paid, thank you

# --- r14b: return the cost; reimburse the charge; request its return
(please|kindly|pls|plz|must|should) return (the|my|our) (cost|money|amount|sum|fee|fees|charge|charges|deposit|payment|fare)
(please|kindly|pls|plz) (reimburse|refund|repay) ~4 (charge|charges|payment|payments|amount|fee|fees)
(request|requesting|demand|demanding|want|expect|insist) ~2 (its|their) (return|repayment|reimbursement)
+ kindly return the cost of the tickets
+ please reimburse one of the two charges
+ you withheld my deposit and I request its return
- I returned the cost comparison form yesterday
- they explained the fee and I was happy

# --- en15a: the full amount / purchase price back
+ I want the full amount back for flowers that arrived dead
+ I expect the whole purchase price back
- I got the full amount back within a week, thanks

# --- en15b: asking for the overpaid amount to be refunded
(asking|requesting|demanding|expecting|wanting|seeking|claiming) ~6 (repaid|refunded|reimbursed|recompensed|credited)
(want|wants|need|expect|demand|like|get|have|asking|ask) ~4 (overpaid|overpayment|overpayments|overcharged|overcharge) ~4 (back|refunded|returned|repaid|credited|reimbursed)
+ I am now asking for the extra charges to be refunded.
+ Requesting that the double payment be reimbursed.
+ I want the overpaid amount back.
- The overpayment was refunded last week, thanks.
- I'm not asking for anything to be refunded, just an explanation.

# --- en16a: insurance payout / settlement asked for
(want|wants|need|needs|demand|demanding|expect|expecting|awaiting|owed|due|chasing|still) ~4 (payout|pay-out|payouts|settlement)
+ I want my payout at last.
+ Still waiting for the settlement I'm owed.
- The payout arrived within a week, thanks.

+ pls credit the late fee back to my acct
