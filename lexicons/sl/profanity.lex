# Slovenian profanity and expletives, with the softened spellings people
# use.  Matched on the fold form: "sranje"/"sranje", "hudič"/"hudic".
# kurac / kurc and derivatives (kurčevo, kurčev)
kurac*
kurc*
# pizda, pizdarija, pizdun, spizdit, ...
pizd*
spizd*
# jebati and its prefixed forms: jebem, jebemti, jebote, zajebali, zajeban
jeb*
zajeb*
najeb*
sjeb*
pojeb*
bemti
jbt
jbg
# sranje, posrano, usran, zasran
sranj*
posran*
usran*
zasran*
srat
serjem
drek
dreka
dreku
drekom
# devil / damn: hudič, hudiča, hudičevo; k vragu; presneto; prekleto
hudic*
vrag
vraga
vragu
presnet*
preklet*
klinc*
svinjarij*
# English that Slovenian complaints borrow
fuck*
fak
shit*
wtf
+ Kakšno sranje od storitve.
+ Jebemti, že spet ne dela!
+ kaj za hudica se dogaja z vaso dostavo
+ To je čista pizdarija, oprostite.
+ V to presneto trgovino ne stopim več.
- Kakšna slaba storitev.
- Hvala za hitro pomoč.
- Ali je paket že prispel?
