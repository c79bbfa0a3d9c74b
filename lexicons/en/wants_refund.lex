# Asks for money back or compensation.  Not: a neutral question about how
# refunds work, nor a refund already received.
(want|wants|wanted|need|needs|demand|demanding|demanded|expect|expecting|request|requesting|requested|like|deserve|deserves|insist|insisting|entitled|owed|due|claim|claiming|seeking|seek|awaiting|chasing) ~4 (refund|refunds|reimbursement|reimbursing|reimbursed|compensation|compensating|compensated|repayment|cashback|chargeback|goodwill)
(give|issue|send|pay|process) (me|us) ~3 (refund|reimbursement|compensation|money|credit)
where ~2 (my|the|our) (refund|money|compensation|credit|reimbursement)
(want|wants|need|needs|like|expect|expecting|demand|demanding|insist|claiming|claim|get|getting) ~8 (refunded|reimbursed|repaid|returned|compensated|credited)
(refund|reimburse|compensate|repay|credit) (me|us|my|what)
(refund|reimburse|repay) (the|this|that) ~1 (money|cost|costs|fee|fees|charge|charges|difference|amount|balance|deposit|fare|payment|postage|delivery|ticket|tickets|full|lot|price|sum|bill|bills|invoice|subscription|order)
pay (me|us) back
pay what (you|they) (owe|owed|promised|agreed)
my money back
(want|wants|need|needs|like|expect|expecting|demand|demanding|claim|claiming|get|getting|give|return|send) ~4 (my|our|the|every) ~3 (money|cash|deposit|payment|fee|fees|charge|fare|fares|cost|costs|penny|pounds|quid|euros|dollars|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~3 back
(full|partial|immediate|complete|prompt) (refund|reimbursement)
(refund|reimbursement|compensation) ~3 (asap|immediately|now|please|pls|plz|or)
(please|pls|plz|kindly) ~1 (process|pay|issue|transfer|refund|credit|return|reimburse) ~3 (it|refund|money|payment|what|amount|balance|difference|deposit|compensation)
(no|still) ~2 (sign|trace) of (my|the) (money|refund|cash|payment|deposit)
(kept|withheld|deducted|retained|keeping|withholding|keep) ~4 (my|our|the) ~1 (deposit|money|payment)  | weight=0.6
(want|need|like|expect|demand) (it|that|this) returned | weight=0.6
(compensate|compensated|compensation|compensating) | weight=0.6
(refund|refunds|refunded|reimburse|reimbursed|reimbursement) | weight=0.5
(goodwill|gesture) | weight=0.4
(ask|asking) for ~3 (refund|refunds|reimbursement|compensation|money|repayment)
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
