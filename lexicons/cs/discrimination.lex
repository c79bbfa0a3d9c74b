# Treated worse because of age, gender, origin, disability, language,
# appearance.
(diskrimin*|rasist*|rasism*|rasizm*|xenofob*|sexist*|sexism*|homofob*|cikán*|cigán*)
(nerovn*|horší) zacházení
jinak zacházel*
zacházel* ~3 jinak
(kvůli|kvuli|pro|vzhledem|základě|důvodu) ~2 (dread*|dred*|piercing*|účesu|věku|pohlaví|původu|národnost*|přízvuku|pleti|postižení|handicapu|hendikep*|vozíku|orientac*|vzhledu|váhy|jazyku|jazyka|náboženstv*|rase|rasy|etnik*|tetování|stáří|těhotenství|vyznání|víry|víře|šátku|hidžábu|občanství|příjmení|nadváhy|obezity|barvě|barvy|menšin*|češtiny|češtině|jménu|jména|invalidit*|diagnóz*|cizineckého|romského)
(protože|jelikož|že|jen|proto) ~2 (jsem|jsme|je) ~1 (cizin*|žena|ženská|holka|blondýn*|důchodkyn*|arab*|asiat*|vietnamk*|ukrajink*|rusk*|mladá|mladý|černoška|transgender|trans|starší|starý|stará|starej|důchod*|senior*|ukrajin*|rom|romka|romové|vietnam*|vozíčkář*|nevidom*|neslyšící|hluch*|postižen*|těhotn*|muslim*|černoch|gay|lesba|tlust*|slovák|slovenka|polák|vozík*|vozíč*|berlích|invalid*)
(protože|jelikož|že|když) ~2 (nemluvím|nemluvíme|nemluvila|nemluvil|neumím|neumíme) ~2 (česky|češtinou|češtinu) | noneg
(přízvuk*|akcent*)
(posmíval*|posmívala|smál*|smála|komentoval*) ~3 (přízvuk*|akcent*|původ*|barv*|věk*)
(nechtěl*|nechtěli|odmítl*|odmítli) ~2 obsloužit ~3 (cizin*|důchodc*|senior*|rom*)
(obsloužil*|obsluhoval*|vzal*) ~3 (dřív|přednostně|první|napřed) ~4 (čech*|česk*|mladší*|muž*|žen*|ostatní)
(jinak|hůř|hůře|špatně) ~3 (než|jako) (s|k|ke) ~1 (čech*|česk*|mladší*|muž*|ostatní*|bělo*)
(nevidom*|vozíč*|vozík*|neslyšící|hluch*|handicap*|hendikep*|postižen*|invalid*|vodicí*|vodicím|asistenčn*|roztroušen*|skleróz*|parkinson*|epilep*|berl*|slep*) ~8 (nesmí|nesmím|nesmíte|nesmi|zakázal*|popoháněl*|popoháněla|pošklebk*|posmíval*|nedostal*|nedostala|nedostanu|neřešil*|neřešila|neřešili|ignoroval*|přehlížel*|nepomohl*|nepomohla|nepomohli|vysmál*|odehnal*|odehnali|nevpustil*|nevpustili|nepustil*|nepustili|odbyl*|odbyli|odmítl*|odmítli|nepustil*|nepustili|vyhodil*|vyhodili|nepotřebuj*|neobsloužil*|nechtěl*|nechtěli|vykázal*|poslal*) | noneg
takov* (zákazník*|lidi|lidmi|klient*) ~2 (nepotřebuj*|nechce*|neobsluh*|nechceme|nechtějí) | noneg
(senior*|důchod*|starší*|babičk*|dědeček|dědečk*|tatínk*|maminc*|mamink*|tátu|tátovi|mámu|mámě) ~12 (přehlížel*|přehlížela|přehlíželi|ignoroval*|nechápal*|nepochopil*|odbyl*) | noneg
(tmav*|sněd*|černou|černá|černé|jinou|jiné|jiná) (pleť|pleti)
(naučit|naučte|naučím|naučila|naučil|učit|nauč) ~2 (česky|češtinu|jazyk)
(odmítl*|odmítla|odmítli|nechtěl*|nechtěla|nechtěli) ~3 (mluvit|komunikovat|hovořit|jednat) ~2 (anglicky|slovensky|ukrajinsky|rusky|německy|vietnamsky|polsky|cizinc*)
(že|prý|prej|řekl*|řekla|ať|to) ~4 (v|ve) (mém|jejím|jeho|vašem|tvém|svém|takovém|tomhle|tom|jejich) (věku|stáří)
# "as a woman ... a different price than my husband": each half is a cue
jako (žena|ženská|cizinec|cizinka|důchodce|důchodkyně|senior|seniorka|vozíčkář*|rom|romka|ukrajinec|ukrajinka|gay|lesba|muslim*|matka|máma|maminka) | weight=0.5
(jinou|vyšší|dražší|horší|jiné|jiný|jiná) ~2 (cen*|zacházení|podmínk*|přístup*|nabíd*) ~2 než ~3 (muž*|manžel*|partner*|kolega|kolegové|ostatní|čech*|češi|bělo*|mladší*|mladí|mladým) | weight=0.5
+ jednali se mnou jinak, protože jsem cizinec
+ odmítli mě obsloužit kvůli mému přízvuku
+ je to čistá diskriminace starších lidí
+ prodavac se posmival mym prizvuku a mluvil se mnou hure nez s cechy
- obsluha byla milá ke všem bez rozdílu
- objednal jsem si dárek pro tatínka a přišel včas
+ ochranka kontrolovala jen nás, protože máme tmavou pleť
# -- staff generalising about a group ("důchodci tomu stejně nerozumí")
(důchodc*|důchodkyn*|senioři|seniorům|seniory|staří|starým|staroušk*|ženské|ženský|ženám|ženská|cizinci|cizincům|cizince|romové|romům|cikáni|cikánům|babky|babkám|dědci|dědkové|ukrajinci|ukrajincům|vietnamci|vozíčkáři|invalidé|blondýnky) ~3 (stejně|beztak|nepatří|tomu) ~2 (nerozumí|nerozumějí|nerozumí|nechápou|nepochopí|neumí|neumějí|nepatří|nic) | noneg
(cizinc*|cizince|ukrajinc*|romy|romům|důchodc*|senior*|turist*|vietnamc*|cikán*|vozíčkář*|ženy|ženské|ženský) ~4 (skrz|svrchu|spatra|přes) ~1 (prsty|rameno)
(cizincům|ukrajincům|romům|cikánům|vietnamcům|důchodcům|seniorům|ženám|vozíčkářům|arabům|muslimům|černochům|rusům|polákům|slovákům|cizinci|ukrajinci) ~3 (neprodáv*|neprodaj*|neprodal*|neprodali|nepronajím*|nepronaj*|neobsluh*|neobsloužil*|neposkyt*|nedáv*|nedaj*|nepůjčuj*|nepřijím*|nevydáv*|neposíl*|neposíl*|nedoruč*|nesjedn*|nepojist*|nechtěl*|nechtěli|odmítl*|odmítli|odmítají|zakázal*|jiné|vyšší|dražší) | noneg
# -- talked only to the husband / male companion
(mluvil*|bavil*|komunikoval*|vysvětloval*|jednal*|obracel*|díval*|koukal*|vysvětlil*|ukazoval*) ~4 (jen|pouze|jenom|výhradně|jenon) ~3 (manžel*|mužem|mužovi|muži|partner*|přítel*|přítelem|synem|synovi|tátou|tatínkem|otcem|kolegou|chlap*)
jako (s|se) (ženou|ženskou|holkou|cizincem|cizinkou|důchodcem|důchodkyní|seniorem|seniorkou|vozíčkářem|romem|romkou|ukrajincem|ukrajinkou|babkou|dědkem|invalidou) | weight=0.5
(jen|pouze|jenom) pro (mladé|mladý|mladší|muže|chlapy|ženy|čechy|čecháčky|občany|rodilé|zdravé|bílé)
(lidi|lidé|lidmi) jako (já|my|ja|vy) ~3 (nechtěj*|nechcou|nechcem*|nepatří|nejsou|neobsluh*|nepotřeb*|nepouští|nepustí|nebereme|neberou|neprodáv*) | noneg
(bezbariér*) ~3 (není|nejsou|nebyl*|chybí|chyběl*|nefung*|nikde|žádný|žádná|žádné|zamčen*) | noneg
(není|nejsou|nebyl*|chybí|chyběl*) ~2 bezbariér* | noneg
nebezbariér*
(cigoš|cigoši|cigošku|cigošárna|mrzák|mrzáku|mrzáci|mrzáka|kripl|kriple|kriplem|teplouš|teplouši|teploušem|ukáč|ukáči|ukáčko|ukáčka|negr|negře|negra|negrem|čmoud|čmoudi|čmoudem|cikáne|cigáne|žabožrout)
+ důchodci tomu stejně nerozumí, řekla mi paní na pobočce
+ se mnou jako se ženou se nebavil, všechno vysvětloval jen manželovi
+ cizincům tam prý neprodávají předplacené karty
+ ten tarif je prý jen pro mladé
+ jako vozíčkář jsem se nedostal dovnitř a nikdo to neřešil
- jako senior jsem dostal slevu a obsluha byla milá
- manželovi i mně všechno ochotně vysvětlili
# -- nationality / citizenship / age as the reason, and slurs about a group
(cizí*|cizim|cizího|ciziho|jiným|jiné|jiného|zahraničn*) ~1 (občanstv*|obcanstv*|národnost*|pas*|pasem|původ*|přízvuk*|příslušn*)
# a foreign name (not "oslovili mě cizím/jiným jménem", a wrong name in a template)
(cizí|cizího|ciziho|cizímu|cizimu|zahraniční|zahraničního|zahraničnímu) (jméno|jména|jménu|příjmení)
(s|se|na|pro) (důchodc*|cizinc*|vozíčkář*|vozickar*|babkama|babky|dědkama|dědky|ženskýma|ženský|romama|romy|cikánama|vozíčkáři|vozíčkářema|postiženými|postiženejma|ukrajinci|ukrajincema|vietnamci|vietnamcema|přistěhovalci) ~4 (je|jsou|jen|vždycky|vždy|akorát|nemá|nemáme|nebudu|nebudeme|neděláme|nedělají|nebaví|zdržování|zdržujou|zdržují|problémy|potíže|otrava|ztráta|nebav*|nemluv*|nejedn*|neuzavír*|neuzavřeme|neprodáv*|nepracuj*|nespolupracuj*|neobsluhuj*|nechceme|nechtějí)
(starší|staré|starý|starým|starším|mladé|mladým) (lidi|lidé|lidem|zákazníky|zákazníkům|klienty|klientům|ženy|ženám|ženský|holkám|holky|dívkám|dívky|klukům|mužům) ~3 (nepřijím*|neobsluhuj*|nedáv*|neprodáv*|nebere*|neberou|neberem|nechceme|nechtějí|nechtěj|nepůjčuj*) | noneg
+ pro lidi s cizím občanstvím je prý jen předplacenka
+ řekla mi, že s důchodci je vždycky jen zdržování
+ starší lidi prý nepřijímají
- zájezd byl zrušen kvůli nemoci, mám potvrzení od lékaře
- s důchodci jednala trpělivě a všechno jim vysvětlila

# -- r4: "because I'm black", "because I only speak English/Slovak"
(protože|jelikož|kvůli|proto|tomu) ~3 (jsem|jsme|je|jsi|vypadám|vypadáme) ~1 (černý|černá|černoch|černoška|snědý|snědá|tmavý|tmavá|tmavší|muslim*|muslimka|gay|lesba|žid|židovka|vozíčkář*|nevidomý|nevidomá|neslyšící|cizinka|cizinec|romka|rom|vietnamec|vietnamka|arab|arabka|asiatka|asiat|ukrajinka|ukrajinec|těhotná|tlustá|tlustý|obézní|důchodce|důchodkyně|postižen*|tmaví|černí|snědí|cizinci|muslimové|romové|vozíčkáři|nevidomí|gayové|ukrajinci|vietnamci|arabové)
(protože|jelikož|kvůli|proto|jen) ~3 (mluvím|mluvíme|mluví|mluvila|mluvil|hovořím|neumím|neumíme|umím) ~2 (anglicky|slovensky|ukrajinsky|rusky|německy|vietnamsky|polsky|lámaně|špatně|cizím|přízvukem|jen|jenom|pouze)
+ asi kvůli tomu, že jsem černý
+ odmítli mě obsloužit, protože mluvím jen anglicky
+ jen proto, že jsem těhotná, mi to neprodali
- mluvím anglicky, takže jsem byla ráda za anglické menu
- protože jsem stálý zákazník, dostal jsem slevu

# -- r6: a group's supposed inability as the reason ("as a woman I wouldn't understand")
(žena|ženská|ženy|ženské|ženský|holka|holky|důchodce|důchodkyně|důchodci|cizinec|cizinka|cizinci|babka|babky|senior*|blondýn*) ~4 (nerozum*|nepochop*|nevyzn*|nechápe|nechápou|nechápala|nemůže|neumí|nepotřebuj*) | noneg, weight=0.5
# -- judged by looks
(jak|podle) ~1 (vypadám|vypadáme|vypadala|vypadal|vypadali|oblečení|oblékám|vzhledu) | weight=0.5
(usoudil*|usoudila|usoudili|odhadl*|odhadla|odhadli|soudil*|soudila|soudili|posoudil*|posoudila|posoudili|odsoudil*|odsoudili) ~4 (vypadám|vypadáme|vzhled*|oblečení|nemám|nemáme|nepatřím|nepatříme|chudák*|bezdomov*|zloděj*) | noneg, weight=0.5
# -- an ethnic group or a disability, and refused or ignored
(romsk*|romov*|romy|romům|romka|romku|romkou|cikán*|cigán*|snědé|tmavé|černoch*|černošk*|cizinc*|cizink*|ukrajinc*|ukrajink*|vietnamc*|vietnamk*|arab*|muslim*|muslimk*|vozíčkář*|slabozrak*|nedoslýchav*|autist*|neslyš*) ~4 (nepustil*|nepustili|nepustila|nepustí|nevpustil*|nevpustili|vyhodil*|vyhodili|vyhodila|vykázal*|vykázali|neobsloužil*|neobsloužili|neobsloužila|odmítl*|odmítli|odmítla|neměl*|neměla|neměli|ignoroval*|ignorovali|odbyl*|odbyla|odbyli|nevšímal*|přehlížel*|nebude|nebudou|nechce|nechtějí|nechtěl*|nebereme|neberou|nepronaj*|neprodal*|nevydal*|nevydali) | noneg
(důchodc*|důchodkyn*|senior*|starší*|staré|starým|cizinc*|cizink*|romov*|romy|vozíčkář*|postižen*|ženy|ženské|ženský) ~4 (berou|brali|bere|brala|jednají|jednali|chovají|chovali|zacházejí|zacházeli|koukají|koukali|dívají|dívali|mají|maj) ~2 (jak|jako) ~2 (vzduch|hadr|méněcenn*|druhořad*|podřadn*|idiot*|blb*|senil*|nesvéprávn*|dítě|děcko|póvl|odpad|obtíž*)
# -- poor Czech as the reason they would not deal with the customer
(nemluvím|nemluvíme|neumím|neumíme|nemluví|neumí|lámanou|lámaně|špatnou|nedokonalou|slabou) ~3 (česky|češtinou|češtinu|češtině|čeština) ~6 (nechtěl*|nechtěla|nechtěli|odmítl*|odmítla|odmítli|nebavil*|nebavila|ignoroval*|ignorovala|odbyl*|odbyla|odbyli|posmív*|smál*|smála|smáli|vysmál*|vysmála|nepomohl*|nepomohla|nepomohli|neobsloužil*) | noneg
+ romskou rodinu nevpustili dovnitř
+ důchodce tam berou jako vzduch
+ nemluvím dobře česky, a tak se mnou nechtěli jednat
+ se slabozrakým člověkem nikdo neměl trpělivost
+ jako žena tomu prý stejně nerozumím
+ podle toho, jak vypadám, usoudili, že na to nemám
- s vozíčkářem mi pomohli až ke dveřím
- cizince tu obsluhují moc ochotně

# round 7 (industries): language of the customer given as the reason (office, clinic, bank branch)
(protože|jelikož|že|kvůli|když) ~2 (špatně|lámaně|slabě|nedobře) ~1 (mluvím|mluví|mluvíme|mluvil*|mluvila|umím) ~1 (česky|cesky|češtinu)
+ nechtěla mě obsloužit, protože špatně mluvím česky
+ odbyli ho, protože lámaně mluví česky
- špatně mluvím česky, ale paní byla moc trpělivá a pomohla

# --- r9a: others of another group served, "not for pensioners", woman without husband ---
(bílý|bily|bílá|bila|bílé|bile|bílí|bili|bílých|bilych|bílým|bilym|bílými|bilymi|bílou|bilou|bílého|bileho|běloch*|beloch*|bělošk*|belosk*) ~2 (kluk*|lidi|lidé|lide|lidem|hosté|hoste|hostů|hostu|zákazník*|zakaznik*|skupin*|pár|páru|paru|muž*|muz*|žen*|zen*|turist*|kamarád*|kamarad*|holk*|dívk*|divk*|chlap*|pán*|pan|panove|rodin*)
(není|neni|nejsou|nebude) ~2 pro (důchodce|duchodce|seniory|babky|dědky|dedky|staré|stare|ženský|zensky|ženské|zenske|cizince|vozíčkáře|vozickare)
(žen*|zen*|ženská|zenska|holk*) ~4 bez ~1 (manžel*|manzel*|muž*|muz*|partner*|chlap*|otc*|táty|taty) | noneg
(nedají|nedaji|nedali|neprodají|neprodaji|nepůjčí|nepujci|neschválí|neschvali|nepronajmou|nepodepíšou|nepodepisou|nevydají|nevydaji) ~4 bez ~2 (manžel*|manzel*|muže|muze|partner*|souhlasu) | noneg
+ Pána za mnou obsloužili hned, ale na nás kvůli barvě pleti nikdo nepřišel; bílých hostů si všímali.
+ Prý mi jako ženě hypotéku bez manžela neschválí.

# --- r11a: served others of the favoured group first; others were not asked
(mladší*|mladé|mladým|mladý*|čechy|čechům|česk*|bělochy|bělochům|bílé|bílým|muže|mužům|chlapy|chlapům) ~3 (obsluhoval*|obsloužil*|obsloužili|brali|vzali|pouštěl*|pustili|odbavil*|odbavovali) ~2 (přednostně|dřív|napřed|první|hned|nejdřív)
(nám|u|od|po) ~1 (bělochům|bělochů|bílým|bílých|čechům|čechů|českým|českých|rodilým|rodilých|mužům|mužů|mladším|mladších) ~3 (nic|nikdy|nikdo|takového|nepožad*|neříkal*|neříkali|nechtěl*|nechtěli|nekontrol*|nemusel*|nevyžad*|nevyžadoval*) | noneg
# told to come back with a man / a younger relative
(ať|aby|přijďte|příště) ~4 (přijdu|přijdeme|přijde|přijdete|přišla|přišel|dojdu|přivedu|přivedla|vezmu) ~2 (s|se) ~1 (někým|nekym|doprovodem|tlumočníkem|vnukem|vnučkou|vnoučaty|chlapem|chlapama|mužem|mužským)
# an elderly customer addressed as grandpa / granny
(dědo|dědku|dědulo|staříku|stařenko|babko|babčo)
(jako) (šedesátilet*|sedmdesátilet*|osmdesátilet*|devadesátilet*|důchodkyn*|babička|babičce|dědeček|dědečkovi|stará|starý|starej|stařenka) | weight=0.5
# "go back where you came from", "buy it at home"
(ať|at|jeďte|jeď|vraťte|vrať|táhněte|táhni|běžte|jděte|jdi) ~6 (u) (sebe|vás|nich) (doma|domů)
(tam|zpátky|zpět|domů) ~2 (odkud|kam) ~2 (patří*|patříte|patřím|přišl*|přišel|přijel*|přijela|jste)
# a group marker (disability, religious dress, look) plus being turned away: two half cues
(downov*|downuv|autist*|autism*|mentálně|nevidom*|neslyš*|slabozrak*|nedoslýchav*|hluchoněm*|šátek|šátku|šátkem|hidžáb*|burk*|turban*|afro|snědš*|tmavš*|postavou|postavu|nadváhou|nadváhu) | weight=0.5
(ať|at) ~2 (jdu|jdeme|jde|jdete|zajdu|zajdeme|najdu|najdeme|hledám|hledáme|půjdu|jdou) ~1 (jinam|jinde|jinou|jiný) | weight=0.5
pro (nás|vás|ně|něj|ni|takové|takový|takovýhle) ~2 (není|nemáme|nemají|nebude) ~1 (místo|volno|stůl|prostor|nic) | noneg, weight=0.5
(ochrank*|ochranář*|sekuriťák*|security|hlídač*|detektiv*) ~4 (chodil*|chodila|sledoval*|sledovala|šel|šla|šli|kontroloval*|kontrolovala|prohledal*|lepil*|lepila|hlídal*|hlídala) | weight=0.5
(ostatní|jiné|jiní|ostatních|jiných) ~2 (zákazník*|zákaznice|hosty|hosté|lidi|lidé|klienty) ~2 (nechali|nechal|nechala|nechávali|nechávala) ~1 (být|byt|pokoji) | weight=0.5
(lidi|lidé|lidem|lidmi) jako (já|my|vy|on|ona|ty) | weight=0.5
(prý|prej|pry) ~3 (postavou|postavu|nadváhou|nadváhu|váhou) | weight=0.5
(postavou|nadváhou|váhou) ~3 (prý|prej|pry) | weight=0.5
# a disabled person and a staff member's contempt or refusal
(nevidom*|vozíč*|neslyš*|hluch*|handicap*|hendikep*|postižen*|downov*|autist*|slabozrak*|nedoslýchav*) ~12 (protočil*|protočila|přeskočil*|přeskočila|vynechal*|odstrčil*|nevšímal*|nevšímala|nevěnoval*|nevěnovala|odmítl*|odmítla|odmítli) | noneg
(odmítl*|odmítla|odmítli|nechtěl*|nechtěla|nechtěli|vyhodil*|vyhodili|vykázal*|odehnal*) ~12 (že|protože|jelikož|když) ~3 (je|jsem|jsme|sedí|sedím|jezdí|jezdím) ~2 (na) ~1 (vozíku|vozíčku|berlích|invalidním) | noneg
(je|jsem|jsme|jezdí|jezdím|sedí|sedím) (na) ~1 (vozíku|vozíčku|berlích) ~20 (bez) ~1 (výtahu|rampy|nájezdu|plošiny)
+ mladší zákazníky obsluhovali přednostně
+ nám bělochům nic takového neříkali
+ u českých kolegů to nikdy nepožadoval
+ ať si příště přijdu s vnukem
+ jako ženská to neukočíruju, ať radši přijdu s chlapem
+ prý to v jejím stáří nemá smysl
+ ať si ho koupí u sebe doma
+ kamarád má Downův syndrom a číšník řekl, že pro nás není místo
+ sestra nosí šátek a ochranka za ní chodila od regálu k regálu
+ bratr je neslyšící a úřednice protočila oči
+ s mou postavou tam budu jen překážet, lidi jako já to vzdávají
+ se slovy dědo, to nepotřebujete
+ jednatel je cizí státní příslušník
- ať si příště přijdu s účtenkou
- ochranka mi ochotně pomohla najít auto
- jako senior jsem dostal přednostně místo k sezení
- pro nás není místo? restaurace byla plná, to chápu
# what the customer wears or has: "protože mám tetování / nosím šátek"
(protože|jelikož|kvůli|že|jen) ~2 (mám|máme|nosím|nosíme|nosí|má) ~2 (tetování|piercing*|šátek|hidžáb*|dredy|dready|turban*|kipu|kipa|naslouchadl*)
# refused with an assistance dog, wheelchair, white cane
(odepřen*|odepřel*|odepřela|odepřeli|odmítl*|odmítla|odmítli|nepustil*|nepustila|nepustili|nevpustil*|vykázal*|vyhodil*|neobsloužil*) ~8 (asistenčn*|vodicí*|vozíkem|vozíčkem|berlemi|holí)
# same-sex couple treated differently
(stejnopohlavn*|homosexu*|lesbick*|transsexu*)
# singled out as a suspect
(sledoval*|sledovala|sledovali|hlídal*|hlídala|prohledal*|prohledala|prohledali|kontroloval*|kontrolovala) ~6 (jak|jako) ~1 (zloděj*|zlodějk*|kriminálník*|podvodník*) | weight=0.5
+ Protože mám tetování, obsloužili mě až po všech ostatních.
+ Byl mi odepřen vstup do restaurace s asistenčním psem.
+ Pojišťovna mi odmítla sjednat pojištění výhradně z důvodu věku.
+ Jako stejnopohlavní pár nás odmítli ubytovat.
+ Cizincům na dobírku neposílají.
+ Mladým holkám nepůjčují, klukům ano.
+ Kvůli mým dredům mě sledoval po obchodě.
+ V kině nám řekli, že s vozíkem do sálu nesmí.
- Sledoval jsem zásilku, jak to jen šlo.
- Ochranka mě kontrolovala u vchodu, jako všechny.
# "as foreigners / as a Vietnamese" + a companion cue
jako (cizinci|cizincům|turisti|důchodci|romové|vietnamci|ukrajinci|cizince|vietnamce|ukrajince|roma|araba|muslima|cizinku|vietnamku|ukrajinku|romku|arabku|muslimku|černocha|černošku|vozíčkáře|nevidomého|nevidomou|neslyšícího) | weight=0.5
(účtovali|naúčtovali|chtěli|počítali|napočítali) ~2 (víc|více|dvojnásob*|dražší|vyšší|navíc) | weight=0.5
(kontrolovali|kontroloval*|šacoval*|šacovali|prohledával*|legitimoval*|lustroval*|sledovali) ~2 (neustále|pořád|furt|stále|opakovaně|jenom|pouze) | weight=0.5
(neustále|pořád|furt|stále|opakovaně) ~1 (kontrolovali|kontroloval*|šacoval*|šacovali|prohledával*|prohledávali|legitimoval*|lustroval*|sledovali) | weight=0.5
(chtěli|chtěl*|chtěla|trvali|trval*|trvala) ~2 (mluvit|jednat|bavit|podepsat) (s|se) (manželem|mužem|partnerem|synem|otcem|chlapem|manžel*) | weight=0.5
# second-class treatment
(občan*|zákazník*|lidi|lidmi|člověk*|klient*|hosty|hosté) ~1 (druhé|druhého|druhou) ~1 (kategorie|třídy|jakosti|sorty)
jako s ~2 (méněcenn*|druhořad*|podřadn*) | weight=0.5
+ Jako cizinci nám účtovali víc.
+ Prý s vozíčkáři nepracují.
+ Ochranka šla jen po nás, protože jsme tmaví.
+ Se mnou jako s ženou nejednali, chtěli mluvit s manželem.
+ Jako Vietnamce mě neustále kontrolovali.
+ Zacházeli s námi jako s občany druhé kategorie.
- Chtěli mluvit s manželem, protože smlouvu podepisoval on.
- Kontrolovali jenom doklady, jako u všech.

# --- r13b thesaurus pass: prejudice words (-ism, -phobia), "from Ukraine/Slovakia", more reasons after "kvůli"
(ageism*|ageist*|šovinist*|šovinism*|misogyn*|antisemit*|transfob*|ableism*|bodyshaming*|segregac*|segregov*)
rasov* (urážk*|narážk*|poznámk*|diskrimin*|profilov*|předsudk*|motiv*)
(předsudk*|předsudek|předsudky|předpojat*|stereotyp*|opovržení|despekt*) ~3 (vůči|proti|k|ke|kvůli|s|se) ~2 (cizinc*|cizink*|důchodc*|senior*|starší*|starým|ženám|ženy|ženský|romům|romy|romov*|menšin*|vozíčkář*|postižen*|handicap*|hendikep*|ukrajinc*|vietnamc*|muslim*|gay*|homosexuál*|lidem|mně|mi|mé|mému|mojí|naší|našemu)
(kvůli|kvuli|pro|vzhledem) ~2 (váze|postavě|výšce|tloušťce|obezitě|nadváze|slepotě|hluchotě|autismu|koktání|koktavosti|vadě|barvě|kůži|kůže|etniku|etnicitě|národnosti|náboženství|víře|vyznání|mateřství|mateřské|těhotenství|šátku|turbanu|kipě|kříži|vzhledu|zevnějšku|oblečení|handicapu|hendikepu|vozíčku|holi|berlím|invaliditě|sexualitě|orientaci|identitě|přízvuku|akcentu|původu|občanství|pasu|jménu|příjmení) | weight=0.5
(protože|jelikož|že|jen|kvůli|tomu) ~3 (jsem|jsme|pocházím|pocházíme) ~1 (z|ze) ~1 (ukrajiny|slovenska|vietnamu|ruska|polska|rumunska|bulharska|afriky|asie|sýrie|indie|mongolska|ciziny|zahraničí|východu|osady|ghetta|romské|romských|arabsk*|balkánu|běloruska|moldavska|kazachstánu|turecka|nigérie)
(protože|jelikož|že|jen) ~2 (jsem|jsme) ~1 (muž|chlap|mužskej|mužský|mladík|puberťák|samoživitelka|samoživitel|lesbička|bisexuál*|transgender*|transka|neslyšící|nedoslýchav*|slabozrak*|autist*|epileptik|epileptička|vozíčkářka|vozíčkář) | weight=0.5
(posmíval*|posmívala|posmívali|vysmíval*|vysmívala|vysmívali|zesměšňoval*|zesměšňovala|zesměšňovali|parodoval*|parodovala|napodoboval*|napodobovala|šklebil*|šklebila|dělal*|dělala|dělali) ~3 (přízvuk*|akcent*|výslovnost*|češtin*|postižen*|handicap*|hendikep*|vozík*|berl*|koktání|koktavost*|vzhled*|postav*|váh*|pleť|pleti|šátek|šátku|jméno|jménu|původ*|věk*|gesta|znakov*) | noneg
(nadávky|nadával*|nadávala|nadávali|urážky|urážel*|urážela|uráželi) ~3 (do|na|kvůli) ~1 (cikán*|cigán*|romů|cizinc*|ukrajinc*|vietnamc*|negr*|důchodc*|babek|mrzák*|kripl*|teploušů|buzn*|čmoud*|přistěhovalc*|imigrant*|barv*|původ*|národnost*)
(buzna|buzno|buzny|buzík|buzíku|buzíci|rusák|rusáku|rusáci|rusačka|ukáčka|ukrajinčík*|vietnamčík*|mongole|šikmooč*|cikánko|cigánko|cikáně|cigošky|židák*)
(jak|jako) (s|se) ~1 (dobytkem|psem|hadrem|odpadem|odpadkem|póvlem|zvířetem|zvířaty|méněcenn*|druhořad*|podřadn*|vyvrhelem|vyvrheli|lůzou|spodinou) | weight=0.5
(občan*|zákazník*|lidi|člověk*|klient*) druhé (kategorie|třídy)
+ jednali se mnou jako s občanem druhé kategorie
+ paní za přepážkou se šklebila a parodovala můj přízvuk
+ nadávali nám do cikánů
+ jen proto, že jsem z Ukrajiny, mi odmítli pronájem
+ je to obyčejný ageismus a šovinismus
+ mají předsudky vůči cizincům
- Ukrajina je krásná země, byla jsem tam na dovolené
- kvůli váze balíku jsem zaplatil vyšší poštovné

# -- cs14a: refused as too old / too young ("je na to moc stará")
(že|ze|prý|pry|prej|protože) ~2 na (to|tohle) ~1 (moc|příliš|přespříliš|už) (stará|starý|starej|staří|starou|mladá|mladý|mladej|mladí)
(moc|příliš|přespříliš) (stará|starý|starej|staří|mladá|mladý|mladej|mladí) na (tarif*|smartphon*|mobil*|telefon*|internet*|úvěr*|půjčk*|hypotéku|pojištění|aplikac*)
+ tarif jí nedali, že je na to moc stará
+ prý jsem na tohle už příliš starý
+ řekli mi, že jsem moc starý na chytrý telefon
- ten tarif je moc starý, chci nový
- tenhle model je na to příliš starý
# -- cs16: "speak proper Czech"
(ať|at|abych|abyste|mám|máte|prý|prej|musím|musíte) ~3 (mluvím|mluvit|mluvte|mluvila|mluvil|naučím|naučit|naučte|naučila|naučil) ~1 (pořádně|pořádnou|normálně|správně) ~1 (česky|češtinou|česku|čeština)
+ Pořád opakoval, ať mluvím pořádně česky.
+ Řekla mi, ať se naučím pořádně česky.
+ Prý mám mluvit normálně česky.
- Mluvila pořádně česky a všechno mi vysvětlila.
# -- cs18a: singular and colloquial forms (s cizincem, nepůjčujou); reported remarks about the figure
+ s cizincem prý nejednají
+ mladým holkám prý auta nepůjčujou
+ prý se svou nadváhou na tu práci nemám

# -- "jako žena jsem dostala horší sazbu": a group named with worse treatment
jako (žena|ženská|cizinec|cizinka|důchodce|důchodkyně|senior|seniorka|vozíčkář*|romka|rom|matka|máma|svobodná|starší|mladá|mladý|student|studentka) ~8 (horší|hůř|hůře|dražší|vyšší|míň|méně|nižší|odmít*|nedostal*|nedostala|nedostanu) | weight=0.5
# -- a wheelchair (colloquial "vozejk") and being passed over
(vozejk*|vozíčk*|vozík*|berl*|nevidom*|slep*|hluch*|neslyšíc*|invalid*) ~8 (předbíh*|předběhl*|předběhli|nezajímal*|nezajímalo|nezajímá|přehlíž*|nevšímal*|nevšímali|nevšímaj*|nedostal*|nedostala|nepomohl*|nepomohla|nepomohli) | noneg
+ jako žena jsem dostala horší nabídku než kolega
+ na vozejku jsem se k pokladně nedostal a obsluha to přehlížela
+ s berlemi jsem stál a všichni mě předbíhali, nikoho to nezajímalo
- jako žena jsem byla obsloužena úplně stejně
- vozík se do auta nevešel, tak jsme jeli dvakrát

(otravn*|hloup*|blb*|pitom*|senil*|nesvéprávn*|zasran*|přiblbl*) (důchodc*|důchodkyn*|babk*|dědk*|staroch*|cizinc*|cizák*|ženských|romů|cikán*|ukrajinc*|vietnamc*)
+ pokladní si při markování stěžovala na otravné důchodce
+ prý ať se otravní cizinci naučí česky
- důchodci mají u nás slevu
# --- s10: speaking another language, then hung up on / ignored
(mluvit|mluvil*|mluvila|mluvím|promluvil*|promluvila|začal*|začala|mluvili|přešel|přešla) ~2 (anglicky|ukrajinsky|rusky|slovensky|vietnamsky|německy|polsky|arabsky|lámaně) ~8 (zavěsil*|zavěsila|položil*|položila|típl*|típla|ignoroval*|ignorovala|odbyl*|odbyla|vysmál*|vysmála|otočil*|otočila|odešel|odešla)
+ jakmile jsem začal mluvit slovensky, prodavačka se otočila a odešla
+ mluvila jsem anglicky a pán na přepážce mi prostě zavěsil
- mluvil jsem anglicky a operátor mi ochotně pomohl
- mluvila lámaně, ale rozuměli jsme si a vše vyřídila
# --- s10: the young served first
(obsloužil*|obsloužila|obsloužili|obsluhoval*|vzal*|vzala|vzali|pustil*|pustila|pustili|odbavil*|odbavila) ~3 (mladé|mladší*|mladý|mladé|muže|chlapy|čechy|bělochy|bílé) ~1 přede mnou
+ prodavačka obsloužila všechny mladé přede mnou
+ na úřadě vzali muže přede mnou, i když jsem tam byla první
- obsloužila mladou paní přede mnou, protože byla na řadě
- pustili mě přede všechny, protože jsem měla malé dítě
# --- s10: "you're too old for this", said to the customer
na (to|tohle) ~1 (jste|jsi|ste|seš|si) ~1 (moc|příliš|přespříliš|už) (stará|starý|starej|staří|starou|mladá|mladý|mladej|mladí)
(jinou|jiné|jiná|tmavou|tmavší|tmavé|snědou|černou) (barvu|barvou|barvy|barva) (pleti|kůže)
+ na přepážce mi řekla: na to jste už stará, to nepochopíte
+ hůř se mnou jednali, protože mám tmavší barvu pleti
- barvu kůže si vybírám na make-upu vždycky jinou
- na to jste ještě mladá, řekla mi s úsměvem kadeřnice, a poradila krásně
# --- s10: called names for one's age, sex or origin; "a woman won't tell the difference"
(nazval*|nazvala|nazvali|oslovil*|oslovila|oslovili|titulovala|titulovali|tituloval) ~2 (důchodc*|důchodkyn*|babk*|dědk*|stařen*|stařec|staroch*|cikán*|cizák*|mrzák*|ženská|ženskou|ženskej|holčičk*|invalid*|ukáčk*)
(že|ze|prý|prej|pry) ~2 (ženská|ženský|ženské|ženy|holka|holky|babka|babky|důchodce|důchodci|důchodkyně|cizinec|cizinci|cizinka) ~3 (nepozná|nepoznají|nepoznáte|nepoznala|nevyzná|nevyznají|nevyzná)
+ prodavač mě před všemi nazval babkou, co nerozumí technice
+ v servisu mi řekli, že ženská stejně nepozná, co je s autem
+ oslovil mě „cizáku“ a dál se mi nevěnoval
- nazval mě paní a byl velmi ochotný
- holka od vedle nepozná, kde je pošta, tak jsem jí to ukázala
