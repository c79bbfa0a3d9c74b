# Pressure to buy, upsell or sign up; aggressive selling.
(vnucoval*|vnucovat|vnucuj*|vnucují|vnutil*|vnutila|vnutit|vnucen*|nátlak*|nátlakov*|přemlouval*|přemlouvala|přemlouvat|ukec*|přemluv*|vnucuj*|neodbytn*|dotěrn*|upsell*|doprodáva*|naléhal*|naléhala|naléhali)
pod tlakem
(tlačil*|tlačila|tlačili|cpal*|cpala|cpali|cpe|cpou) ~2 (do|na) ~1 (mě|mne|nás|koupě|koupi|podpisu|smlouvy)
(tlačil*|tlačila|tlačili|tlačí|cpal*|cpala|cpali|cpou|nacpat|nacpal*|vnucoval*|nabízel*|nabízela|nabízeli|vnucuj*) ~4 (dražší|nejdraž*|draž*|model*|televiz*|tarif*|pojištění|smlouv*|služb*|balíč*|tablet*|hodink*|telefon*|mobil*|kredit*|úvěr*|půjčk*|navíc|doplňk*|předplatn*|příslušenství|obal*|záruk*|upgrade|kart*)
(agresivn*|nevybíravé|nevybíravý|nevybíravou|nevybíravými|dotěrn*|vlezl*|prodejní|obchodní) ~2 (praktik*|taktik*|metod*|manýr*|triky|trik*|styl*)
(agresivn*|nevybíravé|nevybíravý|nevybíravou|dotěrn*|vlezl*) ~2 (prodej*|prodavač*|prodejc*|obchod*|nabíz*|marketing*|praktik*|telemarket*)
podomn* (prodej*|prodejc*)
nevyžádan* (nabíd*|hovor*|telefonát*|e-mail*|sms)
(nutil*|nutí|nutili|nutila|tlačil*|tlačí) ~4 (koupit|koupi|koupil|nakoupit|podepsat|podpis|objednat|zakoupit|zaplatit|vzít|přejít|sjednat|uzavřít|zřídit|tarif*|pojištěn*|smlouv*|předplatn*|služb*|balíček|upgrade|dražší|navíc|prodloužen*|záruk*|rozšířen*|příslušenství|kart*)
(snažil*|snaží|chtěl*|chtějí|chce|zkoušel*|zkoušeli|pořád|neustále|stále|opakovaně|furt) ~3 (prodat|vnutit|nabídnout|nabízel*|nabízí|nabízeli|prodávat|upsellovat) ~3 (dražší|další|jin*|navíc|pojištění|prodloužen*|tarif*|předplatn*|služb*|balíček|smlouv*|upgrade|doplňk*|kartu|úvěr|půjčk*)
místo ~5 (pomoh*|pomoci|pomoct|řešil*|vyřešil*|poradil*|řešení|vyřešit|výměn*|oprav*|vysvětlení|odpověd*) ~10 (nabíz*|prodat|prodáva*|vnucov*|dražší|mluvil*|povídal*|vykládal*|přesvědčoval*|přesvědčovala|tlačil*|tlačila|cpal*|cpala)
(ať|abych|aby) ~2 (podepsal*|podepíšu|podepsala|koupil*|koupím|objednal*|objednám) ~2 (hned|ihned|okamžitě|dnes|rychle|místě)
(ať|abych) ~1 (podepíšu|podepsal*)
(strčil*|strčila) ~3 (smlouv*|ruky|formulář*)
(volají|volali|volá|volal*|otravují|otravoval*|obtěžují|obtěžoval*|píšou|posílají|poslali) ~5 (s|se) ~2 (nabídk*|nabídnout)
(volá|volají|volali|volal*) ~4 (nahran*|robot*|automat*) ~4 nabídk*
(1*|2*|3*|4*|5*|6*|7*|8*|9*|pět|deset|několik|denně|neustále|pořád|opakovaně|každý) ~2 (e-mail*|mail*|sms*|zpráv*|hovor*|telefonát*) ~2 s ~1 (nabídk*|akc*|reklam*)
nabídk* jen pro vás
(nabízejí|nabízí|nabízeli|nabízel*|nabízela) ~3 (dražší|přechod|upgrade|navýšení)
(volají|volali|volá|otravují|obtěžují|píšou) ~6 (nabízejí|nabízí|nabízeli|prodat|přemlouvají|přemlouvali)
(hučel*|hučela|hučeli|hučí|hustil*|hustila|hustili|tlačil*|tlačila|tlačili|ukecáv*|přemlouv*|přemluv*|lámal*|lámala) ~2 do (mě|mne|nás)
(nabíz*|nabídl*|nabídla|prodat|prodej*|vnucov*|přemlouv*) ~12 (nedal*|nedala|nedali|nedají|nedá) ~1 pokoj
(ať|abych) ~3 (vezmu|koupím|pořídím|přikoupím|sjednám|zřídím|vzal|vzala|koupil|koupila|pořídil|pořídila) ~2 (ještě|navíc|taky|také|dražší)
+ prodavač mi neustále vnucoval dražší tarif
+ nutili mě podepsat novou smlouvu hned na místě
+ místo toho, aby mi pomohli, mi nabízeli dražší balíček
+ agresivni prodejce, tlacil me do koupe pojisteni
+ volají mi každý den s nabídkou, kterou nechci
- prodavačka mi ochotně poradila a nic nevnucovala
- chtěl jsem si koupit nový telefon
+ prodavač do mě hučel, ať si vezmu ještě prodlouženou záruku
# -- "kept pushing me to buy"
na (mě|mne|nás) ~1 (tlačil*|tlačila|tlačili|tlačí|naléhal*|naléhala|naléhali|naléhá|tlačej*) ~6 (koup*|vzal*|vezm*|podep*|pořídi*|objedn*|sjedn*|přikoup*|ať|abych|abychom)
(tlačil*|tlačila|tlačili|tlačí|naléhal*|naléhala|naléhali|nutil*|nutila|nutili|přemlouval*) ~3 (ať|abych|abychom|abysme) ~3 (koup*|vzal*|vezm*|podep*|pořídi*|objedn*|sjedn*|přikoup*|přešel|přešla|přejdu)
+ pořád na mě tlačili, ať si ji koupím
- požádala jsem o vedoucího prodejny, prodavačka protočila oči

# -- r4: unsolicited offers by SMS / calls / e-mail; talking the customer out of cancelling
(nabídk*|reklamní*|marketingov*) ~2 (sms*|esemes*|e-mail*|email*|maily|hovor*|telefonát*|letáky|sdělení|zprávy)
(sms*|esemes*|hovory|telefonáty|maily|e-maily|emaily|zprávy|volají|voláte) ~3 (s|se) ~1 (nabídk*|nabídkou|reklam*)
(chodí|posíláte|posílají|volají|voláte|otravují|otravujete|bombardují|bombardujete|zahlcujete|zahlcují|spamuj*) ~4 (nabídk*|reklamní*|obchodní*|marketing*|spam*)
(vysvětloval*|přesvědčoval*|přemlouval*|argumentoval*) ~3 proč ~1 (bych|bychom) ~2 (neměl*|nerušil*|neodcházel*|zůstal*|nevypovídal*|neodešel)
obchodní sdělení
(odvolal*|odvolala|odhlásil*|odhlásila|zrušil*|nedal*|nedala) ~4 souhlas* ~4 (zasílání|obchodní*|marketing*|nabíd*|reklam*)
+ opakovaně mi chodí SMS nabídky na pojištění
+ pořád mi volají s nabídkou nového tarifu
+ 15 minut vysvětlovala, proč bych neměl rušit předplatné
- nabídka v letáku byla fajn, koupil jsem si to
- poslali mi obchodní podmínky e-mailem

# -- r6: "not let go until I bought", tried to sell a new one instead of repair, talked into premium
(nechtěl*|nechtěla|nechtěli|nepustil*|nepustili|nepustila|nepustí|nenechali|nenechal*|nenechala|držel*|drželi) ~4 (dokud|než) ~3 (nekoup*|nepodep*|nevezm*|nepořídí*|nesjedn*|neobjedn*|nevzal*|nezaplat*|neuzavř*|koupím|podepíšu) | noneg
(chtěl*|chtěla|chtěli|přišel|přišla|přišli|volal*|volala|volali) ~2 (jen|jenom|pouze) ~3 (opravit|vyměnit|reklamovat|vrátit|zrušit|poradit|zeptat|vyřešit|nahlásit|zaplatit) ~8 (prodat|prodávat|vnutit|udat|nacpat|nabízel*|nabízela|nabízeli|cpali|cpal*|nutili|nutil*|přemlouval*)
(přesvědčoval*|přesvědčovala|přesvědčovali|přesvědčuj*|ukecával*|ukecávala|ukecávali) ~8 (balíč*|tarif*|pojištění|smlouv*|služb*|předplatn*|prémi*|dražší|koupi|koupě|nákup*|úvěr*|půjčk*|kart*|upgrade|navýšení|verzi|záruk*) | noneg
+ nechtěli mě pustit, dokud nepodepíšu smlouvu
+ místo opravy mi chtěli prodat rovnou nový
+ přesvědčoval mě, že bez dražšího tarifu to nepůjde
- prodavač mě přesvědčil, že levnější model stačí
- chtěl jsem jen opravit telefon a opravili ho do hodiny

# round 7 (industries): pushing credit, plans, upgrades; "to take ..." persuasion; "offer only today"
(nutil*|nutila|nutí|cpal*|cpala|cpou|tlačil*|tlačila|vnucoval*|přemlouval*|přesvědčoval*|přesvědčovala|ukecával*) ~4 (úvěr*|půjčk*|kreditk*|hypotéku|spořen*|fond*|investic*|pojištěn*|pojistk*|plán*|tarif*|paušál*|televiz*|balíč*|upgrade|prémi*|premium|roční|smlouv*)
(přesvědčoval*|přesvědčovala|přemlouval*|přemlouvala|ukecával*|nutil*|nutila|tlačil*|tlačila) ~3 (ať|abych|abychom|aby) ~3 (vezmu|vzal*|koupil*|koupím|pořídil*|podepsal*|podepíšu|přešel|přešla|zůstal*|zůstanu|objednal*|připlatil*|nezrušil*)
nabídk* ~3 (jen|pouze|platí) ~1 (dnes|dneska|dnešek)
+ bankéřka mi pořád cpala kreditku a spotřebitelský úvěr
+ agent mě přemlouval, ať si vezmu dražší plán
+ výhodná nabídka jen dnes, musíte se rozhodnout hned
- nabídka na rozšíření záruky byla v pořádku, nikdo netlačil
- agent mi vysvětlil rozdíl mezi tarify a nechal to na mně

# -- r8: "prodejní řeči/kecy", "prodejní tlak", "ukecávat"
(prodejní|prodejni|obchodní|marketingov*|nákupní) ~1 (řeči|kecy|tlak|tlaku|nátlak*|masáž*|blábol*|šaškárn*|vlezlost)
(ukecával*|ukecávala|ukecávali|ukecat|ukecal*|přemlouval*|přemlouvala|přemlouvali|přemlouvá|přemlouvají|přesvědčoval*|přesvědčovala|přesvědčovali) ~4 (koupi|koupil*|koupila|vzal*|vzala|podepsal*|podepsala|pojištění|smlouv*|tarif*|dražší|model|nabídk*|služb*|úvěr*|kart*|půjčk*)
+ místo pomoci jen prodejní řeči
+ prodavač mě ukecával, ať si vezmu dražší model
- prodejní oddělení mi poslalo fakturu

# --- r9a: insisting a purchase is required, adding unrequested extras ---
(tlačil*|tlacil*|tlačila|tlacila|tlačili|tlacili|naléhal*|nalehal*|naléhala|nalehala|tvrdil*|tvrdila|tvrdili|trval*|trvala) ~2 (že|ze) ~3 bez ~2 (záruk*|zaruk*|pojištěn*|pojisten*|balíč*|balic*|příslušenství|prislusenstvi|služb*|sluzb*|předplatn*|predplatn*|servis*|obal*|karty|kartu|tarif*) | noneg
(přidal*|pridal*|přidala|pridala|přidali|pridali|přihodil*|prihodil*|přibalil*|pribalil*|připočítal*|pripocital*|naúčtoval*|nauctoval*|aktivoval*|aktivovala|aktivovali|sjednal*|sjednala|sjednali|zřídil*|zridil*|zřídila|zridila|zřídili|zridili|přihlásil*|prihlasil*|přihlásila|prihlasila|přihlásili|prihlasili) ~8 (nežádal*|nezadal*|nežádala|nechtěl*|nechtel*|nechtěla|nechtela|neobjednal*|neobjednala|nepožadoval*|nepozadoval*|nepožadovala) | noneg
+ Trvali na tom, že bez jejich pojištění mi auto nepůjčí.
+ Do smlouvy mi přihodili antivir, o který jsem vůbec nežádal.

# --- r13b thesaurus pass: natlačit, vecpat, podstrčit, dotírat, masírovat, naháněči, šmejdi, vnucování, přemlouvání
(natlačil*|natlačila|natlačili|natlačit|vecpal*|vecpala|vecpali|vecpat|nacpal*|nacpala|nacpali|podstrčil*|podstrčila|podstrčili|podstrčit|vnucování|vnucovan*|přemlouvání|přemlouvají|přemlouvali|přemlouvá|dotíral*|dotírala|dotírali|dotírá|dotírají|dotírav*) | weight=0.5
(natlačil*|natlačila|natlačili|natlačit|vecpal*|vecpala|vecpali|vecpat|nacpal*|nacpala|nacpali|podstrčil*|podstrčila|podstrčili|podstrčit|vnutil*|vnutila|vnutili|vnutit|vnucoval*|vnucovala|vnucovali) ~4 (smlouv*|pojištěn*|pojistk*|tarif*|balíč*|služb*|předplatn*|dražší|navíc|doplňk*|příslušenství|záruk*|úvěr*|půjčk*|kart*|paušál*|program*|členství|produkt*|zboží|výrobk*|mi|nám|mně)
(masíroval*|masírovala|masírovali|masírují|zpracovával*|zpracovávala|zpracovávali|obraběl*|obráběli) ~3 (mě|mne|nás|zákazník*) ~4 (ať|abych|abychom|koupi|koupil*|podepsal*|vzal*|smlouv*|tarif*|pojištěn*) | noneg
(naháněč*|nahánějí|naháněli|nahání|šmejdsk*|šmejdí) | weight=0.5
(naháněč*|podomní*|šmejdsk*|šmejdí) ~4 (prodej*|prodáva*|smlouv*|nabíz*|tlačil*|tlačili|přemlouval*|praktik*|metod*|akc*|zájezd*)
předváděcí* akc*
(tlak|tlaku|tlakem|nátlak*) ~2 (na|k|ke) ~1 (prodej|koupi|koupě|nákup*|podpis*|podepsání|uzavření|objednávk*|přechod|upgrade|sjednání)
(nucen*|donucen*|dotlačen*|přinucen*|ukecán*|přemluven*) ~3 (koupit|koupi|podepsat|podpisu|vzít|přikoupit|sjednat|uzavřít|objednat|připlatit|přejít)
(donutil*|donutila|donutili|dotlačil*|dotlačila|dotlačili|přinutil*|přinutila|přinutili|dokopal*|dokopali|ukecal*|ukecala|ukecali) ~3 (mě|mne|nás|me|nas) ~3 (koupit|koupi|k|ke|do|podepsat|podpisu|vzít|přikoupit|sjednat|uzavřít|objednat|připlatit|přejít)
telemarket* ~4 (otravuj*|otravoval*|volaj*|volal*|obtěžuj*|obtěžoval*|dotír*|nedaj*|nedal*|neustále|pořád|denně|furt)
+ prodavač mi natlačil pojištění, které jsem nechtěl
+ podstrčili mi smlouvu na dražší tarif
+ nahánějí lidi na předváděcí akce a tlačí je do nákupu
+ byla jsem ukecaná ke koupi prodloužené záruky
+ donutili mě podepsat novou smlouvu
+ telemarketéři z banky volají denně
- nikdo mě do ničeho nenutil, koupil jsem si co jsem chtěl
- pojištění jsem si sjednal sám, protože se mi hodí

# -- r15 cs15: let go only after hearing out upsell offers
(až|dokud) ~3 (vyslechl*|nevyslechl*|vyslechla|nevyslechla) ~4 (nabíd*|nabídk*|upgrad*|akc*|tarif*|balíč*|pojištění)
(musel*|museli|nutil*|nutili) ~3 (vyslechnout|poslouchat|poslechnout) ~4 (nabíd*|nabídk*|upgrad*|akc*|tarif*|balíč*|pojištění)
+ pustila mě až poté, co jsem vyslechl dvě akce na pojištění
+ musel jsem poslouchat nabídky na dražší balíček, než se dostal k věci
- nabídku na nový tarif jsem si v klidu přečetl doma
