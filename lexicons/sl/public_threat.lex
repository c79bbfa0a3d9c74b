# Will (or already did) write a review, post on social media, go to a
# regulator, a consumer body, a lawyer or court, the press.
#
# regulators, consumer bodies, courts, lawyers, press
inspektorat*
(inspekcij*|inspekcijsk*)
(trzn*|trznemu|trzni|trzen) (inspektor*|inspekcij*)
(zps|akos|apek) | weight=0.5
zvez* potrosnik*
(varuh*|ombudsman*) ~2 (clovekovih|potrosnik*|pravic*)
(agencij*|agenc*) ~2 (komunikacij*|potrosnik*|varstvo)
(tozb*|tozil|tozila|tozili|tozim|tozimo|tozili|sodno|sodnim|sodni|toziva)
(sodisc*|sodiscu|sodisce)
(odvetni*|pravnik*|pravn*|praven) ~1 (pisarn*|pomoc*|sluzb*|pot*|korak*|pisaren) | weight=0.5
(odvetnik*|odvetnic*|odvetnisk*)
(novinar*|medij*|tv|televizij*) ~3 (obvestil*|obvestim|poklical*|poklicem|pisal*|pisem|posredoval*|javil*|prijavil*|predal*|zadev*|zgodb*)
novinar*
(obvestil*|obvestim|poklicem|poklical*|kontaktir*|pisem|posredujem|predam|javim|prijavim|prijavil*|prijavila|predal*|predala|odnesem|odnesel) ~4 (novinar*|medij*|policij*|inspekt*|inspekc*|zps|akos|odvetnik*|sodisc*|varuh*|javnost*)
prijav* ~4 (inspektorat*|inspekcij*|zps|akos|policij*|agencij*|varuh*)
# social media and reviews
(objavil*|objavila|objavim|objavljam|objavljal*|objavili|delil*|delim|napisal*|napisem|pisem|pisal|pisala|posnel*|gre|bo|gredo) ~4 (facebook*|fb|youtub*|instagram*|insta|twitter*|tiktok*|forum*|forumih|omrezj*|druzbenih|medijih|spletu|splet|reddit*|googl*|javnost*|googel|mrez*|socialn*|socialk*)
(facebook*|fb|youtub*|instagram*|twitter*|tiktok*|forum*|reddit*) | weight=0.5
(negativn*|slab*|iskren*|grozn*|kriticn*|uniceval*|negativen|grozen|kriticen) ~1 (ocen*|recenzij*|mnenj*|komentar*|review*)
(ocen*|recenzij*) ~3 (zvezdic*|negativn*|negativen)
(ocen*|recenzij*) ~3 (googl*|googel) | weight=0.5
(eno|ena|eni|enko|1) zvezdic*
(naj|nej|da) ~1 (vsi|vsak|ljudje|vsakdo|javnost|cela|vsa|celotna|slovenija|drzava|svet|internet) ~2 (vedo|izvejo|slisijo|preberejo|vidijo|ve|slisali|videli|vedeli|prebrali|izvedeli|izveta|slisita|prebereta|vidita)
(opozoril*|opozorim|opozoriti) ~3 (javnost|ljudi|druge|prijatelj*|znance|vse)
javno ~2 (objav*|izpostav*|povem|povedal*|opozor*|razkri*)
# "spisala bom recenzijo", "napisal sem kritiko na forumu"
(spisal*|napisal*|napisem|spisem|objavil*|objavim|objavljam|pustil*|pustim|oddal*|oddam|pisem) ~3 (recenzij*|review*|kritik*)
# regulators by name of the job
(regulator*|nadzorn*|nadzornik*|varuh*|zagovornik*|ombudsman*) ~3 (obvestil*|obvestim|prijavil*|prijavim|predal*|predam|pisal*|pisem|zadev*)
+ Zadevo bom prijavila tržnemu inšpektoratu.
+ Pišem oceno z eno zvezdico na Googlu.
+ Vse gre na Facebook, naj ljudje vidijo, kako delate.
+ naslednji korak je tozba, zadevo sem predal odvetniku
+ Obvestil bom medije.
+ Napisala bom recenzijo na forumu.
- Na Facebooku ste objavili novo akcijo, zanima me, do kdaj velja.
- Hvala, dam vam pet zvezdic.
- Javno opravičilo je najmanj, kar pričakujem.

# --- pass 3 ---
# more places to take it: a criminal complaint, the European consumer
# centre, review sites, colloquial lawyer and court
(ovadb*|ovadil*|ovadim|ovadila|ovaditi|kazensk*)
(evropsk*|epc) ~2 (potrosnisk*|center|centru)
(advokat*|sodnij*|pravdo|pravda|tozbo|tozba)
(tripadvisor*|trustpilot*|linkedin*|bolha|bolhi|mojaobcina*|twitterju|tiktoku)
(slab*|negativn*|slaba|slabo) ~1 (reklam*|publicitet*|promocij*) ~3 (bo|bom|boste|bodo|naredil*|delal*|ste|vam|vama)
(delil*|delim|delila|delili|razsiril*|razsirim) ~3 (izkusnj*|zgodb*|posnetek|posnetke|slike|fotografij*) ~4 (splet*|omrezj*|facebook*|forum*|javnost*|vsemi|vsem|povsod)
(vas|vam|vaju|vama) ~2 (tozim|tozimo|tozil|bom|bomo|toziva) ~2 (tozil*|prijavil*|prijavila|naznanil*|ovadil*)
(grem|gremo|gre|pojdem|pojdemo|greva|pojdeva) ~2 na (sodisc*|sodnijo|policijo|inspekcij*|inspektorat*|medije|televizijo|tv|sodnita|policita|televizita)
+ Vas bom ovadil.
+ Izkušnjo bom delil na spletu, da vsi vidijo.
+ Obrnil se bom na Evropski potrošniški center.
+ Drugače grem na sodišče!
- Prosim za pomoč pri izpolnjevanju obrazca.
- Sliko sem delil s prijateljem.
# writing to the press: "pišem tudi na televizijo", "posnetek pošljem medijem"
(na|v) (televizijo|tv|medije|casopis|radio|oddajo|redakcijo|televizita|oddata|redakcita)
(medijem|novinarjem|redakciji|televiziji|oddaji) ~3 (poslal*|poslala|posljem|pisem|pisal*|napisem|posredujem|posredoval*|prijavim|predam|dam|bom)
(poslal*|poslala|posljem|pisem|posredujem|predam|dam|bom) ~4 (medijem|novinarjem|redakciji)
+ Zgodbo bom poslala novinarjem, naj vidijo.
+ O tem pišem na televizijo.
- To sem videl po televiziji in me zanima ponudba.
# "vsi bodo izvedeli na družbenih omrežjih", "razširil bom po forumih"
(izvedel*|izvedo|izvedela|izvedeli|izvedelo|razsiril*|razsirim|razsirila) ~4 (omrezj*|facebook*|instagram*|forum*|javnost*|splet*|tiktok*)
+ Za to bodo izvedeli vsi na družbenih omrežjih.

# --- pass 6 ---
# a complaint to the regulator or the legal department: "pritožbo pošljem na AKOS"
(poslal*|posljem|posljemo|bom|bomo|vlozil*|vlozim|oddal*|oddam|naslovil*|naslovim|pisem|pritoz*|posljeva) ~4 (akos*|zps*|apek*|agencij*|varuh*|ministrstv*|regulator*|inspekc*|inspektorat*)
(predal*|predala|predam|predamo|posredoval*|posredovala|posredujem|odstopil*|odstopim|izrocil*|izrocim|prepustil*|prepustim|predava) ~4 (pravn*|praven|odvetni*|pravnik*|sodisc*|izterjav*)
+ Pritožbo bom naslovil na AKOS.
+ Celoten primer sem predal pravniku.
- Na AKOS-ovi strani sem prebral, kako deluje prenos številke.
- Pravnik v podjetju mi je zadevo lepo razložil.

# r8: "I will write a review"
(bom|bomo|grem|gremo|greva) ~1 (napisal*|pustil*|oddal*|objavil*|spisal*|napisat|pisat|napisala|pustila|dal|dala) ~2 (ocen*|recenzij*|komentar*|mnenj*|kritik*|review*|zvezdic*)
(ocen*|recenzij*) ~1 (bom|bomo) ~1 (napisal*|pustil*|oddal*|objavil*|spisal*|dal|dala)
+ Bom napisal oceno, da bodo drugi vedeli.
+ Recenzijo bom objavila še danes.
- Bom počakal na oceno škode in se potem odločil.

# r12a: social networks, warning others, equality and patients' advocates
(socialn*|druzben*) (mrez*|omrezj*|medij*) | weight=0.5
(javnost|ljudi|druge|prijatelj*|znance|vse|vsakogar|sosede|kolege|starse|mamice|studente|ostale) ~2 (opozoril*|opozorim|opozoriti|posvaril*|posvarim|posvariti)
(izogibajo|izogibajte|izognejo|izognite|ogibajo|ogibajte|izogibata|izogneta|izognita|ogibata) ~2 (vam|vas|vasi|vasemu|vasim|tej|temu|vama|vaju) | weight=0.5
zagovornik* ~3 (nacela|enakost*|pravic*|potrosnik*|bolnik*|pacient*)
prijav* ~4 (zagovornik*|varuh*|ministrstv*|zbornic*|zdravnisk*|pooblascen*)
(napisal*|pustil*|oddal*|objavil*|spisal*|dal|dala) (bom|bomo|bova) ~2 (ocen*|recenzij*|komentar*|mnenj*|kritik*|review*|zvezdic*)
+ To gre na vse moje socialne mreže.
+ Vse prijatelje bom opozorila, naj se vam izogibajo.
+ Zadevo bom prijavil zagovorniku načela enakosti.
+ Napisala bom mnenje na vaši strani.
- Na socialnih omrežjih sem videl vašo akcijo, zanima me cena.
- Zagovornik strank mi je lepo pomagal, hvala.

# r12a-2: turning to a lawyer or the police; followers; "next step is the police"; tell everyone
(obrnil*|obrnem|obrnemo|obrnila|obrniti|obrnit|obrneva) ~3 (pravnik*|odvetnik*|sodisc*|inspekc*|inspektorat*|zps|akos|varuh*|zvez*|medij*|novinar*|policij*|agencij*|ministrstv*|regulator*|zagovornik*|pooblascen*)
(bodo|bo|naj) ~1 (izvedeli|izvedela|izvedel|izvedo|izve|vedeli|vedela|slisali|slisala) ~3 (vsi|cela|cel|vsa|celotna|sledilc*)
(naslednj*|zadnj*|sledec*) (korak|postaja|naslov) ~3 (policij*|medij*|sodisc*|odvetnik*|inspekc*|inspektorat*|tozb*|zps|akos|javnost|novinar*|varuh*|pravnik*)
(bom|bomo|bova) ~1 (povedal*|raztrobil*|razglasil*|razsiril*|raznesel|raznesla) ~2 (vsem|vsakomur|vsakemu|naokrog|naokoli|vsepovsod)
(povedal*|raztrobil*|razglasil*|razsiril*|raznesel|raznesla) (bom|bomo|bova) ~1 (vsem|vsakomur|vsakemu|naokrog|naokoli|vsepovsod)
(poklical*|pisal*|pisem|poklicem|obvestil*|obvestim|posljem|poslal*) ~2 (preverjeno|tarco|tarci|svetlobnic*)
informacijsk* pooblascen*
+ Obrnil se bom na pravnika.
+ O tem bodo izvedeli vsi moji sledilci.
+ Naslednji korak je policija.
+ Povedala bom vsem znancem, kako ste ravnali.
+ Poklical bom Preverjeno.
- Povedal sem vsem prijateljem, kako super ste bili.
- Sledilci na Instagramu so vašo akcijo pohvalili.
- Paket je preverjeno prispel, hvala.
- Naslednji korak je potrditev naročila v aplikaciji.
# sl15: "this is going viral"
(bo|bodo|gre|slo|sel|sla|naredim|postane|postalo) ~2 viraln*
+ To bo šlo viralno.
+ Poskrbel bom, da postane viralno.
- Videla sem viralni posnetek mačke.
# sl18b: inflection pass: the review before the verb ("mnenje bom napisal")
(ocen*|recenzij*|komentar*|mnenj*|kritik*|review*|zvezdic*) (bom|bomo|bova|bodo) ~1 (napisal*|pustil*|oddal*|objavil*|spisal*|dal|dala|dali) ~3 (na|v|po) ~1 (vas|vasi|vasem|vaso|splet*|google*|facebook*|forum*|portal*|omrezj*|instagram*|tiktok*|vseh|vsej|vsa|strani|socialn*|druzbenih|druzbenem)
+ Oceno bova napisala na vseh portalih.
- Mnenje bom napisala z veseljem, ker ste bili res prijazni.
- Mnenje o izdelku je napisal že moj sin, zelo pohvalno.
