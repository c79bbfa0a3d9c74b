# Treated worse because of age, gender, origin, disability, language,
# appearance.
diskrimin*
rasist*
seksist*
sovinist*
ksenofob*
homofob*
predsodk*
predsodek
cefur*
(temn*|temen|temnejs*|drug*|drugacn*|drugacen|barv*) ~1 (polt*|koz*|barv*) | weight=0.5
(zaradi|ker|kr|zato) ~4 (polt*|naglas*|porekl*|priimk*|vozick*|bergl*|rutk*|invalidnost*|starost*)
# "zaradi starosti / spola / porekla / naglasa / invalidnosti"
zaradi ~1 (starosti|let|spola|porekla|narodnosti|rase|naglasa|jezika|invalidnosti|hendikepa|vere|veroizpovedi|videza|oblacil|tetovaz|priimka|nosecnosti|vozicka|oviranosti|barve)
# "ker sem Rom / tujec / ženska / na vozičku"
(ker|kr) (sem|sm|sn|je|smo|sta|so) ~1 (rom|romka|romi|romkinja|tujec|tujka|tujci|zenska|zensko|upokojen*|invalid*|gej|lezbijk*|musliman*|temnopolt*|priseljen*|migrant*|gluh*|slep*|vozicku|nosec*|cigan*|naglusn*|slabovid*|gibalno|oviran*|avtist*|dementn*|gluhonem*)
(ker|kr) (sem|sm|sn|smo|sva) ~1 (prestar*|premlad*|starejs*|star|stara|stari|mlad|mlada|mladi)
(ker|kr) (je|so|sta) ~1 (prestar*|premlad*|starejs*|stara|star|stari|starejsa) | weight=0.5
(ker|kr) ~1 ne (govorim|govori|znam|zna|govorimo) ~1 (slovensk*|slovenscine|slovenscino) | noneg
(ker|kr) ~1 (nisem|nism|nisn|ni|nismo) ~1 (slovenec|slovenka|slovenci|domacin*) | noneg
# age: "v vaših letih", "za vas itak prezapleteno"
(v|pri|za) (vasih|teh|tvojih) letih
(v|pri|za) (mojih|njegovih|njenih|najinih|nasih|njunih|njihovih) letih ~3 (itak|prezapleten*|pretezk*|prezahtevn*|prestar*|prestara|prepozno)
(prezapleten*|pretezk*|prezahtevn*|prestar*) ~3 (v|pri|za) (mojih|njegovih|njenih|najinih|nasih|njunih|njihovih|vasih|tvojih|teh) letih
za (vas|vaju|tebe|njo|njega|mene|naju|nas) ~1 (prezapleten*|pretezk*|prezahtevn*|prezahteven)
za (starejs*|stare|penzionist*|upokojenc*) ~1 (ni|itak)
za (tujce|tujca|tujko|rome|roma|starejse|upokojence|invalide|migrante|priseljence|zenske|take) ~3 (nimajo|nimamo|ni|ne) | noneg
# accent, language, origin
(moj|moja|mojega|tuj*|juzn*|balkansk*|hrvask*|srbsk*|bosansk*|angleski|juzen) naglas*
naglas* ~3 (zacel*|posmeh*|smejal*|ignorira*|zavrnil*|norcev*)
(tujc*|tujk*|rom|romov|romom|priseljen*|migrant*|invalid*) ~2 ne (postrez*|sprejm*|spust*|dovol*|prodaj*|daj*) | noneg
(zenske|zenska|starejsi|starejse|upokojenci|tujci|romi|invalidi|stari|babice|dedki|vi) ~3 (tega|to|itak|pac|tako|ze) ~2 (ne|ni) ~1 (razumejo|razume|razumete|znajo|zna|znate|obvladajo|potrebujejo) | noneg
# disability and refused access
invalid* | weight=0.5
(niso|ni|nista) ~1 (spustil*|pustil*|sprejel*|postregl*|postregel) ~1 (v|noter|na) | noneg, weight=0.5
(slep*|gluh*|invalid*|vozick*|bergl*|vodnik*|bergel|naglusn*|slabovid*|gluhonem*|downov*|avtist*|cerebraln*|dementn*) ~12 (zavrnil*|nagnal*|odslovil*|spodil*|odgnal*|napodil*|odpravil*)
(zavrnil*|nagnal*|odslovil*|spodil*|odgnal*|napodil*) ~6 (slep*|gluh*|invalid*|vozick*|vodnik*)
invalidsk* vozick* | noneg
(pes|psom|psa) vodnik* | weight=0.5
(takih|taksnih) (strank|ljudi) ~3 ne (potrebujemo|potrebujejo|rabimo|rabijo|marajo|maramo|strezemo) | noneg, weight=0.5
# followed around the shop like a suspect
(hodil|hodila|hodili|sledil|sledila|sledili) ~1 za (mano|nami) | weight=0.5
/\b(?:pri\s+\d{2,3}\s+letih|ima\s+\d{2,3}\s+let|\d{2,3}\s*-?\s*letn\w*)\b/ | weight=0.5 anchor=(let|letih|letn*)
kot da ~1 ne ~1 (razume|razumem|razumeta|zna|ve) | noneg, weight=0.5
# attitude to a group: "kakšen odnos do upokojencev"
odnos* ~2 do (upokojenc*|starejs*|tujc*|invalid*|zensk*|romov|migrant*|priseljenc*|gluh*|slep*|musliman*|temnopolt*)
# the only one singled out: "edini temnopolti stranki"
(edini|edina|edino|edinemu|edinega|edino) ~2 (temnopolt*|tujc*|tujk*|rom|romka|romu|romki|invalid*|zensk*|starejs*|muslimank*|musliman*|priseljen*)
# "naj se najprej naučim jezika"
(naj|nej) se ~2 (naucim|naucite|nauci|naucijo) ~1 (jezik*|slovensk*|slovenscin*)
# groups refused help: "starejšim strankam ne pomagajo", "takih ne strežejo"
(starejsim|upokojencem|tujcem|invalidom|romom|zenskam|migrantom|priseljencem) ~3 ne ~1 (pomagajo|pomagate|pomagamo|postrezejo|strezejo|prodajo|dajo|odobrijo|dovolijo) | noneg
(takih|taksnih) ~2 ne (strezemo|strezejo|postrezemo|postrezejo|sprejemamo|sprejemajo|spuscamo|spuscajo) | noneg, weight=0.5
# "kot ženska sem dobila trikrat višjo ceno"
kot (zenska|tujec|tujka|rom|romka|upokojenec|upokojenka|invalid|invalidka|starejsa|starejsi|temnopolt*|priseljen*|muslimanka|musliman|gej|lezbijka) ~5 (visj*|drazj*|slabs*|drugacn*|drugace|zavrnil*|zavrnili|ignorira*|prezrl*|spregled*)
# headscarf, surname
(z|s|v) (rutko|ruto|hidzabom|tancico|turbanom|burko|nikabom) | weight=0.5
(gledal*|sepetal*|posmehoval*|smejal*|opazoval*|sledil*|zavrnil*|ignorira*|nagnal*|odslovil*) ~8 (rutko|ruto|rutke|hidzab*|tancic*|turban*|burko|nikab*)
(rutko|ruto|rutke|hidzab*|tancic*|turban*|burko|nikab*) ~8 (gledal*|sepetal*|posmehoval*|smejal*|opazoval*|sledil*|zavrnil*|ignorira*|nagnal*|odslovil*)
(priim*|ime|imena|imenom) ~3 (ic|ovic|evic)
(rekel|reku|rekla|rekli|rekl|ces|zabrusil*|namignil*) ~3 da (sem|sm|sn|ste|si|je) ~2 (prestar*|stara|star|stari|stare|premlad*|tujka|tujec|tujci|zenska|baba|starka|penzionistk*|penzionist*|upokojen*)
(za|pri) (vase|tvoje|moje|njene|njegove) (leta|letih)
+ Ker sem Rom, me je varnostnik ves čas opazoval.
+ Zavrnili so me zaradi starosti.
+ Ko je slisala moj naglas, je začela govoriti z mano kot z otrokom.
+ To je čista diskriminacija invalidov.
+ Rekli so mi, da je to v vaših letih itak prezapleteno.
+ Kakšen odnos do starejših je to?
+ varnostnik je sledil samo meni, edini temnopolti stranki
- Prodajalka je bila prijazna do moje stare mame.
- Ali imate popust za upokojence?
- Govoril je naglas, da sem ga slišal.
- Z rutko na glavi sem se počutila lepo sprejeta.
+ Varnostnik mi je sledil samo zato, ker sem temnejše polti.
+ rekli so mi da sm prestara za pametni telefon
- Star sem 70 let in zelo zadovoljen s postrežbo.

# --- pass 3 ---
# stereotyping a group to the customer's face: "vi ženske se itak ne
# spoznate", "vi penzionisti"
(vi|ve|ti|vas|vam) (zenske|zensk|tujci|tujcev|tujcem|upokojenci|upokojencev|penzionisti|penzionistov|starci|starcev|romi|romov|cigani|juznjaki|juznjakov|bosanci|srbi|priseljenci|migranti|invalidi|babe|blondinke|mladi|mladina)
(zenske|zenska|babe|starejsi|upokojenci|penzionisti|tujci|romi|invalidi|stari|mladi) ~3 (se|itak|pac|nic) ~2 ne (spoznate|spoznajo|spozna|razumete|razumejo|znate|znajo|obvladate|obvladajo|zastopite|stekate|kapirate) | noneg
# groups not sold to / not served: "upokojencem ne prodajajo", "tujcem ne dajejo"
(starejsim|upokojencem|penzionistom|tujcem|invalidom|romom|zenskam|migrantom|priseljencem|mladim|tujkam) ~3 ne ~1 (prodajajo|prodajamo|dajejo|dajemo|odobrijo|odobravajo|omogocajo|nudijo|nudimo|izdajo|sprejemajo|oddajajo|oddajo|najemajo) | noneg
# treated as second-class: "do tujcev se obnašajo kot do drugorazrednih"
drugorazredn*
drugorazreden
(obnasa*|ravna*|ravnal*|vede|vedejo|gleda*|postopa*) ~4 do (upokojenc*|starejs*|tujc*|tujk*|invalid*|zensk*|romov|migrant*|priseljenc*|gluh*|slep*|musliman*|temnopolt*|juznjak*)
# origin and nationality: "ker sem Bosanka", "ker sem iz Srbije"
(ker|kr) (sem|sm|sn|smo|je|so|sta) ~1 (bosan*|srb|srbkinja|srbi|albanec|albanka|albanci|makedon*|kosovar*|hrvat|hrvatica|hrvati|ukrajin*|rus|rusinja|rusi|arab*|afrikan*|african*|azijat*|kitajc*|kitajk*|juznjak*|tujeg*|transspol*|debel*|gluhonem*|nosec*|pupka|penzic)
# relative named between: "ker je moj mož Bosanec", "ker je njena mama Rominja"
(ker|kr) (je|sta|so) (moj|moja|moji|moje|njen|njena|njegov|njegova|nas|nasa|najin|najina) (moz|zena|mama|mami|oce|ati|sin|hci|hcerka|brat|sestra|partner|partnerka|fant|punca|babica|dedek|sosed|soseda|otrok|otroci|starsi) (bosan*|srb|srbkinja|srbi|albanec|albanka|makedon*|kosovar*|hrvat|hrvatica|ukrajin*|rus|rusinja|arab*|afrikan*|azijat*|kitajc*|kitajk*|juznjak*|rom|romka|romi|rominja|romkinja|tujec|tujka|tujci|musliman*|temnopolt*|priseljen*|migrant*|gluh*|slep*|invalid*|naglusn*|slabovid*|gluhonem*|avtist*)
(ker|kr) (sem|sm|sn|smo|je|so) iz (bosne|srbije|kosova|makedonije|hrvaske|romunije|albanije|ukrajine|afrike|azije|tujine|juga|balkana|bivse|drugih)
(ker|kr) ~1 (nisem|nism|nisn|ni|nismo) ~1 (tukajsnj*|tukajsnji|od|domac*) | noneg
(ker|kr) ~2 (imam|ima|imamo) ~1 (tuj|tuji|tujega|juzni|balkanski|mocan|drugacen|drugacno|drugacni|tetovaz*|rutko|ruto)
# "kot ženski so mi zaračunali več"
kot (zenski|tujki|tujcu|upokojencu|upokojenki|invalidu|invalidki|romu|romki|starejsemu|starejsi|priseljencu|priseljenki|muslimanki|muslimanu) ~5 (visj*|drazj*|slabs*|drugacn*|drugace|vec|manj|zavrnil*|zavrnili|ignorira*|prezrl*|spregled*)
# "zaradi barve kože / vere / spolne usmerjenosti"
zaradi ~2 (koze|polti|vere|spolne|usmerjenosti|narodnosti|etnicnosti|etnicne|rutke|naglasa|hendikepa)
+ zenske se itak nic ne spoznate na avte, mi je rekel serviser
+ Upokojencem ne prodajajo naročnin s telefonom.
+ Do tujcev se obnašajo kot do drugorazrednih ljudi.
+ Ker sem Bosanka, so mi rekli, naj pridem s prevajalcem.
+ Mene so poslali na konec vrste, ker nisem tukajšnji.
+ Vi penzionisti itak nič ne razumete, je rekel.
- Ker sem iz Maribora, sem prišel z vlakom.
- Vi ste bili zelo prijazni do moje mame.
# a group remark quoted from staff: "da starejši itak nimamo kam hiteti"
da (starejsi|stari|starejse|upokojenci|tujci|invalidi|zenske|romi|migranti|priseljenci|babice|dedki|penzionisti|cefurji|juznjaki) ~3 (itak|pac|vedno|nimamo|nimate|nimajo|ne|nic|tako)
# mocked or ignored over a disability, origin or dress: "ki je gluh ... začel posmehovati"
(gluh*|slep*|invalid*|vozick*|bergl*|gluhonem*|naglus*|slabovid*|jeclja*|naglas*|tujc*|tujk*|ruto|ruti|temnopolt*|romsk*) ~8 (posmeh*|zasmeh*|norcev*|norcuj*|oponasal*|oponasa*|zmerjal*)
+ Uslužbenka je rekla, da upokojenci itak ne razumemo interneta.
+ Ker jeclja, so se mu za pultom posmehovali.
- Za invalide imate lepo urejen dostop, pohvala.
# mocking sign language or a limp: "ob njegovih znakih se je začel posmehovati"
(znakovn*|kretnj*|znakih|znaki|berglah|hoji|jecljanj*) ~5 (posmeh*|zasmeh*|norcev*|norcuj*|oponasa*|oponasal*|smejal*|smejala|smejali|hihital*)
(posmeh*|zasmeh*|norcev*|norcuj*|oponasa*|oponasal*) ~5 (znakovn*|kretnj*|znakom|berglam|hoji|jecljanj*)
+ Ko je sin uporabil znakovni jezik, se mu je prodajalec posmehoval.
# singled out by skin colour: "ko je videl mojo temnejšo polt, je zahteval dodaten dokument"
(polt*|temnejs*|temnopolt*|barvo) ~6 (zahteval*|dodatn*|preveril*|preverjal*|sumnicav*|ignorir*|odklonil*|zavrnil*|sledil*|opazoval*)
# "meni kot ženski pa ne", "nam kot tujcem niso"
(meni|mene|nam|nas|njej|njemu) kot (zenski|zenskam|moskemu|moskim|tujcu|tujki|tujcem|upokojencu|upokojenki|upokojencem|starejsi|starejsemu|invalidu|invalidki|materi|mami) ~3 (ne|ni|niso|nic|nicesar) | noneg
+ Sosedu so takoj odobrili, meni kot ženski pa ne.
+ Ko je opazil mojo temnejšo polt, je zahteval še en dokument.

# --- pass 6 ---
# access refused with a wheelchair, crutches, a guide dog
(vozick*|bergl*|invalid*|slep*|gluh*|vodnik*) ~6 (nisem|nism|nismo|nisva|nista|nisi|ni|niso|ne) ~2 (mogel|mogla|mogli|mogle|mogu|morem|more|moremo|moreva|morejo|pustil*|pustila|spustil*|spustila|dostop*|noter|priti|vstop*) | noneg
# worse terms for a group than for others: "ženskam slabše ponudbe kot moškim"
(slabs*|drazj*|visj*|drugacn*|drugace|slabse) ~6 kot ~1 (moskim|moski|moskemu|zenskam|zenski|domacinom|domacim|slovencem|mlajsim|belcem|ostalim)
# treated "like a Roma", "like a foreigner"
kot do (roma|romov|romke|romkinje|tujca|tujcev|tujke|cigana|ciganov|cefurja|cefurjev|juznjaka|juznjakov|penzionista|priseljenca|migranta|invalida)
+ Z vozičkom v poslovalnico nisem mogla, ker ni klančine in nihče ni pomagal.
+ Moja žena je dobila dražji izračun kot moški kolega.
+ Obnašali so se do mene kot do cigana.
- Voziček sem pustil pred vrati in šel noter.
- Kot do prijatelja so se obnašali do mene, hvala.
# --- pass 6b ---
# a group refused a service: "tujcem ne odprejo računa"
(starejsim|upokojencem|penzionistom|tujcem|invalidom|romom|zenskam|migrantom|priseljencem|tujkam|beguncem|muslimanom) ~3 ne ~1 (odprejo|odpirajo|posodijo|zaposlijo|strezejo|postrezejo|pomagajo|sklenejo|sklepajo|omogocijo|dovolijo|dajo|prodajo|sprejmejo|oddajo|najamejo|izdajajo) | noneg
+ Tujcem ne odprejo računa, je rekla.
- Tujcem ne zaračunavamo provizije, je rekla prijazno.

# r8: "only because she is older / a foreigner", "call someone who speaks Slovenian"
(samo|le|zgolj|zato) ~2 ker (je|sem|smo|sta|so|sva) ~2 (starejs*|tujec|tujca|tujka|tujci|tujke|invalid*|zenska|romi|romka|rom|temnopolt*|gluh*|slep*|upokojen*|upokojenk*|musliman*|muslimank*|priseljen*|nosec*|istospoln*|tujega|tujih)
(nekoga|nekdo|koga|nekom|nekomu) ~3 (zna|govori|znajo|govorijo|razume) ~1 (slovensk*|slovenscin*)
+ Mojo mamo so obravnavali kot otroka samo zato, ker je starejša.
+ Rekla mi je, naj pokličem nekoga, ki zna slovensko.
+ Varnostnik je hodil za nama le zato, ker sva tujca.
- Prednost imajo starejši, ker je tako prav, in to sem z veseljem upoštevala.
- Ali lahko pokličem nekoga, ki zna angleško?
# r9a: another group got better terms than me ("moškim so ponudili boljše pogoje kot meni")
(moskim|moskemu|moski|zenskam|zenski|domacinom|domacim|slovencem|mlajsim|mladim|belcem|belim|domacini|mlajsi|moskih|zensk) ~6 (boljs*|nizj*|cenejs*|ugodnejs*|prijaznejs*|hitrejs*|prednost) ~6 kot (meni|mami|ocetu|zeni|mozu|nam|nama|njej|njemu|mojemu|moji|babici|dedku)
+ Mlajšim strankam so dali ugodnejšo obrestno mero kot mami.
+ moskim sodelavcem so ponudili nizjo ceno kot meni za isto storitev
- Pri konkurenci so ponudili boljše pogoje kot meni pri vas.

# r12a: named unequal treatment: "neenaka obravnava", "nedopustno razlikovanje", "na podlagi narodnosti"
(neenak*|neenakopravn*|diskriminatorn*|nedopustn*|razlicn*) ~1 (obravnav*|razlikovanj*|ravnanj*)
na podlagi ~1 (starosti|spola|narodnosti|porekla|rase|vere|veroizpovedi|invalidnosti|oviranosti|naglasa|jezika|videza|priimka|polti|spolne|etnicn*|nosecnosti|drzavljanstv*)
# a group refused by the staff's own rule: "tujcem ne odpiramo računov", "ne oddajajo parom z otroki in tujcem"
(starejsim|upokojencem|penzionistom|tujcem|invalidom|romom|zenskam|migrantom|priseljencem|tujkam|beguncem|muslimanom|temnopoltim) ~3 ne ~1 (odpira*|oddaja*|zaposluj*|izdaja*|sprejema*|prodaja*|streze*|postreze*|pomaga*|spusca*|dovoljuj*|odobrava*|sklepa*) | noneg
ne ~1 (odpira*|oddaja*|oddajo|zaposluj*|zaposlijo|izdaja*|sprejema*|sprejmejo|prodaja*|prodajo|streze*|postreze*|spusca*|spustijo|odobri*|odobrava*|sklepa*|sklenejo) ~5 (starejsim|upokojencem|penzionistom|tujcem|invalidom|romom|zenskam|migrantom|priseljencem|tujkam|beguncem|muslimanom|temnopoltim) | noneg
# "as a disabled / deaf person I was sidelined, humiliated"
kot (invalid*|gluh*|slep*|slabovid*|naglusn*|gluhonem*|starejs*|tuj*|temnopolt*|nosec*|zensk*|upokojen*|priseljen*|rom*|musliman*) ~6 (zapostavljen*|ponizan*|ponizal*|ponizali|odslovljen*|odrinjen*|spregledan*|prezrt*|odpravljen*|zavrnjen*|obravnavan*|resno)
kot (invalid*|gluh*|slep*|slabovid*|naglusn*|gluhonem*|starejs*|tuj*|temnopolt*|nosec*|zensk*|upokojen*|priseljen*|rom*|musliman*) ~6 ni ~2 (jemal*|jemala|vzel*|obravnaval*) ~1 resno | noneg
# staff talk only to the man or the companion, past the customer
(pogovarjal*|govoril*|obracal*|nagovarjal*|razlagal*|gledal*|odgovarjal*|komuniciral*) ~3 (samo|le|izkljucno|zgolj) ~2 (s|z) ~1 (fantom|mozem|moskim|moskimi|sinom|hcerjo|partnerjem|spremljevalc*|spremljevalk*|asistent*|tolmac*|skrbnik*)
# "I am blind / my father is deaf" needs a second cue; "something other customers are not asked for"
(sem|je|smo|sta|sva|ki) ~1 (slep|slepa|slepi|gluh|gluha|gluhi|gluhonem*|slabovid*|naglusn*|invalid*|oviran*|gibalno) | weight=0.5
(od|pri) (drugih|ostalih) ~5 (ne|nikoli|nic|niso|ni|nista) ~1 (zahteva*|preverja*|terja*|pricakuj*|rabi*|sprasuj*|zaracuna*) | noneg, weight=0.5
(drugim|ostalim|mlajsim|domacim) (strankam|kupcem|gostom|ljudem|potnikom|pacientom|studentom) ~4 (pa|so|je) ~2 (omogocil*|dovolil*|odobril*|dali|dal|ponudil*|postregl*|spustil*) | weight=0.5
# talked to like a child, only with another cue
(ravna*|govoril*|obravnaval*|obnasal*|pogovarjal*|razlagal*) ~3 kot (z|s|do) (otrokom|otroka|otrok|otroki|majhnim|bebcem|bebca|neumnim|neumnega) | weight=0.5
+ Na banki so mi rekli, da tujcem ne odpiramo računov, kar je neenaka obravnava.
+ Kot invalidna oseba sem bila povsem zapostavljena.
+ Prodajalec se je pogovarjal samo z mojim možem, čeprav sem jaz kupovala.
+ Sem slep, od drugih strank pa teh potrdil ne zahtevajo.
+ Moja mama je starejša in ker je starejša, so z njo ravnali kot z otrokom.
- Na podlagi računa sem zahteval garancijo.
- Od drugih ponudnikov ne zahtevajo takih potrdil, zanima me, zakaj vi.
- Garancije niso priznali, ker je račun star dve leti.

# r12a-2: the -isms named; a group told "we don't serve people like you"
(rasiz*|seksiz*|sovinizem|sovinizm*|ksenofobij*|homofobij*|segregacij*)
ne ~2 (ljudem|ljudi|strankam|takim|taksnim) ~1 kot (ste|si|so) (vi|ti|oni) | noneg
# "as a pensioner they would not sell to me"
kot (zenski|zenskam|tujcu|tujki|tujcem|upokojencu|upokojenki|upokojencem|starejsi|starejsemu|invalidu|invalidki|romu|romki|priseljencu|priseljenki|muslimanki|muslimanu|temnopolti|temnopoltemu) ~3 (ne|ni|niso|nista|nic|nicesar) | noneg
# a relative's disability named as an attribute, needs company: "z mojim avtističnim sinom"
(avtistic*|gluh*|slep*|invalidn*|slabovid*|naglusn*|dementn*|gluhonem*) ~1 (sin*|hcer*|mam*|oce*|ocet*|brat*|sestr*|babic*|dedk*|moz*|zen*|otrok*|teta|tet*|strank*|oseb*) | weight=0.5
(ravna*|obravnaval*|obnasal*) ~3 kot (z|s|do) (nadlog*|psom|psa|zivino|smetjo|odpadk*|bremen*|zrakom) | weight=0.5
+ To je navaden rasizem.
+ Ne strežemo ljudem, kot ste vi, je rekel.
+ Kot upokojenki mi niso hoteli prodati telefona na obroke.
+ Z mojim avtističnim sinom so ravnali kot z nadlogo.
+ Ker je mama naglušna, se z njo sploh niso hoteli ukvarjati.
- Ljudje, kot ste vi, so naše najboljše stranke, je rekla prijazno.
- Mojemu gluhemu sinu so vse lepo napisali na listek.
# sl15: told to "speak proper Slovenian" / mocked for second language; deaf customer forced to phone
(govori*|govorim|govorite) ~2 (pravilno|normalno) ~1 (slovensk*|slovenscin*|anglesk*|jezik*)
(moj|moja|mi) ~2 drugi jezik | weight=0.5
(je|sta|so) (gluh|gluha|gluhi|naglusen|naglusna|gluhonem*) | weight=0.5
(samo|le|izkljucno) ~3 telefonsk* ~1 (stik*|kontakt*|komunikacij*) | weight=0.5
(gluh*|naglusn*) ~20 (samo|le|izkljucno) ~2 (telefonsk*|telefon*|klic*)
+ Rekel mi je, naj govorim pravilno slovensko.
+ Mama je gluha, sistem pa dovoljuje samo telefonski stik.
+ Slovenščina je moj drugi jezik, pa so me zasmehovali, kot da ne razume nič.
- Govoril je lepo slovensko in bil prijazen.
- Moj drugi jezik je nemščina, pri vas sem naročil knjigo.
# sl16: an elderly parent ignored or talked past: "očeta je popolnoma prezrl"
(oceta|ata|tata|mamo|mamico|mami|babico|dedka|starsa|starejsega|starejso|upokojenca|upokojenko|starko|starcka) ~3 (prezrl*|prezrla|ignoriral*|spregledal*|odrinil*|preskocil*)
(prezrl*|ignoriral*|spregledal*|odrinil*) ~3 (oceta|ata|tata|mamo|mamico|babico|dedka|starejsega|starejso|upokojenca|upokojenko)
+ Prodajalka je mamo povsem prezrla in govorila samo z mano.
+ Ignoriral je dedka, kot da ga ni.
+ Babico je kar preskočil in postregel mlajšim.
- Očeta so prijazno postregli in mu vse razložili.
# r18 inflection examples
+ Ker je moja mama gluha, so jo kar odslovili brez razlage.
+ Prodajalec je rekel, da je to pri njegovih letih pretežko za dedka.
+ Z berglami nismo mogli noter, ker so stopnice.
