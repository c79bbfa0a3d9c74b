# Transferred or passed between departments, agents or shops; each one
# sends the customer to the next.
#
# prevezati (transfer a call): prevezali, prevezala, prevezovali
prevezal*
prevezat*
prevezuj*
prevezova*
preveze*
(preusmeril|preusmerila|preusmerili|preusmerile|preusmerijo|preusmerja|preusmerjajo|preusmerjal|preusmerjala|preusmerjali|preusmerjen|preusmerjena|preusmerjeni|preusmerjate|preusmerita|preusmerjata)
# "brez besede me je preusmerila": brez is a negation cue, but not of the
# transfer
brez ~1 (besede|pojasnila|opozorila|razlage|vprasanja|opravicila) ~3 (preusmer*|prevez*|poslal*|poslala) | noneg
# from one to the other: "od enega do drugega", "od vrat do vrat",
# "sem in tja", "iz enega oddelka v drugega"
od (enega|ene|enih|oddelka|okenca|vrat|agenta|operaterja|osebe|sluzbe|poslovalnice|trgovine|pulta|referenta|Poncija) ~1 do (drugega|druge|drugih|oddelka|okenca|vrat|agenta|operaterja|osebe|sluzbe|poslovalnice|trgovine|pulta|referenta|Pilata)
(sem|sm|sn) in tja
(me|nas|mene|naju) ~2 (poslje|posljejo|posilja*|poslal*|poslala|poslali|napoti*|preusmeri*|posljeta) ~3 (drugemu|drugam|drugi|drugo|drug|naprej|nekomu)
(poslje|posljejo|posilja*|poslal*|poslala|poslali|napoti*|posljeta) ~1 (me|nas|mene|naju) ~3 (drugemu|drugam|drugi|drugo|drug|naprej|nekomu)
(naj|nej) (grem|poklicem|pisem|obrnem|se) ~8 (naj|nej) (grem|poklicem|pisem|obrnem|se)
iz (enega|ene) ~2 (v|na) (drug*|drugo|drugi)
z ene ~2 na drugo
# sent back and forth: "so me poslali v servis, v servisu nazaj v trgovino"
(me|nas|mene|naju) ~2 (poslal*|poslala|poslali|posilja*|posljejo|poslje|vrnil*|vracajo|preusmer*|posljeta|vracata) ~5 (nazaj|naprej)
(poslal*|poslala|poslali|posilja*|posljejo|poslje|vrnil*|vracajo|preusmer*|posljeta|vracata) ~2 (me|nas|mene|naju) ~5 (nazaj|naprej)
(posiljajo|posiljate|posilja|posiljali|prelagajo|prelagate|prestavljajo|prestavljate|podajajo|podajate|vrtijo|vrtite|premetavajo|zogajo|posiljata|prelagata|prestavljata|podajata|vrtita|premetavata|zogata) ~2 (me|nas|mene|naju)
(me|nas|naju) ~2 (posiljajo|posiljate|posiljali|prelagajo|prestavljajo|podajajo|vrtijo|vrtite|premetavajo|posiljata|prelagata|prestavljata|podajata|vrtita|premetavata)
med (oddelki|oddelkom|oddelkoma|sluzbami|operaterji|agenti|poslovalnicami|okenci|referenti)
v krogu | weight=0.5
(vrtim|vrtimo|vrtite|vrtijo|vrti|vrtiva|vrtita) ~2 v krog*
ping ~1 pong
ping-pong*
kot ~1 (zogico|zogo|zogica)
(podaja*|brca*|mecejo|mece|mecete|meceta) ~3 (zogic*|zogo|vroc*)
(napacn*|drug|drugi|drugo|drugega|napacen) (oddelek|oddelka|oddelku|sluzbo|sluzbe|okence|okenca) | weight=0.5
(naj|nej) ~3 (poklicem|poklicete|pisem|obrnem|grem|oglasim|pokliceta) ~3 (drug*|drugo|drugi) (oddelek|oddelka|sluzbo|stevilko|poslovalnico|trgovino|okence)
(vsakem|vsak|vsakic) ~1 (oddelku|oddelek|okencu|agent*|operater*) ~3 (nov*|drug*|drugac*) | weight=0.5
# "od enega svetovalca k drugemu", "preklopili so me že petkrat"
od (enega|ene) ~2 (do|k|h) (drugega|druge|drugemu|drugi)
(preklopil*|preklaplja*) ~2 (me|nas|mene|klic|naju)
(me|nas|naju) ~2 (preklopil*|preklaplja*)
# handed another number: "dali so mi drugo številko"
(dali|dala|dal|dajo|dajejo|posredoval*|posredovali|dajeta) ~2 (mi|nam|nama) ~2 (drugo|spet|zopet) ~1 (stevilko|telefonsko)
# "napotili so me na zavarovalnico, z zavarovalnice pa nazaj na banko";
# "žogali od oddelka do oddelka"
(me|nas|mene|naju) ~2 (napotil*|napotijo|napoti|napotita) ~5 (nazaj|naprej)
(zogal*|zogajo|zogate|zogali|zogata) ~3 (me|nas|od|naju)
# sent on somewhere (half), round and round (half): "me pošljejo na servis
# ..., pa tako v nedogled"
(me|nas|naju) ~1 (posljejo|poslje|posiljajo|posilja|poslali|poslala|poslal|napotijo|napotili|napotila|posljeta|posiljata|napotita) ~2 (na|v|k|h) ~1 (servis*|trgovin*|poslovalnic*|oddel*|banko|posto|central*|okence|zavarovalnic*|sluzb*|urad*|podpor*|proizvajal*|kurir*) | weight=0.5
tako ~1 (v|naprej) (nedogled|krog|neskoncnost) | weight=0.5
+ Prevezali so me štirikrat, vsakič na drug oddelek.
+ Iz trgovine so me poslali v servis, iz servisa nazaj v trgovino.
+ posiljajo me od enega do drugega in nihce nic ne ve
+ Hodim od vrat do vrat, pa nihče ni pristojen.
+ Operaterka me je brez besede preusmerila na drugo številko.
+ Preklopili so me trikrat.
+ Poslali so me od enega referenta k drugemu.
- Operater me je takoj povezal s pravim oddelkom, hvala.
- Paket sem poslal nazaj, vračilo je urejeno.
- Od ponedeljka do petka smo odprti od 8h.

# --- pass 3 ---
# passing the ball: "žogico si podajajo", "kot vroč krompir"
(zogic*|zogo|zoga|zogico) ~3 (podaja*|podal*|podaj*|mecejo|mece|mecete|brcajo|brcal*|prelagajo|meceta|brcata|prelagata)
vroc* krompir*
si ~1 (podajajo|podajata|podajate|podajamo|prelagajo|prelagata|predajajo|mecejo|podajava|predajata|meceta) ~3 (me|mene|nas|zadev*|primer*|reklamacij*|problem*|med|naju) | weight=0.5
(zoganj*|zogajo|prelaganj*|preusmerjanj*|prevezovanj*|posiljanj*|zogata) ~3 (od|med|sem|iz|naprej)
# handed on to a colleague: "dala me je naprej", "predal me je sodelavcu"
(dal|dala|dali|predal*|predala|predali|posredoval*|podal*|prenesl*|prenesel) ~2 (me|nas|klic|mene|naju) ~2 (naprej|drugemu|drugi|sodelavc*|sodelavk*|kolegu|kolegici|kolegom|nekomu|tretjemu)
(me|nas|klic|naju) ~2 (dal|dala|dali|predal*|predala|predali|posredoval*|podal*|prenesl*|prenesel) ~2 (naprej|drugemu|drugi|sodelavc*|sodelavk*|kolegu|kolegici|kolegom|nekomu|tretjemu)
# sent between several places: "v tri različne oddelke", "na štiri številke"
(tri|stiri|pet|sest|vec|razlicn*|stevilne|nestete|nesteta) ~3 (oddelk*|sluzb*|poslovalnic*|okenc*|stevilk*|referent*|agent*|operaterj*) ~4 (poslal*|poslali|napotil*|napotili|preusmer*|klical*|prevez*|hodil*|obiskal*) | weight=0.5
(poslal*|poslali|napotil*|napotili|preusmer*|prevez*) ~4 (tri|stiri|pet|sest|vec|razlicn*) ~2 (oddelk*|sluzb*|poslovalnic*|okenc*|stevilk*|referent*|agent*|operaterj*)
(iz|od) ~3 (ene|enega) ~2 (v|na|k|h) ~2 (drug*|drugo|naslednj*)
+ Žogico si podajajo med seboj.
+ Dala me je naprej sodelavcu, ta pa spet drugemu.
+ Preusmerili so me v štiri različne oddelke.
- Podali so mi žogo na igrišču, super trening.
- Sodelavcu sem dal svojo številko.
# moved to another line or desk: "so me trikrat prestavili na drugo linijo"
(me|nas|naju|mene|klic|klice) ~2 (prestavil*|prestavila|prestavili|prestavljal*|preklopil*|preklopila|preklopili) ~3 (na|k|h) ~1 (drug*|linij*|oddel*|sluzb*|koleg*|sodelav*|stevilk*)
+ Dvakrat so me prestavili k drugi službi, ki ni vedela nič.
- Termin so mi prestavili na drug dan, kar mi je ustrezalo.

# --- pass 6 ---
# each side points at the other: "trgovina pravi, da je stvar servisa,
# servis pa da trgovine"; "banka me pošilja na zavarovalnico, ta pa nazaj"
(trgovin*|servis*|kurir*|dostavn*|banka|banki|banko|zavarovalnic*|posta|posti|posto|proizvajal*|dobavitelj*|prodajal*|oddelek|oddelku|centrala|central*|operater*|poslovalnic*|pooblascen*|zastopnik*|agencij*|upravnik*|podpora|podpori) pa (da|naj|nej|na|v|k|h|me|nas|mi|nazaj|spet|naju) ~1 (trgovin*|servis*|kurir*|dostavn*|banka|banke|banki|banko|zavarovalnic*|posta|poste|posti|posto|proizvajal*|dobavitelj*|prodajal*|oddelek|oddelka|central*|operater*|poslovalnic*|pooblascen*|zastopnik*|agencij*|upravnik*|podpor*|njih|nje|njega|njo)
# passed on to the next one: "vsak me je poslal k naslednjemu"
(me|nas|mene|naju) ~3 (poslal*|poslala|poslali|posilja*|posljejo|poslje|napotil*|napoti*|preusmer*|prevez*|predal*|predala|predali|posljeta) ~3 (naslednj*|tretj*|cetrt*)
(poslal*|poslala|poslali|posilja*|posljejo|poslje|napotil*|napoti*|preusmer*|prevez*|predal*|predala|predali|posljeta) ~2 (me|nas|mene|naju) ~3 (naslednj*|tretj*|cetrt*)
# "to ni naš oddelek", and a new number to call
(ni|niso|nismo|nista|nisva) ~1 (nas|nasa|naso|nase|njihov|njihova|njihove|naju) (oddelek|pristojnost|sluzba|podrocje|resor|delo|problem|zadeva) | noneg, weight=0.5
(dali|dala|dal|dajo|dajejo|posredoval*|posredovali|poslali|poslala|dajeta) ~2 (mi|nam|nama) ~3 (novo|drugo|neko|tretjo|naslednjo) ~1 (stevilk*|telefonsk*|kontakt*|e-naslov*) | weight=0.5
(mi|nam|nama) ~2 (dali|dala|dal|dajo|dajejo|posredoval*|posredovali|poslali|poslala|dajeta) ~3 (novo|drugo|neko|tretjo|naslednjo) ~1 (stevilk*|telefonsk*|kontakt*|e-naslov*) | weight=0.5
# full circle: "prišel sem nazaj do prve osebe"
(prisel|prisla|prisli|koncal*|koncala|pristal*|pristala|vrnil*|vrnila|vrnili|poslal*|poslala|poslali|prevezal*|prevezala|prevezali) ~3 nazaj ~2 (do|k|h|na|pri) ~1 (prve|prvega|prvi|prvo|prvemu|istega|iste|isti|isto|istemu)
# the competent one is always somewhere else
(pristojn*|odgovorn*) ~4 (drugje|drugod)
+ Servis pravi, naj grem v trgovino, trgovina pa naj grem na servis.
+ Vsak sogovornik me je preusmeril k naslednjemu.
+ "To ni naša pristojnost," so rekli in mi dali drugo številko.
+ Po pol ure sem spet pristala nazaj pri prvi operaterki.
+ Pristojni so vedno nekje drugje.
- V trgovini so bili prijazni, servis pa je vse hitro popravil.
- Dali so mi novo številko za mobilni telefon, hitro in brez težav.
# --- pass 6b ---
# "od tam pa k prodaji", "kartična hiša pa nazaj na banko"
od tam (pa|me|so|spet|zopet|sta) ~6 (k|h|na|v|nazaj|naprej|drugam) | weight=0.5
pa (nazaj|spet|zopet) (na|v|k|h) ~1 (trgovin*|servis*|kurir*|banko|banki|zavarovalnic*|posto|posti|proizvajal*|dobavitelj*|prodajal*|oddelek|oddelku|central*|operater*|poslovalnic*|pooblascen*|zastopnik*|agencij*|upravnik*|podpor*|okence|urad|upravo|sluzbo)
+ Poslali so me na pošto, od tam pa nazaj v trgovino.
+ Kurir trdi, da je kriva trgovina, trgovina pa spet na kurirja.
- Na pošti sem oddal paket, od tam pa šel domov.
# r9: thrown from one department to the next: "iz tehnične so me vrgli na
# prodajo, s prodaje na reklamacije"; walking between the two of them;
# told to turn to yet another department (half)
(vrgl*|vrgel|metal*|premetaval*|premestil*|prestavil*|zabrisal*) ~2 (me|nas|mene|klic|naju) ~3 (na|v|k|h) ~1 (oddel*|prodaj*|reklamacij*|tehnic*|podpor*|central*|racunovod*|sluzb*|drug*|naslednj*|servis*|blagajn*|okenc*|pravn*|finan*|obracun*)
(me|nas|mene|klic|naju) ~2 (vrgl*|vrgel|metal*|premetaval*|premestil*|zabrisal*) ~3 (na|v|k|h) ~1 (oddel*|prodaj*|reklamacij*|tehnic*|podpor*|central*|racunovod*|sluzb*|drug*|naslednj*|servis*|blagajn*|okenc*|pravn*|finan*|obracun*)
(s|z|iz|od) ~1 (oddel*|prodaj*|reklamacij*|tehnic*|podpor*|central*|racunovod*|sluzb*|servis*|blagajn*|okenc*|pravn*|finan*|obracun*) ~2 (na|v|k|h) ~1 (oddel*|prodaj*|reklamacij*|tehnic*|podpor*|central*|racunovod*|sluzb*|servis*|blagajn*|okenc*|pravn*|finan*|obracun*) | weight=0.5
(hodi*|teka*|letam|letamo|letava|letal*|skace*|krozi*|roma*|pendla*) ~3 med (njimi|njima|obema|oddelk*|trgovin*|poslovaln*|sluzb*|okenc*|referent*|servis*|uradi|institucij*)
(naj|nej|da) ~2 (obrnem|obrne|obrnemo|obrnete|obrnite|obrneva|obrneta|obrnita) ~2 (na|k|h) ~1 (podpor*|oddel*|sluzb*|sodelav*|koleg*|central*|prodaj*|tehnic*|racunovod*|servis*|proizvajal*|trgovin*|kurir*|zavarovalnic*|banko|posto) | weight=0.5
+ Iz računovodstva so me vrgli na tehnično službo, od tam pa spet nazaj.
+ Z reklamacij na prodajo, s prodaje na tehnično, kot žogica.
+ Že tri tedne hodim med njima, vsak pravi, da ni njegova stvar.
- Iz trgovine sem šel na pošto in potem domov.
- Vrgli so me iz trgovine, ker sem kričal.
# sl15: sent back to chat / shop, new agent each time
nazaj (v|na|k) ~1 (klepet*|chat*|poslovalnic*|oddelek|oddelk*|podpor*|klicni*) | weight=0.5
(nov|novi|nova|naslednji|naslednja) (agent*|operater*|operaterk*|svetoval*|usluzben*|sogovorn*) | weight=0.5
(sla|sli|sel|sva) ~2 (v|na) ~1 (poslovalnic*|trgovin*) ~8 (rekli|rekla|rekel) ~5 (klepet*|chat*|poklic*|splet*)
+ Nazaj v klepet, nov agent, spet od začetka.
+ Šla sva v poslovalnico, tam so rekli, da se uredi v klepetu.
+ Naslednji operater me je poslal nazaj na podporo.
- Vrnil sem blago nazaj v trgovino.
- Nov agent mi je takoj pomagal.
# sl18b: inflection pass: moved on to another service with the object
# unsaid or a noun ("moža so prestavljali k drugim službam"); any person
# walking between them ("hodiva med njimi", "hodijo med oddelki")
(prestavil*|prestavlja*|preklopil*|preklaplja*|prevezal*|prevezova*) ~3 (k|h) ~1 (sluzb*|oddel*|koleg*|sodelav*|operater*|agent*|referent*|svetoval*)
+ Očeta so trikrat prestavljali k drugim sodelavcem.
+ Že dva tedna hodiva med njima, nihče ni pristojen.
- Sestanek so prestavili k drugi uri, kar nama je ustrezalo.

# s9: "pet prevezav", "prevezava za prevezavo"
prevezav*
+ Po treh prevezavah sem obupala.
+ prevezava za prevezavo, nihče ne ve nič
- Klic je šel brez težav do prave osebe.
- Operaterka je vse uredila sama.
# s9: "pošiljajo me sem ter tja"
(posilja*|poslal*|posljejo|premetava*|hodil*|hodim|tekam|letam|vozijo|napotijo|napotili) ~3 sem (in|ter|pa) tja
+ Pošiljajo me sem ter tja, vsak v drug oddelek.
+ hodim sem in tja med posto in trgovino
- Sem ter tja kupim kaj v vaši trgovini.
# s9: "povezali so me z nekom drugim"
(povezal*|povezali|povezejo|poveze|povezovali|povezovala) ~3 (z|s) ~1 (drug*|tretj*|naslednj*|kolegom|kolegico|sodelavcem|sodelavko)
+ Povezali so me z nekom drugim, ta pa me je vrnil na začetek.
+ povezala me je z drugim oddelkom
- Takoj so me povezali s pravo osebo, hvala.
# s9: "e-mail so posredovali drugi službi"
(posredoval*|posredovali|predal*|predali|poslal*|poslali|odstopil*|odstopili) ~3 (drugi|drugemu|drugam|tretji|naslednji) ~1 (sluzbi|oddelku|ekipi|sektorju|enoti|kolegu|sodelavcu|referentu|pisarni)
+ Mojo pritožbo so odstopili drugi službi.
+ zahtevek so poslali naprej drugemu oddelku
- Drugi službi sem poslal kopijo računa sam, za arhiv.
