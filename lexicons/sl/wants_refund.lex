# Asks for money back or compensation.  A demand verb (zahtevam, prosim,
# hočem, pričakujem, rad bi) or an imperative (vrnite, povrnite) is needed:
# "vračila ne sprejmejo" is a refusal, not a request.
(zahtev*|prosim|prosimo|prosil*|hocem|hocemo|hoce|zelim*|pricakuje*|pricakujemo|terjam*|rad|rada|radi|upam|prosiva|hoceva|pricakujeva) ~3 (vracil*|povracil*|denar*|kupnin*|odskodnin*|nadomestil*|kompenzacij*|dobropis*|refundacij*|povrnitev|povrnitve|povracilo|znizanj*|popust|vracanj*|storno|storniranj*)
(denar|denarja|kupnino|znesek|zneska|evre|evrov|evra|eur) ~2 nazaj | noneg
nazaj ~2 (denar|denarja|kupnino|znesek|evre|evrov)
# noneg: "če mi ne vrnete denarja, ..." still asks for the money
(vrnite|vrnete|vrne|vrnejo|vrniti|povrnite|povrnete|povrniti|povrne|nakazite|nakazete|vrnita|vrneta|povrnita|povrneta|nakazita|nakazeta) ~3 (denar*|kupnin*|znesek|zneska|plac*|narocnin*|evr*|eur|strosk*|razlik*|polog*|akontacij*|preplac*|zaracunan*|vstopnin*|solnin*|karto|vozovnic*|vplacil*) | noneg
(vrnite|povrnite|nakazite|refundirajte|stornirajte|dobropisite|kompenzirajte|vrnita|povrnita|nakazita|dobropisita)
(povrnite|povrnete|povrniti|povrnili|povrnita|povrneta) | weight=0.5
refundir*
(povrn*|povrnil*) ~2 (strosk*|skod*|kupnin*|denar*|znesek|zneska)
(caka*|pocaka*) ~2 na ~1 (vracil*|povracil*|nakazil*|dobropis*|kupnin*|denar*)
refundacij*
odskodnin* ~3 (zahtev*|pricak*|terjam|prosim|zelim|hocem|pripada|izplac*) | weight=0.5
# "mi pripada povračilo", "razliko v ceni mi vrnete"
(pripada|pripadajo|pripadalo|upravicen*|pripadata) ~3 (vracil*|povracil*|odskodnin*|nadomestil*|kompenzacij*|dobropis*|denar*|kupnin*)
(denar*|kupnin*|znesek|zneska|razlik*|strosk*|placil*|narocnin*|polog*|aro|are) ~4 (vrnete|vrnite|povrnete|povrnite|nakazete|nakazite|vrneta|vrnita|povrneta|povrnita|nakazeta|nakazita) | noneg
+ Zahtevam vračilo celotnega zneska.
+ Hočem svojih 89 evrov nazaj!
+ prosim, vrnite mi dvakrat zaracunano narocnino
+ Za izgubljeno prtljago pričakujem odškodnino.
+ Zahtevam, da mi kupnino povrnete.
+ Mislim, da mi pripada povračilo stroškov.
- Nisem zahteval vračila, samo zamenjavo, in to so takoj uredili.
- Vračila ne sprejmejo, ker je embalaža odprta.
- Denar so mi vrnili v treh dneh, hvala.
# asking for the money back as a noun: "prosim za vrnitev stroškov", "zahtevam razliko nazaj"
(zahtev*|prosim|prosimo|prosil*|hocem|hocemo|zelim*|pricakuje*|pricakujemo|terjam*|prosiva|hoceva|pricakujeva) ~3 (vrnitev|vrnitve|vrnitvi)
(zahtevam|zahtevamo|hocem|hocemo|zelim|zelimo|prosim|terjam|pricakujem|zahtevava|hoceva|zeliva) ~3 nazaj | noneg
(razlik*|preplacil*|akontacij*|polog*|sredstva) ~1 nazaj | noneg
odskodnin* | weight=0.5
+ Prosim za povrnitev stroškov dostave, ki sem jih plačal dvakrat.
+ Zahtevam razliko v ceni nazaj.
- Stroške dostave so mi že povrnili, hvala.
(glede|zaradi) (odskodnin*|vracil*|povracil*|kompenzacij*|nadomestil*|refundacij*) | weight=0.5
+ Čakam na vaš odgovor glede odškodnine za uničen kovček.

# --- pass 6 ---
# "naj mi vrnejo", "bi mi morali vrniti"
(naj|nej) ~2 (mi|nam|nama) ~1 (vrnejo|vrne|vrnete|povrnejo|povrne|povrnete|nakazejo|nakaze|nakazete|refundirajo|refundira|stornirajo|bremenijo|vrneta|povrneta|nakazeta|refundirata|stornirata|bremenita) | noneg
bi ~1 (mi|nam|nama) ~1 (moral*|morali|morala|morate|morata) ~4 (vrnit*|povrnit*|nakazat*|refundirat*|vrniti|povrniti|nakazati|kompenzirat*)
(denar*|kupnin*|znesek|zneska|razlik*|strosk*|placil*|narocnin*|polog*) ~4 (vrnejo|povrnejo|nakazejo|vrne|povrne|nakaze|vrneta|povrneta|nakazeta) ~2 (takoj|nemudoma|celoti|cim|do|na)
+ Naj nam takoj vrnejo polog.
+ Razliko bi mi morali vrniti že zdavnaj.
+ Preplačilo naj mi nakažejo na račun.
- Denar so mi vrnili še isti dan.
- Polog so nam vrnili takoj po koncu najema.
# round 7: still waiting for the money back: "vračilo denarja ... čakam že
# mesec dni", "čakam na dobropis"
(vracil*|povracil*|denarja|denar|dobropis*|kupnin*) ~6 (cakam|cakamo|cakava)
(cakam|cakamo|cakava) ~4 (vracil*|povracil*|denar|denarja|dobropis*|kupnin*|nakazil*)
+ Vračilo denarja so obljubili v petih dneh, čakam že mesec dni.
+ Še vedno čakam na dobropis za vrnjen telefon.
+ Čakamo na nakazilo kupnine od maja.
- Denar je bil vrnjen v treh dneh, hvala.
- Čakam na paket, ki naj bi prišel jutri.

# r8: the unused remainder back; cancel the charge
(vrnite|vrnete|povrnite|povrnete|nakazite|nakazete|vrnejo|povrnejo|vrnita|vrneta|povrnita|povrneta|nakazita|nakazeta) ~3 (preostanek|ostanek|preostal*|neporabljen*|neizkoriscen*|sorazmern*|delez)
(stornirajte|stornirate|stornirati|stornirata) ~3 (racun*|placil*|narocil*|transakcij*|bremenitev)
+ Prosim, da mi preostanek naročnine vrnete na TRR.
+ Želim, da mi stornirate račun za neopravljeno storitev.
- Storno računa so izvedli že včeraj, hvala.
# r9a: "let them at least cover the cost", "pay for the repair"
(naj|nej|vsaj|zahtevam|pricakujem|hocem|morate|morajo|bi|morata) ~3 (pokrijejo|pokrije|pokrijete|pokrit*|krijejo|krije|krijete|poravnajo|poravna|poravnate|poravnat*|placajo|placa|placate|placat*|povrnejo|povrne|refundirajo|pokrijeta|krijeta|poravnata|placata|povrneta|refundirata) ~3 (strosk*|skod*|popravil*|racun*|taksi*|hotel*|prenocisc*|najem*)
(pokrijte|krijte|poravnajte|placajte|povrnite|povrnita) ~3 (strosk*|skod*|popravil*|racun*|taksi*|hotel*|prenocisc*)
(kritje|pokritje|poravnavo|placilo|povrnitev) ~2 (strosk*|skod*) ~6 (zahtev*|pricakujem|prosim|hocem|zelim|terjam) | noneg
(zahtev*|pricakujem|prosim|hocem|zelim|terjam) ~3 (kritje|pokritje|poravnavo|placilo|povrnitev) ~2 (strosk*|skod*)
# "I want every euro back", "send the amount back to my account"
(hocem|hocemo|zahtevam|zahtevamo|zelim|terjam|pricakujem|hoceva|zahtevava) ~2 nazaj ~4 (evro|evrov|evra|cent|centa|centov|znesek|placal*|placilo|kupnin*)
(nakazite|nakazete|nakazejo|vrnite|vrnete|posljite|posljete|nakazita|nakazeta|vrnita|vrneta|posljita|posljeta) ~3 nazaj ~3 (trr|racun|kartico)
+ Naj vsaj poravnajo stroške vleke, ki sem jo plačal iz svojega žepa.
+ Pokrijte mi stroške prenočišča, ker je let odpadel.
+ Zahtevam kritje škode na avtu.
- Stroške dostave sem plačal sam in je bilo v redu.
- Zavarovalnica je pokrila vse stroške, hvala.

# r12a: "where is my refund?", "I want it back"
kje ~3 (vracil*|povracil*|denar|denarja|dobropis*|nakazil*|kupnin*|refundacij*|odskodnin*|kompenzacij*)
(zelim*|zahtev*|prosim|prosimo|pricakuj*|hocem|hocemo|terjam*|rad|rada|radi|prosiva|hoceva) ~2 da ~6 (vrne|vrnejo|povrne|povrnejo|vrnete|povrnete|nakaze|nakazete|nakazejo|refundira*|stornira*|vrneta|povrneta|nakazeta) | noneg
+ Kje je moje vračilo, že tri tedne?
+ Želimo, da se mu preveč plačani znesek vrne.
+ rada bi da mi vrnete kar sem placala
- Kje lahko preverim stanje računa?
- Ali se znesek vrne samodejno?

# r12a-2: refund as a loan word, slang money, payout of damages, "when will you return the money"
(refund|refunda|refundu|refundom)
(zahtev*|pricakuj*|prosim|hocem|zelim*|terjam*|upravicen*|pripada) ~3 (poplacil*|izplacil*|poravnav*|kritj*)
(naj|nej) ~2 (mi|nam|nama) ~1 (izplacajo|izplaca|izplacate|poplacajo|poravnajo|izplacata|poplacata|poravnata)
kdaj ~3 (vrnili|vrnete|povrnili|povrnete|nakazali|nakazete|izplacali|izplacate|refundirali|vrneta|povrneta|nakazeta|izplacata) ~3 (denar*|kupnin*|znesek|zneska|plac*|strosk*|razlik*|odskodnin*|polog*)
(penz*|kes|kesa|dnar*|cash|evrc*|evrcke|jurje|jurjev) ~3 nazaj | noneg
+ Hočem refund, takoj.
+ Naj mi izplačajo odškodnino za kovček.
+ Kdaj mi boste vrnili denar?
+ rad bi svoje penze nazaj
- Kdaj mi boste poslali nov račun?
- Vračilo sem že prejel, hvala.
# sl15: pay out / give back one of the payments
(placil*|placila|znesek|zneskov|denar) ~4 (morate|moras|morajo|zahtevam|hocem|morata) ~2 (vrnit*|vrnete|vrniti|povrnit*|povrnete|vrneta|povrneta)
(izplacajte|nakazite|povrnite|poravnajte|nakazita|povrnita) ~3 (kar|odskodnin*|znesek|denar|obljubljen*|dolg*)
+ Eno od plačil mi morate vrniti.
+ Prosim, izplačajte, kar ste obljubili.
+ Nakažite mi odškodnino.
- Plačilo je bilo uspešno.
- Denar sem prejel, hvala.
# sl18b: inflection pass: any person of "pričakujem odškodnino"
+ Za izgubljen kovček pričakujeva odškodnino.
- Pričakujejo, da bo paket prispel jutri.
