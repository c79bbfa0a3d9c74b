# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.  The manager words: vodja, nadrejeni, poslovodja,
# direktor, šef (all cases).  Rules quoting the refusal are noneg.
#
# the manager "is not available / may not be called / won't deal with it"
(vodj*|vodstv*|nadrejen*|poslovodj*|poslovodkinj*|direktor*|sef|sefa|sefu|sefom|sefe|sefi|sefica|sefico|sefici|sefinj*|menedzer*|manager*|nadzornik*|supervizor*) ~4 (ni|niso|ne) ~1 (ukvarja|ukvarjajo|govori|govorijo|pogovarja|pogovarjajo|hotla|htel|htela|pokaze|pokazati|pokazat|oglasi|mogoce|moc|na|dosegljiv*|dosegljiva|sme|smem|smejo|bo|dal|dala|dali|da|dajo|hotel|hotu|hotela|hoteli|zeli|zelijo|obravnaval*|obravnava|tu|tukaj|bilo|blo|poklical*|klicati|klicat|poklicati|poklicat|prisel|prisla|pride|sprejema|sprejme|mores|morem|moremo|dobis|dobim) | noneg
(vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefica|menedzer*) ~6 (dopust*|sestank*|bolnisk*|odsoten|odsotna|zaseden|zasedena|nedosegljiv*)
(tudi|niti) ~2 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefica|sefinja|menedzer*) ne | noneg
# "she wouldn't call / put me through to the manager"
(ni|niso|nista|ne|nisem|nism|nisn|nismo) ~3 (poklicat*|poklical*|poklicala|poklicali|povezat*|povezal*|zvezat*|zvezal*|preveza*|dat|dati|dal|dala|dali|pokazat*|spustit*|govorit*|govoril*|klicat*|priklicat*) ~2 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|sefici|menedzer*|odgovorn*|odgovoren) | noneg
# asked for a manager (0.6) + a refusal (0.4): either alone is not enough
(zahteval*|zahtevam|zahteva|prosnj*|prosil*|hotel|hotu|hotela|hoteli|zelel*|zelim|terjal*|vprasal|vprasala|vprasali) ~4 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|menedzer*|odgovorn*|odgovoren) | weight=0.6
da ~2 (ni|niso) ~1 (mogoce|na|moc|dosegljiv*) | noneg, weight=0.4
da (je|ga|jih) ni | noneg, weight=0.4
# nobody above, nobody else: "ona je zadnja instanca", "nad mano ni nikogar"
(ga|je|jo) ne (bo|bodo|more|sme|hoce|zeli) ~1 (klical*|poklical*|poklicati|klicati|poklicala|dal|dala|dati|priklical*|poklicat) | noneg, weight=0.4
zadnj* instanc*
nad (mano|njo|njim|nami|menoj) ~1 ni nikogar | noneg
ni nikogar ~2 nad | noneg
nihce (drug|drugi|visje|nad) ~3 (ne|ni) | noneg
(vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|menedzer*) ~8 (odklonil*|zavrnil|zavrnila|zavrnili)
nihce ~2 ne ~1 (odloca|sme|more) ~2 (izjem*|tem|tega) | noneg
pomagat* ~1 nihce | noneg
# "so mi rekli, da ga danes ni", "da take osebe ni", "To ni potrebno."
da (ga|je|jih) ~1 (danes|trenutno|zdaj|sedaj|tu|tukaj|vec) ni | noneg, weight=0.4
(take|taksne|nobene|odgovorne|visje) osebe ~1 (ni|nimajo|nimamo) | noneg, weight=0.4
ni (potrebno|treba|nujno|potrebe) | noneg, weight=0.4
# no way up: "do vodstva ne moreš priti", "z nekom višje ne morete govoriti"
do (vodj*|vodstv*|nadrejen*|direktor*|sefa|sefice|poslovodj*|poslovodkinj*|odgovorn*) ~2 ne ~1 (morem|mores|more|moremo|morete|pride|pridem|prides|priti|pridete) | noneg
(nekom|nekoga|nekomu|kom|koga) ~1 (visje|visjim|visjega|nadrejenim|nadrejenega) ~3 ne ~1 (morete|morem|mores|more|moremo|morejo|gre|da|dam|damo|dajo) | noneg
ne ~1 (morete|morem|mores|more|morejo) ~3 (nekom|nekoga|nikomur|nikogar) ~1 (visje|visjim|visjega|nad)
# "šefa mi ni hotla dat"
(vodjo|vodje|nadrejenega|nadrejeno|nadrejene|poslovodjo|poslovodje|poslovodkinjo|direktorja|direktorico|direktorice|sefa|sefico|sefice|sefinjo|sefinje|menedzerja) ~3 (ni|niso|nista|ne) ~2 (dat|dati|dal|dala|dali|poklicat*|poklical*|povezat*|prevezat*|priklicat*|zvezat*) | noneg
da je ~1 (na|v) (dopustu|sestanku|bolniski|malici|terenu|pavzi|seminarju) | noneg, weight=0.4
+ Zahtevala sem vodjo, pa so rekli, da ni na voljo.
+ poslovodje mi niso hoteli poklicati
+ Rekel je, da nad njim ni nikogar in da je on zadnja instanca.
+ Prosil sem za nadrejenega, odgovorili so, da to ni mogoče.
+ Ni me hotela povezati z nadrejenim.
+ Poslovodkinja se ni hotela pogovarjati z mano.
+ do vodstva ne mores priti
- Vodja izmene mi je takoj pomagal in se opravičil.
- Poslovodja je prišel in rešil zadevo.
- Prosil sem za račun in so mi ga takoj dali.

# --- pass 3 ---
# nobody higher: "višje od nje ne gre", "višje ne morem"
visje (od|kot) ~2 ne ~1 (gre|gremo|morem|more|moremo|morete|morejo|pridete|pride|pridem|mores|seze) | noneg
visje ne (gre|gremo|seze) | noneg
(visj*|visji) (nivo|nivoja|instanco|instance|instanca|raven|ravni|organ|organu) ~4 (ne|ni|nimam|nimajo|niso|nocejo|noce) | noneg
(ne|ni|niso|nocejo|noce|nisem|nism) ~3 (visj*|visji) (nivo|nivoja|instanco|instance|raven|ravni) | noneg
# asked for someone who can decide (request half)
(nekom|nekoga|nekomu|osebo|osebi|cloveka|clovekom) ~3 (odloca|odlocati|odlocit|pristojen|pristojnega|pristojno|visje|visjim|pooblascen*|pooblastil*|avtoriteto) | weight=0.6
# escalation refused: "eskalacij ne delajo", "zadeve niso hoteli eskalirati"
eskal* | weight=0.6
(eskalacij*|eskalirat*|eskalira*|eskaliral*) ~3 (ne|ni|niso|nimajo|nocejo|noce|nemogoc*) | noneg
(ne|ni|niso|nocejo|noce|nisem|nism|nemogoce) ~3 (eskalacij*|eskalirat*|eskalira*|eskaliral*|eskalirali) | noneg
# "nadzornika ni, odgovornega ni": the manager (genitive) is not there
(vodje|nadrejenega|nadrejene|poslovodje|poslovodkinje|direktorja|direktorice|sefa|sefice|sefinje|nadzornika|nadzornice|odgovornega|odgovorne|menedzerja|supervizorja) ~2 (ni|nikjer|nimajo|nimate|nima) | noneg
(ni|nimam|nimamo) (kam|komu) ~2 (pritoz*|obrnit*|oddat*|javit*|potozit*|eskal*) | noneg, weight=0.5
# "šefinje izmene nisem smela poklicati"
(vodjo|vodje|nadrejenega|nadrejeno|poslovodjo|poslovodkinjo|direktorja|direktorico|sefa|sefico|sefinjo|sefinje|nadzornika|nadzornico|odgovornega|odgovorno|menedzerja|supervizorja) ~3 (nisem|nism|nisn|nismo|nisi|niste|nismo) ~2 (smel*|mogel|mogla|mogli|dobil*|priklical*|poklicat*|poklicati|govorit*|dobiti|dobit|klicat*|videt*|videti) | noneg
# "vodja nima časa za take stvari", "šef ne sprejema strank"
(vodj*|nadrejen*|poslovodj*|direktor*|sef|sefica|sefinja|nadzornik*|menedzer*) ~3 (nima|nimajo|nimata) ~1 (casa|cas|interesa|navade) | noneg
(vodj*|nadrejen*|poslovodj*|direktor*|sef|sefica|sefinja|nadzornik*) ~3 (odbil*|odbila|odbili|odklanja*|zavraca*|zavrne|zavrnejo)
da je ~1 (zaseden|zasedena|zasedeni|odsoten|odsotna|nedosegljiv*|zunaj|odsel|odsla|domov|nedosegljiva) | noneg, weight=0.4
+ Zahtevala sem nekoga, ki lahko odloča, a višje od nje ne gre.
+ reklamacijo sem hotel eskalirat, ampak pravijo da eskalacij ne delajo
+ Nadzornika ni, odgovornega ni.
+ Šefinje izmene nisem smela poklicati.
+ Ko sem zahteval vodjo, je rekla, da vodja nima časa za take stvari.
- Vodja je imel čas in je zadevo uredil.
- Višje cene ne morem plačati.
# refused the transfer to a superior: "zavrnila, da bi me povezala z nadrejenim"
(zavrnil*|zavrnila|odklonil*|odklonila|noce|nocejo|nocem|odbil*) ~6 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|menedzer*|nadzornik*|supervizor*) | noneg
# asked to be put through: "prosil sem, da me preusmerijo k nadrejenemu"
(preusmer*|povez*|prevez*|zvez*|poklicej*|poklice|poklicete) ~3 (k|h|z|s|do) ~1 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|menedzer*|nadzornik*) | weight=0.6
da ~4 (ni|niso) mogoce | noneg, weight=0.4
# "da takega ni", "da nikogar takega nimajo"
da (takega|take|taksnega|taksne|nikogar) ~2 (ni|nimajo|nimamo|nimate) | noneg, weight=0.4
(vodj*|nadrejen*|poslovodj*|direktor*|sef|sefi|sefica|menedzer*) ~2 ne (sprejemajo|sprejema|sprejmejo|sprejme|govorijo|dajejo|klicejo) ~2 (klic*|strank*|pritozb*|nikogar) | noneg
+ Zahtevala sem vodjo, a je svetovalka odklonila, da bi ga poklicala.
+ Nadrejeni ne sprejemajo klicev od strank, so mi rekli.
+ Prosil sem, naj me povežejo z nadrejeno, pa so rekli, da to ni mogoče.
- Takoj so me povezali z vodjo izmene, ki je zadevo uredil.

# --- pass 6 ---
# the manager "is never there", "the highest instance", no way up
da (ga|je|jih) ~1 (nikoli|nikdar|redko|sploh|skoraj) ni | noneg, weight=0.4
(najvisj*|koncn*) ~1 (instanc*|avtoritet*)
visje ~3 (ne|nikamor|nikoli) ~2 (pridem|prides|pride|pridete|priti|prisel|prisla|prisli|sel|sla|gremo|gre|bom|boste) | noneg
# refused the manager's name or contact
(ime|imena|priimek|priimka|kontakt*|stevilk*|e-naslov*|podatk*) ~3 (vodj*|vodstv*|nadrejen*|odgovorn*|direktor*|sefa|sefice|sefinje|poslovodj*|menedzer*|nadzornik*) ~4 (ni|niso|nista|ne|nocejo|noce) ~2 (hotel*|hoteli|dal*|dati|dat|povedat*|povedal*|smel*|sme|smejo|dajo|dajejo|izdal*|izdati|izdajo) | noneg
(ni|niso|nista|ne|nocejo|noce) ~3 (povedat*|povedal*|dat|dati|dal|dala|dali|dajo|dajejo|izdat*|izdal*) ~2 (ime|imena|priimek|priimka|kontakt*|stevilk*|podatk*) ~2 (vodj*|vodstv*|nadrejen*|odgovorn*|direktor*|sefa|sefice|poslovodj*|menedzer*|nadzornik*) | noneg
# the complaint not passed up, contact with the management blocked
(ni|niso|nista|ne|nocejo|noce) ~3 (posredoval*|posredovat*|posreduj*|predat*|predal*|predali|predala|nest*|odnest*) ~4 (vodj*|vodstv*|nadrejen*|direktor*|sefu|sefici|poslovodj*|visje|upravi) | noneg
(onemogoc*|preprecil*|preprecuj*|zavrnil*|zavrnili|zavrnila|odklonil*|blokiral*) ~4 (stik*|pogovor*|dostop*|sestan*|srecanj*) ~3 (vodj*|vodstv*|nadrejen*|direktor*|sef|sefom|sefico|poslovodj*|menedzer*)
do (vodj*|vodstv*|nadrejen*|direktor*|sefa|sefice|poslovodj*|poslovodkinj*|menedzer*) ~2 (nisem|nism|nismo|nikoli|niso) ~2 (prisel|prisla|prisli|prislo|dobil*|dobila|prebil*|prebila|uspel*|uspela) | noneg
+ Ko sem hotel nadrejenega, so rekli, da ga sploh nikoli ni.
+ Svetovalka trdi, da je ona najvišja instanca.
+ Priimka odgovorne osebe mi niso hoteli dati.
+ Reklamacije niso hoteli predati vodstvu.
+ Do poslovodje se nisem nikoli prebil.
- Vodja mi je dal svojo številko in me poklical nazaj.
- Podatkov strank ne posredujemo tretjim osebam.
# --- pass 6b ---
# the manager can't be reached, doesn't care: "vodje ne morete dobiti", "šefica se ne zanima"
(vodj*|vodstv*|nadrejen*|poslovodj*|poslovodkinj*|direktor*|sefa|sefice|sefinje|menedzer*|nadzornik*|supervizor*) ~2 ne ~1 (morete|morem|mores|more|moremo|morejo|gre|da) ~1 (dobiti|dobit|priklicati|priklicat|poklicati|poklicat|klicati|videti|videt|govoriti|govorit|doseci|dosec|dobi|dobite|zmotiti) | noneg
(vodj*|vodstv*|nadrejen*|poslovodj*|poslovodkinj*|direktor*|sef|sefica|sefinja|menedzer*|nadzornik*) ~5 ne ~1 (zanima|zanimajo|briga|brigajo|zmeni|zmenijo|meni|menijo) | noneg
# asked for "someone above"
(nekoga|nekom|nekomu|koga|osebo|cloveka) ~2 (nad|visje|visjega|visjo|nadrejenega) | weight=0.6
+ Vodje pa ne morete dobiti, mi je zabrusila.
+ Šef se za take pritožbe ne zmeni.
+ Vprašal sem za nekoga nad njo, pa so rekli, da takega ni.
- Nadrejeno sem poklical sam in takoj je uredila.
- Vprašal sem za nekoga nad njo in takoj je prišla vodja.
# round 7: "niti poklicali niso vodje", "povezali me niso z nadrejenim"
(poklical*|poklicala|poklicali|povezal*|poklicat*|poklicati|priklical*) (ni|niso|nista|niti) ~2 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefico|menedzer*|nadzornik*) | noneg
niti (poklical*|poklicala|poklicali|povezal*|priklical*) ~2 (niso|ni|nista) ~1 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefico|menedzer*|nadzornik*) | noneg
+ Niti poklicali niso vodje, samo skomignili so z rameni.
+ Poklicali niso nadrejenega, čeprav sem prosil.
+ Poklicat nista hotela vodje izmene.
- Vodja izmene je prišel takoj in vse uredil.
- Poklicali so vodjo, ki je zadevo rešil.

# r8: "višje ni nikogar", manager contact not allowed / not reachable
(visje|nad) ~3 (ni|nimamo|nimajo|nima) ~1 (nikogar|nobenega) | noneg
(nadrejen*|vodj*|vodst*|sef*|poslovodj*|direktor*|odgovorn*) ~4 (niso|ni|nista|nisem) ~2 (omogocil*|dovolil*|dal|dala|dali|pustil*|povezal*|prevezal*|posredoval*) | noneg
(nadrejen*|vodj*|vodst*|sefom|sefa|poslovodj*|direktor*|odgovorn*) ~4 ne ~1 (morem|moremo|morete|more|moram|da|morejo|pustijo|pusti) ~2 (govorit*|pogovorit*|dobit*|priti|dosec*|kontaktir*|poklicat*|govoriti|dobiti) | noneg
+ Vprašal sem za nadrejenega, odgovoril je, da višje ni nikogar.
+ Pogovora z nadrejenim mi niso omogočili.
+ Z odgovorno osebo se ne morem pogovoriti, ker me ne pustijo naprej.
- Vodja izmene je takoj prišel in uredil zadevo.
- Z direktorjem sem se lahko pogovoril isti dan.
# r9: the refusal reported after the request: "pa so rekli, da oni ne
# sprejemajo klicev strank" (the half that goes with the request above)
da ~3 ne ~1 (sprejemajo|sprejema|sprejme|sprejmejo|govori|govorijo|pogovarja|pogovarjajo|ukvarja|ukvarjajo|klicejo|oglasa) | noneg, weight=0.4
+ Prosil sem za nadrejenega, pa so mi rekli, da on ne sprejema klicev.

# sl12b: "you won't give me the boss" (all forms of dati), boss not in the house
(vodjo|vodje|nadrejenega|nadrejeno|poslovodjo|poslovodkinjo|direktorja|direktorico|sefa|sefico|menedzerja|nadzornika) ~2 ne (date|dajo|das|dam|damo|dajete|dajejo|dajo|das) | noneg
(vodj*|nadrejen*|poslovodj*|poslovodkinj*|direktor*|sef|sefa|sefico|menedzer*|nadzornik*|supervizor*) ~2 (sem|smo|sva) ~1 (hotel|hotela|hoteli|zahteval*|zahtevala|prosil*|prosila|zelel*|zelela|klical*|iskal*|iskala) | weight=0.6
ni (ga|je) ~2 (hisi|tu|tukaj|notri|tam|pisarni) | noneg, weight=0.4
(nikoli|nikdar) (ga|je) ni | noneg, weight=0.4
# sl12b: request for someone in charge refused / "impossible" / "no higher instance"
(zahtev*|prosnj*) ~4 (obravnava|obravnaval*|pogovor*|stik*|sestan*|govori|govoril*|pregleda|odloci) ~3 (vodj*|vodstv*|odgovorn*|nadrejen*|direktor*|sef*|poslovodj*|nadzornik*) ~8 (zavrnjen*|zavrnil*|zavrnila|zavrnili|odklonjen*|odklonil*|odklonili|ignoriral*|prezrl*|prezrt*)
# refusal first: "zavrnili so mojo zahtevo, da zadevo obravnava odgovorna oseba"
(zavrnil*|zavrnila|zavrnili|zavrnejo|odklonil*|odklonili|odklonijo|ignoriral*|prezrl*) ~3 (zahtev*|prosnj*) ~4 (obravnava|obravnaval*|pogovor*|stik*|sestan*|govori|govoril*|pregleda|odloci) ~3 (vodj*|vodstv*|odgovorn*|nadrejen*|direktor*|sef*|poslovodj*|nadzornik*|nadzornic*)
da je ~1 (nemogoce|izkljuceno|nemogoc*) | noneg, weight=0.4
odlocitev ~2 (dokoncna|koncna|nepreklicna) | weight=0.4
(druge|visje|visjih|nobene|drugih) (instanc*|ravni|nivoja) ~1 (ni|nimajo|nimamo|ne) | noneg
(prosnj*|zahtev*|prosil*|prosila) ~3 (visj*|visjo) (instanc*|nivo*|raven|ravni) | weight=0.6
(zahtevat*|zahtevati|prositi|prosit) ~2 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefico|menedzer*|nadzornik*) | weight=0.6
(nekom|nekoga|nekomu|osebo|osebi|cloveka) ~3 (odloci|odlocil|odlocila|odlocal*) | weight=0.6
(take|taksne|nobene|odgovorne|visje|druge) osebe ~3 (ni|nimajo|nimamo) | noneg, weight=0.4
ni na voljo | noneg, weight=0.4
(ga|jo|je|jih|ju) ~2 (ni|niso|nista|nisva) ~1 (hotel|hotela|hoteli|hotele|hotu|mogel|mogla|mogli|smel|smela|smeli) ~1 (poklicati|poklicat|priklicati|priklicat|klicati|klicat) | noneg, weight=0.5
(nadzornik*|nadzornic*|supervizor*) | weight=0.5
(sefica|sefinja|sef|vodja|direktor|direktorica|poslovodja) ne ~1 (sprejema|sprejme) | noneg, weight=0.6
+ Šefa ne date, vodje ne date.
+ VODJO SEM HOTEL!!! Ni ga v hiši.
+ Moja zahteva, da zadevo obravnava odgovorna oseba, je bila zavrnjena.
+ Prosil sem za pogovor z vodjo; rekli so, da je to nemogoče in da je odločitev dokončna.
+ Odgovorili so, da druge instance ni.
+ Prosil sem za nekoga, ki lahko odloči, pa so rekli, da takšne osebe na telefonu ni.
+ Mislil sem, da bo nadzornik pomagal, a nihče mi ga ni hotel poklicati.
- Nadzornik izmene je prišel takoj in vse uredil.
- Izdelek ni na voljo, zato sem ga naročil.
# sl12b: the person in charge could not be reached; nobody else exists
(odgovorn*|pristojn*) (osebe|osebo|oseba) ~4 (ni|nisem|nismo|niso) ~2 (mogoce|dobil*|dobila|dosegl*|dobiti|doseci|bilo|priklical*) | noneg
nikogar (drugega|visjega|nad) ~2 (ni|nimamo|nimajo|nima) | noneg
+ Odgovorne osebe ni bilo mogoče dobiti.
+ Rekla je, da nikogar drugega ni.
- Odgovorna oseba me je poklicala isti dan.
# sl12b: "I am the highest you can get"
(najvisj*|najvisji|zadnji) ~4 (dobim|dobite|dobis|dosezem|dosezete|dosezes|gre|lahko) | noneg, weight=0.6
(je|sem) (on|ona|jaz) ~1 (najvisj*|zadnja|zadnji) | weight=0.4
+ Rekel je, da je on najvišji, ki ga lahko dobim.
- Najvišji popust, ki ga lahko dobim, je deset odstotkov.
+ Rekla je, da ne more nič, pa tudi šefice mi ne sme zvezat.
+ Tega ne more urediti nihče, niti njen nadrejeni ne.
(zahteval*|prosil*) ~3 (nadrejen*|vodj*|sef*|poslovodj*) | weight=0.3
(zal|zalibog) ~3 ni ~1 (mogoce|mozno) | noneg, weight=0.5
# sl15: asked for a supervisor, "not possible"; supervisor away at lunch; laughed off
(nadrejen*|vodj*|sef*|poslovodj*) ~8 (ni|ne) ~1 (mogoce|mozno|gre) | noneg
(nadrejen*|vodj*|sef*|poslovodj*) ~4 na (malici|kosilu|dopustu|pavzi) | noneg
(vodj*|nadrejen*|sef*|poslovodj*) ~6 (zasmejal*|nasmejal*|smejal*|posmehoval*) | noneg
+ Zahteval sem nadrejenega, pa je rekel, da to prek klepeta ni mogoče.
+ Odobri samo nadrejeni, ta pa je bil na malici.
+ Ko sem prosil za vodjo, se je zasmejal.
- Vodja je prišel takoj in mi pomagal.
- Poslovodja je bil zelo prijazen.
# r18 inflection examples
+ Nadzornice mi ni hotela priklicati nobena od svetovalk.
+ Odklonili so mojo prošnjo za pogovor z vodjo izpostave.
# sl19a: asked for "anyone with authority" (kdo, nekdo); kept at the first level
(kdo|nekdo|kogarkoli|kogar|nekoga|nekom|koga) ~3 (pooblast*|pristojn*|odlocit*|odloca*|avtoritet*|visje|visjim) | weight=0.6
(drzijo|drzi|drzali|drzal*|pustijo|pusti|ustavi|ustavijo|obticim|obtical*) ~3 pri ~2 (referent*|svetoval*|agent*|operater*|prvi|prvem|blagajn*|okenc*) | weight=0.4
(ne|ni) ~1 (more|moreta|morejo|sme|smejo) ~2 (odlocit*|odlocati|odloca) | noneg, weight=0.4
# the manager nobody has ever seen
nihce ~2 (ga|je|jih) ~3 (ni|niso) ~1 (videl*|videla|srecal*|dobil*|slisal*|dosegel|priklical*) | noneg, weight=0.5
(vodj*|nadrejen*|sef*|direktor*|poslovodj*|nadzornik*|uprava|uprave|upravo|vodstv*) ~4 nihce ~3 (ni|niso) ~1 (videl*|videla|srecal*|dobil*|dosegel|priklical*) | noneg
# no way up to the board or management: "do uprave ni mogoče priti"
do (uprave|vodstv*|vodj*|nadrejen*|direktor*|sefa|sefice|poslovodj*|odgovorn*|menedzer*) ~2 (ni|ne) ~2 (mogoce|moc|mozno|morem|mores|more|morete|priti|pridem|pride) | noneg
# asked with "hočem / želim govoriti z" and ignored
(hocem|hoce|hoceva|hocemo|hotla|htela|htel|zahtevam|zahtevamo|prosim|zelela|zeleli) ~4 (vodj*|nadrejen*|poslovodj*|direktor*|sef|sefa|sefu|sefom|sefico|menedzer*|nadzornik*|uprave|upravo|odgovorno|odgovorne|odgovornega|odgovornim) | weight=0.6
(preslisal*|preslisi|preslisijo|ignoriral*|ignorira|ignorirajo|prezrl*|prezrla|spregledal*) | weight=0.4
+ Prosila sem, naj zadevo pogleda kdo s pooblastili, pa me ves čas držijo pri svetovalcu.
+ Šefa še nihče ni videl, samo govorijo o njem.
+ Do uprave pa ni mogoče priti, so rekli na okencu.
+ Hočem vodjo, sem ponovil, on pa je to preslišal.
- Hočem se zahvaliti vodji, ki je vse uredil.
