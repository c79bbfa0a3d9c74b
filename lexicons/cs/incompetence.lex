# Staff don't know the product, can't answer, give wrong or contradictory
# information, can't work out how to fix it.
(nekompetentn*|nekompetence|neschopn*|neznalost*|amatér*|diletant*|bezradn*|neprofesionáln*|neodborně)
zmaten* (operátor*|prodavač*|paní|pracovni*|technik*|agent*)
(tápal*|tápala|tápou)
# not knowing: third person only.  The answer word must follow at once
# ("nevěděla, jak"), so "nevěděl jsem, co" (the customer) does not match.
(nevěděl*|netušil*|nevedel*) (co|jak*|kde|kdy|proč|nic|kolik|jestli|zda|kter*|kam|odkud|čím|komu|čeho|rozdíl*|žádné|o) | noneg
(nevěděl*|netušil*|nevedel*) (ani|vůbec|absolutně|pořádně|přesně) ~1 (co|jak*|kde|kdy|proč|nic|kolik|jestli|zda|kter*|kam|odkud|čím|komu|čeho|rozdíl*|žádné|o) | noneg
(neměl|neměla|neměli|nemal|nemala|nemali) (ponětí|tušení|páru|potuchy|potuchu|šajn*|zdání|predstavu) | noneg
(neměl|neměla|neměli|nemal|nemala|nemali) (ani|absolutně|vůbec|žádné|nejmenší|sebemenší|zjevně|očividně|evidentně|asi) ~1 (ponětí|tušení|páru|potuchy|potuchu|šajn*|zdání|predstavu) | noneg
(neví|nevědí|netuší|nevíte|netušíte) ~2 (co|jak*|kde|kdy|proč|nic|kolik|jestli|zda|kter*|kam|odkud|čím|komu|čeho|čem|rozdíl*) | noneg
(nemá|nemají|nemáte) ~2 (ponětí|tušení|páru|potuchy|potuchu|šajn*|zdání) | noneg
(nevěděl*|nevěděla|neví|nevědí) si rady | noneg
nikdo ~2 (nevěděl*|neví|nevěděla) | noneg
nikdo ~2 nic ~1 (neví|nevěděl*|nevěděla|nevěděli) | noneg
(nevyzná|nevyznal*|nevyznala) ~1 se | noneg
(neorientuj*|neorientoval*) | noneg
(neznal*|neznala|neznali|nezná|neznají) ~3 (produkt*|vlastní|podmínk*|tarif*|nabídk*|ceník*|služb*|model*|rozdíl*|postup*|pravidl*|aplikac*|systém*|odpověď|ceny|cenu) | noneg
(neuměl*|neuměla|neuměli|neumí|neumějí|nedokázal*|nedokázala|nedokázali|nedokáže|nedovedl*|nevedel|nevedela|nevedeli|nevedia|nevie) ~3 (odpovědět|odpovedat|odpověď|poradit|vysvětlit|vyřešit|zjistit|opravit|říct|říci|najít|nastavit|zprovoznit|spočítat|sdělit|dohledat|určit|zadat|vyplnit) | noneg
# -- r10: "nebyla schopna odpovědět"
(nebyl|nebyla|nebyli|není|neni|nejsou|nebol|nebola) ~2 (schopn*|schopen|schopna|s) ~2 (odpovědět|odpovedat|poradit|vysvětlit|zjistit|říct|říci|najít|nastavit|zprovoznit|spočítat|sdělit|dohledat|určit|zadat|vyplnit|opravit|vyřešit) | noneg
(nerozliš*|nerozlišoval*|nerozeznal*|nerozezná) | noneg
# wrong or contradictory information
(špatn*|chybn*|myln*|nepravdiv*|nesprávn*|rozporn*|protichůdn*|zavádějící|jiné|jiná|jinou|jiný|různé|rozdílné|odlišn*|nepřesn*|zlé|zle|nesprávne) (informac*|údaj*|rady|radu|odpověd*|termín|termíny|postup|návod*)
(špatn*|chybn*|myln*|nepravdiv*|nesprávn*|rozporn*|protichůdn*|zavádějící) (cenu|ceny|cena|částk*|sazb*) | weight=0.5
(doporuč*|poradil*|poradila|poradili|nabídl*|nabídla|nabídli|prodal*|prodala|prodali|vydal*|vydala|vydali|namontoval*|nainstaloval*|nastavil*|nastavila|nastavili) ~8 (nepasuj*|nepasoval*|nesedí|neseděl*|nehodí|nehodil*|nekompatibiln*|nesprávn*|nevhodn*)
(prodal*|prodala|prodali|vydal*|vydala|vydali|namontoval*|nainstaloval*|vyměnil*|vyměnila|vyměnili|zapojil*|použil*|dodal*|objednal*) ~3 (jin*|špatn*|nesprávn*|chybn*) ~2 (lék*|model*|typ*|díl*|součástk*|velikost*|zboží|produkt*|kabel*|adaptér*|nabíječk*|bateri*|toner*|žárovk*|pneu*|brýl*|čočk*|software|verz*|program*|tarif*|balíč*)
(spočítal*|spočítala|spočítali|vypočítal*|vypočítala|naúčtoval*|naúčtovala|vyúčtoval*|účtoval*|účtovala|vystavil*|vystavila|zapsali|zadali|přepsal*) ~3 (špatn*|chybn*|nesprávn*|jinou|jiné|jiný) | weight=0.5
(co|kdo) ~2 (pravda|pravdu)
(zavádějící|protichůdn*|rozporupln*|dezinformac*)
(různ*|rozdíln*|odlišn*|protichůdn*|jiné|jiný) (věci|informac*|odpověd*|údaj*|termín*|ceny|pokyn*|postup*|verz*|čísl*|částk*|rad*|instrukc*)
(každý|každá|každé|pokaždé|každej|jeden|kazdy) ~5 (řekl*|řekne|řeknou|říká*|tvrdil*|tvrdí|tvrdila|poradil*|poradí|napsal*|napíše|píše|odpoví*|odpověděl*) ~2 (něco|jinak|jiné|jinou|jiný|jiná|jiného|opak|úplně|jindy)
(řekl*|řekla|řekli|tvrdil*|tvrdila|tvrdili) mi ~2 něco jiného
(pokaždé|každý) ~3 něco jiného
co (operátor|operátorka|člověk|pobočka|hovor|telefonát|zaměstnanec|prodavač*) ~1 to (jiná|jiný|jiné|jinak)
(poradil*|poradila|poradili|informoval*) ~1 špatně
špatně ~2 (poradil*|poradila|poradili|informoval*)
tvrdil* ~3 nesmysl*
(co|kdo) ~1 (tedy|teda|vlastně) ~1 (platí|pravdu|správně|pravda)
co z toho platí
tak co platí
(prodal*|poslal*|dal*|doporučil*|vydal*|objednal*|namontoval*|nainstaloval*) (mi|nám) ~1 (špatn*|nesprávn*|nevhodn*|nekompatibiln*)
(k|pro|na|o|od) ~1 (jinému|jiný|jinou|jiné|jiného|jiném) (modelu|model|produktu|zařízení|tarifu|službě|smlouvě|typu|verzi|výrobku|zboží|objednávce|účtu|zákazníkovi|číslu)
(jeden|jedna|jedno|jednomu|jedné|první) ~6 (tvrdil*|řekl*|řekne|řeknou|říkal*|říká*|tvrdí|psal*|píše|napíše|napsal*|poradil*|poradí|radí|odpověděl*|odpoví|sdělil*) ~15 (druhý|druhá|druhé|druhému|druhej|další|třetí)
(musel*|musela) jsem ~4 (vysvětlovat|radit) ~2 (jak|co)
si ~1 (nebyl*|nebyla|nebyli|není) ~1 (jist*|jistý|jistá) ~3 (ani|čím|co|jak|základ*) | noneg
+ operátorka nevěděla, co s tím, a nedokázala mi odpovědět
+ každý operátor mi řekl něco jiného
+ technik netusil jak to opravit, uplne nekompetentni
+ dostal jsem špatné informace o tarifu
+ prodavač neznal vlastní produkty
+ nikdo mi neumí říct, kdy to bude
- operátorka věděla přesně, co dělat, a hned to vyřešila
- nevěděl jsem, že je potřeba účtenka
- byl velmi kompetentní a ochotný
+ paní netušila, jaký je rozdíl mezi tarify
- netušil jsem, že máte pobočku i v Brně
# -- untrained staff
(neproškolen*|nezaškolen*|nevyškolen*|nekvalifikovan*|nekompetentn*|diletant*)
(není|nejsou|nebyl*|nebyla|nebyli) ~3 (proškolen*|zaškolen*|vyškolen*|kvalifikovan*|kompetentní) | noneg
+ je vidět, že personál není vůbec proškolený
+ naprosto nekompetentní operátorka
- personál byl skvěle proškolený
# -- clueless about the basics; advice that was nonsense
(nevěděl*|nevěděla|nevěděli|netušil*|netušila|netušili|neznal*|neznala|neznali|neorientoval*|neorientovala) ~3 (základ*|nejzákladnější*|vlastní|vlastních|vlastním|vlastní) | noneg
(poradil*|poradila|poradili|radil*|radila|radili|tvrdil*|tvrdila|tvrdili|napsal*|napsala|napsali|vykládal*|vykládala) ~3 (nesmysl*|blbost*|blbosti|hloupost*|kravin*|nepravd*|chybně|nesprávně|opak)
+ paní netušila ani základní věci o tarifu
+ poradili mi úplný nesmysl

# -- r6: "one thing on the phone, the opposite in the shop"
(řekl*|řekla|řekli|říkal*|říkala|říkali|tvrdil*|tvrdila|tvrdili|tvrdí|napsal*|napsala|napsali|psali|píšou|říkají) ~2 jedno ~10 (opak|opaku|opačně|druhé|jiné|jinak|něco)
(úplný|přesný|pravý|naprostý|totální) opak | weight=0.5
# -- could not even do the basics; guessing; botched work
(neuměl|neuměla|neuměli|neumí|neumějí|nezvládl|nezvládla|nezvládli|nezvládá|nezvládají|nedokázal|nedokázala|nedokázali|nedokáže|nedokážou) ani | noneg
(jen|jenom|pořád|furt) (hádal|hádala|hádali|tipoval|tipovala|tipovali|zkoušel|zkoušela|zkoušeli)
(metodou|stylem|způsobem) ~1 pokus* ~2 omyl*
(střílel*|střílela|stříleli) ~2 naslepo
(střílel*|střílela|stříleli) ~1 od boku
(fušer*|břídil*|břídi*|packal*|packala|packali)
# -- clueless staff: "nic nevěděla", "úplně mimo", not knowing their own goods
nic (nevěděl|nevěděla|nevěděli|netušil|netušila|netušili|neznal|neznala|neznali) | noneg
(byl|byla|byli|je|jsou) (úplně|totálně|naprosto|absolutně|dost) (mimo|ztracen*|ztracená|vedle)
(neznal*|neznala|neznali|nezná|neznají) ~3 (vlastn*|základní*|parametr*|specifikac*|sortiment*|zboží|výrob*|funkc*|vlastnost*) | noneg
+ na lince mi řekli jedno, v prodejně něco úplně jiného
+ prodavačka neuměla ani vrátit peníze na kartu
+ technik jen hádal, co by to mohlo být
+ technik je fušer, ne odborník
+ slečna nic nevěděla
+ prodejce nezná parametry vlastního zboží
- technici namontovali jednotku nakřivo, ale hned to opravili
- nevěděl jsem to, tak mi to paní vysvětlila

# round 7 (industries): the technician/agent could not set up or repair what he came for
(technik*|montér*|servisák*|opravář*|instalatér*|elektrikář*) ~6 (stejně|stejne|nakonec|vůbec|ani) ~2 (nenastavil*|nezprovoznil*|nespravil*|nezapojil*|neopravil*|nevěděl*|nezvládl*|nedokázal*|neuměl*) | noneg
+ technik přijel pozdě a router stejně nenastavil
+ montér nakonec nevěděl, jak elektroměr zapojit
- technik všechno nastavil a vysvětlil

# -- r8: "si nevěděl rady" word order; "bezradný"
si ~2 (nevěděl*|nevěděla|nevěděli|neví|nevědí|nevěděj) ~1 rady | noneg
(bezradn*|bezradně) ~3 (operátor*|technik*|pracovn*|prodavač*|paní|pán|slečn*|personál|obsluha|kolega|kolegyně|krčil*|koukal*|kouká) | weight=0.5
(operátor*|technik*|pracovn*|prodavač*|paní|pán|slečn*|personál|obsluha) ~3 (bezradn*|bezradně)
+ operátor si nevěděl rady a pořád něco hledal
+ technik jen bezradně koukal
- nevěděl jsem si rady, tak jsem zavolal a pomohli mi
# -- r8: repair made it worse
(spravil*|spravila|spravili|opravil*|opravila|opravili|technik*|servis*|zásah*|oprav*|montér*) ~8 (horší|hůř|hůře) ~1 (než|nez) ~1 (předtím|dřív|dříve|před)
(opravou|zásahem|opravě|zásahu) ~5 (zhoršil*|zhoršila|zhoršilo|rozbil*|rozbila|rozbili|pokazil*|pokazila|pokazili)
+ technik to spravil tak, že je to horší než předtím
+ po zásahu technika se to ještě zhoršilo
- po opravě je to lepší než předtím

# --- r9a: described incompetence (asking colleague basics, never seen product, unrelated advice) ---
(zeptat|zeptal*|zeptala|ptal*|ptala|ptát|ptat|volal*|volala) ~3 (kolegy*|kolegů|kolegu|kolegyně|kolegyne|kolegyni|vedoucí*|vedouci*|šéf*|sef*|nadřízen*|nadrizen*) ~2 co (je|to|znamená|znamena)
jako ~3 (viděl*|videl*|viděla|videla|držel*|drzel*|držela|drzela|drží|drzi|vidí|vidi) ~3 (poprvé|poprve|prvně|prvne)
(technik*|prodavač*|prodavac*|operátor*|operator*|montér*|monter*|opravář*|opravar*|servisák*|servisak*|instalatér*|instalater*|elektrikář*|elektrikar*) ~3 (ptal*|ptala|zeptal*|zeptala) ~2 (mě|mne|me|nás|nas) ~3 (kde|jak|co|jestli|kam) | weight=0.5
(poradil*|poradila|poradili|radil*|radila|radili|doporučil*|doporucil*|doporučila|doporucila) ~4 (restart*|vypnout|zapnout|přeinstal*|preinstal*|cookies|cache|vymazat|smazat) ~10 (přestože|prestoze|ačkoli*|ackoli*|když|kdyz) ~2 (jsem|sem) ~3 (psal*|napsal*|psala|napsala|říkal*|rikal*|řekl*|rekl*|vysvětl*|vysvetl*|uvedl*|popsal*|popsala)
+ Prodavačka se musela jít zeptat vedoucího, co je to paušál.
+ Montér se na tu pračku díval, jako by ji viděl poprvé.
+ Operátor mi poradil restartovat mobil, přestože jsem psal, že jde o vyúčtování.

# -- r10: staff told / gave / wrote a wrong date, amount, address, figure
(sdělil*|sdělila|sdělili|sděleno|sdělen*|uvedl*|uvedla|uvedli|řekl|řekla|řekli|poskytl*|poskytla|poskytli|poskytnut*|podal|podala|podali|dával*|dávala|dávali|nahlásil*) ~3 (chybn*|nesprávn*|myln*|nepravdiv*|nepřesn*|špatn*|zle|zlé|zlú|odlišn*|protichůdn*) ~1 (datum|termín*|lhůt*|výš*|číslo|čísla|adres*|kód*|údaj*|informac*|cen*|částk*|odpověď|odpovědi|postup*|rad*|návod*|podmínk*|tarif*|splatnost*|sum*|jméno|kontakt*)
(sdělil*|sdělila|sdělili|sděleno|uvedl*|uvedla|uvedli|poskytl*|poskytla|poskytli|podal|podala|podali|dostal|dostala|dostali|obdržel*|obdržela) ~3 (špatn*|chybn*|myln*|nepravdiv*|nesprávn*|odlišn*|nepřesn*|protichůdn*|rozdíln*|zavádějící|zle|zlé) ~1 (informac*|údaj*|rad*|odpověd*|pokyn*|informácie)
# the staff member wrote / entered it wrong for the customer ("mi napsal špatnou adresu"), not "zadal jsem špatnou adresu"
(napsal|napsala|napsali|zadal|zadala|zadali|zapsal|zapsala|zapsali|vyplnil|vyplnila|vyplnili) (mi|nám|tam) ~2 (chybn*|nesprávn*|myln*|špatn*|zle|zlé|jin*) ~1 (datum|termín*|výš*|číslo|čísla|adres*|kód*|údaj*|jméno|cen*|částk*|sum*)
(mi|nám) (napsal|napsala|napsali|zadal|zadala|zadali|zapsal|zapsala|zapsali|vyplnil|vyplnila|vyplnili) ~2 (chybn*|nesprávn*|myln*|špatn*|zle|zlé|jin*) ~1 (datum|termín*|výš*|číslo|čísla|adres*|kód*|údaj*|jméno|cen*|částk*|sum*)
- zadal jsem špatné číslo účtu, moje chyba
# -- r10: recommended / sold the wrong item
(poradil*|poradila|poradili|doporučil*|doporučila|doporučili|prodal|prodala|prodali|vydal|vydala|vydali|namontoval*|nainstaloval*) ~3 (špatn*|nesprávn*|nevhodn*|nekompatibiln*|chybn*)
# -- r10: staff who do not understand the product ("vůbec tomu nerozumí")
(personál|prodavač*|technik*|operátor*|zaměstnan*|obsluha|pracovník*|pracovnic*|poradc*|poradkyn*|agent*|montér*|úředn*|slečna|kluk|typek|týpek) ~4 (nerozumí|nerozumějí|nerozumi|nerozumeji|nerozumie|nerozumejú|nerozuměl|nerozuměla|nerozuměli|nerozumel|nerozumela) | noneg
(nerozumí|nerozumějí|nerozumi|nerozumeji|nerozumie|nerozumejú) ~2 (produkt*|technice|technik*|problematice|oboru|věci|věcem|tarif*|smlouv*|systém*) | noneg
(nerozuměl|nerozuměla|nerozuměli|nerozumel|nerozumela) (produkt*|problematice|technice|tarif*|smlouv*) | noneg
(nevědět|nevedet) (nic|ničeho) | noneg
# -- r10: staff asked the customer how to do their job
(ptal*|ptala|ptali|zeptal*|zeptala|zeptali) ~3 (mě|mne|nás|me|mňa) ~2 (jak|co|kde|ako) ~2 (nastavit|opravit|udělat|zapojit|funguje|spustit|zadat|vyplnit|nainstalovat|zprovoznit|vyřešit|nastaviť|postupovat)
(mě|mne|nás|me|mňa) ~2 (ptal*|ptala|ptali|zeptal*|zeptala|zeptali) ~2 (jak|co|kde|ako) ~2 (nastavit|opravit|udělat|zapojit|funguje|spustit|zadat|vyplnit|nainstalovat|zprovoznit|vyřešit|nastaviť|postupovat)
# -- r10: idiom "knows about it as much as a goat about parsley / I about nuclear physics"
(vyzná|vyznal*|vyzna|vyznala|rozumí|rozumi|rozuměl*|rozumel*|rozumie|chápe|chápal*) ~6 (jako|ako|jak) ~3 (koza|kozel|prase|krava|kráva|hluchý|slepý|petrželi|fyzice|fyzike|raketové|raketovej|jaderné|jadrovej|čínštině|vrána)
+ technik zjevně neměl potuchy, jak to funguje
+ bylo mi sděleno chybné datum splatnosti
+ operátor se mě ptal, jak to nastavit
+ rozumí tomu jako koza petrželi
+ prodavač mi poradil špatný kabel
+ pani nebyla schopna odpovědět na dotaz
- nerozumím tomu, můžete mi to vysvětlit?
- dostal jsem chybnou fakturu, prosím o opravu

# -- cs12b: wrong diagnosis / replaced the wrong part; mixed up forms and terms; "shouldn't she know that?"
(chybn*|špatn*|nesprávn*|myln*) ~1 (diagnostik*|diagnóz*|určil*|určila|určili|posoudil*|posoudila|vyhodnotil*|změřil*|zaměřil*|odhadl*|změřen*|určen*)
(diagnostikoval*|určil|určila|určili|posoudil|posoudila|posoudili|vyhodnotil|vyhodnotila|změřil|změřila) ~2 (chybně|špatně|nesprávně|mylně)
(vyměnil|vyměnila|vyměnili|opravil|opravila|opravili) ~3 (díl*|součástk*|kus|část|věc) ~3 (který|která|které|co) ~2 (byl|byla|bylo|byly) ~1 (pořádku|ok|dobr*|funkčn*|nový|nová)
(spletl|spletla|spletli|popletl|popletla|popletli|zaměnil|zaměnila|zaměnili|přehodil|přehodila|přehodili|plete|pletou|pletl|pletla|pletli) ~1 (formulář*|doklad*|dokument*|objednávk*|pojm*|údaj*|čísl*|jméno|jména|adres*|lék*|léky|balík*|zásilk*|tarif*|smlouv*|produkt*|díl*|kabel*|účty|recept*|cen*|částk*|termín*|datum|model*|kód*)
(nemá|nemají|nemáte|neměl|neměla|neměli) ~1 (to|tohle|snad|přece|náhodou|tohleto) ~1 (znát|vědět|umět)
+ úředník mu spletl formuláře
+ operátor plete pojmy a vůbec neví o čem mluví
+ technik chybně diagnostikoval závadu
+ vyměnil díl, který byl v pořádku
+ operátorka mi tvrdila nesmysl, nemá to snad znát?
- spletla jsem si datum, moje chyba
- technik správně určil závadu a opravil ji
# -- cs12b: nobody understands anything; did not even understand the question; botched the repair
nikdo ~3 (ničemu|nic) ~1 (nerozumí|nerozumějí|nerozuměl*|nerozumí) | noneg
(nepochopil|nepochopila|nepochopili|nechápe|nechápal|nechápala|nechápali|nechápou) ~2 (ani|vůbec|absolutně|pořádně) ~2 (otázk*|dotaz*|problém*|zadání|podstat*|co|o) | noneg
(technik*|opravář*|servis*|montér*|instalatér*|elektrikář*|mechanik*|oprav*) ~6 (pokazil*|zpackal*|zvoral*|zmršil*|zbabral*|zkazil*)
+ operátor nepochopil ani otázku
+ nikdo tam ničemu nerozumí
+ servis to pokaždé zpackal
- chápu, že to nepochopil, napsala jsem to zmateně
- servis mi telefon opravil rychle a dobře
# -- cs12b: talked nonsense ("páté přes deváté", "blábolil", "mlžil")
páté přes deváté
(plácal*|plácala|plácá|plácají|blábol*) | weight=0.5
(mlžil*|mlžila|mlží|mlžení|mlžili|zamlžoval*) | weight=0.5
+ prodavač plácal páté přes deváté
+ ta paní si s tím nevěděla rady
+ operátor mlžil a plácal nesmysly
- technik mluvil k věci a vše vysvětlil
- vysvětlila to jasně a bez mlžení

# r13 thesaurus pass: clueless staff, contradictory info, confused, untrained
(nemehl*|neumětel*|nedouk*|nedoukové|lempl*|ňoum*|zmatkař*|zmatkář*|zmatkoval*|zmatkovala|zmatkovali|zmatkuj*|zmatkují)
(popleten*|zmaten*|bezradn*) ~3 (operátor*|operátork*|prodavač*|prodavačk*|pracovni*|technik*|agent*|agentk*|úřednic*|úředník*|personál*|obsluh*|slečn*|kolega|kolegyně|poradc*|poradkyn*|brigádník*)
(nezaučen*|nezaucen*)
nezkušen* ~3 (operátor*|operátork*|prodavač*|prodavačk*|pracovni*|technik*|agent*|agentk*|úřednic*|úředník*|personál*|obsluh*|poradc*|poradkyn*|brigádník*|montér*|elektrikář*|instalatér*)
(operátor*|operátork*|prodavač*|prodavačk*|pracovni*|technik*|agent*|agentk*|úřednic*|úředník*|personál*|obsluh*|poradc*|poradkyn*|brigádník*|montér*) ~3 (nezkušen*|nezaučen*|zmaten*|popleten*)
(lidi|lidé|personál|zaměstnanci|pracovníci|operátoři|technici|prodavači|nikdo|někdo) ~3 (tomu|ničemu|věci) ~1 (nerozumí|nerozumějí|nerozumi|nerozumeji|nerozuměl*|nerozumel*|nerozuměj|nerozumej) | noneg
(protiřečil*|protiřečila|protiřečili|protiřečí|protirecil*|protireci|odporoval*|odporovala|odporovali|odporují|odporuje) ~1 (si|sobě|sami)
si ~1 (protiřečil*|protiřečila|protiřečili|protiřečí|protirecil*|protireci|odporoval*|odporovala|odporovali|odporují|odporuje)
(řekl*|řekla|řekli|říkal*|říkala|říkali|psal*|psala|psali|napsal*|napsala|napsali|odpověděl*|odpověděla|odpověděli|kecal*|kecala|kecali|plácal*|plácala|melou|mlel*|mlela|tvrdil*|tvrdila|tvrdili|vykládal*|vykládala|vykládali|radil*|radila|radili) ~3 (volovin*|pitomost*|nesmysly|nesmyslů|bláboly|žvásty|hovadin*|kraviny|blbosti|hlouposti|bludy|nepravdy|nepravdu|nesmysl)
(nevěděj|nevědí|netušej|netuší|nevěděli|netušili) ~1 (ani|vůbec|nic|absolutně) ~1 (co|jak|kde|nic|kolik|o) | noneg
(neuměl*|neuměla|neuměli|nedokázal*|nedokázala|nedokázali|nezvládl*|nezvládla|nezvládli) ~2 (obsluhovat|ovládat|nainstalovat|vystavit|zapsat|rozlišit|vyhledat|identifikovat|diagnostikovat|rozpoznat|objasnit|zodpovědět|zkontrolovat|spárovat|aktivovat|připojit|obsloužit|zpracovat|rozchodit|naúčtovat|přepsat) | noneg
(jen|jenom|pouze|akorát|bezradně|bezmocně) ~1 (krčil*|krčila|krčili|pokrčil*|pokrčila|pokrčili|krčí) ~1 (rameny|ramena) | weight=0.5
+ Na pobočce seděla úplně zmatená operátorka a každou chvíli si protiřečila.
+ Ten nezaučený brigádník nám tvrdil samé bláboly o tarifech.
+ Technik nedokázal ani zapojit router, úplné nemehlo.
- Operátorka mi vše srozumitelně vysvětlila a nic si neprotiřečilo.
- Jsem nezkušený uživatel, ale s aplikací jsem si poradil sám.

# -- r15 cs15: the next agent admits the first was wrong; each one says something different
(druhý|druhá|další|jiný|jiná) ~3 (přiznal*|přiznala) ~3 (že) ~3 (není|nebyl*|nemá|neplatí|špatně|chyba|omyl)
(druhý|druhá|další|jiný|jiná) ~3 (tvrdil*|řekl*|říkal*) ~2 opak
(každý|každá|pokaždé) ~3 (říká|tvrdí|uvádí|říkal*|uvedl*|tvrdil*) ~2 (jiný|jiné|jinou|jinak)
+ druhá operátorka přiznala, že to tak vůbec není
+ každý technik tvrdí něco jinak
- druhý den mi přiznali nárok a vše vyřešili
# -- cs16: nobody knows / contradictory answers / a colleague got it wrong
ví ~3 (vůbec|tam|vás) ~1 někdo
(ruzn*|různ*|jiné|jinou|jinou) (odpověď*|odpovědi|informac*|verz*|údaj*|uličk*|termín*)
(druhý|druhá|další|jiný|jiná|třetí) ~2 (řekl|řekla|tvrdil*|tvrdí|říkal*|napsal*) ~2 (zase|naopak|něco|úplně|že) | weight=0.5
(jeden|jedna|první) ~2 (poradce|poradkyně|operátor*|pracovní*|zaměstnan*|prodavač*|technik*|úředn*) ~3 (řekl|řekla|tvrdil*|tvrdila|říkal*|slíbil*) | weight=0.5
(pobočka|pobočce|prodejna|kolega|kolegyně|operátor*|chat|technik) ~3 (spletl*|spletla|mýlil*|zmýlil*|splet*)
ani (jeden|jedna|jedno|jednou) (správně|nevěděl*|netušil*)
(pak|potom) že ~2 (potřebuju|potřebuji|musím|chtějí|chce) | weight=0.5
+ Jeden operátor mi řekl tři dny, druhý tvrdil, že to trvá měsíc.
+ Ví u vás vůbec někdo, jak to funguje?
+ Na pobočce se prý spletli a mám to řešit jinde.
- Na pobočce mi vše vysvětlili a nikdo se nespletl.
- Jeden zaměstnanec mi řekl, kde to najdu, a bylo to tam.
- Na regálu visela špatná cena a vedoucí to svedl na dodavatele.
# -- cs18a: all genders and numbers of nevěděl / netušil
+ prodavačky nevěděly, kolik to vůbec stojí

# -- cs19a: the job done wrong by staff, told with the object pronoun ("nastavil nám to špatně", "mi spočítala špatně")
(nastavil|nastavila|nastavili|zapojil|zapojila|zapojili|nainstaloval|nainstalovala|nainstalovali|namontoval|namontovala|namontovali|nakonfiguroval*|spočítal|spočítala|spočítali|vypočítal|vypočítala|vypočítali|zadal|zadala|zadali|vyplnil|vyplnila|vyplnili|sestavil|sestavila|sestavili|přepsal|přepsala|přepsali) (mi|nám|mu|jí|to|ho|ji) ~3 (špatně|chybně|nesprávně|obráceně|blbě|nakřivo|naopak) | noneg
(mi|nám) (nastavil|nastavila|nastavili|zapojil|zapojila|zapojili|nainstaloval|nainstalovala|nainstalovali|namontoval|namontovala|namontovali|nakonfiguroval*|spočítal|spočítala|spočítali|vypočítal|vypočítala|vypočítali|zadal|zadala|zadali|vyplnil|vyplnila|vyplnili) ~3 (špatně|chybně|nesprávně|obráceně|blbě|nakřivo|naopak) | noneg
# -- cs19a: the task named first, the failure after ("opravit to neuměl", "odpovědět nedokázala")
(odpovědět|poradit|vysvětlit|vyřešit|zjistit|opravit|spravit|nastavit|zprovoznit|spočítat|najít|dohledat|zapojit|vyplnit|určit|říct|říci) ~2 (neuměl|neuměla|neuměli|neumí|neumějí|nedokázal|nedokázala|nedokázali|nedokáže|nedokážou|nezvládl|nezvládla|nezvládli|nezvládá|nedovedl*) | noneg
# -- cs19a: the goods named first, "the product she did not know at all"
(produkt*|tarif*|sortiment*|zboží|ceník*|parametr*|specifikac*|podmínk*|nabídk*) ~2 (neznal|neznala|neznali|nezná|neznají) | noneg
# -- cs19a: could not work out where the fault is ("nepřišel na závadu", "na chybu nepřišli")
(nepřišel|nepřišla|nepřišli|nepřijde|nepřijdou) ~1 na ~1 (chybu|závadu|problém|příčinu|to|čem|co) | noneg
na ~1 (chybu|závadu|příčinu|problém) ~2 (nepřišel|nepřišla|nepřišli|nepřijde|nepřijdou) | noneg
+ montér nám zapojil kotel úplně špatně
+ úřednice mi vypočítala doplatek chybně
+ vysvětlit mi to nedokázal ani jeden z nich
+ tarify vůbec neznala a jen koukala do počítače
+ opravář na závadu nepřišel ani napodruhé
- nastavil jsem to špatně, ale paní mi to opravila
# -- cs19a: came to set it up and did not manage ("a router stejně nenastavil"), subject left out
(stejně|stejne|beztak|nakonec) (nenastavil|nenastavila|nenastavili|nezprovoznil|nezprovoznila|nezprovoznili|nezapojil|nezapojila|nezapojili|nenainstaloval|nenainstalovala|nenainstalovali|nenamontoval|nenamontovali) | noneg
+ přijel o tři hodiny později a anténu stejně nezapojil

# -- s9: "to jim nedošlo", "nerozuměl tomu, co chci", "nejdřív tvrdili X, pak že Y",
#    a named staff member who "nevěděla"
(jim|mu|jí|ji) ~1 (nedošlo|nedocvaklo|nedochází|nedocvakne) | noneg
(nerozuměl*|nerozuměla|nerozuměli|nechápal*|nechápala|nechápali|nepochopil*|nepochopila|nepochopili) ~2 (tomu|co|čemu) ~3 (chci|chtěl*|chtěla|potřebuj*|potřeboval*|jde|šlo) | noneg
(nejdřív|nejdřiv|nejprve|napřed|prvně) ~3 (řekl*|řekla|řekli|tvrdil*|tvrdila|tvrdili|napsal*|napsala|napsali|říkal*|říkala|říkali) ~10 (pak|potom|následně|teď) ~2 že
(číšník*|číšnice|servírk*|prodavač*|operátor*|technik*|obsluha|pán|paní|slečna|pracovník*|pracovnice|úředník*|úřednice|poradce|poradkyně|brigádník*|personál) ~2 (nevěděl*|nevěděla|nevěděli|netušil*|netušila|netušili|nevedel*) | noneg
+ že je chyba v kabelu, jim vůbec nedošlo
+ technik nerozuměl tomu, co po něm chci
+ nejdřív mi řekli, že to jde, pak že to nejde
+ prodavačka nevěděla a nikoho se nezeptala
- nerozuměl jsem návodu, tak volám
- technik hned věděl, kde je chyba

# -- s9b: "o svých produktech nic nevědí"
nic (nevědí|nevěděli|nevěděla|nevěděl|netuší|netušili|netušila|neznají) | noneg
+ zaměstnanci o vlastním zboží nic nevědí
+ na pobočce nic netušili o mé smlouvě
- nic nevím o tom, co se stalo
- o akci jsem nevěděla, to je moje chyba

# -- s9c: a colleague says the opposite ("kolegyně zase, že ne")
(kolega|kolegyně|kolegyni|kolegové|kolegyňka|kolegou|kolegyní) ~4 (naopak|zase|zas) ~2 (že|řekl*|řekla|řekli|napsal*|napsala|napsali|tvrdil*|tvrdila|tvrdili|tvrdí)
(kolega|kolegyně|kolegyni|kolegové|kolegyňka) ~4 (pak|potom|druhý) ~3 (že|řekl*|řekla|řekli|napsal*|napsala|napsali|tvrdil*|tvrdila|tvrdili|tvrdí) | weight=0.5
+ na prodejně tvrdili, že to jde, kolega na lince zase, že ne
+ jeho kolegyně naopak tvrdila, že na slevu nárok nemám
- kolega mi pak pomohl a bylo to vyřízené
- kolegyně mi pak řekla, že je to hotové, děkuji
# --- s10: installed back to front
(zapojil*|zapojila|zapojili|namontoval*|nainstaloval*|připojil*|osadil*|sestavil*|složil*|přišrouboval*|nasadil*) ~3 (obráceně|opačně|naruby)
+ montér nasadil dvířka obráceně
+ instalatér zapojil přívody opačně
- obráceně to nebylo, jen se to zaseklo
- nasadili nová okna a vše sedí
# --- s10: advice that made it worse
(poradil*|poradila|poradili|doporučil*|doporučila|doporučili|navrhl*|navrhla|navrhli|nasměroval*) ~4 (který|která|které|což) ~3 (smazal*|smazala|smazalo|zničil*|zničila|zničilo|rozbil*|pokazil*|pokazilo|zhoršil*|zhoršilo|zablokoval*|zablokovalo|vymazal*|vymazalo)
+ na lince mi poradili nastavení, které mi zablokovalo účet
+ doporučil mi aktualizaci, což celé zhoršilo
- poradili mi postup, který problém vyřešil
- doporučila mi tarif, který mi vyhovuje
# --- s10: staff admit not knowing
(přiznal*|přiznala|přiznali|připustil*|připustila|připustili) ~5 (neví|nevěděl*|nevěděla|nevědí|netuší|netušil*|nezná|neznal*|neumí|neuměl*|nikdy|nerozumí|nerozuměl*) | noneg
(neznaj|neznej|neznajou) ~3 (svoj*|své|svý|svůj|vlastn*|zboží|produkt*|sortiment*|tarif*|služb*|nabídk*|ceník*|podmínk*|aplikac*|systém*) | noneg
+ technik přiznal, že s touto značkou nikdy nepracoval
+ operátorka nakonec přiznala, že neví, jak to opravit
+ v prodejně neznaj ani svoje zboží
- přiznal, že se stala chyba, a hned to opravil
- zboží neznám, proto se ptám
