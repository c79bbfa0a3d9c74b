# Waiting on hold, in a phone or chat queue, in line.
on hold
hold ~2 for
waited
waiting
queue*
in line
+ I was on hold for 45 minutes
+ waited two hours to speak to someone
+ stuck in the queue forever
- no waiting at all, great
- I will wait for the parcel
