# The customer will cancel, leave, switch to a competitor, never buy
# again.  Present and future forms only: "paket, ki sem ga odpovedal" is
# a past cancellation of one service, not a threat.
#
# cancel the contract / subscription
(prekinem|prekinjam|prekinemo|prekiniti|odpovem|odpovedujem|odpovedujemo|odpovemo|odpovedati|odstopim|odstopam|prekineva|odpovedujeva|odpoveva) ~3 (pogodb*|narocnin*|razmerj*|sodelovanj*|vezav*|zavarovanj*|clanstv*)
(pogodb*|narocnin*|sodelovanj*|vezav*|clanstv*|paket*|zavarovanj*) ~3 (prekinem|prekinjam|prekinemo|prekinjamo|prekineva|odpovem|odpovedujem|odpovedujemo|odpovemo|odpoveva|prekiniti|odpovedati|ukinjam|ukinjamo|ukinemo|prekinjava|odpovedujeva|ukinjava|ukineva)
# noneg: the threat usually follows a condition with its own negation ("če
# se to ne uredi, bom prekinil pogodbo"), which would otherwise negate it
bom ~3 (prekinil*|odpovedal*|odpoveda*|prekinja*|zamenjal*|presel*|presla|sel|sla|odsel|odsla|odnesel|odnesla) | noneg
(prekinil*|odpovedal*|zamenjal*|prestopil*|ukinil*|odjavil*|odsel|odsla|odsli|presel|presla|presli) (bom|bomo|bova|bo|bodo) | noneg
(zakljucujem|zakljucujemo|koncujem|koncal|koncala|koncam|zakljucujeva) ~2 z vami
z vami ~2 (konec|koncano|zakljuceno|zakljucujem|koncujem|koncal|koncala)
(konec|dovolj) ~2 sodelovanj*
(konec|dovolj) ~1 z vami
# leave, switch to a competitor
(grem|gremo|selim|selimo|prestopim|prestopamo|prehajam|prehajamo|odhajam|odhajamo|bezim|greva|seliva|prestopava|prehajava|odhajava) ~3 (drugam|konkuren*|drugemu|stran|proc)
(k|h) ~1 (konkuren*|drugemu|drugi|drugemu) ~1 (operaterj*|ponudnik*|banki|trgovc*|zavarovalnic*|dobavitelj*|ponudnika|operaterju)
(k|h) (konkurenci|konkurent*)
konkuren* ~3 (grem|gremo|bom|bomo|prestopim|prehajam|selim|greva)
prenos ~1 (stevilk*|racun*) | weight=0.5
(zamenja*|menja*) ~2 (ponudnik*|operaterj*|banko|zavarovalnic*|trgovin*|dobavitelj*|prodajalc*|lekarn*|fitnes*|servis*|telekomunikacij*)
izgubil* ~2 (strank*|kupc*|zvest*)
# never again
(nikoli|nikdar) vec | noneg
vec ~1 (nikoli|nikdar) | noneg
ne ~1 (bom|bomo|bo|bodo|bova|bosta) ~1 vec ~2 (kupoval*|kupil*|narocal*|narocil*|uporabljal*|stranka|koristil*|letel*|prihajal*|hodil*|stopil*|poslovala|posloval*|placeval*|zaupal*) | noneg
(zadnjic|zadnja) ~3 (kupil*|kupoval*|narocil*|narocal*|stopil*|letel*|nakup*)
(adijo|zbogom|adijos) | weight=0.5
(iscem|iscemo|poiscem|poiskal*|poiskala|isceva) ~2 (nov*|drug*|boljs*) ~1 (ponudnik*|operaterj*|banko|zavarovalnic*|trgovin*|serviser*|dobavitelj*)
(moj|moja|moje|nas|naš|naju) zadnj* (nakup*|narocil*|obisk*|let|izlet)
(potece|izteče|izteka|potekla|izteklo) ~2 vezav* ~4 (grem|gremo|odidem|odpovem|menjam|zamenjam|prestopim|selim|bezim|adijo|greva)
ko ~2 (potece|izteče|izteka) ~2 vezav*
# "od vas ne kupim ničesar več"
ne (kupim|narocim|stopim|pridem|podaljsam|letim|kupujem|narocam|vzamem|kupimo|narocimo|pridemo|kupiva|narociva|prideva) ~3 vec | noneg
# "od zdaj kupujem drugje", "grem k A1"
(kupujem|kupujemo|narocam|narocamo|nakupujem|nakupujemo|hodim|hodimo|kupil|kupila|narocal|narocala|narocil|narocila|poslujem|poslujemo|tankam|tankamo|placujem|jemo|jem|zavarujem|kupujeva|narocava|nakupujeva|hodiva|poslujeva|tankava) ~3 (drugje|drugod|konkuren*)
(grem|gremo|gre|gredo|prestop*|selim|selimo|odhaja*|prehaja*|presel|presla|presli|prenes*|prenesl*|preselil*|preselim*|greva|seliva) ~3 (k|h|na) (a1|telemach*|telekom*|t-2|t2|bob|izi|hot|mercator*|spar*|hofer*|lidl*|tus*)
# "odpovedujem vse, kar imam pri vas", "zapiram račun"
(odpovedujem|odpovem|odpovemo|prekinjam|ukinjam|ukinem|zapiram|zaprem|zapremo|odpoveva|zapreva) ~3 (vse|racun|racune|paket*|storitv*|kartic*|karto|profil*|uporabnisk*)
(trudim|poskusam|skusam|zelim|hocem|hocemo|zelimo|hoceva|zeliva) ~2 (odpovedati|odpovedat|prekiniti|prekinit|ukiniti|ukinit) ~2 (narocnin*|pogodb*|paket*|racun*|clanstv*|storitv*)
+ Če se to ponovi, bom pogodbo prekinil.
+ Selim se k drugemu operaterju.
+ v to trgovino ne stopim nikoli vec
+ Po petnajstih letih zaključujem z vami.
+ Grem h konkurenci, tam vsaj dvignejo telefon.
+ Od zdaj kupujem drugje.
- Ne nameravam menjati operaterja, samo zanima me cenejši paket.
- Kako dolgo traja prenos številke k vam?
- Paket, ki sem ga odpovedal že marca, mi še vedno zaračunavate.

# --- pass 3 ---
# "zadnjič sem bil vaša stranka", "bivša stranka od danes"
zadnjic ~3 (vasa|vas|vas|vaju) (stranka|kupec|kupka|narocnik|narocnica|uporabnik|uporabnica|gost)
(bivs*|nekdanj*) (stranka|kupec|kupka|narocnik|narocnica|uporabnik|uporabnica) ~3 (od|sem|bom|ste) | weight=0.5
(od|danes|zdaj|sedaj|odslej) ~3 (bivs*|nekdanj*) (stranka|kupec|kupka|narocnik|narocnica|uporabnik|uporabnica)
+ Zadnjič sem bil vaša stranka.
+ Od danes sem bivša stranka.
- Stranka pred mano je bila zelo glasna, zadnjič tudi.
- Stranka pred mano je bila zelo glasna.
# switching to a competitor: "preklopil na konkurenco", "se bom poslovil od vas"
(preklop*|prestop*|presel|presla|presli|prebegnil*|zamenjal*|zamenjam) ~3 (konkuren*|drugemu|drugega|drugo) ~1 (operaterj*|ponudnik*|banko|banki|trgovc*|zavarovalnic*|konkuren*)
(preklopil*|preklopim|preklopimo|prestopil*|prestopim|preklopiva) ~2 (na|k|h) ~1 konkuren*
poslovil* ~2 od (vas|vasega|vase|vasih|vaseg|vaju)
(poslovim|poslovimo|posloviva) ~2 od (vas|vasega|vase|vaju)
# cancelling a subscription: "naročnino bom ukinil", "ukinjam naročnino"
(narocnin*|pogodb*|racun|clanstv*|kartic*|paket) ~4 (bom|bomo|bova) ~1 (ukinil*|ukinila|odpovedal*|prekinil*|zaprl*|zaprla|odjavil*)
(ukinem|ukinjam|ukinemo|ukinjamo|odjavljam|odjavim|ukineva|ukinjava) ~3 (narocnin*|pogodb*|clanstv*|racun|paket*|storitev|storitve)
(greste|boste|ste) ~1 v zgodovino
+ Ob koncu vezave preklopim na konkurenco.
+ Pri naslednjem računu se bom poslovil od vas.
+ Naročnino na revijo bom ukinila še danes.
+ Še en tak mesec in greste v zgodovino.
- Naročnino sem podaljšal, ker sem zadovoljen.

# --- pass 6 ---
# taking the number or the money elsewhere: "številko bom prenesel drugam"
(prenesem|prenesel|prenesla|prenesli|prenesemo|prenasam|prenasamo|prenest*|odnesem|odnesel|odnesla|odnesemo|preselim|preselil*|preselila|preneseva|prenasava|odneseva) ~3 (drugam|drugemu|konkuren*|drugod|drugje)
+ Denar bom odnesel drugam.
+ Vse račune preselim h konkurenci.
- Paket sem prenesel v drugo sobo.
- Pohištvo sem preselil v novo stanovanje.

# r8: moving accounts elsewhere; "you won't see me again"
(prenesem|prenesemo|prenesel*|prenasam|preselim|preselimo|preseliti|prenesti|prestopim|prestopimo|preneseva|preseliva|prestopiva) ~4 konkuren*
(prenesem|prenesemo|prenesel*|prenasam|preselim|preselimo|preseliti|prenesti|prestopim|prestopimo|preneseva|preseliva|prestopiva) ~4 drug* ~1 (bank*|ponudnik*|operater*|zavarovalnic*|hranilnic*)
(boste|bodo) ~2 (me|nas|naju) ~1 vec ~1 (videli|videl*|videla) | noneg
+ Razmišljam, da vse račune prenesem v drugo banko.
+ Ne boste me več videli v tej trgovini.
- Denar sem prenesel na drug račun pri isti banki, vse je v redu.
# r9a: "today was the last time", "this was our last visit"
(danes|tokrat|zdaj|sedaj|to|tole) ~3 (zadnjic|zadnjič) | noneg
zadnjic ~4 (jedel|jedla|jedli|jedle|spal*|prenocil*|letel*|potoval*|tankal*|nakupoval*|kosil*|vecerjal*|zajtrkoval*|narocil*|placal*|obiskal*|prestopil*) ~3 (pri|v|z|s) ~1 (vas|vasi|vasem|vasih|vaso|vami|tej|tem|tejle|temle|vaju)
# passive announcement: "naročnina je odpovedana", "pogodba bo prekinjena"
(narocnin*|pogodb*|clanstv*|racun|paket) ~2 (je|bo|so|bodo|sta) ~1 (odpovedan*|prekinjen*|ukinjen*|zaprt|zaprta|odjavljen*) ~3 (zbogom|adijo|lp|hvala|konec|od|s|z|danes|takoj) | noneg
(narocnin*|pogodb*|clanstv*) (je|bo) (odpovedan*|prekinjen*|ukinjen*) | weight=0.5
+ Danes smo zadnjič kosili v vaši restavraciji.
+ Pogodba bo prekinjena s prvim dnem naslednjega meseca, adijo.
+ tole je bilo zadnjič, da sem tankal pri vas
- Zadnjič ste mi hitro pomagali, hvala.
- Pogodba je bila prekinjena po pomoti, prosim, vzpostavite jo nazaj.

# r12a: "from tomorrow I'm with the competition", "first and last time"
od (jutri|jutrisnj*|danes|zdaj|sedaj|ponedeljka|naslednj*|prihodnj*|novega|prvega|konca) ~4 (pri|k|h|na) ~1 (konkuren*)
(bom|bomo|bova) ~2 (pri|h|k) ~1 (konkuren*|drugem|drugi|drugemu)
pri (konkuren*) | weight=0.5
prvic ~6 zadnjic
# decision nouns: "razmišljam o prekinitvi sodelovanja", "zahtevam odjavo vseh storitev"
(razmisljam|razmisljamo|premisljujem|premisljam|nameravam|nameravamo|odlocil*|odlocila|odlocam|zahtev*|zelim|zelimo|hocem|prosim|pricakujem|razmisljava|nameravava|zeliva) ~3 (prekinitev|prekinitv*|odpoved|odpovedi|odpoved|odstop|odstopu|odjav*|izstop*|ukinitev|ukinitv*) ~3 (pogodb*|narocnin*|sodelovanj*|razmerj*|clanstv*|storitev|storitv*|vezav*|zavarovanj*|vseh|vsega|iz|od)
(izstopil*|izstopim|izstopimo|izstopiti|izstopit|izstopam|izstopiva) ~2 (iz|od) ~2 (pogodb*|clanstv*|zavarovanj*|narocnin*|programa|kluba)
izbris* ~3 (uporabnisk*|profil*) | weight=0.5
+ Od jutri sem pri konkurenci.
+ Prvič sem naročila pri vas in tudi zadnjič.
+ Resno razmišljam o prekinitvi sodelovanja z vami.
+ Zahtevam odjavo vseh storitev.
+ Rad bi izstopil iz pogodbe za fitnes.
+ Mami bomo zamenjali banko.
+ Babica ne bo več hodila v vašo lekarno.
- Bil sem že pri konkurenci, pa sem se vrnil k vam, ker ste najboljši.
- Ali velja odstop od nakupa tudi za izdelke v akciji? Zanima me samo pravilo.

# r12a-2: leaving "you", boycott, one more time and I'm gone, not renewing, a contract with another provider
(zapuscam|zapuscamo|zapustim|zapustimo|zapustil*|zapustila|zapustili|zapuscava|zapustiva) ~2 (vas|vaso|vase|vasega|vasi|vami|vaju)
bojkot*
se (enkrat|en) ~4 (odhajam|odhajamo|odidem|odidemo|odpovem|prekinem|odhajava|odideva)
(podpisal*|sklenil*|podpisem|sklenem|podpisala|sklenila|podpisujem|podpisali|sklenili) ~4 (drug*|nov*|konkuren*) ~1 (operater*|ponudnik*|bank*|dobavitelj*|zavarovalnic*)
(pogodb*|narocnin*|vezav*|clanstv*|zavarovanj*) ~2 ne ~1 (bom|bomo|bova) ~1 (podaljsal*|obnovil*|podaljsali|obnovili) | noneg
ne ~1 (bom|bomo|bova) ~1 (podaljsal*|obnovil*|podaljsali|obnovili) ~2 (pogodb*|narocnin*|vezav*|clanstv*|zavarovanj*) | noneg
(zakljucil*|zakljucim|zakljucimo|zakljucujem|zakljuciva) ~3 (pogodb*|narocnin*|sodelovanj*|clanstv*)
raje ~3 (drugje|drugod|drugam|konkuren*)
(odpisal*|odpisem|odpisujem) (vas|vaso|vase|vasega|vaju)
(od|odslej|zdaj|sedaj|raje|rajsi|samo|le) ~3 (kupujem|kupujemo|narocam|nakupujem|nakupujemo|tankam|tankamo|poslujem|hodim|hodimo|kupujeva|nakupujeva|tankava|hodiva) ~1 (pri|v|na) (spar*|mercator*|hofer*|lidl*|tus*|eurospin*|petrol*|omv|mol|a1|telemach*|telekom*|konkuren*)
+ Dovolj imam, zapuščam vas.
+ Bojkotiram vašo trgovino.
+ Še enkrat in odhajam.
+ Podpisal sem pogodbo z drugim operaterjem.
+ Pogodbe ne bom podaljšal.
+ Raje plačam več drugje.
+ Od danes kupujem pri Sparu.
- Paket sem vrnil, ker je bil poškodovan, drugače sem zadovoljen.
- Pogodbo bom podaljšal, ker ste super.
- Še enkrat hvala, grem naprej z vašim paketom.
# sl15: "cancelled today", "after 12 years I'm off", "this is my notice, moving out"
(danes|ravnokar|pravkar|koncno|takoj) ~2 (sem|smo|sva) ~1 (odpovedal*|prekinil*|odjavil*)
po ~2 (letih|leti) ~1 (grem|odhajam|odhajamo|zapuscam|koncujem|zakljucujem|odhajava)
(moja|nasa|dajem|podajam) ~1 (odpoved|odpovedni)
(se|bom|bomo) ~2 (izselim|izselimo|izselila|izselil|izseliva)
+ Danes sem odpovedal.
+ Po 15 letih grem.
+ To je moja odpoved, se izselim.
- Odpoved sem umaknil, ostajam.
- Izselil sem se že lani in nimam težav.
- Rekli so mi, naj grem v drugo poslovalnico, ker tu tega ne urejajo.
# sl18b: inflection pass: "bova pogodbo prekinila" (aux before the
# object), "zadnji krat" written apart, competitors as people ("konkurentom")
(bom|bomo|bova) ~1 (narocnin*|pogodb*|racun|clanstv*|kartic*|paket) ~1 (ukinil*|ukinila|odpovedal*|prekinil*|zaprl*|zaprla|odjavil*)
(danes|tokrat|zdaj|sedaj|to|tole) ~3 (zadnji|zadnjic) krat | noneg
zadnji krat ~4 (jedel|jedla|jedli|jedle|spal*|prenocil*|letel*|potoval*|tankal*|nakupoval*|kosil*|vecerjal*|zajtrkoval*|narocil*|placal*|obiskal*|prestopil*) ~3 (pri|v|z|s) ~1 (vas|vasi|vasem|vasih|vaso|vami|tej|tem|tejle|temle)
+ Če se to še enkrat zgodi, bova pogodbo prekinila.
+ Gremo h konkurentom, tam se vsaj oglasijo.
+ To je bil zadnji krat, da smo jedli pri vas.
- Zadnji krat sva pri vas jedla odlično.
