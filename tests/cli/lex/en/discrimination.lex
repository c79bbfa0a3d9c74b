# exact: diacritics matter (a made-up word pair for the test)
café | exact
+ at the café
+ the café staff
+ café again
- at the cafe
- cafes
