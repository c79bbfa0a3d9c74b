nobody ~2 answered | noneg
no reply | noneg
+ nobody ever answered
+ still no reply
+ no reply at all
- they answered fast
- reply received
