# Waiting on hold, in a phone or chat queue, in line in a shop or office; a
# long wait before anyone helps.  The wait in minutes comes from
# numbers.lex/units.lex.  Waiting for an e-mail answer (no_response), for a
# parcel or a technician (late_delivery) is not here, so a bare "čakam" is
# not enough: it needs a stated length, a queue, a line or a phone.
# čaka* covers čakati, čakam, čakal/a/i, čakanje, čakalna; počaka* the
# perfective (počakal, počakajte).  Not pričakujem (expect).
#
# waited + a number of minutes or hours in the same clause, either order
(caka*|pocaka*) ~6 (minut*|min|ura|ure|uri|uro|ur|urah|urama|urami|urico|urice|urca|urce|urci|urco|urc|h)
(minut*|min|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc|urice|h) ~4 (caka*|pocaka*)
# stood in line / hung on the phone + a length (stal, not stalno)
(stal|stala|stali|stale|stojim|stojimo|stojite|visel|visela|viseli|visim|visimo|zadrzal*|zadrzevali|zadrzat*) ~6 (minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc)
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~4 (stal|stala|stali|stale|stojim|stojimo|visel|visela|viseli|visim|visimo|zadrzal*|zadrzevali|zadrzat*)
# a length and where it was spent: "pol ure na liniji", "10 minut nič",
# "dve uri glasbe", "20 minut v vrsti"
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~3 (na|v) (liniji|zvezi|telefonu|slusalki|slusalko|cakanju|vrsti|koloni|klepetu|chatu|cakalnici)
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~2 (nic|tisine|tisina|tisino|glasbe|muzike|melodije|melodij|poslusanja|reklam|cakanja|zvonjenja|pesmi|pesmice|pesmic|skladbe|posnetka)
(minut*|urah|uri|ur|ure|uro) ~3 (oglasil*|javil*|pridruzil*|odzval*)
sele (po|cez) ~2 (minut*|urah|uri|ur|uro|urami) | weight=0.5
# queues
v vrsti
v (cakalni|cakalno) vrst*
cakaln*
cakalen
(na|v) cakanju
na vrsto ~2 (prisel|prisla|prisli) ~1 (sele|po|cez)
koncno ~3 (oglasil*|javil*|odzval*|pridruzil*)
(dobil|dobu|dobila|dobili) ~1 (nekoga|operaterj*|operaterko|cloveka|zvezo|agent*|svetoval*) ~2 sele
(oglasil*|javil*) ~2 sele ~1 (ob|po|cez)
koncno ~3 (dobil|dobu|dobila|dobili) ~1 (operaterj*|operaterko|agent*|svetoval*|cloveka|nekoga|zvezo)
(porabil*|izgubil*|zgubil*|zapravil*|presedel*|prestal*|prebil*|prebila) ~3 (minut*|ure|ur|uri|uro|urico|urca|urce|urci|urco|urc|dopoldne|popoldne)
(minil*|minila|minilo|preteklo|pretekla) ~3 (minut*|ure|ur|uri|uro) | weight=0.5
koncno ~3 (prisel|prisla|prisli) na vrsto
preden ~3 (kdo|kdorkoli|nekdo|operater*|agent*|svetoval*) ~1 (oglasil*|javil*|odzval*|pridruzil*|dvignil*)
preden ~3 (prisel|prisla|prisli) na vrsto
# on the phone, on hold
na liniji | weight=0.5
na vrsto ~2 (prisel|prisla|prisli|pridem) | weight=0.5
(postavil*|postavila|stopil*|stopila) ~2 v vrsto | weight=0.5
na zvezi | weight=0.5
(visel|visela|viseli|visim|visimo|visi|visijo) ~2 na (telefonu|liniji|zvezi|slusalki)
poslusa* ~3 (glasb*|melodij*|reklam*|posnet*|muzik*)
pustil* ~2 (caka*|cakat)
(caka*|pocaka*) ~3 (v|na|pred|ob|pri) (vrsti|liniji|telefonu|zvezi|klepetu|pultom|pultu|okencem|okencu|blagajno|blagajni|blagajnah|vrati|operaterja|agenta|svetovalca|svetovalko|operaterko)
(caka*|pocaka*) ~3 da se ~2 (kdo|nekdo|kdorkoli|operater*) ~1 (oglasi|javi|odzove|oglasil*|javil*)
(dolg*|neskoncn*|vecn*|predolg*|mucn*|dolgotrajn*|neskoncen|vecen|mucen|dolgotrajen) ~1 cakanj*
cakanj* ~1 (na|v|pri|pred) (liniji|telefonu|zvezi|vrsti|klepetu|okencu|blagajni|pultu)
(caka*|pocaka*) ~3 (vecnost|vecnosti|nedogled|neskoncno)
(caka*|pocaka*) ~2 (cel|celo) (dan|dopoldne|popoldne|vecnost)
(caka*|pocaka*) ~2 (dolgo|predolgo) | weight=0.5
(dolgo|predolgo|neskoncno) ~2 (caka*|pocaka*) | weight=0.5
# nobody picked up for N minutes (noneg: the negation is the complaint)
(minut*|ura|ure|uri|uro|ur|urah|urami|urico|urco|urci) ~3 (ni|nihce|noben*|nobeden) ~2 (oglasil*|javil*|odzval*|dvignil*|odgovoril*) | noneg
zvonil* ~4 (minut*|ura|ure|uri|uro|ur|urico|urco|urci|ves|cel|celo)
# queue position and getting through: "pred vami je še 14 klicalcev",
# "ko sem končno prišla skozi"
pred vami ~3 (klicalc*|klicev|strank*|oseb*|cakajoc*) | weight=0.5
klicalc* | weight=0.5
(prisel|prisla|prisli|prebil*|prebila|pretolkel|pretolkla) skozi | weight=0.5
na (holdu|hold)
# "na zvezi sem visel", "na liniji sem tičal"
na (telefonu|liniji|zvezi|slusalki|cakanju|holdu) ~2 (visel|visela|viseli|visim|visimo|tical*|ticim|cepel*|cepim|cakal*|cakam|sedel*)
(visel|visela|viseli|visim|tical*|ticim|cepel*|cepela|cepim) ~3 (na|v|ob|pri) (telefonu|liniji|zvezi|slusalki|vrsti|cakalnici)
(cakanj*|cakal*|caka*) ~3 (vleklo|vlece|vlekel|vlekla) ~2 (neskoncnost|nedogled|vecnost|ure)
# "preden sem prišel do živega operaterja, je minilo tri četrt ure" (half;
# the minutes go with minil*)
preden ~3 (prisel|prisla|prisli|dobil|dobu|dobila|dobili) ~3 (do|na) ~2 (operaterj*|operaterk*|cloveka|agent*|svetoval*|vrsto) | weight=0.5
# --- added: colloquial past forms (čaku, čakou), aspect pairs (dočakati,
# načakati se, pričakati only with a queue), long lines, a queue that
# does not move, service that comes only after someone notices us
(caku|cakou|cako|cakov|pocaku|pocakou|pocako|cakla|cakli|cekal*|ckal*) ~6 (minut*|min|ura|ure|uri|uro|ur|urah|urama|urami|urico|urice|urca|urce|urci|urco|urc|h|cetrt|cetrturo|urco)
(minut*|min|ura|ure|uri|uro|ur|urah|urama|urami|urico|urice|urca|urce|urci|urco|urc|h|cetrt|cetrturo|urco) ~4 (caku|cakou|cako|cakov|pocaku|pocakou|pocako|cakla|cakli|cekal*)
nacakal*
(docakal*|docakam|docakamo) ~3 (operater*|operaterk*|agent*|svetoval*|cloveka|nekoga|vrsto|odziv*|zvezo)
(dolg*|neskoncn*|ogromn*|kilometrsk*|kacj*|predolg*|velikansk*|dolgo|dolgi|dolge|dolga|dolgo) ~1 (vrsta|vrsto|vrsti|vrste|kolona|kolono|koloni|cakalno|cakalna|cakalni)
(vrsta|vrsto|vrsti|vrste|kolona) ~4 (vlekl*|vlekel|vlece|premikal*|premika|premaknil*|premaknila|pomikal*|pomika|stala|stoji|stojala)
(vrsta|vrste|vrsti|kolona) ~2 (do|skoraj|cez|cisto) ~1 (vrat|izhoda|vhoda|konca|ulice|parkirisc*)
(gnec*|gneca|guzv*) ~4 (caka*|pocaka*|stal*|stoj*|vrst*) | weight=0.5
preden ~4 (nas|me|naju) ~2 (opazil*|opazila|postregel|postregla|postregli|pristopil*|pogledal*|sprejel*|sprejela|poklical*|poklicala|obravnaval*|klical*)
(nas|me|naju) ~3 (sele|koncno) ~3 (opazil*|opazila|postregel|postregla|postregli|pristopil*|sprejel*|sprejela|poklical*|obravnaval*)
(sele|koncno) ~3 (postregel|postregla|postregli|pristopil*|opazil*|opazila|sprejel*|sprejela|obravnaval*)
preden ~3 (kdo|nekdo|kdorkoli|kaksen|kaksna|prodajal*|natakar*|receptor*|usluzben*|uradnik*|uradnic*|blagajnic*|zdravnik*|sestra) ~2 (prisel|prisla|pristopil*|opazil*|opazila|dvignil*|prevzel*|postregel|postregla|pogledal*|vzel|vzela|oglasil*|oglasu)
(caka*|pocaka*|stal|stala|stali) ~4 da (je|so|sta) ~3 (kdo|nekdo|kdorkoli|prodajal*|natakar*|receptor*|usluzben*|blagajnic*|operater*) ~2 (prisel|prisla|prisli|pristopil*|opazil*|odprl*|oglasil*|oglasu|dvignil*|javil*|pogledal*)
(caka*|pocaka*) in (caka*|pocaka*) | weight=0.5
(caka*|pocaka*) ~2 (cel|cela|celo|cele) (vecnost|ure|dopoldne|popoldne|dan|jutro)
(cele|dolge|neskoncne) (ure|minute) ~4 (caka*|pocaka*|stal*|visel*|visela|na|v)
(minut*|ure) ~2 (so|je) ~1 (tekle|minevale|minevala|bezale|tekla|vlekle) | weight=0.5
(cakanj*|cakanje) ~3 (trajal*|trajalo|trajala|traja|vleklo|vlece) ~4 (minut*|min|ura|ure|uri|uro|ur|urah|urama|urami|urico|urice|urca|urce|urci|urco|urc|h|cetrt|cetrturo|urco)
# typos and colloquial lines: linji, linij, vrst, na holdu, na cakanju
(na|v) (linji|linij|holdu|hold|vrst|cakalnici|cakalni|cakalno)
(cakanj*|caka*|pocaka*) ~3 (na|v) (linji|linij|chatu|chat|klepet*|zvezi|liniji)
(zasedeno|zaseden*|zasedena) ~3 (linij*|linja|telefon*|stevilk*|ves|cel|celo|nenehno|stalno|vedno|neprestano|konstantno) | weight=0.5
(linij*|linja|telefon*|stevilk*) ~3 (zasedeno|zaseden*|zasedena) ~3 (ves|cel|celo|nenehno|stalno|vedno|neprestano|konstantno|ure|uro|minut*) | weight=0.5
(drenjal*|drenjala|gnetl*|gnetel|gnetla|presedel*|presedela|tical*|cepel*|cepela|cepeli) ~6 (minut*|min|ura|ure|uri|uro|ur|urah|urami|urico|urco|urci|dopoldne|popoldne|dan|cas)
(minut*|ura|ure|uri|uro|ur|urah|urami|urico|urco|urci) ~4 (drenjal*|drenjala|gnetl*|gnetel|presedel*|presedela|tical*|cepel*|cepela)
(caka*|pocaka*|caku|cakou) ~3 (neskoncnost|neskoncnosti|nedogled|vecnost|vecnosti|vecno|neskoncno)
ure in ure
(vrsta|vrste|vrsti|kolona) ~2 (ni|nic|niti) ~2 (premaknila|premaknilo|premikala|pomikala|premakne|premika|pomaknila) | noneg
+ Na vaši številki sem čakal 45 minut.
+ cakala sem skoraj dve uri, preden se je kdo oglasil
+ V trgovini smo stali v vrsti pol ure.
+ Pol ure na liniji in poslušanje iste melodije.
+ Pustili so me čakati na zvezi, potem pa prekinili.
+ Po dveh urah čakanja sem odložil.
+ visel sem na telefonu celo dopoldne
+ Na holdu sem bil 40 minut.
+ dve urci sem visela na liniji
- Čakal nisem niti minute, odlično!
- Če bi me pustili čakati, bi se razjezil, ampak oglasili so se takoj.
- Že dva tedna čakam na odgovor na e-pošto.
- Obljubili so, da me pokličejo v eni uri. Še danes čakam.
- Pred vami je še ena stranka, so rekli, in takoj sem bil na vrsti.
+ na odgovor operaterja sm cakou 45 min
+ Vrsta se ni premaknila 20 minut.
+ pred okencem smo se drenjali skoraj uro
+ Preden nas je natakar sploh opazil, je minilo pol ure.
- Vrsta je bila kratka, na vrsti sem bil takoj.
# round 7 (clinics, offices, utilities): "linija je ves čas zasedena"
(linij*|linja|telefon*|stevilk*|centrala|ambulant*) ~2 (ves|cel|celo|nenehno|stalno|vedno|neprestano|konstantno|non) ~2 (zasedeno|zaseden*|zasedena) | weight=0.5
(klicem|klicemo|klical*|klicala|klicali) ~2 (ves|cel|celo) (dan|teden|dopoldne|jutro|popoldne) | weight=0.5
+ Na ambulanto kličem že ves teden, linija je ves čas zasedena.
+ Kličemo cel dan, telefon je stalno zaseden.
+ Klical sem ves dopoldne, številka pa vedno zasedena.
- Linija je bila prosta in gospa se je takoj oglasila.
- Klical sem enkrat in so se takoj oglasili.

# r8: gave up / hung up after a stated wait ("po 40 minutah sem obupal")
(minutah|urah|uri|minut|ur|ure) ~3 (obupal*|odnehal*|odlozil*|odlozila)
+ Po 40 minutah sem obupal in odložil.
+ Po dveh urah sem odnehala, nihče se ni javil.
- Po dveh urah vožnje sem prispel v trgovino in kupil, kar sem rabil.
# r9: described hold: the hold music kept playing, "ste naslednji na vrsti",
# the phone on speaker through lunch (each half)
(igral*|igra|vrtel*|vrti|vrtela|predvajal*|predvaja|ponavljal*|ponavlja|ponavljala) ~3 (glasb*|melodij*|muzik*|pesem|pesmic*|skladb*|posnet*) | weight=0.5
(naslednji|naslednja|naslednjo|naslednjem) na vrsti | weight=0.5
(glas|posnetek|avtomat|odzivnik) ~3 (ponavljal*|ponavlja|govoril*|govori|pravil*|pravi|zatrjeval*) | weight=0.5
(zvocnik*|slusalk*|telefon) ~3 (cel|celo|cele|ves|vso|vse|pol) ~1 (kosilo|dopoldne|popoldne|jutro|vecer|dan|uro|ure|vecnost|sluzbo|malico|film|tekmo) | weight=0.5
+ Med kosilom je v slušalki ves čas igrala glasba, glas pa je ponavljal, da smo naslednji na vrsti.
+ telefon sem imel na zvocniku celo dopoldne in se je vrtela ista melodija
- Na radiu je igrala glasba, ki mi je všeč.
- Takoj sem bil naslednji na vrsti in prodajalka me je postregla.

# sl12b: hold-message quotes and music/recordings next to a duration
vas klic ~3 pomemben
(operaterji|operaterke|svetovalci|svetovalke|agenti|linije) ~2 (so|trenutno|vsi|vse) ~1 (zasedeni|zasedene|zasedeno|zasedeni) | weight=0.5
(glasb*|melodij*|muzik*|pesmic*|posnetk*|posnet*) ~4 (minut*|min|ura|ure|uri|uro|ur|urah|urico|urco|cetrt*)
poslusa* ~3 (sporocil*|obvestil*|posnet*) ~3 (minut*|ura|ure|uri|uro|ur|urico|cel|celo|cele)
# sl12b: hung on the line; waiting from opening until noon
(obesil*|obesila|obesili) ~2 na (linijo|liniji|cakanje)
na (linijo|cakanje) ~3 (obesil*|obesila|obesili)
(caka*|pocaka*|stal|stala|stali|sedel*|sedela|sedeli) ~3 od (odprtja|jutra|osmih|sedmih|devetih|zore|zjutraj) ~3 do
(caka*|pocaka*|stal|stala|stali|sedel*|sedela|sedeli) ~6 do (poldneva|poldne|zaprtja|vecera|popoldneva|kosila|mraka)
# sl12b: left sitting/standing; waiting until anyone bothers
pustil* ~3 (sedet*|stat|stati|viset*|cakati|sedeti)
(caka*|pocaka*|stal|stala|stali) ~4 da se ~3 (kdo|kdorkoli|nekdo|sploh) ~2 (zmeni|zmenil*|posveti|posvetil*|pozanima|ukvarja|obrne)
+ Ura in pol na "vaš klic nam je pomemben".
+ Skoraj sem zaspal ob tisti melodiji, 40 min.
+ Poslušala je isto sporočilo celo uro.
+ Na linijo sem se obesila ob devetih.
+ Stranka je morala čakati od odprtja do poldneva.
+ Dedka so pustili sedeti na klopci eno uro.
+ Čakala sva, da se kdo sploh zmeni za naju.
- Glasba v trgovini je bila prijetna, postregli so me v minuti.
# sl12b: it took ages before anyone answered; holding the receiver; waiting in vain
(trajal*|trajalo|trajala) ~3 (vecnost|vecno|ure|uro|cetrt*|dolgo|predolgo|celo) ~4 (preden|da) ~3 (oglasil*|javil*|odzval*|dvignil*|prisel|prisla|postregel|postregla|pristopil*)
(drzal*|drzala|drzim|drzati) ~2 (slusalk*|telefon*) ~4 (minut*|ura|ure|uri|uro|ur|urico|cel|celo|pol|dolgo)
(slusalk*|telefon*) ~2 (drzal*|drzala|drzim|drzati) ~4 (minut*|ura|ure|uri|uro|ur|urico|cel|celo|pol|dolgo)
+ Trajalo je celo večnost, preden se je kdo oglasil.
+ Slušalko sem držal pol ure.
- Trajalo je le trenutek, preden se je oglasila prijazna gospa. Super!
# sl12b: half a day lost in a corridor / waiting room
(pol|cel|celo|ves) (dneva|dan|dopoldne|popoldne|jutro) ~4 (na|v|pred) (hodniku|cakalnici|vrsti|okencem|okencu|liniji|ambulanto|ambulanti|pultom|sprejemu)
(hodniku|cakalnici|ambulanto|okencem) ~4 (pol|cel|celo|ves|vse) (dneva|dan|dopoldne|popoldne|jutro)
+ Pol dneva sem izgubila na hodniku pred ambulanto.
- Ves dan sem bil v banki na izobraževanju, bilo je super.
# --- sl14a: paraphrase families ---
# held / kept on the line: "med zadrževanjem na liniji", "zadržan na zvezi"
(zadrzevanj*|zadrzan*|zadrzana) ~2 (na|v) (liniji|zvezi|telefonu|cakanju|vrsti|koloni|cakalnici)
# music or ads listened to, in either order: "vaše oglase sem poslušal 75 minut"
(glasb*|melodij*|reklam*|oglas*|muzik*|posnet*) ~6 poslusa*
poslusa* ~3 oglas*
# a length spent at a counter or till: "15 minut sem bila pri blagajni"
(minut*|ura|ure|uri|uro|ur|urah|urami|urico|urco|urce|urci) ~5 (pri|pred|ob) (blagajni|blagajnah|pultu|pultom|okencu|okencem|okenci|okencih|okencem)
(pri|pred) (blagajni|blagajnah|pultu|pultom|okencu|okencem|okenci|okencih) ~5 (minut|minute|minuto|minuti|ura|ure|uri|uro|ur|urico|urco|urce|urci)
# until someone finally picked up: "dokler ni končno nekdo dvignil"
dokler ~4 (kdo|nekdo|kdorkoli|operater*|operaterk*|agent*|svetoval*) ~1 (oglasil*|javil*|odzval*|dvignil*) | noneg
koncno ~3 (dvignil*|dvignila|dvignili)
+ S tastaro sva dve urci drezala v slušalko, dokler ni končno nekdo dvignil.
+ Pred bančnimi okenci smo se zadržali 45 minut.
+ Vaše oglase sem med zadrževanjem na liniji poslušal celih 75 minut.
+ Petnajst minut sem bila pri blagajni, prodajalki sta klepetali.
- Dokler se nekdo ne oglasi, vam ne morem povedati cene.
- Dvignil sem denar pri okencu v petih minutah.
- Kosilo je v šolo prispelo šele po treh urah in mrzlo.
