# Had to explain the problem or give the same details again and again to
# different people.
#
# again: znova/ponovno/spet/vedno znova + explain, send, give details
(znova|ponovno|spet|vnovic|zopet|vsakic|vsakemu|vsaki|vsakomur|posebej) ~4 (razlag*|razloz*|pojasnj*|pojasnil*|pojasnit*|povedat*|povedal*|posilja*|poslat*|poslal*|posljem|navaja*|navest*|narekova*|naredit*|opisova*|opisat*|opisal*|vpisova*|vpisat*|izpolnjeva*|izpolnit*|dokazova*|dokazat*|ponavlja*|ponovit*|ponovil*|dajat*|dati|diktira*|prilagat*|prilozit*)
(razlag*|razloz*|pojasnj*|pojasnil*|povedat*|povedal*|posiljam|posiljal*|poslat*|poslal*|navajam|navest*|opisat*|opisal*|ponovit*|ponovil*|diktira*|narekova*) ~3 (znova|ponovno|spet|vnovic|zopet|vsakic|vsakemu|vsaki)
(moram|moral*|morala|morali|moramo|treba|morava) ~3 (ponavlja*|ponovit*|ponovno|znova|spet)
ponavljam ~3 (ist*|vse|podatk*|zgodb*|problem*|tezav*|stevilk*)
# from the beginning, once more, the whole story
(razlag*|razloz*|pojasn*|povedat*|povedal*|posilja*|poslat*|ponovit*|opisat*|opisal*|pojasen) ~3 (se|še) enkrat
(razlag*|razloz*|pojasn*|povedat*|povedal*|posilja*|poslat*|ponovit*|opisat*|opisal*|pojasen) ~3 vedno znova
od zacetka ~3 (razlag*|razloz*|pojasn*|povedat*|povedal*|zacet*|zacel*|zacela|opisat*|pojasen)
(razlag*|razloz*|pojasn*|povedat*|povedal*|zacet*|zacel*|zacela|zaceti|opisat*|opisal*|pisem|pisati|napisat*|pisal*|poslat*|pojasen) ~3 od zacetka
vse od zacetka
(povedal*|razlozil*|razlagal*|pojasnil*|opisal*|pisal*) ~3 (dvema|trem|stirim|petim|sestim|desetim|vsem|razlicnim|vec|stevilnim) ~1 (ljudem|osebam|operaterjem|operaterkam|agentom|svetovalcem|svetovalkam|usluzbencem|referentom|sogovornikom)
(cel*|vso) (zgodb*|storijo|zgodovino|storita) ~3 (znova|ponovno|spet|povedat*|razlag*|pripoved*|ponovit*|narekova*)
(znova|ponovno|spet|vsakic) ~3 (cel*|vso) (zgodb*|storijo|zgodovino|storita)
# the same questions and details for every new person
vsak* (nov|novi|nova|novo) (agent*|operater*|operaterk*|referent*|svetoval*|usluzben*|clovek|oseba|sogovornik*|zaposlen*)
(sprasuj*|sprasev*|vprasa*|zahteva*|hoce|hocejo|hoceta) ~2 (ist*|enak*) ~1 (stvari|podatk*|vprasanj*|informacij*|dokument*|fotografij*|slik*|stevilk*)
(posiljam|posiljal*|poslal*|poslala|poslali|pisem|dajem|navajam|priloz*|prilagam) ~3 (ist*|enak*) ~1 (fotografij*|slik*|podatk*|dokument*|opis*|racun*|stevilk*|dokazil*|zgodb*)
(kolikokrat|stokrat|tisockrat|nestetokrat|x-krat|dvakrat|trikrat|stirikrat|petkrat|veckrat) ~2 (sem|sm|sn|smo|sva|moram|moral|morala) ~3 (razlag*|razlozil*|razlozila|pojasn*|povedal*|povedala|povedati|ponovil*|ponovila|ponavlja*|opisal*|opisala|posredoval*|poslal*|poslala|pojasen)
(kolikokrat|stokrat|tisockrat|nestetokrat|dvakrat|trikrat|stirikrat|petkrat|veckrat) ~3 (razlagam|pojasnjujem|ponavljam|povem|opisujem|posiljam)
(razlagal*|razlozil*|razlozila|pojasnil*|pojasnjeval*|povedal*|povedala|ponovil*|ponovila|opisal*|opisala) (sem|sm|sn|smo|sva) ~4 (kolikokrat|stokrat|tisockrat|nestetokrat|dvakrat|trikrat|stirikrat|petkrat|veckrat)
# nobody reads or keeps the history
(nihce|noben*|nobeden) ~3 (ne|ni) ~1 (prebere|prebral*|pogleda|pogledal*|zabelezi*|zapise|zapisal*|shrani|vidi) ~3 (prejsnj*|zgodovin*|korespondenc*|zapisk*|zapisnik*|pogovor*) | noneg
(nimajo|nima|nimate|niso|ni|nimata|nista) ~2 (zapisan*|zabelezen*|zabelezil*|zapisal*|shranjen*|evidentiran*) | noneg
prejsnj* ~1 (korespondenc*|komunikacij*)
# "opisujem isto okvaro", "vsakič novemu referentu"
(opisuje*|razlaga*|pojasnjuje*|povem|povemo|poveva|posilja*|narekuje*|diktira*|navaja*) ~2 (ist*|enak*|vse|cel*) ~1 (zgodb*|okvar*|napak*|tezav*|problem*|podatk*|stevilk*|stvar*)
vsakic ~1 (novemu|drugemu|novi|drugi|nov|drug) (agent*|operater*|referent*|svetoval*|usluzben*|cloveku|osebi|sogovornik*)
ponavljanj* ~2 (ist*|enak*|cel*) ~1 (zgodb*|podatk*|stevilk*|problem*|tezav*|zadev*|vprasanj*)
# they ask for the same details again: "zdaj jih zahtevate še enkrat"
(posredoval*|poslal*|poslala|dal|dala|navedl*|navedla|posiljal*) ~3 ze ~1 (dvakrat|trikrat|stirikrat|petkrat|veckrat|nestetokrat|stokrat|kolikokrat)
(zahtevate|zahtevajo|sprasujete|sprasujejo|hocete|hocejo|rabite|rabijo|potrebujete|potrebujejo|zahtevata|sprasujeta|hoceta|rabita|potrebujeta) ~3 (se|spet) enkrat
(zahtevate|zahtevajo|sprasujete|sprasujejo|hocete|hocejo|zahtevata|sprasujeta|hoceta) ~3 (znova|ponovno|vnovic)
+ Vsakemu novemu operaterju moram znova razlagati celo zgodbo.
+ Že tretjič pošiljam iste podatke, ker jih nihče ne najde.
+ vsak nov agent me sprasuje iste stvari
+ Stokrat sem že povedal številko pogodbe.
+ Vse sem moral ponoviti od začetka.
+ Vsakič novemu operaterju razlagam isto zgodbo.
- Res mi ni bilo treba ničesar ponavljati, vse so imeli zapisano.
- Operaterka je takoj vedela, za kaj gre.
- Poslal sem fotografije in zadevo so rešili isti dan.

# --- pass 3 ---
# dictating the same data again: "številko pogodbe sem diktiral štirikrat"
(diktiral*|diktirala|diktiram|narekoval*|crkoval*|crkovala|povedal*|podal*|posredoval*|vpisal*|vnesel|vnesla) ~4 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat|znova|ponovno|spet|zopet)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat) ~3 (diktiral*|diktirala|crkoval*|crkovala|narekoval*)
+ Številko pogodbe sem diktiral vsaj štirikrat.
+ Trikrat sem črkoval svoj priimek.
- Številko pogodbe sem enkrat povedal in vse je bilo urejeno.
- Diktiral sem naslov kurirju.

# --- pass 6 ---
# what was told before is lost: "nihče ni vedel, kaj sem povedal prejšnjemu"
(kaj|vse|kar) (sem|sm|smo|sva) ~1 (povedal*|povedala|razlozil*|razlozila|pojasnil*|pojasnila|rekel|rekla|napisal*|napisala|opisal*|opisala) ~1 (prejsnj*|prvemu|prvi|kolegu|kolegici|sodelavcu|sodelavki) | noneg
# listing, entering, filling in again
(znova|ponovno|spet|vnovic|zopet|vsakic) ~4 (nastev*|nastet*|nastel*|nastela|pripovedova*|vnasa*|vnest*|vnesl*|vnesel|izpolnil*|izpolnila|izpolnjujem|izpolnjeval*|posreduj*|posredoval*|skenira*|prilozil*|prilozila|prilagam|nalagal*|nalozil*|nalozila)
ze (drugic|tretjic|cetrtic|petic|sestic|veckrat|nestetokrat) ~3 (izpolnil*|izpolnila|izpolnjujem|poslal*|poslala|posiljam|razlag*|razlozil*|razlozila|pojasnjujem|pojasnil*|povedal*|povedala|opisal*|opisala|posredoval*|posredovala|prilozil*|prilozila|nalozil*|nalozila|vpisal*|vpisala|vnesel|vnesla|nasteval*)
(izpolnil*|izpolnila|poslal*|poslala|razlozil*|razlozila|pojasnil*|pojasnila|povedal*|povedala|opisal*|opisala|posredoval*|posredovala|prilozil*|prilozila|nalozil*|nalozila|vpisal*|vpisala|vnesel|vnesla) ~3 ze (drugic|tretjic|cetrtic|petic|sestic|veckrat|nestetokrat)
# told to the fourth person: "zgodbo sem razlagala že četrtemu človeku"
(razlag*|razlozil*|razlozila|pojasnjeval*|pojasnil*|pojasnila|povedal*|povedala|opisal*|opisala|pripovedoval*) ~3 (drugemu|tretjemu|cetrtemu|petemu|sestemu|desetemu|naslednjemu|vsakemu|tretji|cetrti|peti) ~1 (cloveku|osebi|operaterju|operaterki|agentu|agentki|svetovalcu|svetovalki|referentu|referentki|usluzbencu|usluzbenki|sogovorniku|sogovornici|sodelavcu|sodelavki)
(drugemu|tretjemu|cetrtemu|petemu|sestemu|desetemu|naslednjemu|tretji|cetrti|peti) ~1 (cloveku|osebi|operaterju|operaterki|agentu|agentki|svetovalcu|svetovalki|referentu|referentki|usluzbencu|usluzbenki|sogovorniku|sogovornici) ~3 (razlag*|razlozil*|razlozila|pojasnjujem|pojasnil*|pojasnila|povedal*|povedala|opisal*|opisala|povem|opisujem|razlagam)
# starting over every time, no notes kept
(vedno|vsakic|spet|zmeraj|zmerom|vsakokrat|znova) ~2 na novo
(zacnem|zacnemo|zacet*|zacel*|zacela|razlag*|pojasn*|povedat*|opisat*|zacneva) ~3 na novo
(zapisk*|zapisnik*|zabelezb*|belezk*|opomb*) ~4 (nimajo|nima|nimate|nimata|ni|niso|nista) | noneg
(nobenih|nobene|nobenega|brez) ~1 (zapisk*|zapisnik*|zabelezb*|belezk*)  | noneg
# they ask for the same detail five times: "so me vprašali petkrat"
(me|mi|mene|nas|nam|naju|nama) ~3 (vprasal*|vprasala|vprasali|sprasev*|sprasuj*|zahteval*|zahtevala|zahtevali|terjal*|hoteli|hotel|hotela) ~3 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat|znova|ponovno|spet|vsakic)
+ Ponovno sem moral naštevati vse, kar sem povedal že včeraj.
+ Nihče ni vedel, kaj sem povedala prejšnji operaterki.
+ Prošnjo sem izpolnila že tretjič.
+ Isto sem razlagal že petemu svetovalcu.
+ Vsakič začnem na novo, ker nimajo nobenih zapiskov.
+ EMŠO so me spraševali trikrat v enem klicu.
- Na novo sem uredil stanovanje in sem zadovoljen.
- Obrazec sem izpolnil in ga oddal, hvala za pomoč.
# --- pass 6b ---
# "trikrat sem morala napisati isto pritožbo"
(moral|morala|morali|moram|moramo|treba|morava) ~2 (napisat*|pisat*|poslat*|oddat*|izpolnit*|razlozit*|povedat*|pojasnit*|opisat*|nastet*|narekovat*|prilozit*|skenirat*|pripovedovat*|razlagat*) ~2 (ist*|enak*|znova|ponovno|spet|vnovic|zopet)
+ Morala sem poslati isto fotografijo še tretjemu oddelku.
- Moral sem poslati fotografijo računa in vse je bilo urejeno.

# r8: told it to N different people ("že petim sodelavcem")
(opisal*|opisala|razlozil*|pojasnil*|povedal*|razlagal*|pojasnjeval*|opisoval*|diktiral*|ponovil*|poslal*|posiljal*) ~5 (dvema|trem|stirim|petim|sestim|sedmim|desetim|razlicnim) ~2 (sodelav*|operater*|agent*|referent*|svetoval*|usluzben*|ljudem|osebam|serviser*|tehnik*|prodajal*|zaposlen*|delavc*)
(opisal*|opisala|razlozil*|pojasnil*|povedal*|razlagal*|pojasnjeval*|opisoval*|diktiral*|ponovil*) ~5 (vsakemu|vsakmu)
+ Isto težavo sem opisala že petim različnim sodelavcem.
+ Razložil sem trem operaterjem, vsak je hotel slišati od začetka.
+ Fotografije sem poslal že dvema referentoma.
- Težavo sem opisal prvemu operaterju in jo je takoj rešil.
- Razložil mi je vse v treh minutah.
+ Številko pogodbe so od mene zahtevali kar trikrat.

# sl12b: the same story told to N people (people before the verb, "isto zgodbo" after)
(dvema|trem|stirim|petim|sestim|sedmim|desetim|vsem|razlicnim|stevilnim) ~2 (ljudem|osebam|operaterj*|operaterk*|agent*|svetoval*|usluzben*|referent*|sogovornik*|zaposlen*|sodelavc*|uradnik*|serviser*|tehnik*) ~4 (povedal*|povedala|razlozil*|razlozila|razlagal*|pojasnil*|pojasnila|opisal*|opisala|pisal*|podal*|podala|pripovedoval*|ponovil*)
(isto|isti|iste|enako|enak|enake|celo) ~1 (zgodbo|pritozbo|tezavo|problem|stvar|vprasanje|zadevo|okvaro|podatke|reklamacijo|pesem|litanijo|reklamacita|litanita) ~5 (dvema|trem|stirim|petim|sestim|desetim|razlicnim|vsem|vsakemu|vsaki|vsakomur)
(dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|stokrat) ~2 (pripovedoval*|pripovedovala|razlagal*|razlagala|pojasnil*|pojasnila|povedal*|povedala|opisal*|opisala|ponovil*|ponovila|ponavljal*|razlozil*|razlozila|podal*|podala) ~2 (isto|isti|iste|enako|enak|enake|vse|svoje|celo)
# sl12b: everyone starts / asks from scratch
vsak* ~3 (zacel*|zacela|zacne|zacnejo|zacenja|zacenjajo|sprasev*|sprasuj*|vprasal*|vprasala|zacneta|zacenjata) ~2 od (zacetka|nule|nicle|zacetek|spredaj)
(zacel*|zacela|zacet*|zacnem|zacne|zacnejo|zacneta) ~2 od (nule|nicle) ~3 (vsak*|spet|znova|ponovno|vedno) 
# sl12b: broken-record idiom, wanting everything anew
(ponavljam|ponavljala|ponavljal|ponavljamo|ponavljas|ponavljava) se ~3 (kot|ko) ~1 (pokvarjen*|papig*|plosc*|lajn*)
(hoce|hocejo|zahteva*|sprasuj*|sprasev*|vprasa*|rabijo|rabi|potrebuj*|zelijo|zeli|hoceta|rabita|zelita) ~4 (vse|vsa|ist*|enak*) ~2 na novo
# sl12b: asked again for the same data
(spet|znova|ponovno|vsakic|zopet|vedno) ~2 (vprasal*|vprasala|vprasali|sprasev*|sprasuj*|zahteval*|zahtevala|zahtevali|terjal*) ~2 (za|po) ~2 (podatk*|naslov*|stevilk*|emso|davcn*|ime|imena|datum*|opis*|dokument*|zgodb*|kod*|geslo|racun*)
(se|spet|znova) enkrat ~2 (pove|povem|povemo|poveva|povedo|poveste|povesta|povej|povejte|povedati|razloz*|opise|opisem|opisemo|opiseva|opisejo|opisite|opisita|ponovi|ponovim|ponovimo|ponoviva|ponovijo|ponovite|ponovita|navede|navedem|navedemo|navedeva|navedejo|navedite|navedita|diktira*|narekuj*) ~2 (svoj*|vse|podatk*|tezav*|problem*|zgodb*|stevilk*|naslov*|ime|emso|okvar*)
(obnov*|pripovedovat*|ponovit*|ponavljat*|razlagat*) ~2 (celotn*|celo|cel|vso|vse) ~1 (zgodb*|dogajanj*|potek*|situacij*|dogodk*|historiat*)
(kaj|kar) (sem|smo|sva) ~1 (rekla|rekel|povedal*|povedala|razlozil*|razlozila|napisal*|napisala) ~1 (prej|zadnjic|prejsnjic|prvic|vceraj) | noneg, weight=0.5
+ Petim ljudem sem povedal isto zgodbo.
+ Isto pritožbo sem podal trem različnim uslužbencem.
+ V treh pisarnah sem trikrat pripovedoval isto.
+ vsak me je vprasal od zacetka
+ Ponavljam se kot pokvarjena plošča.
+ Vsaka operaterka hoče vse podatke na novo.
+ Vsak mi je spet vprasal za naslov in emso.
+ Rekli so, naj še enkrat povem svoje podatke.
+ Že tretjič sem morala obnoviti celotno zgodbo.
- Prodajalka je vse podatke vzela enkrat in jih vpisala.
- Zgodbo sem povedal samo enemu svetovalcu, ki je vse uredil.
# sl12b: copy-pasting the same description, re-verifying identity, the same questions again
(sem|smo|sva) ~2 (kopiral*|kopirala|prekopiral*|skopiral*|prilepil*|prilepila|copy-pastal*|copypastal*) ~3 (ist*|enak*|svoj*) ~1 (opis*|besedil*|sporocil*|pritozb*|zgodb*)
(kopiral*|kopirala|prekopiral*|skopiral*|prilepil*|prilepila) (sem|smo|sva) ~3 (ist*|enak*|svoj*) ~1 (opis*|besedil*|sporocil*|pritozb*|zgodb*)
(kopiram|prilepim|copy-pastam|prekopiram|skopiram) ~3 (ist*|enak*|svoj*) ~1 (opis*|besedil*|sporocil*|pritozb*|zgodb*)
(ponovno|znova|spet|vsakic|vedno) ~2 (identific*|preverja*|preverit*|preverjal*|potrjeva*|potrdit*|dokazova*|dokazat*) ~2 (identitet*|istovetnost*|podatk*)
(ist*|enak*) (vprasanj*|vprasanja) ~3 (znova|spet|vedno|vsakic|ponovno|vsak|vsaka|vsakdo)
+ Isti opis sem prekopiral in prilepil v tri obrazce, pa so ga spet zahtevali.
+ Vsakič znova preverjajo mojo identiteto, kot da me ne poznajo.
+ Ista vprašanja vsakič, pri vsakem klicu.
- Identiteto so preverili enkrat, nato je šlo hitro.
- Agent mi je trikrat prilepil isto besedilo o akciji.
(ist*|enak*) (opis*|besedil*|sporocil*|pritozb*) (sem|smo|sva) ~2 (kopiral*|kopirala|prekopiral*|skopiral*|prilepil*|prilepila)
# sl12b: "how many more times must I send/explain", again from scratch, writing it all once more
kolikokrat ~4 (posljem|poslati|povem|povedati|razlozim|razloziti|ponovim|ponoviti|napisem|napisati|opisem|opisati|pojasnim|pojasniti|diktiram|narekujem|izpolnim|nalozim|razlagam|pisem)
(spet|znova|vedno|zopet|vsakic) ~1 od (zacetka|nule|nicle)
(napisal*|napisala|pisal*|pisala|izpolnil*|izpolnila|vnesel|vnesla|nastel*|nastela|nasteval*|razlagal*|razlagala|navajal*|navajala) ~3 (se|spet|znova) enkrat
(ni|niso|nista) ~2 (imel*|imela|imeli|videl*|videla|videli|prebral*|prebrala) ~3 (prejsnj*|mojih|zgodovin*|predhodn*) ~1 (sporocil*|pogovor*|zapisk*|klic*|korespondenc*|zahtevk*|mailov|emailov) | noneg, weight=0.5
kot da me ~2 prvic ~1 (slisijo|slisi|vidijo|vidi|poznajo|slisita|vidita|poznata) | weight=0.5
+ Kolikokrat naj vam še pošljem isto fotografijo računa?
+ Pri vsakem novem klicu spet od začetka.
+ Vse sem napisal še enkrat, ker prejšnjih sporočil niso imeli.
- Obrazec sem izpolnil enkrat in vse je bilo urejeno.
# --- sl14a: paraphrase families ---
# asked for the same things again: "znova me izprašuje o istih podatkih"
(sprasuj*|izprasuj*|sprasev*|vprasuj*) ~3 (iste|istih|ista|isto|enake|enakih)
(znova|ponovno|spet|vnovic|zopet) ~2 (sprasuj*|izprasuj*|sprasev*)
+ Vsak naslednji agent me znova izprašuje o istih podatkih.
+ Spet me sprašujejo iste stvari kot prejšnji teden.
- Sprašujem, ali imate isti model v črni barvi.
- Agent me je vprašal za podatke in takoj rešil.
# sl18b: inflection pass (person/number of "opisujem isto", "še enkrat povem")
+ Že četrtič opisujeva isto okvaro.
+ Naj še enkrat povemo svoje podatke, so rekli.
+ Mož že tretji dan razlaga isto zgodbo.
- Še enkrat povejte, ali vam ustreza torek?
