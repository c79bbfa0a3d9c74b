# Canned, template, copy-paste or scripted answers that ignore the actual
# problem; reading from a script.
(kopírák*|šablon*|předpřipraven*|fráz*|frázovit*|floskul*|copy-paste|copypaste|zkopírovan*|scénář*|skript*|kolovrát*|papouškoval*|papoušk*|nicneříkající|formulk*|vygenerovan*)
předem připraven*
copy paste
nic konkrétního
(spokojenost|zákazník|názor) ~2 (naší|nás) ~1 (prioritou|důležitý|důležitá|nejdůležitější)
(kopíroval*|kopíruj*|vkládal*|vkládá|vkládají|posílal*|posílá) ~3 (samé|stejné|tytéž|odstavc*|text*|odpověd*|šablon*) | weight=0.5
nic neříkající
naučen* (fráz*|odpověd*|text*|větu|věty|formulk*)
(kopírovan*|vzorov*|strojov*|univerzáln*|formáln*|automatick*|obecn*|standardn*) (odpověď|odpovědi|odpovědí|text)
automaticky ~2 vygenerovan*
(jako|jak) (robot|automat|papoušek|kolovrátek|stroj|stroje|robota)
mimo (mísu|téma)
úplně mimo
(odpověď|odpovědi|odpověděl*|odpovídal*|odepsal*|reagoval*) ~4 (mimo|nesouvisel*|nesouvisí)
(odpověděl*|odpovídal*|odepsal*|napsal*|reagoval*) ~3 (něčím|něco) (jiným|jiného)
(odpověděl*|odpověděla|odpověděli) ~1 na ~2 (otázku|dotaz) ~3 (nepoložil*|nepoložila|nekladl*) | noneg
nesouvisel* ~3 s ~2 (problém*|dotaz*|otázk*)
(pořád|stále|dokol*|furt|jen|jenom|pouze) ~2 (opakoval*|opakovala|opakuj*|omílal*|omílá|četl*|četla|čte) ~3 (stejn*|samou|samý|frázi|fráze|větu|text|dokola|totéž|scénář|papír*|obrazovk*|formulk*)
(četl*|četla|čte|čtou|přečetl*|přečetla|předčít*|předčetl*|kopíroval*|kopíruj*|opsal*|opisoval*|odříkal*|vyčetl*) ~3 (z|ze) ~1 (papíru|papírku|obrazovky|scénáře|skriptu|monitoru|manuálu|návodu|taháku|příručky|šablony|webu|počítače|lejster|brožury|letáku|lístku)
(tuhle|tuto|stejnou|tutéž|takovou) ~1 (větu|frázi|odpověď|formulku|hlášku|šablonu) ~3 (máte|píšete|posíláte|dáváte|kopírujete|používáte|dostává|dostal*|dostávám|píše|posílá) ~3 (pod|každému|všem|vždy|pořád|pokaždé|každý)
(stejn*|identick*|totožn*|tutéž|tatáž|tentýž) ~1 (odpověď|odpovědi|e-mail*|mail*|text*|formulk*|větu) ~4 (každ*|všechn*|poslední|tři|dvě|čtyři|pět)
(na|pod) ~2 (poslední|všechny|každou|každý|tři|dvě|čtyři|pět) ~2 (zpráv*|e-mail*|dotaz*|komentář*|stížnost*) ~3 (stejn*|tatáž|tentýž|tytéž|identick*)
(oslovil*|oslovila|oslovili) ~3 (špatným|cizím|jiným) jménem
(jako|jak) (z|ze|od) (automatu|kolovrátku|robota|šablony|příručky|stroje|počítače)
+ dostal jsem jen naučené fráze, které vůbec neřešily můj problém
+ odpověď byla zjevně šablona, copy paste
+ operátor jen pořád opakoval stejnou větu jako robot
+ odpoved uplne mimo, vubec nesouvisela s mym dotazem
+ na všechny tři e-maily přišla úplně stejná odpověď
- odpověděli rychle a k věci, děkuji
- napsal jsem jim podrobný popis problému
+ na dotaz přišla formulka, která s ním vůbec nesouvisí
# -- the same pasted paragraph / template
(vložil*|vložila|vložili|vkládal*|vkládala|zkopíroval*|zkopírovala|poslal*|poslala|poslali|napsal*|napsala) ~3 (stejn*|tentýž|tentyz|tutéž|totožn*|identick*|samý|samej) ~1 (odstavec|odstavce|odstavcem|text|texty|odpověď|odpoved|větu|vetu|blok|šablon*|sablon*|citac*|článek)
(stejný|stejny|stejnej|tentýž|totožný|identický) (odstavec|text|kus|blok) ~4 (podmínek|podminek|faq|návodu|navodu|webu|smlouvy|šablony)
+ na každou mou otázku mi vložila stejný odstavec z obchodních podmínek
+ poslal mi stejný text z FAQ
- vložila mi odkaz na návod a hned to fungovalo

# -- r4: the same sentence every time; a quoted boilerplate line
(pokaždé|vždycky|vždy|pořád|stále|furt|zase|opět|dokola|znovu|jen|jenom) ~2 (stejn*|tutéž|totéž|samou|samá|samý|samé|samej|tentýž|identick*) ~1 (větu|věta|věty|odpověď|odpovědi|frázi|fráze|text|hlášk*|zpráv*|e-mail*|mail*|formulk*|odstavec|šablon*|sdělení|dopis*|vzkaz*|útvar*|blábol*)
(předáme|předali|předám|postoupíme|postoupili) ~3 (příslušn*)
(odpověď|odpovědi|odepsali|odpověděli|odpovídáte|píšete) ~3 (děkujeme|vážíme|omlouváme|chápeme|rozumíme) ~4 (podnět*|zpětnou|trpělivost*|pochopení|strpení|komplikac*|nepříjemnost*|frustrac*|rozčarování)
+ pokaždé stejnou větu, že se objednávka zpracovává
+ odpověď „Děkujeme za Váš podnět, zpětnou vazbu předáme příslušnému oddělení“ mi nestačí
+ furt ta samá odpověď jako z automatu
- děkujeme za rychlou odpověď, vše vyřešeno
- stejnou odpověď jsem dostal i od kamaráda, co tam pracuje, a pomohla

# -- r6: reading a prepared text; answering a different question; boilerplate lines
(předčítal*|předčítala|předčítali|předčítá|četl*|četla|čte|odříkal*|odříkala|odříkává|recitoval*|recitovala|odrecitoval*|odrecitovala) ~3 (připraven*|naučen*|předepsan*|nacvičen*|předpřipraven*|text*|scénář*|papír*|fráz*)
(odpověd*|odepsal*|odepsali|odepsala|reagoval*|reagovali|reagovala|odpovídal*) ~3 (jinou|jiný|jiné|jiného|jinej|jinýho|jiným|jinačí) (otázk*|otázku|dotaz*|problém*|věc*|téma|požadav*)
vážíme si ~3 (zpětn*|podnět*|názor*|přízn*|důvěr*|trpělivost*|pochopení)
(můj|moji|mou|mé|moje|ten|tu) ~1 (e-mail*|mail*|zpráv*|dotaz*|stížnost*|dopis*|text) ~3 (nečetl*|nečetla|nečetli|nepřečetl*|nepřečetla|nepřečetli|nečtou|nečte) | noneg
(nečetl*|nečetla|nečetli|nepřečetl*|nepřečetla|nepřečetli) ~3 (můj|moji|mou|mé|moje) ~1 (e-mail*|mail*|zpráv*|dotaz*|stížnost*|dopis*|text) | noneg
+ operátorka jen předčítala naučený text
+ odpověděli na úplně jiný dotaz
+ „vážíme si vaší zpětné vazby“ a nic dalšího
+ můj e-mail zjevně vůbec nečetli
- přečetli si můj e-mail pozorně a odpověděli přesně
- vážím si vaší pomoci

# round 7 (industries): only an automatic message / the bot keeps answering the same
(jen|jenom|pouze|zase|opět|pořád|stále) ~3 (automatick*|strojov*|generick*|obecn*|univerzáln*) ~1 (zpráv*|hlášk*|fráz*|odpověď*|odpovědí|sms)
(pořád|stále|furt|dokola|pokaždé) ~1 (odpovídá|odpovídají|odepisuje|odepisují|opakuje|opakují) ~3 (stejn*|totéž|tutéž|vzorov*|šablon*|zpracováv*|řešení|řešíme)
# the same generic advice again, ignoring what was already said (restart the router, reinstall, clear cache)
(pořád|znovu|zase|opět|dokola|pokaždé|zas|potřetí|třetí|už) ~4 (radí|radila|radil*|doporučuj*|doporučil*|doporučila) ~3 (restart*|přeinstal*|reinstal*|vypnout|odpojit|smazat|vymazat|aktualiz*|cookies|cache|router*|modem*)
+ podpora odpovídá jen automatickou zprávou, že se na tom pracuje
+ bot pořád odpovídá stejnou větou, ať počkám
+ technická podpora mi znovu radí restartovat router, i když jsem to psal
- automatická aktualizace aplikace proběhla v pořádku
- technik mi poradil restartovat router a hned to jelo

# -- r8: "stejnou větou dokola", ctrl+c ctrl+v, text from the FAQ
(stejnou|stejnými|samou|samými|jednou) ~1 (větou|větu|frází|větami|frázemi|odpovědí|formulkou) ~3 (dokola|pořád|znovu|zase|opakovaně|furt|stále)
(odpovídal*|odpovídala|odpovídali|odpovídá|odpovídají|opakoval*|opakovala|opakovali|opakuje|opakují) ~4 (stejnou|stejnými|samou|samými) ~1 (větou|větu|frází|větami|frázemi|odpovědí|formulkou)
ctrl ~2 (c|v)
(vykopírovan*|okopírovan*|opsan*|vytažen*) ~4 (faq|webu|stránek|podmínek|návodu|manuálu|příručky)
+ odpovídal mi stejnou větou pořád dokola
+ mail byl jen ctrl c ctrl v z webu
+ dostal jsem odpověď vykopírovanou z faq
- paní mi odpověděla přesně na to, na co jsem se ptal
- zopakoval jsem stejnou větu, aby to pochopila
# -- r8: generic waffle instead of an answer
(obecn*|všeobecn*|nicneříkající|mlživ*|vyhýbav*|alibistick*) ~1 (blábol*|kecy|řeči|omáčk*|plky|plk*|formulac*|proslov*|text*)
+ napsali mi jen obecné blábolení
+ poslali vyhýbavou alibistickou omáčku
- text smlouvy je obecný, ale srozumitelný

# --- r9a: same text again, reading from paper, looks like a template/robot ---
(přišel|prisel|přišla|prisla|přišly|prisly|přišlo|prislo|dostal*|dostala|dostávám|dostavam|obdržel*|obdrželi|chodí|chodi|přichází|prichazi|posílaj*|posilaj*|poslali|zaslal*|zaslali|mají|maji|máte|mate) ~3 (stejn*|identick*|totožn*|totozn*|tatáž|tataz|tentýž|tentyz|tytéž|tytez|samá|sama|samou|samý|samy|samé|same|samej) ~1 (odpověď*|odpoved*|odstav*|text*|e-mail*|email*|mail*|zpráv*|zprav*|věta|veta|větu|vetu|fráze|frazi|frázi|šablon*|sablon*|formulk*|hlášk*|hlask*|vzor*|sdělení|dopis*|vzkaz*|útvar*)
(na|pod) ~2 (posledn*|všechn*|vsechn*|všech|vsech|každ*|kazd*|tři|tri|dvě|dve|čtyři|ctyri|pět|pet) ~2 (zpráv*|zprav*|e-mail*|email*|mail*|dotaz*|komentář*|komentar*|stížnost*|stiznost*|příspěv*|prispev*|recenz*) ~3 (stejn*|tatáž|tataz|tentýž|tentyz|tytéž|tytez|identick*|samou|samá|samý|samé|samej)
(na|k) (všechno|vsechno|vše|vse|všecko|vsecko|cokoli*|cokoliv*|každou|kazdou|každý|kazdy|každé|kazde) ~3 (odpovídal*|odpovidal*|odpovídala|odpovidala|odpovídá|odpovida|odpovídají|odpovidaji|odepisoval*|odepisovala|reagoval*|reagovala|opakoval*|opakovala) | weight=0.5
(rozumím|rozumim|chápu|chapu|chápeme|chapeme|rozumíme|rozumime) ~2 (vaší|vasi|vaši|vaše|vase|vašemu|vasemu) ~1 (frustrac*|nespokojenost*|situac*|rozčarování|rozcarovani|rozhořčení|rozhorceni|obav*|zklamání|zklamani|nepohodlí|nepohodli) | weight=0.5
(jel*|jela|jeli|jede|jedou|mluvil*|mluvila|odpovídal*|odpovidal*|odpovídala|odpovidala|postupoval*|postupovala|četl*|cetl*|četla|cetla) ~3 (podle|dle|z|ze) ~2 (papíru|papiru|scénáře|scenare|skriptu|osnovy|tabulky|šablony|sablony|taháku|tahaku|manuálu|manualu|příručky|prirucky|naučeného|nauceneho|obrazovky|předlohy|predlohy|postupu|postupů|protokolu|instrukcí|pokynů|bodů|checklistu)
(vypadal*|vypadala|vypadalo|vypadá|vypada|působil*|pusobil*|působila|pusobila|působí|pusobi|zněl*|znel*|zněla|znela|zní|zni) ~2 (jako|jak) ~2 (vzor*|šablon*|sablon*|formulář*|formular*|automat*|kopírák*|kopirak*|oběžník*|obeznik*|hromadn*|leták*|letak*|stroj*|vygenerovan*|generovan*)
(vypadalo|vypadá|vypada|zdálo|zdalo|působilo|pusobilo|připadalo|pripadalo|připadá|pripada) ~4 (odpovídá|odpovida|odepisuje|píše|pise|odpovídal*|odpovidal*|psal*|psala|mluví|mluvi|mluvil*) ~2 (robot*|automat*|stroj*|bot|botem)
(zůstal*|zustal*|zůstala|zustala|zůstalo|zustalo|stálo|stalo|nechali|nechal*) ~3 (jméno|jmeno) ~1 (zákazníka|zakaznika|klienta|příjemce|prijemce) | weight=0.5
(restart*|vypnout|zapnout|přeinstal*|preinstal*|cookies|cache) ~10 (přestože|prestoze|ačkoli*|ackoli*|když|kdyz) ~2 (jsem|sem) ~3 (psal*|napsal*|psala|napsala|říkal*|rikal*|řekl*|rekl*|vysvětl*|vysvetl*|uvedl*|popsal*|popsala)
+ Na tři různé dotazy mi přišla tatáž odpověď o zpracování požadavku.
+ Paní na lince jela podle scénáře a nic jiného z ní nedostanete.
+ Ten mail zněl jako oběžník, ani se nevšimli, o co jde.
+ K cokoli jsem napsal, reagovala jen větou chápu vaši frustraci.
- Chatbot mi na každou otázku odpovídá, že nerozumí.

# --- r11a: canned text described by its kind (generic / standard / mass / pre-made letter)
(univerzáln*|obecn*|standardizovan*|standardn*|šablonovit*|hromadn*|vzorov*|typov*|generick*|předvyroben*|předpřipraven*|předpřipravený|strojov*|unifikovan*|sériov*) ~1 (odpověď*|dopis*|sdělení|odstav*|věty|větu|větami|fráz*|formulac*|návod*|korespondenc*|reakc*|zprávu|zprávy|zpráva|text|texty|textem|textík)
(připraven*|nacvičen*|naučen*|nabiflovan*|natrénovan*) (věty|větu|větami|fráz*|formulk*|odpověd*|řeči|hlášk*)
# rattling off one's lines (recited, parroted, churned out)
(omílal*|omílá|omílají) ~3 (svoje|své|svou|svoji|to)
(odříkával*|odříkal*|odrecitoval*|zarecitoval*|recitoval*|drmolil*|odpapouškoval*|chrlil*|chrlila|sypal*|sypala|jel*) ~3 (samé|naučen*|připraven*|předvyroben*|věty|větu|fráz*|formulk*|odstav*|něco|text*|básničk*|dokol*)
(odrecitoval*|zarecitoval*|odpapouškoval*)
# an answer that would fit any question, sent to everyone
(odpověď*|dopis*|text*|mail*|e-mail*|email*|reakc*|sdělení|formulk*) ~6 (sedl*|sedí|hodil*|hodí|pasoval*|pasuje|platil*|platí|použít) ~2 na ~1 (jakýkoli*|jakýkoliv*|cokoli*|cokoliv*|kohokoli*|kterýkoli*|kterýkoliv*|každý|každou|každého|všechno|všechny)
(dopis*|text*|mail*|e-mail*|email*|sdělení|odpověď*|formulk*) ~4 (posílaj*|rozesílaj*|dostávaj*|dostává|dostane|píšou|píšete) ~2 (všem|každému|každej|každý|hromadně)
# an answer unrelated to what was asked
(odpověď*|odpověd*|odstav*|text*|dopis*|mail*|e-mail*|email*|sdělení|reakc*|zprávu|zpráva|zprávy|návod*|věty|fráz*|formulk*) ~6 (netýkal*|netýkala|netýkalo|netýká|netýkají|nesouvis*|neměl*|neměla|neměly|nemělo) ~4 (nic|ničeho|nijak) ~1 (společného|společnýho)
(odpověď*|odpověd*|odstav*|text*|dopis*|mail*|e-mail*|email*|sdělení|reakc*|zprávu|zpráva|zprávy|návod*) ~8 (netýkal*|netýkala|netýkalo|netýká|netýkají) | noneg
(odpověď*|odpověd*|odstav*|text*|dopis*|mail*|e-mail*|email*|sdělení|reakc*|odpovídá|odpovídal*|odepsal*) ~8 (neodpovídal*|neodpovídala|neodpovídalo|neodpovídá|nereagoval*|nereagovala|nereagovalo) ~1 na ~3 (co|dotaz*|otázk*|body|bod|moje|mou|můj|mé|naše|naši|psal*|napsal*) | noneg
(odpověď*|odpověd*|dopis*|text*|mail*|e-mail*|email*|sdělení|odstav*) ~3 bez (vztahu|souvislosti|ohledu) ~1 (k|ke|na)
(ptal*|ptala|ptali|ptám|ptáme|dotazoval*|dotazovala|chtěl*|chtěla|psal*|psala) ~3 na ~1 (něco|úplně|docela|naprosto) ~2 (jiného|jinýho|jiné|jinačího) | weight=0.5
(úplně|naprosto|docela|zcela) (jiného|jinýho) | weight=0.5
# text lifted from a brochure or FAQ
(text*|odstav*|kus|úryvek|odpověď*|odpověd*) (z|ze) ~1 (brožur*|leták*|prospekt*|faq|příručk*|manuál*|katalog*|reklam*)
# as if written by a machine; an automaton for sentences
(psal*|napsal*|psala|odpovídal*|odepsal*|generoval*|vygeneroval*|sestavil*|skládal*) ~1 (stroj|robot|automat|počítač|bot|chatbot|chatgpt|umělá)
(automat*|generátor*|stroj) na ~1 (věty|vět|odpověd*|fráz*|texty|kecy|odpovědi)
+ pokaždé přišel ten samý slohový útvar o tom, jak si mě váží
+ dostal jsem odpověď, která by sedla na jakýkoli dotaz
+ pan na lince jen odříkával připravené věty
+ obdrželi jsme pouze standardizovaný dopis bez vztahu k reklamaci
+ zastupce reagoval e-mailem, který se objednávky vůbec netýkal
+ ona mi furt dokolečka omílala to svoje
+ ta paní mi jen přečetla něco z obrazovky
+ operátor mi odpapouškoval jejich věty
+ odpověď, jako by ji psal stroj, obecné věty
+ na e-maily odpovídá nějaký automat na věty
+ poslali mu text z brožury
- dostal jsem obecný přehled cen, přesně co jsem chtěl
- připravené věci jsem si vyzvedl na pobočce
- zase jsem odříkávala své údaje
- mám psát jen na obecný email
- ptal jsem se na něco jiného a hned mi to vysvětlili

# r13 thesaurus pass: robotic delivery, broken record, corporate waffle, pasted terms
(odpovídal*|odpovídala|odpovídali|odpověděl*|odpověděla|odpověděli|mluvil*|mluvila|mluvili|zněl*|zněla|zněli|psal*|psala|psali|reagoval*|reagovala|reagovali|opakoval*|opakovala|opakovali|odříkával*|odříkávala|četl*|četla) ~2 (roboticky|mechanicky|strojově|naučeně|bezmyšlenkovitě|monotónně|papouškovsky)
(jako|jak) ~1 (ohraná|ohranou|zaseklá|zaseklou|poškrábaná|poškrábanou|rozbitá|rozbitou|rozbitý|rozbitej|zaseknutý|zaseknutá|porouchaný) (deska|desku|gramofon|kolovrátek|záznamník|robot|automat|papoušek|plotna|plotnu|cédéčko|cd)
(jako|jak) (bot|chatbot|záznamník|gramofon|papouch|roboti|automaty|stroj|mašina|mašinka|umělá)
(slovní|prázdná|prázdnou|obecná|obecnou) (vat*|salát*|omáčk*|žvásty|plky)
(korporátn*|korporatn*|úřednick*|byrokratick*|marketingov*|alibistick*|naučen*|nicneříkající) (blábol*|omáčk*|vat*|fráz*|hantýrk*|kecy|řeči|plky|žvást*|formulk*|floskul*|newspeak)
(jen|jenom|pouze|akorát|zase|opět|prostě|celou|celý) ~2 (kopi*|výňat*|citac*|ocitoval*|odcitoval*|citoval*|citovala|citovali|zkopírovan*|vykopírovan*|opsal*|opsala|opsali|vložil*|vložila|vložili) ~4 (obchodních|obecných|všeobecných|reklamačního|podmínek|podmínky|faq|manuálu|návodu|příručky|webu|stránek|zákona|paragraf*|řádu)
(ocitoval*|odcitoval*|odcitovala|odcitovali|vykopírovan*|zkopírovan*|vykopíroval*|zkopíroval*|zkopírovala|zkopírovali) ~4 (obchodních|obecných|všeobecných|reklamačního|podmínek|podmínky|faq|manuálu|návodu|příručky|webu|stránek|zákona|paragraf*|řádu)
(zjevně|evidentně|očividně|vůbec|ani) (si|to) ~1 (nepřečetli|nepřečetla|nepřečetl|nečetli|nečetla|nečetl) | noneg
(šablon*|předloh*) ~1 (odpověď*|odpověd*|dopis*|mail*|e-mail*|emailu|zpráv*|text*) ~4 (jiné|jiný|jinou|jiného|někoho|cizí|cizího)
neosobn* (odpověď*|odpověd*|dopis*|mail*|e-mail*|email*|reakc*|zpráv*|sdělení|formulac*|text*)
+ Operátor odpovídal roboticky a vůbec mě neposlouchal.
+ Opakovali to dokola jako ohraná deska.
+ Dostal jsem jen slovní vatu a kopii obchodních podmínek.
- Technik mechanicky poškozený kabel vyměnil zdarma.
- Robotický vysavač dorazil včas a funguje skvěle.

# -- cs14a: answered by reading a prescribed text
(čtením|předčítáním|odříkáváním|odříkávala|odříkával*) ~2 (předepsan*|připraven*|naučen*|nacvičen*|předpřipraven*|text*|scénář*|fráz*|vět*)
předepsan* (text*|fráz*|odpověd*|vět*|formulk*)
+ paní na všechny dotazy odpovídala čtením předepsaného textu
+ dostal jsem jen předepsané fráze
+ jen odříkávala nacvičené věty
- návod obsahuje předepsaný postup údržby
- odpověděla mi vlastními slovy a věcně
- Už zase jsem jim posílala ty samé fotky.
# -- cs18a: colloquial jinej / jinýho
+ reagovali na jinej problém, než o kterém jsem psal
