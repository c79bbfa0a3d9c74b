# Asks for money back or compensation.
(žádost|žádám|žádáme|prosím|požádal*|požádala|nárok|požaduji|trvám) ~2 (o|na) vrácení
(peníze|prachy) (zpět|zpátky)
(vraťte|vrať|vraťe|chci|chceme|žádám|žádáme|požaduji|požadujeme|požaduju|očekávám|očekáváme|bych|trvám|dožaduji|dožaduju|prosím|chtěl*|chtěla) ~3 (peníze|peněz|částk*|záloh*|kupní|plnou|platbu|poplatek|poplatk*|refund*|kompenzac*|odškodn*|náhrad*|finanční*|dobropis*|slev*|vrácení|storno|vynaložen*|rozdíl|paušál*|plnění|odstupné|poštovn*|dopravn*|kauc*|doplat*)
(chci|chceme|vraťte|žádám|požaduji) ~4 (kč|korun*|czk|eur|euro|,-) ~1 (zpět|zpátky)
(nevrátil*|nevrátili|nevrátí|nevrátíte|nevracíte|nevrací) ~2 (peníze|částk*|záloh*|platbu|poplatek) | noneg
(refundac*|refund|refundovat|kompenzac*|odškodn*|odškodné)
náhrad* ~1 škody
finanční ~2 (náhrad*|kompenzac*)
vraťte mi
(odstupuji|odstupuju|odstoupení|odstoupit) od ~2 smlouvy
pojistné plnění
(můžete|mohli|mohla|mohl|můžeš|prosím|chci|chceme|chtěl*|chtěla|požaduji|žádám|abyste|ať) ~3 (vrátit|vrátili|vrátí|vrátil) ~2 (peníze|peněz|částk*|záloh*|platbu|poplatek|kupní|paušál*|rozdíl)
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
(chci|chceme|vraťte|žádám|požaduji|požaduju|chtěl*|chtěla) ~3 (zpátky|zpět|nazpět) ~3 (peníze|prachy|zálohu|poplatek|kauci|poštovné|dopravné|rozdíl|částku|platbu|paušál)
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
# no compensation at all
(ani|žádná|žádnou|žádné|bez) ~1 (náhrad*|kompenzac*|odškodn*|refundac*|refund|vrácení) | noneg
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
