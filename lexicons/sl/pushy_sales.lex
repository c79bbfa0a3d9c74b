# Pressure to buy, upsell or sign up; aggressive selling; unwanted sales
# calls and offers.
vsilj*
vsili*
silil*
(sili|silijo|silil*|prisili*|prisiljen*|silila) ~2 (v|k) ~1 (nakup*|podpis*|pogodb*|narocnin*|paket*|vezav*|kupovanj*|sklenitev)
priganja*
(pregovarja*|pregovoril*|pregovorila|pregovorili|nagovoril*|nagovorila|nagovorili|prepricali|prepricala|preprical|prepricevali|nategnil*|nategnili|zvabil*|zvabili) ~4 (nakup*|kupil*|kupila|podpis*|podpisal*|podpisala|pogodb*|narocnin*|paket*|vezav*|zavarovanj*|kredit*|kartic*|sklen*|vzel|vzela|dokup*)
(silijo|sili|silil*|silila|vsiljujejo|tiscijo|tisci|rinejo|rine|porivajo|poriva) ~4 (paket*|narocnin*|pogodb*|nakup*|zavarovanj*|ponudb*|kartic*|kredit*|izdelk*|model*|dodatk*|tarif*|telefon*|podaljsan*)
prepricev*
nagovarja* | weight=0.5
na silo
pritisk* ~4 (nakup*|podpis*|pogodb*|narocnin*|paket*|ponudb*|kupi*)
(nakup*|podpis*|pogodb*|narocnin*) ~2 pod pritiskom
(agresivn*|agresiven) ~1 (prodaj*|trzenj*|marketing*|ponudb*|akviziter*|klic*)
vztraja* ~3 (kupi*|podpis*|nakup*|vzam*|sklen*|narocim)
potisni* ~3 (pogodb*|roke)
upsell*
(nisem|nism|nisn|nismo) ~1 (hotel|hotu|hotela|zelel|zelela|hoteli) ~2 (vzeti|kupiti|skleniti|podpisati|dokupiti|vzet|kupit) ~2 (dodatn*|drazj*|zavarovanj*|paket*|nadgradnj*|garancij*|pogodb*) | noneg
(hotel|hotu|hotela|prisel|prisla|prisli|zelel|zelela|potreboval*|rabil|rabila) ~2 samo | weight=0.5
(govoril*|hvalil*|ponujal*|ponuja|prodajal*|razlagal*|vsiljeval*|nagovarjal*) ~4 (paket*|ponudb*|narocnin*|zavarovanj*|nadgradnj*|tablic*|televizij*|pogodb*) | weight=0.5
upselel
(prodajn*|prodajen) (predstavitev|predstavitvijo|pogovor*|govor*|pitch|nagovor*|trik*)
namesto ~2 (pomoci|resitve|odgovora) ~5 (prodaj*|ponudb*|reklam*|paket*)
(prodajn*|prodajen) ~1 klic*
akviziter*
# selling instead of helping: "namesto da bi rešil, mi je prodajal"
namesto ~8 (ponujal|ponujala|ponujali|prodajal|prodajala|prodajali|prodaja|ponuja)
(prodati|prodat|prodajal|prodajala|prodajali|prodaja|prodajajo|ponujal|ponujala|ponujali|ponuja|ponujajo|vsiliti|prodal|prodala|prodali) ~2 (se|drazj*|dodatn*|nadgradnj*|podaljsan*|zavarovanj*|vec|dodaten)
(ves|cel) cas ~2 (prodajal|prodajala|prodajali|ponujal|ponujala|ponujali|prodaja|ponuja)
# unwanted calls and mails with offers
(klice|klicejo|pisejo|posiljajo|poslali|zasipa*|bombardira*|nadleguj*|nadlegova*) ~6 (ponudb*|reklam*|oglas*)
(ponudb*|reklam*|oglas*) ~5 (vsakodnevno|nenehno|neprestano|stalno)
(ponudb*|reklam*|oglas*) ~5 (vsak|ves) (dan|cas)
(klicali|klicala|klical|poklicali|klicejo|klice|klicete) ~2 (me|nas) ~6 (ponudb*|reklam*|oglas*)
nadleguj* ~3 (klic*|sporocil*|ponudb*|mail*|e-post*)
# "na vsak način prodati", palming things off
na vsak nacin ~3 (prodat*|vsilit*|prepricat*|podpis*|narocit*|vzet*|uvalit*|podtaknit*)
(prodat*|prodati|vsilit*|prepricat*|uvalit*) ~4 na vsak nacin
(uvalil*|uvalit*|uvalijo|podtakn*|zmuval*|zmuvat*)
# "ni hotel oditi, dokler ne podpišem"
dokler ne ~1 (podpisem|podpisemo|kupim|kupimo|sklenem|sklenemo|narocim|narocimo|vzamem|vzamemo) | noneg
(vztrajno|vsiljivo|nadlezno|agresivno) ~3 (prodaj*|ponuj*|zvonil*|klical*|klice|klicejo|prepricev*|nagovarj*)
# pestering: "so mi težili z nekim paketom", "me kličete s ponudbo"
(tezil*|tezijo|tezi|davil*|davijo|morijo|moril*) ~4 (paket*|ponudb*|narocnin*|zavarovanj*|pogodb*|nakup*)
(me|nas) ~2 (klicete|klicejo|klicali|klicala|klical|klice|nadlegujete|bombardirate|bombardirajo) ~4 (ponudb*|reklam*|oglas*)
+ Prodajalec mi je vsiljeval dodatno zavarovanje.
+ priganjala me je, naj takoj podpisem pogodbo
+ Namesto da bi mi pomagal z okvaro, mi je ponujal dražji paket.
+ Vsak dan me kličejo z novimi ponudbami, čeprav sem rekel, da me ne zanima.
+ Prodajalka me je silila v nakup zaščitnega stekla.
+ Na vsak način so mi hoteli prodati dražji paket.
+ ni hotel oditi, dokler ne podpisem
- Prodajalka me ni silila v nakup, lepo je predstavila obe možnosti.
- Zanima me, ali imate kakšno ponudbo za upokojence.
- Klical sem glede vaše ponudbe za internet.
+ Na stojnici so me tako dolgo pregovarjali, da sem podpisal naročnino.
+ vsak teden mi silijo nov paket
- Prodajalec me ni v nič silil.

# --- pass 6 ---
# wouldn't let go until I bought: "ni odnehala, dokler nisem vzel kartice"
dokler (nisem|nism|nisn|nismo|ne) ~2 (vzel|vzela|vzeli|kupil|kupila|kupili|podpisal*|podpisala|sklenil*|sklenila|narocil*|narocila|privolil*|privolila|pristal*|pristala|vzamem|kupim|podpisem|privolim|pristanem) | noneg
(ni|niso|nista) ~1 (odnehal*|odnehala|odnehali|popustil*|popustila|nehal*|nehala|nehali|dal|dala|dali) ~4 (dokler|ponujat*|prodajat*|prepricev*|nagovarjat*|silit*|miru) | noneg
# an add-on slipped in without consent
brez ~3 (soglasja|privolitve|dovoljenja|vednosti) ~5 (dodal*|dodali|dodala|vkljucil*|vkljucili|aktiviral*|aktivirali|priklopil*|vsilil*|prodal*|prodali|vpisal*|vpisali)
# offered again and again after a no
(ponudil*|ponudila|ponudili|ponujal*|ponuja|ponujajo|predlagal*|predlagala|predlagali|vsiljeval*) ~3 (drazj*|dodatn*|nadgradnj*|vecj*|premium*|dodaten) | weight=0.5
(dvakrat|trikrat|stirikrat|petkrat|veckrat|nestetokrat|stokrat|vedno|znova|spet|nenehno|neprestano) ~3 (ponudil*|ponudila|ponudili|ponujal*|ponujala|ponujali|ponuja|ponujajo|predlagal*|prodajal*) | weight=0.5
(ceprav|kljub) ~3 (rekel|rekla|rekli|povedal|povedala|odklonil*|odklonila|zavrnil*|zavrnila) ~2 (ne|nocem|zanima) | noneg, weight=0.5
# came for one thing, got a sales pitch
(hotel|hotu|hotela|prisel|prisla|prisli|zelel|zelela|potreboval*|rabil|rabila) ~2 le | weight=0.5
(prodajal*|prodajala|prodajali|ponujal*|vsiljeval*|hvalil*|nagovarjal*) ~4 (kredit*|kartic*|garancij*|zavarovanj*|dodat*|naroc*|tarif*|vezav*|storitv*|telefon*|sklad*|polic*) | weight=0.5
+ Prodajalka ni odnehala, dokler nisem podpisal še zavarovanja.
+ Brez mojega soglasja so mi vključili dodatni paket.
+ Petkrat mi je ponudil dražjo tarifo, čeprav sem rekla ne.
+ Prišla sem le po polnilec, pa so mi ves čas prodajali zavarovanje.
- Ponudili so mi dodatno garancijo, zavrnil sem in to je bilo to.
- Prodajalec je hvalil telefon, ki sem ga sam izbral.
# --- pass 6b ---
# insisting on the dearer model; the customer's "no" ignored
vztraja* ~3 (pri|na) ~1 (drazj*|dodatn*|nakup*|paket*|model*|zavarovanj*|ponudb*|vezav*|podpis*|dodaten)
(ni|niso|nista) ~1 (sprejel*|sprejela|sprejeli|upostev*|slisal*|slisala) ~2 (ne|zavrnitv*) | noneg, weight=0.5
(ponudil*|ponudila|ponudili|ponujal*|ponujala|ponujali|ponuja|ponujajo) ~3 (drag|draga|drago|dragi|drage|dragih|dragega|dragim|nov|novo|nova|novi|nove|novih|novega) | weight=0.5
+ Ves čas je vztrajal pri dražjem paketu.
+ Ponudili so mi drag paket, čeprav sem prišel samo po kartico.
- Ponudili so mi nov termin, ki mi je ustrezal.

# r8: telemarketing calls
telemarket*
(klici|klicev|klicih|klicejo|klicali|klicarj*) ~3 (prodajnik*|marketing*)
+ Ves čas me nadlegujejo klici prodajnikov vašega operaterja.
+ Spet telemarketing, tretjič ta teden.
- Klicala sem prodajalca, da mi svetuje glede modela.
# --- sl14a: paraphrase families ---
# persuading on and on: "vztrajal s prigovarjanjem", "kar naprej nabija"
prigovarj*
(vztraja*|vztrajal*) ~3 (prigovarj*|prepricev*|nagovarj*|ponujanj*|prodajanj*)
(kar|se|vztrajno|nenehno|neprestano) naprej ~1 (nabija*|prepricuj*|prepriceval*|vsiljuj*|vsiljeval*|rine|rinil*|silil*|sili|nagovarj*|ponuja*|prodaja*) | weight=0.5
(nocem|nocemo|zavrnil*|zavrnila) ~4 (podaljsan*|garancij*|zavarovanj*|paket*|narocnin*|nadgradnj*|dodatn*) | noneg, weight=0.5
(nisem|ne) ~1 (hotel|hotela|potrebujem|rabim|zelim) ~3 (podaljsan*|garancij*|zavarovanj*|paket*|narocnin*|nadgradnj*|dodatn*) | noneg, weight=0.5
# daily sales calls: "vsak dan me kliče robot in mi prodaja elektriko"
(vsak|vsako|vsaki) (dan|teden|jutro|vecer) ~6 (prodaj*|ponuj*|vsiljuj*|ponudb*)
+ Vsak dan me kliče en robot in mi prodaja vašo elektriko.
+ Prodajalec je vztrajal s prigovarjanjem.
+ Rečem, da nočem podaljšane garancije, on pa kar naprej nabija.
- Svetovalka me je nagovarjala, kot da sem majhen otrok.
- Vsak dan berem vaše novice, všeč mi je.
# r18 inflection examples
+ Telemarketerka me je klicala že petič.
