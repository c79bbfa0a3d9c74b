on hold
waited
+ on hold again
+ I waited
+ waited and waited
- I hold the door
- wait for it
kept waiting ~6 (minutes|hours|hour)
+ kept waiting for ten minutes
