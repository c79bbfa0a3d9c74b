# Asks for money back or compensation.
(žádost|žádám|žádáme|prosím|požádal*|požádala|nárok|požaduji|trvám) ~2 (o|na) vrácení
(peníze|prachy) (zpět|zpátky)
(vraťte|vrať|vraťe|chci|chceme|žádám|žádáme|požaduji|požadujeme|požaduju|očekávám|očekáváme|bych|trvám|dožaduji|dožaduju|prosím|chtěl*|chtěla) ~3 (peníze|peněz|částk*|záloh*|kupní|plnou|platbu|poplatek|poplatk*|refund*|kompenzac*|odškodn*|náhrad*|finanční*|dobropis*|slev*|vrácení|storno|vynaložen*|rozdíl|paušál*|plnění|odstupné|poštovn*|dopravn*|kauc*|doplat*)
(chci|chceme|vraťte|žádám|požaduji) ~4 (kč|korun*|czk|eur|euro) ~1 (zpět|zpátky)
(nevrátil*|nevrátili|nevrátí|nevrátíte|nevracíte|nevrací) ~2 (peníze|částk*|záloh*|platbu|poplatek) | noneg
(refundac*|refund|refundovat|kompenzac*|odškodn*|odškodné)
náhrad* ~1 škody
finanční ~2 (náhrad*|kompenzac*)
vraťte mi
(odstupuji|odstupuju|odstoupení|odstoupit) od ~2 smlouvy | weight=0.5
pojistné plnění | weight=0.5
(můžete|mohli|mohla|mohl|můžeš|prosím|chci|chceme|chtěl*|chtěla|požaduji|žádám|abyste|aby|ať|nárok|právo|můžu|muzu|lze|jde) ~3 (vrátit|vrátili|vrátí|vrátil) ~2 (peníze|peněz|částk*|záloh*|platbu|poplatek|kupní|paušál*|rozdíl)
(proplat*|proplacen*)
(uhraďte|uhradíte|nahraďte|nahradíte|kompenzujte|odškodněte)
+ žádám o vrácení peněz
+ chci zpátky peníze za nefunkční zboží
+ pozaduji kompenzaci za ztraceny cas
+ vraťte mi prosím zaplacenou zálohu
- peníze mi vrátili do tří dnů, děkuji
- chci jen vědět, kde je moje zásilka
- nežádal jsem vrácení peněz, jen výměnu
+ očekávám, že mi proplatíte náklady na opravu
(chci|chceme|vraťte|žádám|požaduji|požaduju|chtěl*|chtěla) ~3 (zpátky|zpět|nazpět) ~3 (peníze|prachy|zálohu|poplatek|kauci|poštovné|dopravné|rozdíl|částku|platbu|paušál|zaplacen*|jízdné|vstupné|předplatné|školné|kurzovné|nájem*|hotovost*)
+ chci zpátky aspoň poštovné
# -- "I want them back", waiting for the refund, "unless I get my money"
(chci|chceme|požaduji|požaduju|žádám|vraťte|vratte) (je|ho|ji|to|svoje|své|moje|mé|sve|moje) (zpátky|zpět|zpet|zpatky|nazpět)
(čekám|čekáme|cekam|čekal*|čekala|cekal*) ~3 na (refundac*|dobropis*|kompenzac*|proplacení|proplaceni|peníze|penize)
(čekám|čekáme|cekam|čekal*|čekala|cekal*) ~3 na (vrácení|vraceni) ~1 (peněz|penez|kauce|zálohy|zalohy|poplatku|platby|částky|castky|rozdílu|poštovného|předplatného|vstupného|jízdného|ceny|kupní)
(pokud|jestli|dokud|když) ~2 (peníze|penize|prachy|zálohu|kauci|náhradu) ~2 (nedostanu|nevrátíte|nevratite|neuvidím|nepřijdou|nevrátí|nedostaneme) | noneg
+ Peníze mi pořád chybí. Chci je zpátky.
+ uz dva mesice cekam na vraceni kauce
+ pokud peníze nedostanu, obrátím se na soud
- peníze jsem dostal zpátky hned druhý den
- čekám na vrácení zboží od kamaráda

# -- r6: "you owe me 500 Kč"
(dlužíte|dlužíš|dluží|dlužíte) ~3 (kč|korun*|czk|eur|euro|peníze|částk*|za|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(vraťte|vratte|vrať) (je|ho|ji|to) | weight=0.5
+ dlužíte mi 500 Kč
+ dlužíte mi peníze za zrušený zájezd
+ dlužíte mi 800 korun, vraťte je
- nic mi nedlužíte, vše v pořádku
- dlužím vám ještě splátku

# round 7 (industries): money not returned yet (cancelled order, overpayment, cancelled flight, deposit)
(peníze|peněz|penize|platbu|přeplatek|přeplatku|zálohu|kauci|částku|jízdné|letenku|předplatné|vratk*|dobropis*|refundac*) ~4 (nevrátil*|nevrátila|nevrátili|nevrací|nevracejí|nepřišly|nepřišel|nedorazily) | noneg
(nevrátil*|nevrátila|nevrátili|nevrací|nevracejí) ~3 (peníze|peněz|platbu|přeplatek|zálohu|zálohy|kauci|částku|jízdné|předplatné) | noneg
(ani|bez) ~1 (náhrad*|kompenzac*|odškodn*|refundac*|refund) | noneg
# no compensation at all
+ přeplatek za elektřinu mi dodnes nevrátili
+ let zrušili a bez jakékoli kompenzace
+ nevracejí zálohu za zrušenou objednávku
- peníze za zrušenou objednávku přišly do tří dnů
- náhradní díl dorazil, vše v pořádku
+ vratku nám cestovka dodnes nevrátila

# -- r8: claim compensation ("domáhat se náhrady", "vymáhat peníze", "nárokuji")
(domáhat|domáhám|domáháme|domůžu|domůžeme|vymáhat|vymáhám|vymáháme|vymůžu|uplatním|uplatníme|uplatňuji|uplatňuju|nárokuji|nárokuju|nárokujeme|vyžaduji|vyžaduju|vyžadujeme) ~3 (náhrada|náhradu|náhrady|odškodn*|kompenzac*|odstupn*|vrácení|peněz|peníze|prachy|slev*|dobropis*)
(dobropisujete|dobropisovat|dobropisujte|odškodníte|odškodnit|odškodněte|refundujete|refundujte|refundovat|proplaťte|proplatíte|proplatit|uhraďte|uhradíte) | weight=0.5
+ budu se domáhat náhrady soudní cestou
+ nárokuji vrácení poplatku
- náhradu vašich služeb jsem si už našla

# --- r9a: money back in other word orders, discount/credit as the least ---
(chci|chceme|vraťte|vratte|žádám|zadam|žádáme|zadame|požaduji|pozaduji|požaduju|pozaduju|chtěl*|chtel*|chtěla|chtela) ~2 (zpátky|zpatky|zpět|zpet|nazpět|nazpet) ~4 (kč|kc|korun*|czk|eur|euro|peníze|penize|peněz|penez|prachy|částk*|castk*|zálohu|zalohu|kauci|poplatek|platbu|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(peníze|penize|prachy|částk*|castk*|platb*|zálohu|zalohu|kauci|poplatek|jízdné|jizdne|vstupné|vstupne) ~5 (chci|chceme|žádám|zadam|žádáme|zadame|požaduji|pozaduji|požaduju|pozaduju|očekávám|ocekavam) ~3 (zpět|zpet|zpátky|zpatky|nazpět|nazpet|vrátit|vratit|vrácen*|vracen*)
(žádám|zadam|žádáme|zadame|požaduji|pozaduji|požaduju|pozaduju|trvám|trvam|prosím|prosim) ~6 (sleva|slevu|slevy|dobropis*|kompenzac*|odškodn*|odskodn*|náhrada|nahrada|náhradu|nahradu|vrácení|vraceni|snížení|snizeni)
(dobropis*|kompenzac*|náhrada|nahrada|náhradu|nahradu|slevu|sleva|odškodn*|odskodn*|refund*|vrácení|vraceni) ~10 (nejmenší|nejmensi|minimum|namístě|namiste|místě|miste|férov*|ferov*|spravedliv*) | noneg
(aspoň|alespoň|aspon|alespon|minimálně|minimalne) ~3 (dobropis*|kompenzac*|náhradu|nahradu|náhrada|nahrada|slevu|sleva|odškodn*|odskodn*|refund*|vrácení|vraceni)
+ Chci nazpět svých 1 200 korun za nefunkční službu.
+ Zálohu chci vrátit na účet, ne poukaz.
+ Kompenzace za výpadek by byla namístě.
+ Sleva za ty týdny bez teplé vody by byla to nejmenší.
# money + back in either order, any phrasing ("dostat zpátky peníze", "část peněz zpět")
(dostat|získat|chtít|chtěl*|chtěla|vymoct|vymoci) ~3 (zpět|zpátky|nazpět) ~2 (peníze|peněz|prachy|částk*|zálohu|kauci|poplatek|platbu)
(dostat|získat|chtít|chtěl*|chtěla|vymoct|vymoci) ~3 (peníze|prachy|zálohu|kauci|poplatek|platbu) ~2 (zpět|zpátky|nazpět)
(část|cast|aspoň|alespoň|kus) ~1 (peněz|penez) ~1 (zpět|zpátky|nazpět)
# a stated sum back: "chci svých 12 000 zpátky"
(chci|chceme|žádám|žádáme|požaduji|požaduju|vraťte|vratte|chtěl*|chtěla) ~4 (svých|mých|našich|1*|2*|3*|4*|5*|6*|7*|8*|9*) ~2 (zpět|zpátky|nazpět)
# back onto the card / account
(zpět|zpátky|nazpět) ~2 na (kartu|účet|ucet|kreditku|bankovní)
(vraťte|vratte|vrátit|vrátíte|vratite|poslat|pošlete|posláno) ~3 na (kartu|kreditku|bankovní)
+ Chci svých 12 000 zpátky.
+ Dá se nějak dostat zpátky peníze za kurz?
+ Můžu chtít aspoň část peněz zpět?
+ Mám nárok, aby mi vrátili peníze?
+ Jde to stornovat a poslat zpět na kartu?
- Peníze mi přišly na účet, děkuji.
# pay me out / what you owe me
(vyplaťte|vyplatte|vyplatíte|proplaťte|proplatte)
(ať|abyste) ~3 (vyplatí|vyplatili|vyplatil*|zaplatili|zaplatíte|proplatili|proplatí|uhradili|uhradí|nahradili|nahradí|vrátili|vrátí|vrátíte)
(co|kolik) ~1 (mi|nám) ~1 (dluží|dlužíte|dlužej)
(chci|žádám|žádáme|požaduji|požaduju|trvám) ~3 (vyplacení|vyplaceni|vyrovnání|vyrovnani)
# you are to return it: "máte mi vrátit", "čekám, že mi vrátíte"
(máte|musíte) ~3 (vrátit|zaplatit|proplatit|uhradit|nahradit|vyplatit)
(čekám|očekávám|počítám|předpokládám|trvám) ~4 (vrátíte|vrátit|proplatíte|uhradíte|nahradíte|vyplatíte|zaplatíte|kompenzujete|odškodníte)
# onto my account
(pošlete|zašlete|převeďte|poukažte|vraťte|vratte|posílejte) ~4 na (účet|kartu|kreditku)
+ Ať mi vyplatí, co mi dluží.
+ Chci zpátky zaplacené jízdné.
+ Přeplatek mi pošlete na účet.
+ Chci, abyste mi to zaplatili.
+ Máte mi vrátit 500 Kč.
+ Čekám, že mi vrátíte celou částku.
- Mzdu mi vyplatili včas, děkuji.
- nikdo se mi ani neomluvil, natož aby něco vrátili

# -- cs14a: pay it / cover it, addressed to the company
koukejte ~2 (zaplatit|proplatit|uhradit|nahradit|vrátit)
(ať|at) mi ~3 (proplatí|proplatíte|uhradí|uhradíte|nahradí|nahradíte|vrátí|vrátíte)
# -- cs14a: double or wrong charge + "want it back" (two halves)
(strhl*|strhli|strhla|stržen*|stáhli|strhávat|naúčtoval*|naúčtovali|naúčtovala) | weight=0.5
(chci|chceme|žádám|požaduji|požaduju) ~2 (vrátit|vráceno|zpátky|zpět) | weight=0.5
+ ztratili jste mi kufr, tak mi ho koukejte zaplatit
+ strhli jste mi paušál dvakrát, chci to vrátit
+ ať mi nahradí ten rozbitý telefon
- chci vrátit zboží a vybrat si jiné
- strhli mi správnou částku, děkuji
# -- cs16: "return one of the payments to me"
(plateb|platbu|platby|platba|částku|částky|peníze|penize|poplatek|poplatky|kauci|zálohu) ~3 (vrátit|vraťte|vrátíte) 
(plateb|platbu|platby|platba|částku|částky|peníze|penize|poplatek|poplatky|kauci|zálohu) ~3 (vrátili|vrátila|vrátil) | weight=0.5
abyste ~6 (vrátili|vrátila|vrátil|vraceli) | weight=0.5
(chci|chtěl*|chtěla|potřebuju|požaduji|žádám) ~4 (peníze|penize|prachy) ~1 (zpátky|zpět|zpet|zpatky)
+ Potřebuju, abyste mi jednu z těch plateb vrátili.
+ Chci ty peníze zpátky.
- Platbu jsem už dostal zpátky, děkuji.
- Pojistné plnění mi zamítli kvůli výluce v podmínkách.

# the customer's errand named: "ohledně vrácení peněz"
(ohledně|kvůli|stran|ohledne|kvuli) ~1 (vrácení|vraceni|vrácením) (peněz|penez|platby|částky|castky|zálohy|zalohy|kupní|poplatku|jízdného|vstupného)
+ už týden mi neodpovídáte ohledně vrácení peněz
+ volám kvůli vrácení zálohy
- ohledně vrácení zboží jsem se jen ptal na adresu

# --- s11 round ---
# conditional demand: "jestli mi to do pátku nevrátíte, …"
(jestli|jestliže|jestlize|pokud|když|kdyz|dokud) ~1 (mi|nám|nam) ~3 (nevrátíte|nevratite|nevrátí|nevrati|neproplatíte|neproplatite|neuhradíte|neuhradite|nenahradíte|nenahradite|nepošlete|neposlete|nepřevedete|neprevedete) | noneg
+ jestli mi to do patku nevratite, jdu k pravnikovi
+ pokud mi zálohu neproplatíte, podám žalobu
+ dokud mi nevrátíte peníze, nedám pokoj
- vrátili jste mi to včas, díky
- jestli nevrátíte obal, nic se neděje?
# "kdo mi zaplatí ty zkažené potraviny?"
kdo ~2 (zaplatí|zaplati|uhradí|uhradi|nahradí|nahradi|proplatí|proplati|vrátí|vrati|zaplatíte|zaplatite) ~3 (škod*|skod*|potravin*|jídlo|jidlo|věci|veci|peníze|penize|náklad*|naklad*|opravu|zničen*|znicen*|zkažen*|zkazen*|ty|tu|ten|to)
+ a kdo mi zaplati ty zkazeny potraviny v lednici?
+ kdo mi teda nahradí škodu na autě?
- kdo mi zavolá zpátky, až to bude?
- nevím, kdo zaplatí dopravu, prosím o info
# "buď zboží, nebo peníze"
(chci|chceme|chtěl*|chtel*|žádám|zadam|požaduji|pozaduji|požaduju|pozaduju|buď|bud|pošlete|poslete|dodejte|nedostanu|neobdržím|neobdrzim) ~3 (zboží|zbozi|objednávku|objednavku|balík|balik|zásilku|zasilku|opravu|výměnu|vymenu|náhradní|nahradni|kus) nebo (peníze|penize|prachy|vrácení|vraceni|refundaci)
+ chci bud zbozi nebo penize zpet
+ pošlete balík, nebo peníze, je mi to jedno
- zboží nebo peníze jsem nikdy neřešil, jen obal
- nevím, jestli poslat zboží nebo peníze převodem
# "dlužíte mi vrácení poštovného"
(dlužíte|dluzite|dlužíš|dluzis|dluží|dluzi) ~3 (vrácení|vraceni|poštovné|postovne|dopravné|dopravne|zálohu|zalohu|kauci|přeplatek|preplatek|rozdíl|rozdil|refundaci|dobropis)
+ jeste mi dluzite vraceni postovneho
+ dlužíte mi rozdíl v ceně
- nic mi nedlužíte, vše sedí
- dluží mi kamarád, ne vy
# "pořád nemám zpátky peníze / zálohu"
(nemám|nemam|nemáme|nemame|nedostal*|nedostala|neobdržel*|neobdrzel*) ~2 (zpět|zpet|zpátky|zpatky|nazpět|nazpet) ~3 (peníze|penize|prachy|zálohu|zalohu|kauci|částku|castku|poplatek|platbu|přeplatek|preplatek|poštovné|postovne)
(nemám|nemam|nemáme|nemame|nedostal*|nedostala|neobdržel*|neobdrzel*) ~3 (peníze|penize|prachy|zálohu|zalohu|kauci|částku|castku|přeplatek|preplatek) ~1 (zpět|zpet|zpátky|zpatky|nazpět|nazpet)
+ porad nemam zpatky penize za vracene zbozi
+ stále jsem nedostala zálohu zpět
- nemám v plánu nic vracet
- zpátky mám jen zboží, které bylo v pořádku
