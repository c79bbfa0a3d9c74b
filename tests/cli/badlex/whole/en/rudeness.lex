rude
+ so rude
- kind
