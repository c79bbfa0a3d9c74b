# Had to explain the problem or give the same details again and again to
# different people.  The customer repeats (vysvětlovat, diktovat, popisovat,
# líčit), not the agent ("agent pořád opakoval tu samou větu" is scripted).
(znovu|nanovo|znova|zase|zas|opět|pořád|stále|furt|dokola|každému|každýmu|všem|pokaždé|opakovaně|kolikrát|dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|mnohokrát|desetkrát|stokrát|tisíckrát|milionkrát|dvacetkrát|tolikrát|potřetí|počtvrté|popáté|podesáté|krát|x) ~4 (vysvětl*|popis*|popsa*|diktov*|nadiktov*|vykládat|vykládal*|říkat|sdělov*|uvádět|procházet|vyprávět|vyprávěl*|zadávat|zadával*|líčil*|líčit|vylíčit|opakovat|opakuju|opakuji|opakujeme|psát|napsat|vypsat|vypisovat|říct|říci|sdělit|zopakovat|vyjmenovat|nahlásit|hlásit|nahlašovat|posílat|poslat|dokládat|doložit|vyplňovat|vyplnit|nadiktovat)
od (začátku|nuly) ~3 (vysvětl*|popis*|popsa*|diktov*|vykládat|líčil*|líčit|vyprávět|psát|psal*|opakovat|procházet)
(vysvětl*|nahlásit|hlásit|říct|říci|sdělit|zopakovat|psát|napsat|popis*|popsa*|diktov*|nadiktov*|vykládat|vykládal*|říkat|sdělov*|vyprávě*|odvyprávě*|tlumoč*|přetlumoč*|procházet|líč*|vylíč*) ~5 (znovu|nanovo|znova|zase|opět|pořád|dokola|každému|všem|pokaždé|dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|mnohokrát|desetkrát|stokrát|tisíckrát|milionkrát|dvacetkrát|tolikrát|opakovaně|krát|x)
(vysvětl*|popis*|diktov*|psát|psal*|píšu|vyplňovat|začínat|začínal*|začít|vyprávě*|odvyprávě*|líč*|vyklád*|opakov*|říkat) ~4 od (začátku|nuly|znova)
(opakoval*|opakovala) (jsem|jsme) ~4 (dvakrát|třikrát|čtyřikrát|pětkrát|desetkrát|stokrát|mnohokrát|tolikrát|nesčetněkrát|několikrát|znovu|nanovo|zase|pořád|dokola|každému|všem|pokaždé|několikrát|samé|totéž|stejné|číslo|údaje)
(opakovat|opakuju|opakuji) ~3 (znovu|nanovo|zase|pořád|dokola|každému|všem|pokaždé|číslo|údaje|totéž|stejné|všechno)
(každý|každej|každá|každému|další|nový) ~3 (operátor*|člověk|pracovni*|technik*|kolega|kolegyně|prodavač*|agent*|zaměstnan*|referent*|úředni*) ~5 (znovu|nanovo|začátku|všechno|vše|zase|celý|celou|celé|chtěl*|ptal*|ptá|ptají)
(ptá*|ptal*|chce|chtějí|chtěl*|vyžaduj*|žádá|žádají) ~3 (samé|totéž|tytéž|stejné|znovu|nanovo|zase|opět|pořád|dokola)
na to (samé|stejné)
na totéž
(stejn*|týž|tytéž|tentýž|tutéž|totéž) ~2 (údaj*|informac*|čísl*|příběh|otázk*|dotazy|fotk*|doklad*) ~4 (znovu|nanovo|zase|opět|dokola|pořád|každému|pokaždé|dvakrát|třikrát|několikrát|všem)
co (už|již) (jsem|jsme|sem) ~1 (psal*|napsal*|říkal*|řekl*|vysvětlil*|vysvětloval*|uvedl*|poslal*|posílal*|nadiktoval*|diktoval*|popsal*|hlásil*)
(potřetí|počtvrté|popáté|podesáté|poněkolikáté|znovu|nanovo|zase|opět) ~3 (posílám|posíláme|posílal*|poslal*|zasílám|zasíláme|zasílal*|zaslal*|přikládám|dokládám|nahrávám|vyplňuju|vyplňuji|vyplňoval*) ~2 (stejn*|totožn*|identick*|tytéž|týž|totéž|fotk*|fotograf*|snímk*|doklad*|údaj*|popis*|formulář*|dokument*)
začínal* ~3 znovu
(nikdo|žádný|žádná) ~2 (nečte|nečetl*|nevidí|neviděl*|nezná|neznal*|nepřečetl*) ~2 (předchozí|minul*|historii|předešlou|dřívější|celou|poznámk*|záznam*) | noneg
(fotk*|fotografi*|doklad*|dokument*|údaj*|účtenk*|formulář*|popis*|čísl*|příběh*|histori*) ~4 (posílal*|posílám|posílat|poslat|předklád*|předložit|předložil*|zasílat|zasílal*|nosit|nosil*|dokládal*|dokládat|doložit|vyplňoval*|vyplňovat|nahrával*|diktoval*|nadiktoval*|nadiktovala|opakoval*|říkal*|psal*|vysvětloval*) ~3 (znovu|nanovo|znova|zase|opět|opakovaně|pořád|dokola|několikrát|dvakrát|třikrát|čtyřikrát|pětkrát|desetkrát|stokrát|mnohokrát|každému|všem|pokaždé)
+ musel jsem to znovu vysvětlovat třetímu operátorovi
+ každý nový operátor chtěl všechno od začátku
+ číslo objednávky jsem diktovala asi pětkrát
+ pokazdy jsem musel znovu popisovat cely problem
- vysvětlil jsem to jednou a hned mi pomohli
- popsal jsem problém v e-mailu
- agent pořád opakoval tu samou větu
+ číslo smlouvy jsem jim musela diktovat snad desetkrát

# -- r6: more counts ("šestkrát", "potřetí", "po několikáté"); first-person telling
(potisící|posté|postý|podvacáté|popadesáté|posedmé|poosmé|podeváté|pojedenácté|podvanácté|poněkolikáté|šestkrát|sedmkrát|osmkrát|devětkrát|dvanáctkrát|patnáctkrát|padesátkrát|stokrát|nesčetněkrát|poněkolikáté|několikáté|potřetí|počtvrté|popáté|pošesté|podesáté|podruhé) ~4 (vysvětl*|popis*|popsa*|diktov*|nadiktov*|líč*|vyklád*|opakov*|zopakov*|vyprávím|vyprávět|posílat|poslat|posílám|posílal*|posílala|dokládat|doložit|dokládal*|vyplňovat|vyplnit|vyplňoval*|vyplňuju|vyplňuji|nahrával*|nahrávám|ověřov*|říkám) | weight=0.5
(vysvětl*|popis*|popsa*|diktov*|nadiktov*|líč*|vyklád*|opakov*|zopakov*|posílat|poslat|dokládat|doložit|vyplňovat|vyplňoval*|vyplnit|ověřov*|ověřoval*|ověřovali) ~5 (šestkrát|sedmkrát|osmkrát|devětkrát|dvanáctkrát|patnáctkrát|padesátkrát|nesčetněkrát|poněkolikáté|několikáté|potřetí|počtvrté|popáté|pošesté|podesáté)
(tolikrát|kolikrát|stokrát|tisíckrát|milionkrát|desetkrát|nesčetněkrát) ~2 (jsem|jsme|sem) ~2 (říkal*|říkala|řekl*|psal*|psala|napsal*|vysvětloval*|vysvětlil*|opakoval*|zopakoval*|hlásil*|nahlásil*|diktoval*|nadiktoval*|popisoval*|popsal*|líčil*|vylíčil*|posílal*|poslal*)
(umím|umíme|znám|odříkám|odříkávám) ~2 (nazpaměť|zpaměti|nazpamět) | weight=0.5
# -- identity checked again; nobody reads the history
(znovu|nanovo|znova|zase|opět|pokaždé|každý|každá|dokola|pořád) ~3 (ověřov*|ověřoval*|ověřovali|ověřit|prověřov*|identifikov*|prokazovat|prokázat) ~3 (totožnost*|identit*|údaj*|datum|rodné|adres*|heslo|mě|mne|nás)
(nečte|nečtou|nečetl*|nečetli|nepřečte|nepřečtou|nepřečetl*|nepřečetli|nepodívá|nepodívají|nepodíval*|neotevře|neotevřou) ~8 (předchozí*|minul*|předešl*|dřívější*|histori*|poznámk*|záznam*|korespondenc*|vlákn*) | noneg
(ptá*|ptal*|ptají|chce|chtějí|chtěl*) ~3 (samy|samý|samej|samou|same|totéž|totéž|tutéž)
+ číslo objednávky jsem opakoval snad šestkrát
+ fotky po mně chtěli poslat už potřetí
+ stokrát jsem jim to psala
+ pokaždé mě znovu ověřovali, datum narození a adresu
+ nikdo si nepřečte předchozí korespondenci
- předchozí korespondenci si přečetli a hned věděli
- stokrát děkuji za pomoc

# -- r8: "po páté/po patý", same details demanded again, retelling at every call
po (druhé|druhy|druhý|třetí|čtvrté|čtvrtý|páté|pátý|šesté|šestý|sedmé|desáté|desátý|několikáté|několikátý|sté|stý|milionté|miliontý|tisící) ~4 (psal*|psala|píšu|vysvětl*|popis*|popsa*|diktov*|nadiktov*|říkal*|říkám|posílal*|posílám|poslal*|opakov*|zopakov*|hlásil*|líč*|vyplňov*|vyplňuj*)
(chcete|chtějí|chtěj|chtěli|chce|chtěla|chtěl|vyžadujete|vyžadují|požadujete|požadují|ptáte|ptají|žádáte|žádají) ~3 (ty|ten|tu|to|tytéž|tentýž) ~1 (samé|samý|samej|samou|stejné|stejný|stejnou|stejnej) ~2 (údaj*|informac*|doklad*|fotk*|čísl*|dokument*|otázk*|věci|podklad*)
(opakovat|opakovala|opakoval|opakovali|vysvětlovat|vysvětlovala|vysvětloval|líčit|líčila|popisovat|popisovala|diktovat|diktovala|vyprávět|převyprávět) ~4 (při|u|v|na|s) (každ*) ~1 (hovor*|volání|telefonát*|návštěv*|kontakt*|chat*|e-mail*|mail*|operátor*|pracovník*|okénk*|přepážk*|pobočk*|úředník*|úřednic*|zaměstnanc*|kancelář*)
(znovu|nanovo|znova|zase|opět|dokola|pořád|furt|každému|všem|pokaždé) ~3 (sepisovat|sepisoval*|sepisovala|sepsat|převyprávě*|přeříkat|přeříkáv*|přeříkal*|odříkat|odříkáv*|odrecitov*|recitov*|omílat|omílám|omílal*)
(převyprávě*|přeříkat|přeříkáv*|přeříkal*|odrecitov*|omílat|omílám|omílal*) ~4 (znovu|nanovo|znova|zase|opět|dokola|pořád|furt|každému|všem|pokaždé|začátku)
+ už po páté jsem jim psala číslo smlouvy
+ pořád chcete ty samé údaje
+ musela jsem to opakovat při každém hovoru
+ na pobočce jsem vše převyprávěla znova
- ty samé údaje jsem zadala jen jednou a stačilo to
- vysvětlila jsem to a paní hned pochopila
# -- r8: told N different people; gave the same data several times
(líč*|vylíč*|vysvětl*|popis*|popsa*|říkal*|říkala|řekl*|diktov*|nadiktov*|opakov*|zopakov*|vyprávě*|odvyprávě*|tlumoč*|přetlumoč*|převyprávě*|hlásil*|odříká*|přeříká*|vykláda*) ~4 (dvěma|třem|čtyřem|pěti|šesti|sedmi|několika|mnoha|deseti|všem|každému|dalšímu) ~1 (lidem|lidma|osobám|operátork*|operátor*|pracovník*|pracovnic*|agent*|techniků|technikům|zaměstnanc*|úředník*|úřednic*|kolegům|různým|dalším)
(údaj*|čísl*|informac*|doklad*|fotk*|adres*|heslo|jméno|popis*|podklad*) ~5 (dával*|dávala|dávali|zadával*|zadávala|uváděl*|uváděla|předával*|předávala|sdělovala|sděloval*|vyplňoval*|vyplňovala|poskytoval*|poskytovala) ~4 (několikrát|dvakrát|třikrát|čtyřikrát|pětkrát|mnohokrát|desetkrát|stokrát|opakovaně|pokaždé|dokola|tolikrát|nesčetněkrát|znovu|nanovo|zase)
+ historii reklamace jsem líčila už třem lidem
+ ty údaje jsem vám dávala už několikrát
- údaje jsem zadala jednou a bylo hotovo
+ zase jsem musela všechno sepisovat znovu
+ ten samý problém jsem musel vylíčit třem lidem
- problém jsem vysvětlil jednomu technikovi a opravil ho

# -- cs12b: the whole story again ("celou historii znova od A do Z"); telling "the same thing" once more
(celou|celý|celej|celého|svou|svůj|svoji|můj|moji|jeho|její|ten|tu) ~1 (histori*|příběh*|story|případ|situaci|okolnost*) ~4 (znovu|znova|nanovo|zase|opět|pokaždé|dokola|každému|všem|opakovaně|začátku)
(znovu|znova|nanovo|zase|opět|pokaždé|dokola|každému|všem|opakovaně) ~3 (celou|celý|celej|svou|svůj|můj|moji) ~1 (histori*|příběh*|story|případ|situaci)
od a do z | weight=0.5
(to|ty|tu|ten|totéž|tytéž) ~1 (samé|samý|samou|samej|stejné|stejnou|stejný) ~3 (říct|říci|říkat|napsat|psát|vypsat|vysvětlit|vysvětlovat|vyplnit|vyplňovat|diktovat|nadiktovat|uvést|uvádět|sdělit|sdělovat|popsat|popisovat|vyprávět|poslat|posílat|opakovat|zopakovat)
(říct|říci|říkat|napsat|psát|vypsat|vysvětlit|vysvětlovat|vyplnit|vyplňovat|diktovat|nadiktovat|uvést|uvádět|sdělit|sdělovat|popsat|popisovat|vyprávět|poslat|posílat|opakovat|zopakovat) ~2 (to|ty|tu|ten) ~1 (samé|samý|samou|samej|stejné|stejnou|stejný)
+ pokaždé celou historii znova od A do Z
+ musela jsem to samé říct do telefonu a pak napsat do mailu
(opětovn*|opakovan*) ~1 (sdělení|vysvětlení|popisu|popis|popsání|uvedení|vyplnění|doložení|předložení|poskytnutí|zadání|nadiktování|vylíčení)
(již|už) ~1 (dříve|předtím|jednou|dávno) ~2 (poskytl*|poskytla|uvedl*|uvedla|sdělil*|sdělila|zaslal*|zaslala|doložil*|doložila|předložil*|popsal*|popsala|vysvětlil*|vysvětlila) | weight=0.5
+ byla vyzvána k opětovnému sdělení všech údajů
+ přes tlumočníka jsem to musel přetlumočit opakovaně
+ svůj případ jsem vyprávěla každému znovu
- ten samý problém mají i sousedé
- celou historii objednávek vidím v aplikaci

# -- cs14a: once more from the start, to every new person
od (začátku|znova|nuly) ~3 (říkat|říct|říkám|řeknu|vysvětlovat|vysvětlit|vyprávět|diktovat|popisovat|popsat|opakovat)
+ fakt budu muset zas každýmu od začátku říkat číslo smlouvy?!
+ už počtvrté vám zasílám totožné fotografie
+ od začátku říkám všechno znovu každému operátorovi
- jednou jsem to vysvětlil a vyřešili to
- začněme prosím od začátku objednávky

# -- r15 cs15: each next agent asks again / asks the same; asked for what was already sent
(ten|každý|každá|další) (další|nový|nová) ~3 (ještě|znovu|zase|opět|tytéž|tatáž|stejné|stejnou|totéž)
(chce|chtějí|chtěl*|chtěla|žádá|žádají|žádal*|vyžaduj*|vyžadoval*) ~6 (který|kterou|které|co) jsem (už|dávno|již) (poslal*|posílal*|zaslal*|dodal*|nahrál*|zadal*|uvedl*|vyplnil*|nadiktoval*|řekl*) | weight=0.5
(pokaždé|vždy|každý) ~3 (někdo|odpoví|odpovídá) (jiný|jiná|někdo) | weight=0.5
+ každá nová operátorka chtěla zase číslo smlouvy
+ pokaždé odpoví někdo jiný a chce doklad, který jsem už poslala
- doklad, který jsem už poslal, dorazil v pořádku
- každý nový zákazník dostane slevu
- Podruhé posílám reklamaci a stále žádné potvrzení.
# -- cs18b: "při každém hovoru to musím zopakovat" (the round comes first)
(při|u|v|na|s) každ* ~1 (hovor*|volání|telefonát*|návštěv*|kontakt*|chat*|operátor*|pracovník*|okénk*|přepážk*|pobočk*) ~4 (opakov*|zopakov*|vysvětlov*|vysvětlit|popisov*|popsat|diktov*|nadiktov*|vyprávět|líčit|převyprávět)
+ u každé operátorky jsme museli všechno zopakovat
+ cislo objednavky jsme zopakovali snad sedmkrat
+ tolikrát jsme vám to napsali
- při každém hovoru mi vše ochotně vysvětlili

# -- "už po páté diktuju číslo smlouvy"
po (druhé|třetí|čtvrté|páté|šesté|desáté|několikáté|sté) ~2 (diktuj*|diktoval*|diktovala|vysvětluj*|vysvětloval*|vysvětlovala|popisuj*|popisoval*|opakuj*|opakoval*|říkám|hláskuj*|sděluj*|uvádím|zadávám|vyplňuj*|vyplňoval*)
(podruhé|potřetí|počtvrté|popáté|pošesté|podesáté|poněkolikáté|postý) ~2 (diktuj*|diktoval*|diktovala|vysvětluj*|vysvětloval*|vysvětlovala|popisuj*|popisoval*|hláskuj*|sděluj*|uvádím)
+ už po páté diktuju číslo smlouvy
+ potřetí vysvětluju, co se stalo
+ po třetí jsem popisovala celou závadu
- po páté hodině jsem zavolal znovu a vyřešili to
- diktovala jsem číslo jednou a stačilo to
