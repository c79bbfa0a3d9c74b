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
(stal|stala|stali|stale|stojim|stojimo|stojite|visel|visela|viseli|visim|visimo) ~6 (minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc)
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~4 (stal|stala|stali|stale|stojim|stojimo|visel|visela|viseli|visim|visimo)
# a length and where it was spent: "pol ure na liniji", "10 minut nič",
# "dve uri glasbe", "20 minut v vrsti"
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~3 (na|v) (liniji|zvezi|telefonu|slusalki|cakanju|vrsti|klepetu|chatu|cakalnici)
(minut*|ura|ure|uri|uro|ur|urah|urama|urami|urico|urca|urce|urci|urco|urc) ~2 (nic|tisine|glasbe|muzike|melodije|melodij|poslusanja|reklam|cakanja|zvonjenja|pesmi|pesmice|pesmic|skladbe|posnetka)
(minut*|urah|uri|ur|ure|uro) ~3 (oglasil*|javil*|pridruzil*|odzval*)
sele (po|cez) ~2 (minut*|urah|uri|ur|uro|urami)
# queues
v vrsti
v (cakalni|cakalno) vrst*
cakaln*
cakalen
(na|v) cakanju
na vrsto ~2 (prisel|prisla|prisli) ~1 (sele|po|cez)
koncno ~3 (oglasil*|javil*|odzval*|pridruzil*)
(dobil|dobila|dobili) ~1 (nekoga|operaterj*|operaterko|cloveka|zvezo|agent*|svetoval*) ~2 sele
(oglasil*|javil*) ~2 sele ~1 (ob|po|cez)
koncno ~3 (dobil|dobila|dobili) ~1 (operaterj*|operaterko|agent*|svetoval*|cloveka|nekoga|zvezo)
(porabil*|izgubil*|zapravil*|presedel*|prestal*|prebil*|prebila) ~3 (minut*|ure|ur|uri|uro|urico|urca|urce|urci|urco|urc|dopoldne|popoldne)
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
preden ~3 (prisel|prisla|prisli|dobil|dobila|dobili) ~3 (do|na) ~2 (operaterj*|operaterk*|cloveka|agent*|svetoval*|vrsto) | weight=0.5
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
