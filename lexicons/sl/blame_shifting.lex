# Staff say the problem is the customer's fault, or push it onto someone
# else (courier, manufacturer, subcontractor, another department, "the
# system") to avoid responsibility.  Not: the customer blaming the company
# ("vi ste krivi"), nor the customer admitting a mistake ("moja napaka").
#
# "it's your own fault": sami ste krivi, sam si kriv, sami ste si krivi
(sam|sama|sami|same) (ste|si|sta) ~1 (kriv|kriva|krivi|krive)
da (sem|sm|sn|smo|sva) ~2 (kriv|kriva|krivi|krive) | said
da je ~2 (moja|naša) krivda | noneg, said
je ~1 (vas|vaš) (problem|problemu)
da je ~1 (vasa|vaša) (tezava|napaka|krivda|odgovornost)
ocita*
(obtozil*|obtozuj*|krivijo|krivil*)
# "you clicked/installed/washed it wrong": "da sem jakno narobe prala",
# "vi ste nekaj narobe kliknili" (not "morda sem sam kaj narobe nastavil")
(da|vi|ker|kr) (ste|si|sta) ~3 narobe
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|ocita*|namigova*|ces) ~3 da (sem|sm|sn|smo|sva) ~3 narobe
(nepravil*|napacn*|neustrezn*|nestrokovn*|malomarn*|napacen|neustrezen|nestrokoven|malomaren) ~1 (uporab*|ravnanj*|vzdrzevanj*|rokovanj*|pranj*|namestitev|namestitvijo|montaz*|priklop*)
mehansk* ~1 poskodb* | weight=0.5
# the fault is on the customer's side or in the customer's device
(napak*|krivd*|tezav*|problem*|okvar*) ~2 na (vasi|moji|vaši) strani | said
(napak*|krivd*|tezav*|problem*|okvar*) ~2 na strani (trgovca|banke|poste|kurirja|proizvajalca|dobavitelja|prevoznika|izvajalca|partnerja|operaterja|uporabnika|stranke|kupca|serviserja)
# the courier's classic: "da me ni bilo doma"
da (me|nas) ni (bilo|blo) (doma|tam) | noneg
da (nisem|nism|nisn|nismo|niste) ~1 (bil|bila|bla|bili|bli) ~1 doma | noneg
(z|s) izgovorom
(trdi|trdijo|trdite|pravi|pravijo|pravjo|pravite|ces|zatrj*) ~2 da ~6 (povzrocil*|zakrivil*|nastal*|naredil*|poskodoval*)
(pravite|pravijo|pravjo|trdite|trdijo|pravi|trdi|rekli|rekl|rekel|reku|reko|rekla|ocenili) ~3 da gre za ~2 (mehansk*|nepravil*|napacn*|neustrezn*|uporabnisk*|malomarn*|napacen|neustrezen)
(ki|da) (sem|sm|sn) ~3 (povzrocil|povzrocila|zakrivil|zakrivila|naredil|naredila) ~1 (sam|sama) | weight=0.5
(trdi*|zatrdil*|zatrj*|pravi*|rekel|reku|reko|rekla|rekli|rekl|ocita*|ces|namigova*) ~3 da (sem|sm|sn|smo|sva) ~3 (polil*|poskodoval*|pokvaril*|zlomil*|razbil*|unicil*|povzrocil*|spustil*|upognil*|odprl*|razstavil*|zamocil*|odprel)
kar ni res | noneg, weight=0.5
(kriv|kriva|krivi) ~1 (nekdo|vedno) ~1 drug*
da je ~3 (kriv|kriva|krivo|krivi) ~1 (moj|moja|moje|moji|mojega)
izgovor* ~2 da
da (sem|sm|sn) ~3 (sam|sama) ~2 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|unicil*|povzrocil*) | said
da je ~3 (napak*|krivd*|tezav*|problem*|okvar*|stvar) ~1 (banke|poste|kurirja|proizvajalca|dobavitelja|izvajalca|podizvajalca|serviserja|servisa|skladisca|racunovodstva|prevoznika|sistema|drugega|drugih|trgovine|trgovca|prodajalca|prodajalne|zavarovalnice|agencije|dostavljavca|dostave|kurirske|dostavne|ponudnika|uvoznika|distributerja|lastnika|posiljatelja|centrale|tehnikov|monterja)
ne (njihova|njihov|njihovo|njihovega|njihove) | noneg, weight=0.5
da je ~3 (napak*|krivd*|tezav*|problem*|okvar*) ~1 (mojega|moje|mojem|moji|mojih|vasega|vase|vasem|vasi|vasih)
# "not our fault / not our responsibility / not our competence" (noneg:
# the negation is what they say)
ni ~1 (nasa|nas|njihova|njihov|njegova|njena|naša|naš) (krivda|odgovornost|problem|napaka|stvar|pristojnost|skrb) | noneg
ni v (nasi|njihovi|njeni|njegovi|moji|naši) pristojnosti | noneg
(nismo|niso|nista|nisem|nism|nisn) ~2 (pristojn*|odgovorn*|pristojen|odgovoren) | noneg
ni ~2 (pristojen|pristojna|odgovoren|odgovorna) | noneg, weight=0.5
za (to|tega|zamudo|skodo|napako|okvaro) ~1 ne (odgovarja*|odgovarjamo) | noneg
ne prevzema* ~2 odgovornost* | noneg
# pushed onto a third party: "kriv je kurir", "odgovorna je pošta", "je
# kriv sistem", "v pristojnosti računovodstva"
(kriv|kriva|krivi|krivo|krivec|krivca|krivda|krivdo|krivde) ~3 (kurir*|dostavljav*|posta|poste|posti|posto|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|servis|sistem*|racunovodstv*|oddel*|partner*|dobavitelj*|prevoznik*|logistik*|centrala|centrali|tehnik*|monter*|banka|banki|zavarovalnic*|napetost*|vreme*|strela|strele|programsk*)
(kurir*|dostavljav*|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|racunovodstv*|oddel*|dobavitelj*|prevoznik*|tehnik*|monter*) ~2 (kriv|kriva|krivi)
(odgovorn*|odgovoren) ~2 (kurir*|dostavljav*|posta|poste|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|servis|racunovodstv*|dobavitelj*|prevoznik*|logistik*|banka)
v pristojnosti ~1 (racunovodstv*|oddel*|sluzb*|central*|proizvajal*|kurir*|poste|izvajal*|podizvajal*|servis*|banke|drugih|drugega|druge)
(obrn*|pojdi|pojdite|pisi|pisite|poklic*|reklamir*|obren) ~2 (na|k|h) (proizvajal*|dobavitelj*|kurir*|poste|posto|prevoznik*|uvoznik*|zastopnik*)
# what the third party did, in reported speech: "da je škodo naredilo
# skladišče", "da je paket izgubil kurir"
da (je|so) ~3 (naredil*|povzrocil*|zakrivil*|zamudil*|pokvaril*|polomil*|izgubil*|poskodoval*) ~1 (kurir*|dostavljav*|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|prevoznik*|dobavitelj*|monter*|trgovin*)
da (je|so) ~1 (kurir*|dostavljav*|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|prevoznik*|dobavitelj*|monter*|trgovina) ~2 (naredil*|povzrocil*|zakrivil*|zamudil*|pokvaril*|polomil*|izgubil*|poskodoval*|pozabil*)
# shifting blame and responsibility, making excuses
zvali*
(vali|valijo|valite|valis|zvali*|prevali*|prelaga*|prelozi*|prelozil*|zvraca*|pripisuj*) ~2 (krivd*|odgovornost*)
(krivd*|odgovornost*) ~2 (vali|valijo|prelaga*|zvraca*|zvali*|pripisuj*|otresa*|izmika*)
prelaga* ~2 na
(otresa*|izmika*) ~3 odgovornost*
izgovarja*
(samo|same|sami|vedno|nove|novi|neumn*|prazn*|cenen*|stalno|neumen|prazen) (izgovor|izgovori|izgovore|izgovorov|izgovora)
(drug|eden|en) na drugega
(pravi*|trdi*|zatrjuje*|ces|odgovarja*) ~2 (obratno|nasprotno)
(napak*|okvar*|skod*|tezav*|zamud*) ~4 pripisa*
pripisa* ~4 (napak*|okvar*|skod*|tezav*|zamud*)
# the customer did it himself: "češ da sem kabel sam pretrgal", "da ste ga
# odprli sami", "ker sem napravo odprl sam" (ker: half, it is also the
# customer's own admission)
(da|ces) (sem|sm|sn|smo|ste|si|sva|sta) ~3 (sam|sama|sami|same|jaz) ~2 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|unicil*|povzrocil*|odprl*|pretrgal*|raztrgal*|strgal*|opraskal*|zmocil*|upognil*|zazgal*|preobremenil*|zamasil*|razstavil*|prezgal*|zanemaril*|spustil*|namestil*|nastavil*) | said
(da|ces) (sem|sm|sn|smo|ste|si|sva|sta) ~3 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|unicil*|povzrocil*|odprl*|pretrgal*|raztrgal*|strgal*|opraskal*|zmocil*|upognil*|zazgal*|preobremenil*|zamasil*|razstavil*|prezgal*|zanemaril*) ~2 (sam|sama|sami|same|jaz)
(ker|kr) (sem|sm|sn|smo|sva) ~3 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|odprl*|pretrgal*|raztrgal*|opraskal*|razstavil*|zanemaril*) ~2 (sam|sama|sami|same) | weight=0.5
# they say I did it wrong / too little: "trdi, da sem napačno vpisal naslov",
# "da sem jih premalo negovala"
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|ocita*|namigova*|ces|zatrj*|odgovoril*|napisal*) ~3 da (sem|sm|sn|smo|sva|ste) ~3 (napacno|nepravilno|premalo|prevec|malomarno|neustrezno|neprimerno|slabo|prehitro|neprevidno|nepazljivo|nestrokovno)
# "je za vse kriva moja wifi mreža"
(kriv|kriva|krivo|krivi|krive) ~2 (moj|moja|moje|moji|mojega|mojem|mojo) | weight=0.5
po (njihovem|njegovem|njenem|vasem|mnenju) ~3 (kriv|kriva|krivo|krivi|krive|krivda) | weight=0.5
# "odgovarja prevoznik, ne vi"; "so krive 'tehnične težave pri partnerju'"
odgovarja ~1 (kurir*|dostavljav*|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|dobavitelj*|prevoznik*|banka|partner*)
krive ~4 (kurir*|dostavljav*|posta|poste|posti|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|partner*|dobavitelj*|prevoznik*|tehnicn*|tehnik*)
# pushed it onto someone: prevaliti, zvrniti, zvaliti
(prevali*|zvrn*) ~3 (krivd*|odgovornost*|vse)
(prevali*|zvrn*) ~3 na (kurir*|dostavljav*|posto|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|oddel*|dobavitelj*|prevoznik*|kolegic*|kolega|sodelav*|prejsnj*|drug*|vas|nas|mene|stranko|banko)
(krivd*|odgovornost*) ~2 (prevali*|zvrn*)
# a user error, improper use
(uporabnisk*|uporabnikov*) (napak*|krivd*|poskodb*)
(neprimern*|neprimeren) ~1 (uporab*|ravnanj*|vzdrzevanj*|rokovanj*|pranj*|namestitev|namestitvijo|montaz*|priklop*) | weight=0.5
# "it was already damaged before"
(poskodovan*|pokvarjen*|zlomljen*|razbit*|okvarjen*|opraskan*) ~2 ze (prej|poprej|pred|ob)
# "complain to them", "not with us": "naj se pritožim kurirju", "težava je
# pri Telekomu in ne pri njih"
(naj|nej) se ~3 (pritozim|pritozite|pritozimo|obrnem|obrnete|obrnemo|pritozi) ~2 (njim|nanje|njemu|nanj|nanjo|tja|proizvajal*|dobavitelj*|kurir*|posti|posto|prevoznik*|uvoznik*|zastopnik*|banki|banko)
ne pri (njih|njihovem|njihovi|njihovih|njemu|njej) | noneg, weight=0.5
ne v (njihovem|njihovi|njihovih|nasem|nasih) | noneg, weight=0.5
# "da je to zaradi mojega starega računalnika", "da je to moja stvar"
(rekel|reku|reko|rekla|rekli|rekl|pravi|pravijo|pravjo|trdi|trdijo|zatrj*|ces|ocenil*|ugotovil*|odgovoril*|napisal*) ~3 da je ~3 zaradi ~1 (mojega|moje|mojih|moji|mojem|mojo|vasega|vase|vasih|vasi|vasem)
da je ~2 (moja|moj|moje|vasa|vas|najina|najin|najine|vajina|vajin|tvoja|tvoj) (stvar|skrb|problem|tezava)
(naj|nej) se ~2 (njim|nanje|njemu|nanj|nanjo|tja|tam|drugam|drugje) ~1 (pritozim|pritozite|pritozimo|obrnem|obrnete|obrnemo|pritozi|obrne|pritozijo|obrnejo)
da je ~2 (tezava|problem|napaka|okvara|krivda|tezave) pri | weight=0.5
# "je kriv sistem", "so krive težave pri partnerju": the affirmative je/so
# holds, even after "ko kaj ne dela," in the clause before
(je|so) (kriv|kriva|krivo|krivi|krive) ~4 (kurir*|dostavljav*|posta|poste|posti|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|servis|sistem*|racunovodstv*|oddel*|partner*|dobavitelj*|prevoznik*|logistik*|tehnik*|monter*|banka|zavarovalnic*|vreme*|napetost*) | noneg
# --- added: reported claims that the customer caused it
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|sklepa*|menijo|meni|misli|mislijo|prepricani|preprican|prepricana) ~3 da (sem|sm|sn|smo|sva|ste|si) ~4 (polil*|zalil*|zmocil*|namocil*|poskodoval*|zlomil*|razbil*|unicil*|odprl*|odprel|pretrgal*|raztrgal*|strgal*|opraskal*|upognil*|zazgal*|prezgal*|preobremenil*|pregrel*|zamasil*|razstavil*|zanemaril*|spustil*|polomil*|zvil*|zvila|izpral*|opral*|pral|prala|sprl*|pokvaril*|povzrocil*|zakrivil*|zamocil*)
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|sklepa*|menijo|meni|misli|mislijo|prepricani|preprican|prepricana) ~4 da (mi|nam|vam|ti) (je|so) ~2 (padel|padla|padlo|padli|padle|spadel*|spadla|padu)
naj bi ~4 (polil*|zalil*|zmocil*|namocil*|poskodoval*|zlomil*|razbil*|odprl*|pretrgal*|raztrgal*|opraskal*|upognil*|preobremenil*|razstavil*|zanemaril*|spustil*|polomil*|zvil*|sprl*|zazgal*)
naj bi ~4 (nepravilno|napacno|narobe|malomarno|neprimerno|premalo|prevec|neustrezno|nestrokovno|nepazljivo|neprevidno|grobo)
(poskodb*|okvar*|napak*|skod*|razpok*|poka|pok) ~3 (zaradi|posledica|posledice) ~1 (padca|padcev|udarca|udarcev|vlage|vode|tekocin*|nepravilne|nepravilnega|neprimerne|neprimernega|napacne|napacnega|malomarne|nepazljive|nestrokovne|nestrokovnega|uporabnika|stranke|kupca|zunanjega|zunanje|mehanske|preobremenitve|sile)
(zunanj*|mehansk*|uporabnisk*) ~1 (vpliv*|vzrok*|sila|sile|poskodb*|napak*|vdor*) | weight=0.5
# "it's my/your fault / problem", reported: "so rekli, da je bila to moja napaka"
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|sklepa*|menijo|meni|misli|mislijo|prepricani|preprican|prepricana) ~4 da je ~3 (moja|moj|moje|vasa|vas|vase|tvoja|tvoj|stranka|stranke|kupcev|kupceva|uporabnikova) (napaka|krivda|problem|tezava|stvar|odgovornost|skrb|zadeva)
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|sklepa*|menijo|meni|misli|mislijo|prepricani|preprican|prepricana) ~4 da je ~3 (tezav*|problem*|napak*|okvar*|krivd*|vzrok*) ~2 (v|pri|z|na|s) (mojem|moji|mojim|mojih|moja|vasem|vasi|vasim|vasih|mojo|vaso|tvojem|tvoji)
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|sklepa*|menijo|meni|misli|mislijo|prepricani|preprican|prepricana) ~4 da (je|so) ~2 (kriv|kriva|krivo|krivi|krive) ~2 (moj|moja|moje|moji|mojega|vas|vasa|vase|vasi|vasega|jaz|vi|ti|stranka|stranke)
(sem|sm|sn|smo|sva) ~1 (kriv|kriva|krivi|krive) (jaz|midva|mi|sama|sam|sami) | weight=0.5
po (njihovo|njegovo|njeno|vasem|njihovem|njegovem|njenem) ~4 (kriv|kriva|krivi|krive|krivda|napaka|napako|odgovornost)
# shoving it elsewhere: vali na, prelaga na, kaže s prstom, vroč krompir
(vali|valijo|valite|valil*|zvali*|prevali*|prevalil*|zvrnil*|zvracal*|zvraca*|prelaga*|prelozil*|preloz*|prenasa*|pokazal*|pokazali|kaze|kazejo|kazal*|kazete|prelagal*) ~3 na (kurir*|dostavljav*|posto|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|servis*|sistem*|racunovodstv*|oddel*|partner*|dobavitelj*|prevoznik*|logistik*|tehnik*|monter*|banko|zavarovalnic*|mene|nas|stranko|stranke|kupca|kupce|it|informatik*|centralo|vodstvo|drug*|koleg*|sodelav*|prejsnj*|covid*|korono|vreme|praznike|dopust*|gnec*|kadr*)
(kaze|kazejo|kazal*|pokazal*|kazete) ~3 s prstom
s prstom ~3 (kaze|kazejo|kazal*|pokazal*|kazete)
vroc* krompir*
(izgovarja*|izgovoril*|izgovarjal*|izmika*|izmikal*|izmuzn*|izvija*|izvijal*|otepa*) ~3 na
(izgovor*|izgovarja*) ~3 (covid*|koron*|kadr*|praznik*|dopust*|sistem*|kurir*|posto|posta|dobavitelj*|proizvajal*|gnec*|vreme*|stavk*|bolnisk*|bolezn*)
# "nothing to do with us", "not our department", "doesn't fall under us"
s tem ~2 (nimajo|nima|nimamo|nimam|nimate) ~1 (nic|nicesar|veze|zveze) | noneg
(nimajo|nima|nimamo|nimam|nimate) ~1 (nic|nicesar) ~1 s tem | noneg
(ne|ni) ~1 (spada|spadajo|sodi) ~2 (k|pod|v|med) ~1 (nam|nas|njih|njim|njihov*|nas*|pristojnost*|domeno) | noneg
to ~1 (ni|niso) ~1 (nasa|naša|njihova|njihov|njegova|njena) ~1 (stvar|skrb|naloga|domena|krivda|napaka|odgovornost|problem|tezava) | noneg
# "to ni moja stvar" from staff; "to ni moja krivda" is usually the customer
to ~1 (ni|niso) ~1 moja ~1 (stvar|skrb|naloga|domena|odgovornost|pristojnost) | noneg
ni (nas|njihov|njegov|njen|moj) (problem|posel|oddelek|resor) | noneg
(odgovornost*|krivd*) ~3 (zanikal*|zanikajo|zanika|odklonil*|odklanja*|zavrnil*|zavracajo) 
(zanikal*|zanikajo|zanika|odklanja*) ~3 (odgovornost*|krivd*)
(zavracajo|zavrnili|zavrnil|zavrnila|zavraca) ~2 (vsako|kakrsnokoli) ~1 (odgovornost*|krivd*)
# "češ da nisem pravočasno prijavila": the customer's omission as the cause
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*) ~3 da (nisem|nism|nisn|nismo|niste|nisva) ~3 (pravocasno|pravilno|ustrezno|pravocasn*|javil*|prijavil*|sporocil*|preveril*|prebral*|oddal*|placal*|poravnal*|izpolnil*|podpisal*|shranil*|prilozil*|prevzel*|odgovoril*|potrdil*|aktiviral*|posodobil*|vklopil*|izklopil*|zaklenil*|prijavila) | noneg
ker (nisem|nism|nismo|niste) ~3 (pravocasno|pravilno|ustrezno) | noneg, weight=0.5
(odgovornost*|krivd*|obveznost*) ~2 (kupca|stranke|uporabnika|narocnika|potrosnika|prejemnika|lastnika)
(odgovoren|odgovorna|odgovorni) ~2 (je|ste|sem) ~1 (kupec|stranka|uporabnik|narocnik|potrosnik|prejemnik|sam|sama|sami|vi)
(je|to|bila|bilo|blo) ~2 stvar ~1 (kurirja|kurirske|kurirjev|banke|poste|proizvajalca|dobavitelja|izvajalca|podizvajalca|serviserja|servisa|skladisca|racunovodstva|prevoznika|zavarovalnice|partnerja|drugega|drugih|centrale|uvoznika|zastopnika)
(naj|nej) ~2 (zmenim|uredim|dogovorim|resim|razcistim|zmenite|uredite|dogovorite|obrnem|pritozim|reklamiram) ~2 (s|z|pri|na) ~1 (kurir*|posto|posti|proizvajal*|dobavitelj*|prevoznik*|bank*|serviser*|zavarovalnic*|izvajal*|podizvajal*|uvoznik*|zastopnik*|dostavn*|kurirsk*)
(posledica|posledice|zaradi|povzrocil*|povzrocen*|povzroceno|povzrocila|nastal*|nastala) ~1 (padca|padcev|udarca|udarcev|vlage|vode|tekocin*|preobremenitve|prenapetost*|nihanj*|nepravilne|nepravilnega|neprimerne|neprimernega|napacne|napacnega|malomarne|malomarnega|nepazljive|nestrokovne|nestrokovnega|mehanske|zunanje|zunanjega|sile|zlorabe|nepravilnega) | weight=0.5
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|vztraja*|vztrajal*|ocita*|ugotovil*|ugotavlja*|namigova*|namignil*|razlozil*|pojasnil*|ocenil*|zakljucil*) ~6 (posledica|posledice|zaradi|povzrocil*|povzrocen*|povzroceno|nastal*) ~2 (padca|padcev|udarca|udarcev|vlage|vode|tekocin*|preobremenitve|prenapetost*|nihanj*|nepravilne|nepravilnega|neprimerne|neprimernega|napacne|napacnega|malomarne|malomarnega|nepazljive|nestrokovne|nestrokovnega|mehanske|zunanje|zunanjega|sile|zlorabe)
da ~2 (je|so) ~3 (naredil*|povzrocil*|zakrivil*|zamudil*|pokvaril*|polomil*|izgubil*|poskodoval*|zamesal*|vrnil*|pozabil*|zadrzal*|blokiral*|zavrnil*) ~2 (kurir*|dostavljav*|posta|proizvajal*|podizvajal*|izvajal*|skladisc*|serviser*|sistem*|prevoznik*|dobavitelj*|monter*|trgovin*|posiljatelj*|prodajal*|banka|partner*|centrala|oddelek)
da (sem|sm|sn|smo|sva|ste|si|sta) si ~3 (kriv|kriva|krivi|krive)
(sem|sm|smo|sva|ste|si|sta) si ~3 (kriv|kriva|krivi|krive) ~1 (sam|sama|sami|same)
+ Rekli so, da sem sam kriv, ker sem narobe namestil aplikacijo.
+ Za zamudo je po njihovem kriva pošta, ne oni.
+ sami ste krivi, mi je rekla
+ Odgovorili ste, da to ni naša krivda, ampak proizvajalčeva.
+ Krivdo valijo na kurirja, kurir pa nazaj na vas.
+ servis pravi, da je okvaro povzrocil udar strele in da je to vas problem
+ Servis trdi, da sem telefon napačno polnil.
+ krivdo so prevalili na kurirja
- Moja napaka, narobe sem vpisal naslov.
- Morda sem sam kaj narobe nastavil.
- Vi ste krivi za to zmešnjavo, ne jaz!
- Paket je prispel pravočasno, kurir je bil prijazen.
- Kriva je moja nepazljivost, telefon mi je padel v vodo.
+ Na servisu so mi očitali, da sem slušalke zmočila.
+ trdili so da je poskodba nastala zaradi neprimerne uporabe
+ Vse skupaj so zvalili na kurirja.
+ Rekli so mi, da sva si za težavo kriva sama.
+ pravjo da nisem pravocasno prijavila selitve
- Mislim, da je bila moja napaka, ker nisem prebral pogojev.
- Zaradi padca je ekran počil, popravilo plačam sam.

# --- pass 3 ---
# they say the customer did it or was absent: "trdil, da sem bil jaz
# odsoten", "zdaj trdite, da sem ga jaz"
(trdi|trdijo|trdite|trdil*|pravi|pravijo|pravite|ocita*|obtozil*|obtozuj*|namiguje*|zatrjuj*|zatrdil*) ~2 da (sem|sm|sn|smo|sva) ~3 (jaz|sam|sama|odsoten|odsotna|odsotni|kriv|kriva|krivi)
da (sem|sm|sn|smo) ~2 (bil|bila|bla|bili) ~2 (odsoten|odsotna|odsotni|nedosegljiv*)
+ Kurir je trdil, da sem bil jaz odsoten.
+ Zdaj pa trdite, da sem ga jaz pokvaril.
- Trdim, da sem bil ves dan doma.
- Sam sem bil odsoten, zato sem paket prevzel pozneje.
# pushed onto a third party: "da so za to krivi na carini", "za zamudo je kriva pošta"
(so|je|sta) za (to|zamudo|napako|tezavo|okvaro|zaplet|izpad) ~1 (kriv|kriva|krivi|krive|krivo|odgovorn*)
za (to|zamudo|napako|tezavo|okvaro|zaplet|izpad) (so|je|sta) ~2 (kriv|kriva|krivi|krive|krivo|odgovorn*)
+ Rekli so, da so za to krivi v skladišču.
+ Za zamudo je baje kriva pošta, ne oni.
- Plačal sem pravočasno, to ni moja krivda.
# round 7 (industries): blame pushed onto a named third party of the
# trade (operator, airport, kitchen, parcel machine, new provider), "kriva
# je nova firma, ne oni", "za zamudo odgovarja letališče"
(kriv|kriva|krivo|krivi) ~2 (operater*|letalisc*|kuhinj*|paketomat*|avtomat*|firma|firme|podjetj*|restavracij*|distributer*|omrezj*|posrednik*|zavarovanec|agencij*|natakar*|kuhar*|banka|banke) | said
(operater*|letalisc*|kuhinj*|paketomat*|avtomat*|restavracij*|distributer*|posrednik*|agencij*|kuhar*) ~2 (kriv|kriva|krivo|krivi)
(kriv|kriva|krivo|krivi|krivda|odgovarja*|odgovoren|odgovorna|odgovorni|problem|stvar|zadeva) ~4 ne (on|ona|oni|ono|onidve|njihov*|njegov*|njen*|nas|nasa|nase|nasi|nasega) | noneg
za (zamudo|to|skodo|napako|okvaro|izgubo|izpad|odpoved) ~1 odgovarja* ~1 (letalisc*|prevoznik*|operater*|kurir*|posta|proizvajal*|dobavitelj*|distributer*|kuhinj*|restavracij*|agencij*|banka|zavarovalnic*|drug*)
da je ~3 (napak*|krivd*|tezav*|problem*|okvar*) ~1 (avtomata|paketomata|letalisca|kuhinje|operaterja|omrezja|aplikacije|restavracije|distributerja|posrednika|agencije|zavarovalnice|poste|posta|kurirja|kurirske|dostavne|dostavljavca|proizvajalca|dobavitelja|prevoznika|banke|servisa|sistema|skladisca|oddelka|racunovodstva|partnerja|izvajalca|podizvajalca|trgovine|prodajalca|prodaje|uvoznika|centrale)
# "you should have known yourself", "settle it with him yourself"
(moral|morala|morali|mogel|mogla) ~1 (sam|sama|sami) ~1 (vedeti|vedet|preveriti|preverit|paziti|pazit|prebrati|prebrat)
naj ~3 (dogovorim|dogovori|dogovorimo|zmenim|zmenimo|uredim|resim) ~1 (sam|sama|sami)
(pritozim|pritozimo|pritozite|reklamiram|reklamiramo|obrnem|obrnemo|obrnite) ~1 (pri|na) (njih|njem|kurirju|dostavljavcu|proizvajalcu|prevozniku|restavraciji|kuhinji|operaterju|letaliscu|dobavitelju|posti)
# "damaged by use", "naj bi bil poškodovan zaradi uporabe / padca"
(poskodovan*|pokvarjen*|unicen*|zlomljen*|poskodba|poskodbe) ~1 zaradi (uporabe|nepravilne|napacne|nestrokovne|neprimerne|malomarne|padca|udarca|vlage|obrabe)
+ Rekli so, da je zamuda kriva nova firma, ne oni.
+ Na letališču pravijo, da za zamudo odgovarja prevoznik.
+ V dostavi trdijo, da je to problem paketomata, ne njihov.
+ Uslužbenec pravi, da bi moral sam vedeti, kdaj poteče vezava.
+ Podpora pravi, naj se s kurirjem dogovorim sam.
+ Servis pravi, da je zaslon poškodovan zaradi uporabe.
- Kuhinja je bila čista, natakar pa prijazen.
- Operater je bil ustrežljiv in je hitro uredil prenos številke.

# r8: reported "X is responsible for it" ("rekli so, da je za izgubljeno pošiljko odgovoren pošiljatelj")
da je za ~4 (odgovoren|odgovorna|odgovorno|odgovorni|kriv|kriva|krivo) ~2 (posiljatelj*|prodajal*|trgovec|trgovc*|organizator*|agencij*|lastnik*|proizvajal*|kurir*|posta|dobavitelj*|prevoznik*|serviser*|uvoznik*|stranka|kupec|prejemnik|uporabnik)
+ Rekli so, da je za izgubljeno pošiljko odgovoren pošiljatelj.
+ Na letališču trdijo, da je za prtljago odgovorna agencija.
- Za izgubljeno pošiljko so se opravičili in jo v dveh dneh našli.
# r9a: the fault put on the customer's handling, reported ("pravijo, da
# se je pokvaril, ker sem ga narobe polnil / nepravilno uporabljala")
(pravijo|pravjo|pravi|trdijo|trdi|trdili|trdil*|rekli|rekel|rekla|reku|napisali|napisal*|ces|menda|odgovorili|odgovoril*|sklepajo|zatrjujejo) ~8 (ker|kr|saj) (sem|sm|sn|smo|sva|ste|si) ~3 (narobe|napacno|nepravilno|neprimerno|malomarno|nepazljivo|nestrokovno|grobo|prevec|premalo|nerodno) | noneg
(pravijo|pravjo|pravi|trdijo|trdi|trdili|trdil*|rekli|rekel|rekla|reku|napisali|napisal*|ces|menda|sklepajo) ~8 (ker|kr) (sem|sm|sn|smo|sva|ste|si) ~3 (polnil*|uporabljal*|namestil*|priklopil*|pral*|prala|susil*|hranil*|upravljal*|vzdrzeval*|odprl*|razstavil*|zlomil*|spustil*|nosil*|pustil*) | noneg
+ Pri reklamaciji trdijo, da se je pralni stroj zlomil, ker sem ga preveč nalagala.
+ na servisu pravijo da je baterija crknila ker sm jo napacno hranil
+ Rekli so, da je kolo zarjavelo, ker sem ga pustil na dežju.
- Pokvaril se je, ker sem ga narobe priklopil, moja napaka.
- Pravijo, da je lepo vreme, ker sem na dopustu.
+ V servisu so napisali, da garancija ne velja, ker sem pokrov odprl sam.
+ Prodajalna pravi, da je to zadeva proizvajalca, proizvajalec pa, da je stvar trgovine.

# r11: "said she was to blame herself" (reported, third person); blame
# pointed at another party: "so pokazali na računovodstvo"
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|ocita*|namigova*|povedal*) ~4 da (je|so|sta) ~1 (sam|sama|sami|same) ~1 (kriv|kriva|krivi|krive)
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|povedal*) ~4 da (je|so|sta) (kriv|kriva|krivi|krive) (sam|sama|sami|same)
+ Mami so rekli, da je sama kriva, ker ni prišla pravočasno.
+ Za napačen račun so pokazali na računovodstvo.
- Z banke so me napotili na zavarovalnico, z zavarovalnice pa nazaj na banko.
+ V trgovini pravijo, da je to napaka pošte in naj se tam pritoži.
+ Rekli so: "To je stvar prevoznika, ne naša."
- Sama sem kriva, pozabila sem geslo.
- Pokazali so mi na zemljevidu, kje je poslovalnica.
# r11: "so okrivili kurirja", "krivijo vreme" (staff blaming; not "krivim")
(okrivil|okrivila|okrivili|okrivijo|okrivi|krivijo|krivili|krivil|krivila|okrivljajo)
+ Za napako so okrivili kurirja.
+ krivijo vreme, krivijo pošto, krivijo vse razen sebe
- Ne krivim jih, sam sem pozabil geslo.

# --- r13 thesaurus pass (sl13a) ---
# "wash their hands", refuse to take responsibility
(si|se) ~2 (umivajo|umiva|umivajo|umili|umil|umila|umivate|umivali|umivala) ~1 roke
(noce|nocejo|nocete|nista|nihce|niso|ni) ~3 (prevzet*|prevzel*|prevzela|prevzeli|sprejet*) ~2 (odgovornost*|krivd*) | noneg
(iscejo|isce|iskali|iskal*) ~2 (krivc*|grescnik*|kozl*) | weight=0.5
grescn* kozl*
(obdolzil*|obdolzila|obdolzili|obdolzuj*|obdolzitev|obdolzb*)
(podtika*|podtaknil*|podtaknili|podtaknila) ~3 (da|krivd*|napak*|skod*)
# colloquial / hedged forms of "kriv"
da (sem|sm|sn|smo|sva|ste|si) ~2 (kriu|krivu)
(si|ste) (sam|sama|sami) (kriv|kriva|krivi|kriu)
(baje|menda|domnevno) ~3 (sem|sm|sn|smo|sva) ~2 (kriv|kriva|krivi|krive|kriu)
naj bi (bil|bila|bili|bla|bli) ~1 (kriv|kriva|krivi|krive) ~1 (jaz|sam|sama|mi|midva|vi)
# more culprits (system, IT, couriers by name, colleague, previous shift)
(kriv|kriva|krivi|krivda|krivdo) ~3 (gls|dpd|dhl|ups|tovarn*|streznik*|server*|racunalnik*|informatik*|zunanj*|pogodben*|skladiscnik*|voznik*|kolegic*|kolega|kolegi|sodelavc*|sodelavk*|predhodnik*|prejsnj*|nocn*|jutranj*|vodstv*|centrala|centrali)
(gls|dpd|dhl|ups|tovarna|streznik|racunalnik|informatiki|informatik|kolegica|kolega|sodelavec|sodelavka|predhodnik|izmena) ~2 (kriv|kriva|krivi)
(napak*|krivd*|tezav*|problem*|okvar*|vzrok*|zaplet*) ~2 na (tvoji|strankini|kupcevi|vasi|moji) strani | said
(rekel|rekla|rekli|reku|reko|pravi*|trdi*|ces|izgovarja*|izgovoril*|pojasnil*|pojasnila|odgovoril*|napisal*|zatrj*) ~4 (zaradi|krivda|krivdo) ~1 (kurir*|dostavljav*|poste|proizvajal*|podizvajal*|dobavitelj*|prevoznik*|sistema|skladisca|serviserja|servisa|banke|kolegice|kolega|sodelavca|sodelavke|racunalnika|streznika|informatikov|vodstva|centrale)
si ~3 (podaja*|mecejo|mecete|meceta|metali|premetava*|prelaga*) ~2 (zogic*|zogo|krivd*|odgovornost*|vroc*)
+ Na servisu si umivajo roke in pravijo, da ni njihova stvar.
+ Nihče noče prevzeti odgovornosti za pokvarjen paket.
+ Obdolžili so me, da sem sama odprla embalažo.
+ Prodajalec je trdil, da je zamuda zaradi kurirja, ne njih.
+ Trgovina in proizvajalec si podajata žogico že dva meseca.
+ Rekli so mi, da sm js kriu za okvaro.
+ Baje sem jaz kriva, ker nisem bila doma.
+ Kriv je menda strežnik, so rekli na blagajni.
- Sam sem kriv, pozabil sem geslo, sicer pa hvala za hitro pomoč.
- Serviser je priznal napako in vse popravil brezplačno.
(izmotava*|izmotal*|izmotali|izmotala)
alibi* | weight=0.5
na (moja|nasa|vasa|najina|kupceva|strankina) (pleca|ramena)
+ Vso krivdo so prevalili na moja pleča, češ da je narobe priklopljeno.
+ Ves čas se samo izmotavajo z novimi zgodbami.
# --- sl14a: paraphrase families ---
# reported "it's your problem": "odpisali so, da če ne znam, je to moja težava"
(rekli|rekel|reku|rekla|pravi|pravijo|pravite|odpisal*|napisal*|odgovoril*|odvrnil*|zabrusil*|ces) ~8 je to (moj|moja|moje) (problem|tezava|stvar|skrb) | noneg
# the customer's own device caused it: "težavo povzroča moj računalnik"
(povzroca|povzroci|povzrocil*|povzrocajo) ~2 (moj|moja|moje|moji|mojega) (racunalnik*|telefon*|router*|ruter*|usmerjevalnik*|naprav*|modem*|omrezj*|wifi|prenosnik*|komp|kompjuter*|kabel|instalacij*|napeljav*|banka)
# one bank points at the other: "pravijo, da je nakazilo zablokirala moja banka"
(pravi*|trdi*|rekli|rekel|rekla|ces|zatrjuje*) ~2 da je ~3 (zadrzal*|zablokiral*|ustavil*|zavrnil*|izgubil*|vrnil*) ~1 (moja|druga) (banka|posta)
+ V klepetu so mi odpisali, da če aplikacije ne obvladam, je to moja težava.
+ Zatrdil je, da težavo zagotovo povzroča moj računalnik, ne pa njihovo omrežje.
+ Vaši pravijo, da je nakazilo zablokirala moja banka.
- Priznam, sam sem se zmotil pri naročilu.
- Moja banka pravi, da je nakazilo odšlo.
# sl15: "it's out of our hands", "you must have broken it yourself", claim rejected because the customer did it wrong
ni ~2 v (nasih|vasih|njihovih|mojih|njegovih) rokah
(gotovo|zagotovo|najbrz|najbrs|ocitno|verjetno) ~4 (pokvaril*|polomil*|razbil*|unicil*|poskodoval*|zlomil*) ~2 sam
(zavrnil*|zavrnili|zavrnila) ~8 ker ~3 (ni|nisem|niste) ~2 (pravilno|pravilen|ustrezno|pravilna) | noneg
+ Rekli so, da to ni v njihovih rokah, krivi so kurirji.
+ Trdil je, da sem telefon gotovo pokvaril sam.
+ Zahtevek ste zavrnili, ker kolo ni bilo pravilno zaklenjeno.
- Telefon sem pokvaril sam, priznam.
- Vse je v vaših rokah, zaupam vam.
# sl16: the fault put on someone else as hearsay: "zamudo naj bi povzročila pošta, ne vi"
(zamud*|okvar*|napak*|tezav*|zaplet*|skod*) ~2 (naj|nej|baje|menda|domnevno) ~2 (povzrocil*|zakrivil*|povzrocila|povzrocili)
(povzrocil*|zakrivil*|kriv*|kriva) ~4 (posta|kurir*|dostavljav*|prevoznik*|proizvajal*|dobavitelj*|skladisc*|podizvajal*|banka|sistem) ~2 ne (vi|mi|oni|trgovina) | noneg
+ Napako naj bi menda povzročil dobavitelj.
+ Za vse je bil kriv prevoznik, ne oni, so rekli.
+ Zamudo naj bi povzročila pošta.
- Kurir je povzročil nekaj zmede, a so se takoj opravičili in popravili.
- Ne vem, ali je to vaša napaka ali moja, samo prosim za pomoč.
- Pričakujem opravičilo za neprimerno ravnanje vašega uslužbenca.
# r18 inflection examples
+ Zavarovalnica in serviser si že pol leta podajajo žogico.
+ Rekli so, da je to najina težava, ker sva kupila na akciji.
# sl19a: sarcastic report of being blamed: "seveda sem spet jaz kriva"
(spet|zopet|seveda|itak|kajpak|naenkrat|ocitno|vedno|zmeraj) ~1 (sem|sm|sn|smo|sva) ~1 (jaz|js|midva|mi) ~1 (kriv|kriva|krivi|krive|kriu)
# the fault originated with someone else: "okvara je nastala pri prejšnjem monterju"
(napak*|okvar*|tezav*|problem*|skod*|zaplet*|zamud*) ~2 (nastal*|nastane|nastaja|izvira|izvirala|izhaja) ~1 (pri|v|na|zaradi) ~1 (prejsnj*|drug*|kurir*|posti|poste|dobavitelj*|proizvajal*|prevoznik*|skladisc*|izvajal*|podizvajal*|banki|banke|sistemu|partnerj*|monterj*|zunanj*|kurirsk*|dostavn*)
# disclaiming control: "na to nimamo vpliva", "nad kurirjem nimajo nadzora"
(na|nad) (to|tem|tega|zamudo|dostavo|kurirja|kurirjem|posto|posto|prevoznika|prevoznikom|dobavitelja|dobaviteljem) ~2 (nimamo|nimajo|nima|nimate|nimam|nimata) ~1 (vpliva|vpliv|kontrole|nadzora|moci) | noneg
# a delay or fault put down to a third party (half: also the customer's own account)
(zamud*|napak*|okvar*|tezav*) ~3 (posledica|posledico|zaradi|krivda) ~2 (stavk*|kurir*|poste|posti|dobavitelj*|proizvajal*|prevoznik*|skladisc*|sistem*|partnerj*|izvajal*|podizvajal*|carin*) | weight=0.5
# reported omission of the customer: "pravijo, da zato, ker nisem pravočasno javil"
(rekel|reku|reko|rekla|rekli|rekl|trdi*|pravi*|pravjo|ces|zatrj*|napisal*|odgovoril*|odpisal*|ocita*|pojasnil*|razlozil*) ~8 (ker|kr|saj) (nisem|nism|nisn|nismo|nisva|niste|nisi) ~3 (pravocasno|pravilno|pravocasn*|prijavil*|odjavil*|javil*|sporocil*|prebral*|preveril*|placal*|potrdil*|oddal*|shranil*|posodobil*|prebrala|odjavila|prijavila) | noneg
(torej|ces|baje|menda|domnevno|skratka) ~1 po (moji|najini|nasi) krivdi
+ Seveda sem spet jaz kriv, ker sem uporabil vaš izdelek.
+ Monter je razložil, da je težava nastala pri prejšnjem izvajalcu.
+ Na kurirja pa nimajo vpliva, so rekli, sami se zmenite.
+ Pojasnila je, da so me bremenili dvakrat, ker nisem pravočasno potrdila naročila.
- Težava je nastala pri meni doma, ko je zmanjkalo elektrike.
# said12: admissions vs. reports.  "da sem kriv", "da je moja krivda", "na
# moji/vaši strani" and "kriva je firma" count only in someone else's words
# ("mi je razložila, da je napaka na moji strani"), not in the customer's own
# ("vem, da je moja krivda", "po mojem mnenju je kriva vaša firma")
+ Agentka mi je razložila, da je napaka na moji strani.
+ Serviser pravi, da je to izključno moja krivda.
+ Odgovorili so mi, da sem za zamudo kriva jaz.
+ Na blagajni trdijo, da je kriva banka, ne oni.
- Vem, da je moja krivda, pozabil sem geslo, prosim samo za nasvet.
- Ne vem, ali je težava na moji strani ali pri vas.
- Po mojem mnenju je kriva vaša firma, ker ste zamudili.
- Gledala me je, kot da sem jaz kriv, da je zmanjkalo elektrike.
# said12b: fault content that is blame only in staff's reported words.
# (1) a possessive fault: "da je to vaša napaka", "po lastni krivdi"
(moja|vasa|tvoja|lastna|najina|vajina|strankina|kupceva|uporabnikova) (krivda|napaka|malomarnost|nepazljivost|odgovornost|nerodnost|zmota|pomota) | said
(mojo|vaso|tvojo|lastno|najino) (krivdo|napako|malomarnostjo|nepazljivostjo|nerodnostjo|zmoto|pomoto) | said
po (moji|vasi|tvoji|lastni|najini|strankini|kupcevi|uporabnikovi) (krivdi|napaki|malomarnosti|nepazljivosti|neprevidnosti) | said
# (2) "narobe/napačno + participle": "da sem narobe vpisal", "ste napačno priklopili"
(sem|sm|sn|smo|sva|ste|si|sta|je) ~3 (narobe|napacno|nepravilno|neustrezno|nestrokovno|malomarno) ~1 (izpolnil*|vpisal*|vnesel|vnesla|vnesli|nastavil*|namestil*|priklopil*|izbral*|uporabljal*|oddal*|kliknil*|narocil*|polnil*|pral*|prala|susil*|hranil*|sestavil*|montiral*|napisal*|oznacil*|zapakiral*|naslovil*|prijavil*|shranil*|posodobil*) | said
(narobe|napacno|nepravilno|neustrezno) (izpolnjen*|vpisan*|vnesen*|nastavljen*|namescen*|priklopljen*|uporabljen*|zapakiran*|naslovljen*|sestavljen*|montiran*|oznacen*) | said
# (3) "zaradi vas / vašega ...": the cause put on the customer
zaradi (vas|vasega|vase|vasih|vasi|vasem|vaso|tebe|tvojega|tvoje|mojega|moje|mojih|moji|mojo) | said
(zaradi|posledica|posledico|kriv|kriva|krivo|krivi) ~3 (neprevidnost*|nepazljivost*|malomarnost*|nerodnost*|nepoznavanj*|napacn*|nepravil*|neustrezn*|nestrokovn*) | said
# (4) "povzročil ...": the customer caused it
(povzrocil*|zakrivil*|povzroca|povzrocate|povzrocas) ~2 (sam|sama|sami|same|vi|ti|jaz|stranka|kupec|uporabnik|vasa|vas|vase|moj|moja|moje) | said
(sam|sama|sami|same|vi|ti|jaz|stranka|kupec|uporabnik) ~3 (povzrocil*|zakrivil*) | said
# (5) "je na strani ...": the fault sits with someone else
(napak*|krivd*|tezav*|problem*|okvar*|vzrok*|zaplet*|zamud*) ~3 (na|pri) strani | said
(napak*|krivd*|tezav*|problem*|okvar*|vzrok*|zaplet*|zamud*) ~2 pri (kurir*|posti|proizvajal*|dobavitelj*|prevoznik*|uvoznik*|banki|vas|vasem|vasi|meni|vami|njih|partnerj*|serviserj*|servisu|izvajal*|podizvajal*|operaterj*|skladiscu|centrali|racunovodstvu|distributerj*) | said
# the third party did it: "ker jih je izgubila pošta", "pošta ga je zamudila"
(izgubil*|zamudil*|pokvaril*|poskodoval*|polomil*|zamesal*|zamocil*|zadrzal*|zablokiral*|zavrnil*|pozabil*|narobe) ~2 (posta|kurir|kurirji|dostavljavec|proizvajalec|dobavitelj|prevoznik|uvoznik|banka|skladisce|serviser|servis|sistem|partner|izvajalec|podizvajalec|carina|racunovodstvo|centrala|bolnisnica|operater|distributer) | said
(posta|kurir|kurirji|dostavljavec|proizvajalec|dobavitelj|prevoznik|uvoznik|banka|skladisce|serviser|sistem|partner|izvajalec|podizvajalec|carina|racunovodstvo|centrala|operater|distributer) ~3 (izgubil*|zamudil*|pokvaril*|poskodoval*|polomil*|zamesal*|zamocil*|zadrzal*|zablokiral*|pozabil*|zakrivil*|povzrocil*) | said
# (6) "to ni njihovo / naše": not their business, reported
(ni|niso) (njihovo|nase|naso|njegovo|njeno|moje) | said, noneg
+ Prodajalka je trdila, da je to izključno vaša napaka in ne njihova.
+ Odpisali so, da je okvara nastala po lastni krivdi.
+ Serviser mi je očital, da sem filter narobe namestil.
+ V klicnem centru so rekli, da je bil obrazec nepravilno izpolnjen.
+ Pravijo, da je vse zaradi mojega starega usmerjevalnika.
+ Tehnik je trdil, da je poškodba posledica nepravilne uporabe.
+ Rekli so, da sem kratek stik povzročil sam.
+ Agent je zatrdil, da je zaplet na strani dobavitelja.
+ Na blagajni pravijo, da je težava pri banki in ne pri njih.
+ Odgovorili so, ker ga je pač izgubil kurir.
+ češ da je pošta paket zadržala na carini, ne oni
+ Vsi po vrsti govorijo, da to ni njihovo.
- Bila je moja napaka, narobe sem vpisal poštno številko.
- Priznam, po lastni krivdi sem zamudil rok.
- Verjetno sem jaz nastavitve narobe vnesel, lahko pomagate?
- Zaradi mojega dopusta prosim za dostavo naslednji teden.
- Mislim, da je zaplet na strani kurirja, vi pa ste bili prijazni.
- Zdaj vidim, da sem sama povzročila težavo, hvala za potrpežljivost.
# "da sem ga sam pokvaril" counts only when staff said it
(ste|si|sem|sm|sta|sva|smo) ~3 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|unicil*|povzrocil*|odprl*|pretrgal*|raztrgal*|opraskal*|zmocil*|upognil*|zazgal*|razstavil*|polomil*|zamocil*) ~2 (sami|sam|sama|same) | said
(sami|sam|sama|same) (ste|si|sem|sm|sta|sva|smo) ~3 (poskodoval*|pokvaril*|zlomil*|polil*|razbil*|unicil*|povzrocil*|odprl*|pretrgal*|raztrgal*|opraskal*|zmocil*|upognil*|zazgal*|razstavil*|polomil*|zamocil*) | said
+ Na servisu vztrajajo, da sem ga sam polil.
+ Serviser: "Zaslon ste zagotovo razbili sami."
- Priznam, da sem ga sam polil s kavo, zato plačam popravilo.
