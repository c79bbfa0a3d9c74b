# Staff don't know the product, can't answer, give wrong or contradictory
# information, can't work out how to fix it.
#
# "didn't know", "couldn't answer", "has no idea" (noneg: the negation is
# the complaint; the customer's own "ne vem" / "nisem vedel" is not here,
# only third persons)
(ni|niso|nista) ~2 (vedel|vedela|vedeli|vedele|znal|znala|znali|znale) | noneg
(nihce|nobeden|nobena) ~3 (vedel|vedela|vedeli|znal|znala|znali|ve|vedo|zna|znajo) | noneg
ne (ve|vedo|zna|znajo|pozna|poznajo) | noneg
ne (zna|znajo|znal|znala|znali) ~1 (odgovorit*|povedat*|pomagat*|razlozit*|pojasnit*|resit*|uredit*|nastavit*|popravit*) | noneg
pojma ~1 (nima|nimajo|nimate|niso|ni) | noneg
(nima|nimajo|nimate|niso|ni) ~2 pojma | noneg
ne (pozna|poznajo) ~2 (svoj*|izdelk*|ponudb*|osnov*|pogoj*|sistem*) | noneg
(ni|niso) ~2 (poznal*|poznala|poznali|obvladal*|razumel*) ~3 (osnov*|izdelk*|ponudb*|funkcij*|sistem*|pogoj*|cenik*|tarif*|produkt*|svojih|lastn*|lasten) | noneg
osnov* ~2 (ne|ni) ~1 (pozna|poznajo|poznal*|obvlada*|zna|znajo) | noneg
# lacking competence
nestrokovn*
nestrokoven
nekompetent*
nesposobn*
nesposoben
neizkusen*
neuk
neuka
neuki
neuko
amatersk*
diletant*
nepoznavanj*
neznanj*
nevednost*
zmeden* | weight=0.5
# wrong or contradictory information
(napacn*|nepravil*|zgresen*|zavajajoc*|neresnicn*|netocn*|napacen|neresnicen|netocen) ~1 (informacij*|podatk*|podatek|odgovor*|navodil*|nasvet*|ponudb*|obvestil*|informiranj*|izracun*)
(narobe|napacno|nepravilno) ~2 (svetoval*|informiral*|povedal*|razlozil*|obvestil*|usmeril*|pojasnil*|izracunal*|obracunal*|zabelezil*)
(so|ste|je) ~2 (narobe|napacno|nepravilno) ~1 (nastavil*|vpisal*|vnesl*|vnesel|prodal*|izdal*|namestil*|priklopil*|zaracunal*|obracunal*)
(svetoval*|prodal*|dal|dala|dali|izdal*|nastavil*|namestil*|vgradil*|zamenjal*) ~3 (napacen|napacno|napacna|napacne|napacnega|napacni)
navodil* za ~2 drug* (model*|napravo|izdelek|aparat|tip|verzijo|usmerjevalnik*|router*)
protislovn*
protisloven
(nasprotujoc*|drugacn*|razlicn*|drugacen|razlicen) ~1 (informacij*|podatk*|odgovor*|navodil*|razlag*)
vsak* ~2 (pove|rece|trdi|pravi|govori) ~1 (drug*|svoj*|drugace)
(eden|en|ena|prv*) ~3 (eno|tako) ~1 (drug*|druga) ~1 (drugo|drugace|obratno)
prv* (svetoval*|agent*|operater*|usluzben*|prodajal*|referent*) ~4 (drug*|druga) ~1 da
kaj (zdaj|sedaj|potem) ~1 velja
(pise|pravi|pravijo|pravjo|rekli|rekl|rekel|reku|reko|rekla|trdi|trdijo|govori|govorijo) eno ~8 (drugo|drugega|drugace|obratno)
(rekli|rekl|rekel|reku|reko|rekla|povedali|povedal|povedala|trdili|pisali|napisali) ~3 nekaj ~1 (cisto|povsem|popolnoma|cist) (drugega|drugo)
vsakic ~1 (drug|drugacen|drugo|drugi|drugacno|drugacne|drugo) ~1 (odgovor*|informacij*|podatek|razlag*|cen*|navodil*)
# went to ask a colleague who didn't know either
(sla|sel|sli) (vprasat|vprasati) | weight=0.5
# untrained, no basic knowledge: "niso izšolani", "niti osnovnega znanja"
(neizsolan*|neusposobljen*|nepoucen*|nepodkovan*|neinformiran*)
(niso|ni|nista) ~2 (izsolan*|usposobljen*|poucen*|podkovan*|kos) | noneg
(osnovn*|minimaln*|elementarn*|kakrsnegakoli|nobenega|najosnovnejs*) (znanja|poznavanja|pojma) | noneg
# lost at the simplest question; guessing where the fault is
(zmedel|zmedla|zmedli|zmede|zmedejo|zmeden|zmedena|zmedeni|zmedeno|zmedli) ~4 (vprasanj*|osnov*|najosnovnej*|preprost*|enostavn*)
(ugibal*|ugibala|ugibali|ugiba|ugibajo) ~3 (kje|kaj|kako|zakaj)
# a wrong price, date or amount
(napacn*|nepravil*|napacen) ~1 (cen*|datum*|rok*) | weight=0.5
+ Svetovalka ni vedela, kako se prekliče paket.
+ Dobil sem napačne informacije o vezavi.
+ prodajalec nima pojma o izdelkih, ki jih prodaja
+ Vsak operater mi pove nekaj drugega.
+ Nihče mi ne zna povedati, kdaj bo popravljeno.
+ Očitno niso izšolani za to delo.
+ prodajalec je ugibal, kaj bi lahko bilo narobe
- Nisem vedel, da je treba račun shraniti, moja napaka.
- Svetovalka je vedela vse odgovore, hvala.
- Ne vem, ali je paket že poslan.

# --- pass 3 ---
# contradicting each other: "eden mi je rekel eno, drugi čisto nasprotno"
(rekel|rekla|rekli|reku|reko|povedal|povedala|pove|pravi|trdil|trdila|trdi|napisal|napisala|zatrdil) eno ~8 (drug*|tretj*) ~3 (nasprotno|obratno|drugo|drugace|tretje|svoje|nekaj)
(cisto|povsem|popolnoma|ravno|cist) (nasprotno|obratno) | weight=0.5
nekaj tretjega | weight=0.5
(drug|drugi|druga|naslednji|naslednja) ~4 (nasprotno|obratno|drugace) | weight=0.5
# not knowing their own field: "se ne spozna na tarife", "ne obvlada"
(ne|ni|niso|nista) ~2 (spozna|spoznajo|spoznal|spoznala|spoznali|razbira|razbirajo|obvlada|obvladajo|obvladal*) | noneg
(nimajo|nima|nimata|brez) ~2 (znanja|strokovnosti|izkusenj|izkusnje|kompetenc|osnov) | noneg
(ni|niso|nista) ~2 (imel|imela|imeli) ~2 (pojma|blage|znanja) | noneg
(zgresil*|zmesal*|zamesal*|pomesal*|zamenjal*) ~3 (podatk*|model*|tarif*|paket*|naroc*|racun*|stevilk*|naslov*|pogodb*) | weight=0.5
(brez|blezeca|nobene) ~1 (blage|pojma) | noneg
(neveden|nevedna|nevedni|nevedno)
+ En operater mi je rekel eno, drugi čisto nasprotno.
+ Svetovalka se ne spozna na lastne tarife.
+ Prodajalec ni imel pojma o ceniku.
+ Zaposleni nimajo osnovnega znanja.
- Sam se ne spoznam na tehniko, zato sem vprašal.
- Svetovalka je imela veliko znanja.
# did not know their own product: "se ni spoznal na", "vsak mi je povedal nekaj drugega"
(ni|niso|nista) ~2 (spoznal*|spozna|spoznajo|spoznala|razumel*|razumela) ~2 na | noneg
(vsak|vsaka|vsakdo|vsakic) ~3 (povedal*|povedala|rekel|rekla|trdil*|trdila|odgovoril*|odgovorila|razlozil*|napisal*|svetoval*|zatrjeval*) ~3 (nekaj|kaj|cisto|povsem|popolnoma) drug* | noneg
+ Prodajalec se ni spoznal na lastne izdelke.
+ Vsak mi je povedal nekaj povsem drugega.
- Vsak dan naročim kaj drugega in vedno pride pravočasno.

# --- pass 6 ---
# told two different things: "povedali so mi dve različni ceni"
(povedal*|povedala|povedali|rekli|rekel|rekla|dal*|dali|dobil*|dobila|dobili|sporocil*|napisal*|navedl*|navedla|pove|povejo|recejo) ~3 (dve|dva|tri|stiri|pet|vec|dvoje|troje|popolnoma|povsem|cisto|cist) ~1 (razlicn*|drugacn*|nasprotujoc*|razlicen|drugacen) ~1 (odgovor*|informacij*|cen*|podatk*|razlag*|navodil*|rok*|datum*|znesk*|verzij*|zgodb*|pojasnil*|izracun*)
# I had to teach the staff: "jaz sem moral njemu razložiti, kako deluje"
(jaz|sam|sama) ~3 (njemu|njej|njim|mu|ji|jim|prodajalcu|prodajalki|svetovalcu|svetovalki|operaterju|operaterki|tehniku|serviserju|agentu|usluzbencu|usluzbenki) ~2 (razlozit*|razlagat*|razlozil*|razlozila|pojasnit*|pojasnil*|pojasnila|pokazat*|pokazal*|pokazala|naucit*|naucil*|naucila|dopovedat*)
# didn't grasp the question, couldn't cope
(ni|niso|nista) ~2 (razumel|razumela|razumeli|dojel|dojela|dojeli|zastopil*|kapiral*|stekal*) ~3 (vprasanj*|problem*|tezav*|zadev*|sprasujem|hocem|potrebujem|zelim|moje*) | noneg
(ni|niso|nista) ~2 (znasel|znasla|znasli) | noneg
ne ~1 (znajde|znajdejo) | noneg
+ Na dveh okencih so mi dali dva različna odgovora.
+ Sam sem moral prodajalcu pokazati, kje je nastavitev.
+ Operater sploh ni dojel, kaj je moj problem.
- Robot ni razumel, kaj rečem.
+ Mlada prodajalka se sploh ni znašla.
- Svetovalec je takoj razumel, kaj potrebujem.
- Dobil sem dve različni barvi, kot sem naročil.
# --- pass 6b ---
# "vsak na klicnem centru pove nekaj drugega", "zdaj pravijo nekaj tretjega"
(pove|rece|trdi|pravi|govori|povejo|recejo|trdijo|pravijo|govorijo|povedo) (nekaj|kaj) (drugega|drugacnega|tretjega)
+ Vsak na tej liniji pove nekaj drugega.
- Povej nekaj o sebi, me je vprašala prijazno.
# r9a: shrugged and said "ne vem" (staff's reported answer, not the customer's)
(skomignil*|skomignila|skomignili|skomigne|skomignejo|skomigoval*|skomiga) ~8 (ne|nimam|nimamo|nima|nimajo|pojma) ~1 (vem|vemo|pojma|vedel|vedela|idej*) | noneg
(skomignil*|skomignila|skomignili|skomigne|skomigoval*) ~2 (z|s) ~1 (rameni|ramena) | weight=0.5
+ Vprašal sem za rok dobave, prodajalka pa je skomignila in rekla, da nima pojma.
+ serviser je skomignil z rameni: ne vem, poskusite znova
- Ne vem, zakaj se je paket zamudil, bom počakal.
- Skomignil sem z rameni in kupil drugega.
# r9a: could not find the fault; replaced parts by trial and error
(napak*|okvar*|vzrok*|tezav*|problem*) ~4 (ni|niso|nista) ~2 (odkril*|nasel|nasla|nasli|ugotovil*|locil*|diagnosticiral*|izsledil*|poiskal*) | noneg
(ni|niso|nista) ~2 (odkril*|nasel|nasla|nasli|ugotovil*|diagnosticiral*|izsledil*) ~3 (napak*|okvar*|vzrok*|tezav*|problem*) | noneg, weight=0.5
(vsakic|vsakič|vedno|spet|zopet|znova) ~2 (zamenjal*|zamenjala|zamenjali|menjal*|menjali|preizkusal*|poskusal*|poskusil*) ~2 (drug*|nov*|nekaj) | weight=0.5
(zamenjal*|zamenja|zamenjajo|zamenjata|menjal*|menja|menjajo|menjata|preizkusa*|poskusa*) ~2 (vsakic|vsakič|vedno|spet|zopet|znova) ~2 (drug*|nov*) | weight=0.5
# present tense: "vzroka pa ne odkrijejo", "napake ne najdejo"
(napak*|okvar*|vzrok*) ~4 ne ~1 (odkrij*|odkrije|najdejo|najde|najdeta|ugotovijo|ugotovi|ugotovita|poiscejo|izsledijo) | noneg
na slepo ~2 (menjal*|zamenjal*|menjali|poskusal*|preizkusal*|ugibal*|nastavljal*) | weight=0.5
+ Mehanik je vsakič zamenjal drug del, vzroka okvare pa ni odkril.
+ Vzroka težave tehniki še po mesecu niso ugotovili.
- Tehnik je napako takoj našel in odpravil.
- Napako so našli in zamenjali ventil.

# sl12b: one says A, the next B, the third C
(en|eden|ena|prvi|prva) ~3 (rece|pove|pravi|trdi|rekel|rekla|povedal|povedala|pise|napisal|napisala) ~3 (drugi|druga) ~3 (tretji|tretja)
kdo ~4 sploh ~1 (ve|vedo|zna|znajo) ~1 kaj | weight=0.5
# sl12b: staff searching and failing, running off to ask colleagues
(iskal*|iskala|iskali|brskal*|brskala|listal*) ~3 (kje|kako|kaj|kateri|katero) ~8 (ni|niso|nista) ~1 (nasel|nasla|nasli|vedel*|vedela|znal*|znala) | noneg
(sel|sla|sli|hodil*|hodila|tekal*|tekala|skocil*|skocila) ~2 (sprasevat*|vprasat*|preverjat*|posvetovat*) ~2 (kolega|kolegico|kolegu|kolege|sodelavc*|sodelavk*|sefa|sefico|vodjo|nekoga)
# sl12b: not acquainted with the rules, quoting invalid or outdated ones
(ni|niso|nista) ~2 (seznanjen*|poucen*) ~2 (z|s|o) | noneg
(zastarel*|razveljavljen*|neveljavn*|preklican*|ukinjen*) ~2 (uredb*|zakon*|predpis*|cenik*|pravilnik*|podatk*|informacij*|navodil*|tarif*)
# sl12b: explained the wrong product, staff arguing where things are, mixed-up data
(razlagal*|razlagala|razlozil*|razlozila|govoril*|govorila|pojasnjeval*|pojasnjevala|svetoval*|svetovala) ~3 (o|za) ~1 (napacn*|napacen) ~1 (paket*|tarif*|izdelk*|izdelek|model*|storitv*|pogodb*|naprav*)
(prepiral*|prepirala|prepirali|kregal*|kregala|prerekal*|prerekala|prerekali|prerekata|prepirata|ugibala|ugibata) ~3 (kje|kako|kaj|kateri|katera|kdo)
(zmedel|zmedla|zmedli|zmedle) ~2 (podatk*|stevilk*|termin*|datum*|naslov*|imen*|racun*|narocil*) | weight=0.5
(povedal*|povedala|povedali|rekel|rekla|rekli|trdil*|trdila|svetoval*|svetovala|napisal*) ~3 (obratno|nasprotno) kot
+ En mi reče A, drugi B, tretji C.
+ Svetovalka je iskala, kje se v sistemu spremeni naslov, pa ni našla.
+ Vsako vprašanje je šel spraševat kolega.
+ Referentka ni bila seznanjena z veljavnimi predpisi.
+ Navajala je razveljavljeno uredbo.
+ Agent mi je razlagal o napačnem paketu.
+ Dva zaposlena sta se prepirala, kje sploh je dvigalo.
+ Na koncu so povedali ravno obratno kot prvič.
- Sam sem iskal, kje je kontakt, in ga hitro našel.
- Prodajalka je vse pravilno razložila.
# sl12b: staff googling, acting as if hearing of it first time, returning without an answer
(guglal*|googlal*|guglala|googlala|guglajo|googlajo)
(kot|ko) da ~2 prvic ~1 (vidi|slisi|vidijo|slisijo|vidita|vidis|slisis|dela|delajo) ~2 (za|tak|taksn*|tako|ta|to|tega|router*|usmerjevalnik*|naprav*|izdelek|izdelk*|aplikacij*|program*|sistem*|paket*|racunalnik*|telefon)
(vrnil*|vrnila|vrnili) se ~2 brez (odgovora|resitve|informacij*|pojasnila) | noneg, weight=0.5
(neznalec|neznalci|neznalca|nesposobnez*)
+ Svetovalec je med pogovorom guglal, kako se nastavi router.
+ Obnašal se je, kot da prvič sliši za ta paket.
+ Tehnik je kolega vprašal dvakrat in se vrnil brez odgovora; v paketu se ni znašel.
- Prvič sem videl tak paket in prodajalka mi je vse lepo pojasnila.
# sl12b: checks every step with a colleague, then enters it wrong
(preverjal*|preverjala|preverjali|sprasevala|sprasevali|sprasevalo|sprasuje|preverja|posvetoval*|posvetovala) ~2 (pri|s|z|od) ~1 (kolegic*|kolegu|kolegih|kolega|sodelav*|sefu|sefici|vodji) | weight=0.5
(je|so|sta|ste) ~2 (vpisal*|vpisala|vnesel|vnesla|vnesl*|nastavil*|nastavila|izracunal*|izracunala|obracunal*|obracunala|izpolnil*|izpolnila|zabelezil*|zabelezila|zapisal*|zapisala) ~2 (narobe|napacno|nepravilno|zgresen*)
(napacen|napacno|napacna|napacni) ~1 (datum*|rok*|termin*|podatek|informacij*)
+ Uslužbenka je vse preverjala pri kolegici, na koncu pa je vseeno vpisala narobe.
+ Povedali so mi napačen datum dostave.
- Sam sem vpisal narobe svoj naslov, priznam.

# --- r13 thesaurus pass (sl13a) ---
# nouns/adjectives: botcher, layman, inexperienced, inept
(susmar*|fusar*|inkompetent*|nevesc*|nevescen*|nestrokovnjak*)
(zafusal*|sfusal*|zafusala|zafusali|fusal*) | weight=0.5
(ocitno|cist|cisto|popoln*|totaln*|cisti|pravi|prava) ~1 (novinec|novinka|zacetnik|zacetnica|pripravnik|pripravnica|amater|amaterka|laik|laikinja|laiki|zelenec)
(znanj*|strokovnost*) ~2 (nula|nic|nicla|nobenega|zero|nicelno|nicelna) | noneg
# colloquial "didn't know": vedu, znu, znau, vejo
(ni|niso|nista|nihce|nobeden) ~2 (vedu|vedou|vedl|znu|znau|znou|znal|vedla) | noneg
ne (vejo|znajo|vedo) ~2 (kaj|kako|kje|zakaj|odgovorit*|povedat*|pomagat*) | noneg
(nima|nimajo|nimata|nimate|nimas) ~1 (blage|blazene|blezece|najmanjse|niti) ~1 (veze|ideje|pojma|predstave) | noneg
(ne|ni|niso) ~2 (razume|razumejo|razumel*|obvlada*|pozna|poznajo|poznal*) ~2 (svoj*|lastn*) ~1 (del*|posl*|izdelk*|produkt*|sistem*|ponudb*|storitv*|aplikacij*|program*) | noneg
# wrong / made-up / contradictory info
(izmisljen*|dezinformacij*|napacne|napacnih|zgresene) ~1 (informacij*|podatk*|odgovor*|roke|rok|cene|datume|navodila)
(zavedel|zavedla|zavedli|zavajal*|zavajala|zavajali|zavajajo|zavaja) ~3 (z|s|glede) | weight=0.5
si ~2 (nasprotujejo|nasprotuje|nasprotovali|nasprotovale|nasprotujeta|protislovijo|protislovi)
vsakic ~1 (drugace|drugacno|drugacen)
vsak* ~1 (svoj*) (pesem|zgodbo|verzijo|razlago|teorijo|resnico)
(je|so|bil|bila|bili) ~1 (popolnoma|povsem|cisto|cist|totalno|ocitno) ~1 (zmeden|zmedena|zmedeni|zbegan|zbegana|zbegani|izgubljen|izgubljena|izgubljeni)
+ Tehnik je očitno novinec, ni vedel niti, kje je varovalka.
+ Svetovalec ni vedu, kako se aktivira paket.
+ Kakšno šušmarstvo, inštalater je vodovod priklopil narobe.
+ Prodajalka nima blage veze o telefonih, ki jih prodaja.
+ Operaterji si nasprotujejo, vsak ima svojo verzijo.
+ Agent je bil popolnoma zmeden in me je prestavljal sem in tja.
+ Znanja nula, samo bral je z računalnika in ugibal.
+ Dali so mi izmišljene informacije o dobavnem roku.
- Svetovalka je vse takoj razumela in uredila.
- Ne vem, kako je to mogoče, tehnik pa je vse hitro popravil.
(napacn*|napacen|zgresen*|narobe) ~1 (diagnoz*|meritev|meritve|meritvijo)
(ni|niso|nista) ~2 (imel|imela|imeli|imu|mel|mela|meli) ~2 (odgovora|odgovorov|resitve|pojasnila|razlage) | noneg
(govoril*|nakladal*|trdil*|razlagal*|pisal*|blebetal*|klatil*) ~2 (nesmisl*|neumnost*|bedarij*|traparij*|nebuloz*) | weight=0.5
+ Serviser je postavil napačno diagnozo in zamenjal dobro ploščo.
+ Na nobeno vprašanje niso imeli odgovora, niti na najbolj preprosto.
# --- sl14a: paraphrase families ---
# could not tell models apart: "prodajalec ni ločil med modeli"
(ni|niso|nista|ne) ~1 (locil*|loci|locijo|razlikoval*|razlikuje|razlikujejo) ~2 (med|razlik*|modele|modelov)  | noneg
# handed the wrong item: "izdali so mi neustrezen adapter"
(prodal*|prodali|izdal*|izdali|dal|dala|dali|poslal*|poslali|vgradil*|namestil*) ~2 (napacn*|neustrez*|napacen|neustrezen) ~1 (adapter*|model*|kabel*|polnil*|del|dele|kos|izdelek|velikost*|router*|ruter*|naprav*|rezervn*)
# instructions for another device: "navodila za čisto drug ruter"
navodil* ~4 (drug*|napacn*|napacen) ~2 (model*|ruter*|router*|usmerjevalnik*|naprav*|telefon*|modem*|tip|aparat)
+ V trgovini so mi izdali neustrezen adapter, saj prodajalec ni ločil med modeli.
+ Agentka mi pošlje navodila za čisto drug ruter.
- Prodajalec je lepo ločil med modeli.
- Poslali so mi navodila in vse je delovalo.
# sl15: one adviser says one thing, the next another; does anyone know anything
(en|eden|ena|prvi|prva) (svetoval*|agent*|operater*|usluzben*|prodajal*|referent*|sodelav*) ~8 (drugi|druga|tretji|tretja) ~2 (rekel|rekla|trdi|trdil*|pravi|povedal*)
(kdo|kdorkoli) ~3 (vas|tam|sploh) ~2 (kaj|karkoli) ve
(trije|tri|stirje|vsi) (razlicni|razlicne|razlicna|drugacni) ~3 (noben|nobeden|nobena|nobenega|nic)
se ~2 (zmotil*|zmotila|zmotili|zmotla)
(potrebujem|rabim|moram) ~6 (potem|nato) ~2 da ~1 (potrebujem|rabim|moram)
+ En svetovalec je rekel pet dni, drugi je rekel dva meseca.
+ Ali sploh kdo pri vas kaj ve?
+ Na klicu so mi rekli, da so se v poslovalnici zmotili.
- Svetovalka je vse jasno razložila.
- Kdo ve, kdaj bom spet kupoval.
# sl16: contradictory answers: "kaj torej velja?", "ena je trdila ..., druga, da ..."
kaj (torej|zdaj|sedaj|potem|zdej) (velja|drzi|res)
(ena|en|eden|prva|prvi|prvic) ~3 (trdil*|trdila|rekel|rekla|dejal*|pravil*|zatrjeval*|napisal*|povedal*) ~10 (druga|drugi|drugic|naslednji|naslednja) ~2 da
+ Kaj zdaj drži, vaša pogodba ali vaš mail?
+ Prvi je rekel, da je vse urejeno, drugi pa, da ni nič oddano.
+ Ena svetovalka je trdila eno, druga, da to ne velja.
- Kaj torej moram prinesti s sabo na termin?
- Pomotoma sem jim poslal napačen dokument, pa so mi prijazno pomagali.
- Na polici je bila napačna cena, blagajničarka jo je takoj popravila.
# r18 inflection examples
+ Serviserji okvare že tretjič ne najdejo.

# s9: "po telefonu so rekli eno, v poslovalnici pa nasprotno"
(rekli|rekel|rekla|povedali|povedal|povedala|trdili|trdil|trdila|napisali) eno ~8 (pa|nato|potem|zdaj) ~2 (nasprotno|obratno|drugo|drugace)
+ Na chatu so mi rekli eno, po telefonu pa čisto nasprotno.
+ agent je rekel eno, v trgovini pa drugace
- Rekli so eno uro in res je trajalo eno uro.
# s9: "agent se je zmedel / zmotil"
se (je|so|sta) ~1 (zmedel|zmedla|zmedli|zmedle)
(zmedel|zmedla|zmedli|zmotil|zmotila|zmotili) se (je|so)
+ Agent se je zmedel in mi vklopil napačen paket.
+ zmotila se je pri izracunu obrokov
- Zmotila sem se jaz, podpora je bila v redu.
# s9: "informacije so bile zgrešene"
(informacij*|podatk*|navodil*|odgovor*|nasvet*|izracun*) ~4 (zgresen*|napacn*|netocn*|zavajajoc*|nepravilne|nepravilni|nepravilna|neresnicn*)
+ Informacije, ki sem jih dobila, so bile popolnoma zgrešene.
(informacij*|podatk*|navodil*|nasvet*|odgovor*) ~8 (bile|bil|bila|bili|bilo) ~2 (zgresen*|napacn*|netocn*|zavajajoc*|neresnicn*)
+ navodila od podpore so bila netocna
- Informacije so bile točne in jasne.
# s9: "vaši ljudje ne vejo nič"
ne (vejo|vedo|veste|ve|vesta) ~1 (nic|nicesar) | noneg
+ Vaši ljudje ne vejo nič o lastnih tarifah.
+ na podpori ne vedo nicesar
- Nič ne vem o tem, ker sem bil na dopustu.
# s9: "vsak mi da drugo informacijo"
vsak* ~2 (da|pove|rece|poda|dal|dala|daje|dajo|trdi) ~2 (drug*|svojo|svoj|drugacn*) ~1 (informacij*|odgovor*|zgodb*|verzij*|razlag*|podatek|podatk*)
+ Vsak mi da drugo informacijo.
+ vsak agent pove svojo zgodbo
- Vsak drugi odgovor je bil koristen, hvala.
# s9: mixing up the customer's data
(zamesal*|zamesala|zamesali|pomesal*|pomesala|pomesali) ~4 (racun*|podatk*|narocil*|naslov*|stevilk*|pogodb*|stranke|stranko|paket*|termin*|dokument*|vlog*)
+ Agentka je zamešala moj račun z nekim drugim.
+ na posti so pomesali naslove in paket je sel sosedu
- Zamešala sem datum, zato sem prišla dan prej.
