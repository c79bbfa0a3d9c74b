# Czech negation cues: separate words that negate a hit standing at most 3
# words after them in the same clause (or inside its span).  Single words only.
# Czech mostly negates with the verb prefix ne- (nepomohl, nezavolali): those
# forms are rules of their own in the tag files, marked noneg, because Czech
# negative concord puts a cue ("nikdo", "nikdy", "žádná") before them.
ne
nikdo
nikoho
nikomu
nikým
nikdy
nic
ničeho
ničemu
ničím
nijak
nikde
ani
bez
# žádný and its case forms (not the prefix žádn*: it folds onto zadn-,
# the stem of zadní / zadnice)
žádný
žádná
žádné
žádného
žádnému
žádnou
žádným
žádných
žádnými
žádnej
žádnýho
# forms of být / mít
nebyl*
není
nejsem
nejsi
nejsme
nejste
nejsou
nebude
nebudu
nebudou
nemám
nemáme
nemusel*
nemusela
nemusím
nemuseli
# "nechci rušit smlouvu", "nehodlám psát recenzi": the customer not wanting
# it (first person only: "nechtěli mi to vyměnit" is a refusal); marked after
# because Czech also puts them last: "ke konkurenci odcházet nechceme"
nechci | after
nechceme | after
nehodlám | after
nehodláme | after
kdyby
kdybyste
kdybych
kdybychom
pokud
+ pokud by technik nestihl přijet, stačí napsat SMS
+ paní nebyla vůbec nepříjemná
+ nikdo na mě nebyl drzý
+ zadne cekani, hned me obslouzili
+ bez čekání a bez problémů
+ nechci psát špatnou recenzi, jen to opravte
+ ke konkurenci odcházet nechceme, jen chceme fungující internet
- paní byla nepříjemná
- čekal jsem hodinu na lince
- zadní vchod byl zavřený
