# a catastrophic pattern: nested quantifiers on a failing tail
/(a+)+$/ | anchor=a*
