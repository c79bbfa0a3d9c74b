# A promised callback, refund, fix, delivery or discount that never came;
# false promises.  "Kot obljubljeno" (as promised) is praise, so a bare
# obljub* only counts half.
obljub* | weight=0.5
(obljubil|obljubila|obljubili|obljubile|obljubljal*|obljublja|obljubljajo|obljubljate|obljubljata) ~3 (da|mi|nam|nama)
(obljubljen*|obljuba|obljubo|obljube) ~3 (brezplacn*|popust*|rabat*|bon*|vracil*|povracil*|nadomest*|darilo|darilni|menjav*|zamenjav*|klic*|povratn*|dobropis*|kompenzacij*|odskodnin*|termin*|popravil*|dostav*|montaz*|servis|servisa|vracilo|brezplacen|povraten)
(popust*|rabat*|bon*|vracil*|povracil*|klic*|dobropis*|darilo|darilni|nadomestil*|kompenzacij*|odskodnin*|termin*|dostav*|montaz*|povratn*|povraten) ~4 (obljubil|obljubila|obljubili|obljubile)
(obljubil|obljubila|obljubili|obljubile|obljubljal*|obljubljate|jamcil*|zavezal*|obljubljata) ~3 (dostav*|dobav*|popust*|rabat*|klic*|povratn*|vracil*|povracil*|dobropis*|bon*|termin*|popravil*|resitev|resitv*|zamenjav*|menjav*|nadomest*|kompenzacij*|odskodnin*|obisk*|prihod*)
(prazn*|lazn*|neizpolnjen*|neizpolnjive|prazen|lazen) obljub*
obljub* ~3 (prazn*|lazn*|neizpolnjen*|prazen|lazen)
obljub* ~4 (ne|niste|niso|ni|nista) (drzi|drzite|drzali|drzala|drzal|izpolnil*|izpolnili|drzita) | noneg
# never came: "ni nikoli prišel", "nikoli niso poklicali" (noneg)
nikoli ~2 (prisel|prisla|prislo|prisli|prispel*|poklical*|poklicala|poklicali|dobil*|dobila|oglasil*|nakazal*|nakazan*|vrnil*|vrnjen*|izvedel*|realiziral*|uresnicil*|izpolnil*|povrnil*) | noneg
(rekli|rekl|rekel|reku|reko|rekla|pisali|napisali|zatrdil*|zagotovil*|obljubil*|obljubili|zavezal*|jamcil*) ~3 da ~1 (bo|bodo) ~10 (ni|niso|nic|nisem|nism|nisn|nikoli|nihce|nista) | noneg
(rekli|rekl|rekel|reku|reko|rekla|pisali|napisali|zatrdil*|zagotovil*|obljubil*|zavezal*|jamcil*) ~3 da ~2 (poklicejo|poklice|vrnejo|posljejo|nakazejo|uredijo|popravijo|zamenjajo|dostavijo|povrnejo|pripeljejo|pridejo|pride|javijo|oglasijo|pokliceta|vrneta|posljeta|nakazeta|uredita|popravita|zamenjata|dostavita|povrneta|pripeljeta|prideta|javita|oglasita) ~10 (ni|niso|nic|nikoli|nihce|nista) | noneg
# lagati (lied); not nalagati, which is also "to load" (stran se nalaga)
(lagal*|lazejo|lazete|laze|lazeta)
(dogovor*|dogovorili|obljub*|zagotovil*|zatrdil*) ~8 (ga|je|jih) ~2 (ni|nikoli) | noneg
(povratn*|povraten) klic* ~7 (ni|nikoli) | noneg
(obljubljal*|obljubil*|obljubili|obljubila|obljubljeno|obljubljen*) ~8 (nic|nicesar|nikoli|niso|ni|nista) | noneg
(rekli|rekl|rekel|reku|reko|rekla|obljubil*|obljubili|zatrdil*|zagotovil*|dogovorili|dogovorjen*|zavezal*|jamcil*) ~3 da ~2 (poklicejo|poklice|javijo|oglasijo|odgovorijo|vrnejo|nakazejo|uredijo|popravijo|posljejo|pridejo|pride|dostavijo|vrne|javi|oglasi|odgovori|nakaze|uredi|popravi|poslje|dostavi|zamenja|zamenjajo|pripelje|pripeljejo|pokliceta|javita|oglasita|odgovorita|vrneta|nakazeta|uredita|popravita|posljeta|prideta|dostavita|zamenjata|pripeljeta) | weight=0.5
(zatrdil*|zagotovil*|zagotavlja*) | weight=0.5
(obljubljen*|obljubljeno) ~2 (v|do|za) | weight=0.5
da bo ~1 (jutri|kmalu|danes|takoj|naslednji) ~2 (reseno|urejeno|popravljeno|delalo|odpravljeno|dostavljeno|nakazano) | weight=0.5
nikoli (niso|ni|nista|nisem|nism|nisn|nismo|nisva) | noneg, weight=0.5
(prelomil*|prelomili|prelamlja*|snedl*|pozabil*|snedel) ~3 obljub*
obljub* ~3 (prelomil*|prelomljen*|snedl*|pozabil*|snedel)
(se|vedno|danes) ~1 (caka*|pocaka*) | weight=0.5
(caka*|pocaka*) ~3 (povratn*|povraten) ~1 klic*
(niso|ni|nihce|niste|nista) ~2 (poklical|poklicala|poklicali|javil|javu|javili|javila) nazaj | noneg, weight=0.5
# was supposed to: "naj bi bila gotova v petek"
(naj|nej) bi ~2 (gotov*|dostavljen*|narejen*|popravljen*|montiran*|zmontiran*|prispel*|pripeljan*|dobavljen*|koncan*|dostavil*|prisel|prisla|prislo|prisli|pripeljal*|poslan*|nakazan*|vrnjen*|povrnjen*|poklical*|urejen*|reseno|resen*)
# a promise with a date, then nothing (each half): "rekli ste, da bo kartica
# aktivirana v 24 urah", "prisegel je, da bo do sobote popravljen"
(rekli|rekl|rekel|reku|reko|rekla|potrdil*|obljubil*|zagotovil*|zatrdil*|priseg*|napisal*|pisali|napovedal*|zavezal*|zavezali|jamcil*|garantiral*) ~3 da ~1 (bo|bodo|bom|bomo|boste) | weight=0.5
da (bo|bodo|bom) ~2 (prisel|prisla|prislo|prisli|poklical*|nakazal*|vrnil*|poslal*|dostavil*|uredil*|popravil*|resil*|aktiviral*|zamenjal*|odpravil*|javil*|oglasil*|dobil*|popravljen*|aktiviran*|nakazan*|urejen*|reseno|resen*|odpravljen*|dostavljen*|vrnjen*|gotov*|narejen*) ~3 (v|do|cez|jutri|danes|kmalu|takoj|naslednji|ta|ob|med|najkasneje|najpozneje) | weight=0.5
(priseg*|zagotovljen*) | weight=0.5
(dogovorjen*|zagotovljen*|potrjen*) ~1 (popust*|rabat*|bon*|vracil*|povracil*|dobropis*|kompenzacij*|odskodnin*|nadomestil*|darilo|menjav*|zamenjav*|klic*|povratn*) | weight=0.5
(popust*|rabat*|bon*|vracil*|dobropis*|klic*|nadomestil*|kompenzacij*) ~4 (ni|niso|nikoli|nista) ~1 (pojavil*|upostevan*|obracunan*|nakazan*|izveden*|realiziran*|odobren*) | noneg, weight=0.5
# "pa ga še danes nimam", "in ga ni"
(pa|in|a) (ga|jo|jih|ju) ~2 (ni|nimam|nimamo|niso|nisem|nism|nisn|nimava|nista) | noneg, weight=0.5
(nic|nicesar) od (tega|obljubljen*|dogovorjen*) | noneg, weight=0.5
(samo|le|same|zgolj|vecne|nove|stalne|neskoncne) obljub*
drugega kot ~1 obljub* | noneg
+ Obljubili so mi povratni klic, nihče pa me ni poklical.
+ Obljubljeni popust ni bil upoštevan na računu.
+ Darilni bon, ki ste ga obljubili, ni nikoli prišel.
+ rekli so, da bo popravljeno do petka, pa ni bilo nic
+ Zagotovili so mi, da bo denar nakazan v treh dneh. Še vedno čakam.
+ Rekli ste, da bo popravljeno do petka. Zdaj je torek.
- Dostava je bila hitrejša od obljubljene, priporočam.
- Vse je bilo dostavljeno, kot je bilo obljubljeno.
- Prosim, pokličite me nazaj, ko bo paket prispel.
- Rekli so, da bo paket prispel v torek, in res je.
# assurance reported: "ste mi zagotovili, da ...", "obljubi, da me pokličejo"
(zagotovil*|zagotavljal*|zatrdil*|zatrjeval*) ~3 da ~2 (bo|bodo|boste|bi|bom|bomo|bova|mi|nam|me|nas|ga|jo|je|so|ste|vse|se|lahko|lahk|dobim|dobite|dobimo|prejmem|prejmete|pride|pridejo|prispe|vrnem|vrnete|nama|naju|sta|dobita|dobiva|prejmeta|prideta|vrneta)
obljubi ~3 (da|mi|nam|nama)
(ni|niso|nihce|nikoli|nista) ~3 (poklical*|poklicala|poklicali|oglasil*|javil*) | noneg, weight=0.5
# "rekel je, da je popravljeno, in ni bilo"
(popravljen*|urejen*|reseno|resen*|odpravljen*|gotov*|nakazan*|vrnjen*) ~3 (in|pa|a) ni (bilo|blo) | noneg
+ Zagotovili so mi, da bo napaka odpravljena isti teden.
+ Vsakič obljubi, da me pokliče, a se ne oglasi nihče.
+ Trdil je, da je urejeno, pa ni bilo.
- Vse so uredili točno tako, kot smo se dogovorili.

# --- pass 6 ---
# "vaša beseda ne velja nič", "dogovor ne drži"
(beseda|besedo|obljuba|obljube|zagotovil*|zagotovila|dogovor|dogovori|dogovora) ~3 (ne|ni|nic) ~1 (velja|veljajo|drzi|drzijo|stejejo|steje|vredn*|vreden|veljata|drzita|stejeta) | noneg
# confirmed, then went back on it: "potrdili ste brezplačno menjavo, zdaj pa hočete plačilo"
(potrdil*|potrdila|potrdili|zagotovil*|zagotovila|dogovorjen*|obljubljen*) ~4 (brezplacn*|brezplacen|zastonj|popust*|rabat*|menjav*|zamenjav*|vracil*|dobropis*|nadomestn*) | weight=0.5
(zdaj|sedaj|naenkrat|potem) pa ~3 (hocete|zahtevate|zaracunate|zaracunali|zaracunavate|hocejo|zahtevajo|trdite|trdijo|pravite|pravijo|tajite|tajijo|zanikate|zanikajo|hoceta|zahtevata|zaracunata|zaracunavata|trdita|pravita|tajita|zanikata) | weight=0.5
# "naj bi mi poslali ..., pa je nisem nikoli prejel"
(naj|nej) bi (mi|nam|nama) ~3 (poslal*|poslala|poslali|poklical*|nakazal*|vrnil*|dostavil*|uredil*|popravil*|zamenjal*|javil*|sporocil*|pripeljal*) | weight=0.5
(nisem|nism|nismo|nisva|niso|nista) ~1 (nikoli|nikdar) ~1 (prejel*|prejela|dobil*|dobila|videl*|videla) | noneg, weight=0.5
# agreed, and nothing happened
(dogovorili|dogovoril*|dogovorjen*) ~3 (za|da) | weight=0.5
(se|pa) ni ~1 (zgodilo|zgodil|zgodila|uresnicilo|uresnicil*|izpolnil*|izpolnilo) | noneg, weight=0.5
+ Vaša obljuba očitno ne velja nič.
+ Potrdili so mi brezplačno zamenjavo, zdaj pa pravijo, da je plačljiva.
+ Naj bi mi nakazali dobropis, pa ga nisem nikoli videl.
+ Dogovorili smo se za montažo v ponedeljek, a se ni zgodilo nič.
- Dogovorili smo se za termin in serviser je prišel točno.
- Potrdili so mi brezplačno menjavo in jo izvedli isti dan.
# --- pass 6b ---
# "rekli ste, da me pokličete nazaj ... še vedno čakam" (each half)
(rekli|rekel|rekla|obljubil*|obljubili|zatrdil*|zagotovil*|napisali) ~3 da ~2 (poklicete|javite|oglasite|odgovorite|vrnete|nakazete|uredite|popravite|posljete|pridete|dostavite|zamenjate|pokliceta|javita|oglasita|odgovorita|vrneta|nakazeta|uredita|popravita|posljeta|prideta|dostavita|zamenjata) | weight=0.5
+ Rekli ste, da mi pošljete nov aparat, še vedno čakam.
- Rekli ste, da mi pošljete nov aparat, in je prišel naslednji dan.

# r8: "although you promise ..."; a deal or one's word not kept
namesto ~2 (obljubljen*|zagotovljen*|dogovorjen*) | weight=0.5
ceprav ~6 (obljub*|zagotavlja*|zagotovil*|zatrjujete|zatrjujejo|zatrjujeta) | weight=0.5
(dogovor*|obljub*|besed*|zavez*) ~3 (ni|niso|niste|nista) ~2 (izpolnjen*|drzal*|spostoval*|izpolnil*|upostevan*|spostovan*) | noneg
(niste|ni|niso|nista) ~1 (drzal*|izpolnil*|spostoval*) ~2 (besed*|obljub*|dogovor*|zavez*) | noneg
+ Sporočilo je ostalo brez odgovora, čeprav v potrditvi obljubljate odziv v 24 urah.
+ Dogovor o popustu ni bil nikoli izpolnjen.
+ Prodajalec ni držal besede glede montaže.
- Dogovor je bil izpolnjen do zadnje točke.
- Dogovorjeno, izpolnjeno, hvala za korektnost.
+ Čakali smo tri tedne namesto obljubljenih treh dni.
- Serviser je zatrjeval, da sem sam kriv za okvaro.
# r9a: "was supposed to be ... in five days" (each half) and the date long gone
(naj|nej) bi (bil|bila|bilo|bili|bile|bla|blo) ~4 (v|do|cez|najkasneje|najpozneje|ze|pred|jutri|danes) | weight=0.5
(minil*|minilo|minila|minili|preteklo|pretekel|pretekla|pretekli|mimo) ~2 (je|so|sta) ~1 (ze|vec|dva|dve|tri|teden|tedna|tedni|tednov|mesec|meseca|mesecev|dni|dan|dneva|rok) | weight=0.5
(minil*|minilo|minila|minili|preteklo|pretekel|pretekla) (je|so|sta) (ze|vec) | weight=0.5
(danes|zdaj|sedaj) je ~3 (naslednj*|konec|teden|tedna|mesec|meseca) | weight=0.5
+ Popravilo naj bi bilo gotovo do petka, minil je že teden dni.
+ Rekli so, da me pokličejo v ponedeljek, zdaj je že konec meseca.
+ dobropis naj bi bil v dveh dneh, minila sta dva tedna
- Naj bi bil to najboljši model v tej cenovni kategoriji.
- Danes je lep dan za nakup.
# r9a: promised weeks ago (each half with obljub*): "dobropis je bil obljubljen že pred mesecem"
(obljubljen*|obljubil*|obljubili|obljubila|obljubljal*|dogovorjen*|zagotovljen*) ~3 (pred|ze) ~2 (mesecem|meseci|mesecema|tednom|tedni|tednoma|dnevi|letom|leti) | weight=0.5
od nikoder | weight=0.5
ne duha ne sluha | noneg, weight=0.5
+ Menjava mi je bila obljubljena že pred dvema tednoma, od takrat pa nič.

# r11: a commitment not met, the subject further from "ni bila izpolnjena"
(obljub*|zavez*|dogovor*|zagotovil*|garancij*|jamstv*) ~8 (ni|niso|nista) ~2 (izpolnjen*|izpolnil*|spostovan*|upostevan*|realiziran*|uresnicen*) | noneg
# the deadline passed: "rok je potekel", "petek je prišel in šel"
rok* ~2 (je|so|sta) ~1 (potekel|pretekel|minil|mimo) | weight=0.5
(prisel|prisla|prislo) in (sel|sla|slo|minil|minila|minilo) | weight=0.5
(do|se) danes ~2 (ga|je|jih|ju|jo) ~2 (ni|nismo|nisem|nism|niso|nisva|nista) | noneg, weight=0.5
# a quoted reassurance: "brez skrbi, jutri vam pošljemo novega" ... "pa nič"
(jutri|danes|takoj|kmalu|cez) ~2 (vam|ti|mu|ji|jim|te|vas|vama|vaju) ~1 (posljemo|poslemo|pripeljemo|nakazemo|vrnemo|uredimo|poklicemo|zamenjamo|dostavimo|popravimo|javimo|povrnemo|posljeva|posleva|pripeljeva|nakazeva|vrneva|urediva|pokliceva|zamenjava|dostaviva|popraviva|javiva|povrneva) | weight=0.5
pa nic ~3 (ze|nic|se|vedno) | noneg, weight=0.5
+ Zavezali so se, da bodo zamenjali dele v dveh tednih. Rok je potekel, zamenjave ni.
+ Vaša zaveza glede odzivnega časa štirih ur ni bila izpolnjena.
+ "Brez skrbi, jutri vam pošljemo novega," pa nič, že teden dni nič.
+ Komercialist je potrdil rabat, ki pa ga na računu ni.
+ Serviser je rekel, da se vrne naslednji dan. Še danes ga čakamo.
+ Jamčili so nam dobavo do konca tedna, pa je ni bilo.
+ Zavezali so se, da nam povrnejo stroške, pa niso.
- Brez skrbi, jutri vam pošljemo novega, je rekel, in res je prišel.
- Rok za vračilo je potekel, ker sem predolgo čakal, moja napaka.
# r11: time running on: "mineva že drugi mesec"
(mineva|minevajo|tece|teče|minevata) ~1 (ze|vec|drugi|tretji|cetrti|peti|sesti) | weight=0.5
+ Rekli so mi, da mi vrnejo denar v tednu dni, mineva že drugi mesec.
- Čas ob dobri knjigi mineva že drugi dan prehitro.

# --- r13 thesaurus pass (sl13a) ---
# colloquial participles of "obljubil"
(obljubu|obljubla|obljubli|obljubou|obljubl) ~3 (da|mi|nam|vam|nama|vama)
# lies: nalagati, zlagati, laž
(nalagal|nalagala|nalagali) ~2 (me|nas|naju|mamo|oceta|stranke|stranko)
(nalazejo|nalaze|lazniv*|laznivc*|nalazeta) | weight=0.5
se ~2 (zlagal|zlagala|zlagali)
(zlagal|zlagala|zlagali) ~1 se
(same|ciste|gole|debele|nesramne|navadne|sama|cista|gola) (lazi|laz|lazi)
# word not kept
ne (drzite|drzijo|drzi|drzimo|drzis|drzita|drziva) ~2 (besed*|obljub*|dogovor*|rokov|rok|rokovnik*) | noneg
(besed*|obljub*|zagotovil*|zagotovila) ~2 brez (kritja|pokritja|podlage) | noneg
ostal* ~4 pri (besedah|besedi|obljubah|obljubi)
(ostal*|ostala|ostalo) ~2 (samo|le|zgolj) (besede|obljube|obljuba|beseda)
(ni|niso|nima|nimajo|nismo|nisem|nism|nic|nista|nimata|nisva) ~2 (tega|od|nicesar) ~2 (kar|kot) ~2 (obljubil*|obljubili|obljubila|obljubljen*|obljubljal*|zagotovil*|zagotovili|zagotavljal*) | noneg
(dal|dala|dali|dajal*) ~2 (besedo|castno|zagotovilo) | weight=0.5
(nategnil*|nategnili|nategnila|nabrisal*|nasukal*|preslepil*|prevaral*|opeharil*) | weight=0.5
za nos ~2 (vlekli|vlekel|vlekla|vlecejo|vlece|vlecete|potegnili|potegnil|vleceta) | weight=0.5
+ Prodajalec je obljubu, da dobim popust, pa ga ni bilo.
+ Nalagali so me, da bo paket jutri.
+ Same laži, nič od dogovorjenega.
+ Ne držite besede, vračila še zdaj ni.
+ Vse je ostalo samo pri obljubah.
+ Ni tega, kar ste obljubili ob podpisu pogodbe.
+ Njihove besede so brez kritja, dogovor ne velja nič.
- Serviser je držal besedo in prišel točno ob dogovorjeni uri.
- Dobil sem vse, kar so obljubili, hvala.
(obljub*|dogovor*|termin*|zagotovil*|popust*|vracil*) ~3 (padl*|padel|splaval*) ~1 (v|po) (vodo|vodi)
(nasedel|nasedla|nasedli|naivno) ~3 (obljub*|zagotovil*|besedam)
+ Obljubljeni popust je padel v vodo, ko sem prišel na blagajno.
# --- sl14a: paraphrase families ---
# promised it would come (each half): "ste rekli, da dobim bon", then "od nikoder"
(rekli|rekel|rekla|obljubil*|obljubili|zatrdil*|zagotovil*|napisali|pisali) ~3 da ~1 (dobim|dobite|dobi|dobimo|prejmem|prejmete|prejme|dobita|dobiva|prejmeta) | weight=0.5
# free turned into a bill: "gratis ..., na koncu pa račun"
(gratis|brezplacn*|brezplacen|zastonj) ~10 (racun|racuna|zaracunal*|zaracunali|placati|placat) | weight=0.5
+ Ob registraciji ste rekli, da dobim bon, bona pa od nikoder.
+ Rekli so, da bo menjava baterije gratis, na koncu pa mi pošljejo račun za 60 evrov.
- Rekli so, da dobim bon, in sem ga dobil.
- Brezplačna dostava, račun pride po pošti.
# sl15: the phone never rang; promised within a timeframe, still missing
(telefon|mobitel|mobi) ~2 ni ~2 (zazvonil|zazvonu|pozvonil) | noneg
(obljubljal*|obljubil*|obljubljen*) ~6 v (dveh|treh|stirih|petih|desetih|nekaj|enem) (dneh|tednih|tednu|mesecih|mesecu|dni)
+ Telefon ni zazvonil niti enkrat.
+ Obljubljali so dostavo v treh tednih.
- Telefon je zazvonil takoj.
- Paket je prišel v treh dneh.
# sl16: the date keeps being moved: "v petek so rekli torek, v torek spet petek"
(ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo) ~3 (rekli|rekel|rekla|recejo|pravijo|receta|pravita) ~1 (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo|jutri) ~4 (spet|zopet|ponovno|nato|potem) ~1 (ponedeljek|torek|sredo|cetrtek|petek|soboto|nedeljo|jutri)
+ V ponedeljek rekli sredo, v sredo spet ponedeljek.
+ V sredo so rekli petek, potem pa ponovno torek.
+ Na torek rekel četrtek, v četrtek zopet jutri.
- V petek so rekli torek in v torek je bilo res končano.
- Obtožil me je, da sem lažnivec, in mi obrnil hrbet.
# sl18b: the promise repeated N times (half; with "da me pokličejo" whole)
ze ~1 (dvakrat|trikrat|stirikrat|petkrat|sestkrat|veckrat|nestetokrat|kolikokrat|stokrat) ~3 (rekli|rekla|rekel|obljubil*|obljubili|obljubila|zagotovil*|zatrdil*) | weight=0.5
+ Že štirikrat so nam rekli, da nas pokličejo.
- Že dvakrat so mi rekli, da je paket na poti, in danes je prišel.
# sl19a: a quoted reassurance in either order: "vas pokličemo jutri", and
# "soon means never"
(vam|vas|te|ti|vama|vaju) ~1 (posljemo|poslemo|pripeljemo|nakazemo|vrnemo|uredimo|poklicemo|zamenjamo|dostavimo|popravimo|javimo|povrnemo|oglasimo) ~2 (jutri|danes|takoj|kmalu|cez|nazaj|drugi|naslednji|popoldne|zjutraj) | weight=0.5
(jutri|kmalu|takoj|cez|naslednji|prihodnji|isti) ~4 (pomeni|pomenijo|pomenilo|je|bo) ~1 (nikoli|nikdar) | noneg
# promise told by writing or speech, then nothing: "napisal, da mi bodo povrnili ... nisem dobil"
(napisal*|pisal*|povedal*|dejal*|sporocil*|odpisal*|odgovoril*|zatrjeval*|zagotavljal*|potrdil*) ~3 da ~2 (bo|bodo|boste|bom|bomo) ~10 (ni|niso|nic|nisem|nism|nisn|nikoli|nihce|nista|niti) | noneg
# a promise with clitics between: "da se mi bo oglasil", "da me bodo poklicali"
(rekli|rekl|rekel|reku|reko|rekla|obljubil*|obljubili|zatrdil*|zagotovil*|napisal*|povedal*|dejal*|potrdil*) ~3 da (se|me|mi|nam|nas|vam|vas|ga|jo|jih) ~2 (bo|bodo|boste) ~3 (poklical*|oglasil*|javil*|nakazal*|vrnil*|poslal*|dostavil*|uredil*|popravil*|zamenjal*|povrnil*|prisel|prisla|prisli) | weight=0.5
# advertised, then charged anyway; misleading
(obljublja|obljubljajo|oglasuje*|oglasujejo|reklamira*|napovedujejo|napoveduje) ~3 (brezplacn*|popust*|dostav*|rabat*|darilo|bon*) | weight=0.5
(vseeno|kljub|vendarle|naknadno) ~2 (zaracuna*|zaracunal*|placam|placati|placal*) | weight=0.5
(zavajanj*|zavajajo|zavajate|zavaja|zavajal*|zavajajoc*) | weight=0.5
+ Obljubljeno je bilo: vas pokličemo jutri. Nihče se ni oglasil.
+ Pri vas kmalu očitno pomeni nikoli.
+ Sporočil mi je, da bodo napako odpravili, a se ni premaknilo nič.
+ Rekla je, da me bodo poklicali isti dan, pa nič.
+ V oglasu obljubljajo brezplačno dostavo, na koncu pa jo vseeno zaračunajo.
- Vas pokličemo jutri, so rekli, in res so se oglasili.
