/against (our|the) (rules|terms)/
policy | weight=0.5
rules | weight=0.5
+ that is against our rules
+ policy and rules again
+ it is against the terms
- the policy is fine
- rules are rules
