# Will write a review, post on social media, go to a regulator, consumer
# body, lawyer or court.
(napíšu|napíši|napíšeme|píšu|píši|dám|dávám|zveřejním|zveřejníme|přidám|pošlu|zanechám|nechám|hodím|postnu|sdílím|sdílet|nasdílím|rozšířím|napsat|dát|zveřejnit|přidat|ohodnotím|hodnotím|ohodnotit|dostanete|půjdu|půjdeme|obrátím|obrátíme|podám|podáme|podat|oznámím|nahlásím|nahlásila|nahlásil|nahlásit|ozvu|jde|půjde|putuje|informuji|informuju|kontaktuji|kontaktuju|předám|předáme|předat|řeší|zažaluju|zažaluji|visí|vyvěsil*|vyvěsila|vyvěsím|pověsím|nahraju|nahraji|uveřejním|uveřejníme|publikuju|publikuji|postnul*|postla|šířím|rozesílám) ~4 (recenz*|hodnocen*|hvězdičk*|review|heurek*|heurec*|google|facebook*|fb|instagram*|twitter*|tiktok*|youtube|youtub*|sociáln*|diskuz*|fóra|fórum|fóru|médi*|novin*|novinář*|blog*|vlog*|podcast*|skupin*|reddit*|linkedin*|heurek*|heurec*|reportér*|čoi|inspekc*|dtest*|čtú|erú|čnb|ombudsman*|arbitr*|právník*|právní*|advokát*|soud*|žalob*|polici*|spotřebitel*|dozor*|úřadu|úřad|regulátor*)
(negativn*|špatn*|zápor*|jednohvězdičkov*|nulov*|kritick*|jednou|jednu|1) ~1 (recenz*|hodnocen*|review)
recenz* ~3 (googl*|internet*|webu|fóru|síti|sítích|heurek*|mapách|mapy*)
na (sociálních|sociální) (sítích|sítě|síti)
sociální sítě | weight=0.5
veřejně ~3 (napíšu|zveřejním|sdílím)
(česk*|obchodní) ~1 inspekc*
inspekc*
(čoi|ČOI|dtest*|ombudsman*|arbitr*|advokát*|právník*|žalob*|zažaluj*|žalovat)
(čnb|čtú)
erú | exact
(zveřejním|zveřejníme|zveřejnit|zveřejnění|medializ*)
recenz* ~4 (přečtete|uvidíte|najdete|dostanete|čekejte|očekávejte)
ochran* spotřebitel*
spotřebitelsk* (organizac*|poradn*|sdružení)
sdružení ~3 spotřebitel*
(právn*|soudn*) ~2 (cest*|krok*|zástupc*|oddělení|spor*|zástupkyn*|kancelář*)
(soudně|soudem)
(k|u) soudu
trestní oznámení
na policii
(černé|černých|černým|cerne|cernych) ~1 ovc*
(do|pro) (médií|novin|televize)
médiím
novinář*
+ napíšu o vás negativní recenzi na Heureku
+ podám stížnost na ČOI a předám to právníkovi
+ tohle pujde na socialni site a k soudu
+ dám vám jednu hvězdičku na Google
- recenze na Heurece byly dobré, tak jsem objednal
- četl jsem si hodnocení produktu
# -- going public: "na internet / sítě / do televize", "ať to všichni vidí"
(napíšu|napíši|napíšeme|dám|dávám|zveřejním|zveřejníme|přidám|pošlu|hodím|postnu|sdílím|nasdílím|rozšířím|napsat|dát|zveřejnit|hodit|půjdu|půjdeme|obrátím|ozvu|jde|půjde|putuje|popíšu|popíšeme|popsal*|rozepíšu|rozepsal*|sepíšu|sepsal*|sdílel*|nasdílel*|zveřejnil*) ~3 (na|do|v|ve) ~2 (internet*|net|sítě|sítích|síť|sociál*|televiz*|telku|médií|novin|časopis*|rozhlas*|facebook*|instagram*|twitter*|tiktok*|komunit*|skupin*)
(ať|at|aby|kéž) ~2 (to|si) ~1 (všichni|lidi|ostatní|každý|celý) ~2 (vidí|viděli|vidět|ví|vědí|věděli|čtou|přečtou|přečetli)
(ať|at|aby) ~1 (ostatní|lidi|všichni) ~1 (ví|vědí|věděli|vidí|viděli) ~3 (jak|jaká|jaký|jaké|co|že)
(veřejně|verejne) ~3 (píšu|píši|pisu|sdílím|upozorňuju|upozorňuji|varuju|varuji|napíšu|ozývám)
(inspektorát*|živnostensk*) | weight=0.5
finanční* arbitr*
(obrátím|obrátíme|podám|podáme|podnět|stížnost|nahlásím|oznámím|ozvu) ~3 (inspektorát*|inspekc*|úřad*|hygien*|živnostensk*|arbitr*|regulátor*)
+ tak tady píšu veřejně, ať to všichni vidí
+ obrátím se na inspektorát práce
+ sdílím to tady, ať ostatní ví, jak jednáte
- píšu kvůli výpadkům internetu už potřetí
- volám kvůli výpadku sítě a televize nejde

# -- r4: authority abbreviations and "obrátím se na ..."
(obrátím|obrátíme|podám|podáme|podnět|stížnost|nahlásím|oznámím|napíšu|pošlu|obrátit) ~4 (úoou|ero|eru|úohs|čnb|soi|sůkl|ombudsman*|ochránc*|policii|médi*|novinář*|televiz*|redakc*)
+ jinak se obrátím na ÚOOÚ
+ podám podnět na ERÚ a ČNB
+ pošlu to do redakce Televizních novin
- kurz eura se změnil
- díval jsem se na televizi, když přišel kurýr

# -- r6: warning friends and family; review portals and star ratings
(varuj*|varovat|varoval*|varovala|odradím|odrazuj*|rozhlásím|rozkřiknu|rozhlašuj*) ~4 (známé|známý|známým|známí|kamarád*|přátel*|všechny|ostatní|lidi|okolí|rodin*|kolegy|kolegům|sousedy)
(varuj*|varovat|varoval*|varovala) ~2 před ~2 (vámi|vaším|vaší|vašimi|vašim|touto|tímto|firmou|obchodem|e-shopem|eshopem|bankou|společností)
před ~1 (vámi|vaším|vaší|vašimi|vašim|touto|tímto|firmou|obchodem|e-shopem|eshopem|bankou|společností) ~3 (varuj*|varovat|varoval*|varovala)
(známé|známý|známým|kamarád*|přátel*|všechny|ostatní|lidi|okolí|rodin*|kolegy|sousedy) ~4 (varuj*|varovat|varoval*|varovala|rozhlásím|odradím)
(heurek*|trustpilot*|tripadvisor*|google*|googlu) ~4 (dám|napíšu|napíši|píšu|píši|přidám|ohodnotím|sdílím|zveřejním|hodím|postnu|popíšu|rozepíšu)
(dám|dostanete|udělím|zasloužíte) ~3 (jednu|jedinou|nula|nulu|0|1) ~1 (hvězd*|hvězdičk*|bod*)
+ na Heurece vám dám jednu hvězdu
+ všechny známé před vámi varuju
+ rozhlásím to všem kamarádům
- dal jsem vám pět hvězd na Heurece, díky
- kamarádi mi vás doporučili

# round 7 (industries): going to the regulator of the industry, posting on forums
(jdu|půjdu|jdeme|půjdeme|obracím|obracíme|stěžuju|stěžuji|stěžovat|podávám) ~2 na (eru|erú|čtú|ctu|čnb|čoi|soi|ombudsman*|ochránce|arbitr*|spotřebitelsk*|dtest*|polici*|soud|soudu|regulátor*|hygienu|médi*|televizi) | noneg
(psát|napsat|napíšu|napíši|budu|rozepíšu|rozepsat) ~4 (fórech|fórum|fóru|fóra|diskuzích|diskuzi|diskusích|sítích|sociálních|recenzích) | noneg
+ jinak jdu na ČTÚ a podám stížnost
+ budu o tom psát na všech fórech
+ stěžuju si na ČNB, banka mě ignoruje
- na fóru jsem našel radu, jak router nastavit
- jdu na úřad vyřídit nový občanský průkaz

# -- r8: "budu to řešit přes soud"
(řešit|řeším|vyřeším|vyřešíme|řešíme|budu|budeme|půjdu|půjdeme) ~3 (přes|u|soudně) ~1 (soud|soudu|soudem|advokát*|právník*|inspekc*|čoi|arbitr*|ombudsman*)
+ budu to řešit přes soud
+ půjdu s tím k soudu
- soud mi kdysi dal za pravdu v jiné věci
+ fotky rozbitého gauče už visí na mém Instagramu
# addressed to or copied to an authority / ombudsman
(veřejn*|verejn*) ochránc*
ochránc* práv
(zasílám|zasíláme|přeposílám|předávám|předáváme|postupuji|postupuju|adresuji|adresuju|kopi*|kopií) ~6 (úřad*|inspekc*|ombudsman*|ochránc*|regulátor*|arbitr*|čtú|čoi|čnb|erú|dtest*|redakc*|spotřebitelsk*|advokát*|právník*)
(telekomunikačn*|energetick*) ~1 (úřad*|regulačn*)
# media: article, magazine, report
(napíšu|napíšeme|píšu|napsat|sepíšu|pošlu|dám|zveřejním) ~4 (článek|článku|reportáž*|časopis*|rozhlas*|zpravodaj*|reportér*|redakc*)
+ Tohle jde na všechny sítě, ať to každý vidí.
+ Věc jsem předal svému právnímu zástupci.
+ Kopii této stížnosti zasílám Energetickému regulačnímu úřadu.
+ Popíšu to ve skupině na Facebooku.
+ Napíšu o tom článek do místního zpravodaje.
- Podle článku 4 obchodních podmínek mám nárok na výměnu.
# future showing on platforms and to followers
(udělám|uvidíte|uvidí|vyfotím|vyfotit|natočím|natočit|nahrát|nahraju|ukážu|rozjedu|dozví|dozvědí|přečtou|přečte|kontaktuji|kontaktuju|oslovím|napíšu|napíši|pošlu|dám) ~4 (facebook*|fb|instagram*|insta|ig|twitter*|tiktok*|youtube*|youtub*|reddit*|linkedin*|idnes*|irozhlas*|novinky*|blesk*|deník*|ct24|čt24|redakc*|reportér*)
(sdílím|nasdílím|rozšířím|šířím|rozhlásím|rozkřiknu|sdílet|rozšířit) ~2 (všude|všem|dál)
(moji|mí|mým|mé|svým|svoje) ~1 (sledující*|followers*|followerům|fanoušk*|odběratel*)
+ Zavolám do Černých ovcí.
+ Udělám vám reklamu na Facebooku.
+ Uvidíte to na TikToku.
+ Tenhle příběh si přečtou všichni moji sledující.
+ Sdílím všude.
+ Kontaktuji redakci.
- Našel jsem vás na Facebooku a objednal, super.

# --- r13b thesaurus pass: zažalovat (all forms), předžalobní výzva, udat/nahlásit vás, hygiena, Modrý koník, antireklama
(zažal*|žaluju|žaluji|žalujeme|žalovat|zažalovat|zažalujeme|předžalob*)
(předžalobní*|soudní*|právní*) ~1 (výzv*|řízen*|dohr*|spor*|krok*|cest*|zástupc*|pomoc*|služb*)
(udám|udáme|udat|nahlásím|nahlásíme|oznámím|oznámíme|napráskám|prásknu|práskneme|nabonzuju|bonznu|podám|podáme|dám) ~1 (vás|to|je|firmu|vaši|vaší|vaši|tu|tuhle|celou|váš) ~3 (na|k|ke|u|do) ~2 (inspekc*|čoi|polici*|hygien*|úřad*|soud*|finančák*|finančn*|živnosten*|obchodní|dozor*|regulátor*|ombudsman*|arbitr*|dtest*|spotřebitel*|szpi|sůkl|úohs|čtú|čnb|krajsk*|magistrát*|stavebn*|úřadu|novin*|médi*|televiz*|redakc*)
(udám|udáme|napráskám|prásknu|nabonzuju|bonznu) ~1 (vás|je|firmu|to)
(zavolám|zavoláme|přivolám|volám|volám|nahlásím|oznámím|podnět|stížnost) ~3 (hygien*|szpi|khs|krajskou|veterin*|sůkl|úohs|soi|policajt*|fízl*)
antireklam*
negativní* reklam*
(modrý|modrém|modrého|modrým) (koník*|koníkovi|koníku)
(koník*|emimin*|bazoš*|trustpilot*|tripadvisor*|booking*|threads|mastodon*|discord*) ~4 (napíšu|napíši|píšu|dám|dávám|hodím|postnu|sdílím|nasdílím|zveřejním|přidám|popíšu|rozepíšu|pověsím|recenz*|hodnocen*|hvězd*) | weight=0.5
(napíšu|napíši|píšu|dám|dávám|hodím|postnu|sdílím|nasdílím|zveřejním|přidám|popíšu|rozepíšu|pověsím|recenz*|hodnocen*) ~4 (koník*|emimin*|bazoš*|trustpilot*|tripadvisor*|booking*|threads|mastodon*|discord*|mapách)
(rozmázn*|rozmažu|rozmazat|rozmáznout|roztroubím|roztroubit|rozhlásit|vytroubím|vytroubit) ~4 (médi*|novin*|síti|sítích|sítě|internet*|facebook*|instagram*|všude|všem|světu|celému|televiz*)
(mimosoudní*|rozhodčí*) ~1 (řešení|řízení|spor*|orgán*)
spotřebitelsk* (centr*|organizac*|ochran*|poradn*|sdružen*|spor*)
(evropsk*|česk*) spotřebitelsk*
+ pošlu vám předžalobní výzvu
+ udám vás na hygienu
+ zažalovat vás je jediná možnost
+ napíšu to na Modrého koníka
+ napíšu recenzi na Booking i na Tripadvisor
+ rozmáznu to po všech sítích
+ obrátím se na Evropské spotřebitelské centrum
- na Bookingu jsem si zarezervovala pokoj a bylo to fajn
- hygiena v provozovně byla v pořádku

# -- r15 cs15: handed the case to an authority / advisory body; "everyone on Facebook will hear"
(předal*|předám|postoupil*|postoupím|předávám) ~4 (úřad*|poradn*|inspekc*|ČOI|ombudsman*|soud*|právník*|advokát*|dozor*|komis*)
(podávám|podám|podal*|podala) ~2 (stížnost*|podnět*) ~2 (na|u|k) ~2 (rad*|úřad*|inspekc*|ČOI|ombudsman*|komis*|regulátor*|ČTÚ|ERÚ|ČNB)
(dozví|dozvědí|uslyší|uvidí) ~5 (facebook*|instagram*|twitter*|sítě|sítích|skupin*|sousedé|známí|kamarádi)
(facebook*|instagram*|skupin*|sousedsk*|sousedé|známí|kamarádi|všichni) ~5 (dozví|dozvědí|uslyší)
+ podnět jsem postoupil obchodní inspekci
+ podám stížnost u ČTÚ
+ o tomhle se dozví všichni známí na instagramu
- o slevě se dozvím z newsletteru
# -- cs16: "this will go out into the world / viral"
(půjde|jde|pošlu|rozešlu|poletí|dostane) ~1 do světa
(virál*|viráln*|zviral*)
+ Tohle půjde do světa, to si pište.
+ Video z prodejny bude virální.
+ Pošlu to do světa se všemi detaily.
- Do světa jsme jeli na dovolenou a vše bylo v pořádku.
- Kdo vám spravuje sociální sítě, dělá to skvěle.
+ celé jsme to rozepsali ve skupině na Facebooku

# s11: a star rating given in the review itself ("dávám", "1 hvězdička") is the review, not a threat of one
- Reklamace vyřízena pozdě, dávám jednu hvězdu.
- 1 hvězdička. Obsluha pomalá.
