# Phone menus, chatbots or automated systems with no way to reach a person;
# robocalls.
(robotem|robotovi|chatbot*|chat-bot*|botem|botovi) | noneg
(mluví|mluvil|mluvila|hlásí|volá|odpovídá|odpovídal|vzal|bere|ozval|ozve|zvedne|zvedá|zvedl*|vezme) ~2 (robot|automat|záznamník*|nahrávka|stroj) | weight=0.5
automatick* (hlas*|hlásk*|systém*|ústředn*|menu|operátor*|asistent*|hovor*)
automatizovan* systém*
robotick* (hlas*|hovor*|operátor*|asistent*)
chat bot*
(virtuáln*|hlasov*) (asistent*|operátor*|menu|automat*|systém*|navigac*|robot*)
telefonn* menu
v menu
menu ~4 (dokola|pořád|znovu|zase|nekonečn*|smyčk*|vrací|vrátilo|začátek|výběr)
(jen|jenom|pouze|zase) ~1 nahrávk*
(nahran*|nahraný|nahraná|nahranou) (hlas*|hlásk*|zpráv*)
(hláška|hlášku|hlášky) ~3 (dokola|pořád|znovu) | weight=0.5
nekonečn* smyčk*
smyčk* ~3 (menu|automat*|robot*|chatbot*|volb*)
(zmáčkn*|zmáčkl*|zmačk*|mačk*|ťuk*|vyťuk*|stiskl*|stiskn*|volil*|navolil*) ~3 (jedničku|dvojku|trojku|čtyřku|pětku|nulu|hvězdičku|mřížku|tlačítk*|čísla|číslo|volbu|volby|1*|2*|3*|4*|5*|6*|7*|8*|9*|0*)
(stiskněte|zmáčkněte|zvolte)
tónov* volb*
(volba|volbu|volby|možností|možnosti) ~3 (menu|nabídk*|jedna|dva|tři|čtyři|pět|nula|nesedí|nesedela|neseděla)
(živý|živého|živému|živým|skutečn*|reáln*|opravdov*|normáln*) (člověk|člověka|člověku|člověkem|operátor*|osob*|lidi|lidmi|zaměstnan*|bytost*) | weight=0.5
(člověka|člověk|operátora|operátorku|živého|živou) ~1 (nikde|nedostanu|nedostanete|nesehn*|nezastihn*|nezastihl*|neseženu|nesežene*|nedovolá*) | noneg
(dostat|dostal*|dovolat|dovolal*|spojit|spojil*|probojovat|mluvit|promluvit|propojit) ~3 (k|s|se|na) ~1 (člověku|člověkem|operátor*|osob*|živému|živým|pracovník*|zaměstnanc*) ~4 (nejde|nelze|nešlo|nepodařilo|nemožn*|nikdy|marně|nedokázal*|nedá) | noneg
(nejde|nelze|nešlo|nepodařilo|nepodaří|nedá|nemohl*|nemůžu|nemůžete|nikdy|marně) ~3 (dostat|dovolat|spojit|probojovat|mluvit|promluvit|propojit) ~3 (k|s|se|na) ~1 (člověku|člověkem|operátor*|osob*|živému|živým|pracovník*|zaměstnanc*) | noneg
(menu|automat*|robot*|chatbot*|bot|botem|asistent*) ~6 (nerozumí|nerozuměl*|neumí|nepozná|nepoznal*|nedokáže|nedokázal*|dokola|začátek|odpoj*|zavěsil*|shodil*|ukončil*|umí) | noneg
(nikde|žádná) ~1 (volba|možnost) ~3 (operátor*|člověka|člověku|spojení|mluvit) | noneg
automat* ~6 (hlás*|mluví|nerozum*|zavěsil*|menu|volb*|zmáčk*|opakuj*|odpoj*|přepoj*|spoj*|hovor*|lince|linka|linku|dokola)
(telefon*|lince|linka|linku|infolink*|hovor*|volám|volal*|zavolal*|ozval*|ozve|ozvala) ~6 (automat|automatem|automatu)
(volá|volají|volal*|volala|volali) ~2 (počítač|automat*|robot*|nahrávk*|stroj|nahraný|nahraná|nahraným)
+ chatbot mi pořád dokola nabízí stejné odkazy a k živému člověku se nedostanu
+ hlasové menu, zmáčkněte jedničku, zmáčkněte dvojku, a pak to spadlo
+ volaji mi automaticke hovory s nahranou zpravou
+ robot mi nerozuměl a vrátil mě na začátek
- operátor to vzal hned a pomohl mi
- objednal jsem si robotický vysavač
- nahrávku hovoru si nechám pro právníka
+ každý den mi volá automat s nahranou nabídkou

# -- r4: "botík", thrown back to the main menu, never reaching an operator
(botík*|botíka|robůt*|chatbotík*)
(vrací|vrátí|vrátilo|vrátil|hodí|hází|vyhodí|vyhodilo|shodí|přesměruje|přepne) ~4 (menu|nabídky|nabídce|volby|volbám|automatu|robota)
(operátorem|operátorovi|operátorce|operátorkou|člověkem|člověku|živým|živou) ~2 (se|nikdy) ~1 (nespojím|nespojil*|nespojíte|nedovolám|nedovolal*|nedostanu|nedostal*) | noneg
+ botík mi pořád nabízí jen články z nápovědy
+ pořád mě to vrací do hlavního menu
+ s operátorem se nespojím, ať zmáčknu cokoli
- vrátil jsem zboží a dostal peníze
- s operátorem jsem se spojil hned
(volá|volají|volal*|volala|volali|obtěžuje|otravuje|otravují) ~4 (robot|robotický|automat|nahrávka|stroj)
(házel*|házelo|hodilo|vracelo|vracel*) ~4 (menu|nabídky|volby|začátek)
+ volá mi pořád nějaký robot s nabídkou
+ porad dokola me to hazelo do menu

# -- r6: recorded sales calls; only a machine talks; never reaching a live person
(volají|volal*|volala|volali|volá|otravují|obtěžují) ~3 (nahran*|robotick*|automatick*|strojov*)
(nahran*|robotick*|automatick*) ~2 (hovor*|telefonát*|volání)
(mluví|mluvil|mluvila|ozve|ozval|ozvalo|hlásí|odpovídá) ~2 (stroj|počítač|nahrávka|mašina)
(robot|robotem|automat|automatem|hlasov*) ~6 (pořád|furt|stále|znovu|zase|dokola|samé|samý|totéž) | noneg
(člověk*|operátor*|živému|živým|živého|živýmu|operátork*) ~5 (nedostanete|nedostanu|nedostal*|nedovoláte|nedovolám|nedovolal*|nespojíte|nespojím|neprobojuj*|neprokouš*) | noneg
+ pořád mi volají nahrané hovory
+ na infolince mluví jen stroj
+ robot se mě ptal pořád dokola
+ k živému operátorovi se přes ten automat nedostanete
- operátor se ozval hned, žádný automat
- operátorka to vzala hned, žádné čekání

# round 7 (industries): chatbot/automat without any option to reach a person
(možnost|způsob|jak) ~3 (mluvit|spojit|dovolat|dostat|psát|napsat|přepnout) ~3 (operátor*|člověk*|živ*|pracovník*|agent*|podpor*) ~3 (není|nebyla|neexistuje|chybí|nenašel|nenašla|nejde) | noneg
+ chatbot dokola, možnost mluvit s operátorem tam prostě není
+ způsob, jak se spojit s živým člověkem, neexistuje
- možnost mluvit s operátorem jsem našla hned na úvodní obrazovce

# -- r8: impossible to get past the machine to a human
(nemožn*|nejde|nedá|nelze|nedostal*|nedostala|nedostanu|nedostane|nešlo|marně|neprobojuj*|neprokous*) ~4 (přes|skrz) ~1 (automat*|robot*|chatbot*|hlasov*|menu|ústředn*|mašin*|bot*) | noneg
+ nemožné se dostat přes automat k člověku
+ marně jsem se snažil prokousat přes hlasové menu
- přes automat jsem se dostal k člověku za minutu

# -- cs12b: only a machine answers the line ("jen stroj", "robot na lince"); the system keeps dropping the call
(jen|jenom|pouze|akorát|výhradně) ~1 (stroj|strojem|automat|automatem|robot|robotem|počítač|počítačem|mašina|mašinou|nahrávka|nahrávkou|bot|botem|záznamník*) | weight=0.5
(na|v) (lince|infolince|ústředně|chatu|zákaznické) ~3 (stroj|strojem|automat|automatem|robot|robotem|počítač|mašina|bot|botem) | weight=0.5
(robot|robota|robotem|automat|automatem|stroj|strojem) ~2 (na|v) ~1 (lince|linku|infolince|ústředně|telefonu|chatu)
(systém*|automat*|robot*|stroj*|menu|ústředn*) ~5 (shazuje|shazoval*|shodil*|shodí|típne|típnul*|odpojuje|odpojil*|ukončuje|zavěsí|zavěšuje) | noneg
+ na infolince je jen stroj, žádný člověk
+ robot na lince mi pořád nerozuměl
+ systém mě pořád shazuje a hovor končí
- stroj v prodejně nefungoval, tak mi to prodavač spočítal ručně
- robot na vysávání mi přišel rozbitý
# -- cs12b: the machine goes round in circles; no menu option fits; a useless bot; "s člověkem se spojit nedá"
(chat*|bot|botem|chatbot*|robot*|automat*|inteligenc*|asistent*|menu|systém*|nabídk*) ~6 (kruhu|kruh|kolečk*|zacykl*|cyklu|cyklí)
(menu|nabídce|nabídka|nabídky|volb*) ~6 (žádná|žádný|žádné) ~2 (nesedí|nehodí|neodpovídá|nepasuje|není|nevede) | noneg
(bot|botem|chatbot*|robot|robota|automat|asistent*|asistentk*) ~3 k ničemu | weight=0.5
(s|k|se|na) (člověkem|člověku|operátor*|operátork*|živým|živou|živému|pracovník*|pracovnic*|zaměstnanc*) ~5 (spojit|dostat|dovolat|mluvit|promluvit|propojit) ~2 (nejde|nelze|nedá|nešlo|nepodařilo|nepodaří|nepovedlo|nedokázal*|nedokážu|nedokážeme|nemožn*) | noneg
+ umělá inteligence na chatu mě posílá do kruhu
+ v menu je dvacet položek a žádná nesedí na můj problém
+ ten jejich bot je k ničemu, s člověkem se spojit nedá
- v kruhu přátel jsme to probrali
- s operátorem se spojit šlo hned
# -- cs12b: AI on the chat/line; a fully automated line, nobody alive answers; IVR named
(umělá|umělé|umělou|umělý) inteligenc* | weight=0.5
(chat*|lince|linka|linku|infolink*|podpor*) ~4 (uměl*|ai) | weight=0.5
(plně|zcela|úplně|čistě|kompletně) (automatizovan*|automatick*|robotizovan*) | weight=0.5
(nikdo|nikoho|nikým) (živý|živého|živým|skutečný|skutečného) | noneg, weight=0.5
ivr
(nekonečn*|nekonečné) (větvení|menu|nabídk*|volb*|možnost*)
+ na chatu odpovídá jen umělá inteligence
+ linka je plně automatizovaná, nikdo živý to nebere
+ IVR systém je noční můra
+ telefon zvedne vždycky jen záznamník
- pračka je plně automatická a pere skvěle
- umělá inteligence je budoucnost

# -- cs14a: the phone automat (not a vending machine): it asks, repeats, hangs up
(automat|automatu|automatem) ~4 (zeptal*|zeptala|ptal*|ptá|chtěl*|chce|hovor*|zavěsil*|ukončil*|položil*|nerozuměl*|nerozumí|vrací|vrátil*|přepoj*|volb*|menu|opakuje|opakoval*)
+ váš automat se mě třikrát zeptal na číslo smlouvy a pak hovor ukončil
+ automat mi nerozuměl a vracel mě na začátek
+ ten automat se pořád ptá na to samý
- automat na kávu mi nevrátil drobné
- objednávku jsem vyzvedla v automatu bez problémů
- Bál jsem se, že ten bot bude k ničemu, ale poradil mi dobře.
+ s operátorem jsme se přes ten jejich automat spojit nedokázali
