on hold
waited
+ on hold again
+ I waited
+ waited and waited
- I hold the door
- wait for it
