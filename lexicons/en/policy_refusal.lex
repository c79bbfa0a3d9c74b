# Help refused because of policy, rules, terms or the system.
policy
company policy
nothing I can do | noneg
/against (our|the) (rules|terms)/
+ she said it's company policy
+ that is against our rules apparently
+ he said there is nothing I can do
- I read your privacy policy, all fine
- no policy problems at all
