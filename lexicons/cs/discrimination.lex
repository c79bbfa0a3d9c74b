# Treated worse because of age, gender, origin, disability, language,
# appearance.
(diskrimin*|rasist*|rasism*|rasizm*|xenofob*|sexist*|sexism*|homofob*|cikán*|cigán*)
(nerovn*|horší) zacházení
jinak zacházel*
zacházel* ~3 jinak
(kvůli|pro|vzhledem|základě) ~2 (věku|pohlaví|původu|národnost*|přízvuku|pleti|postižení|handicapu|vozíku|orientac*|vzhledu|váhy|jazyku|náboženstv*|rase|rasy|etnik*|tetování|stáří|těhotenství)
(protože|jelikož|že|jen|proto) ~2 (jsem|jsme|je) ~1 (cizin*|žena|starší|starý|stará|starej|důchod*|senior*|ukrajin*|rom|romka|romové|vietnam*|vozíčkář*|nevidom*|neslyšící|hluch*|postižen*|těhotn*|muslim*|černoch|gay|lesba|tlust*|slovák|slovenka|polák|vozík*|vozíč*|berlích|invalid*)
(protože|jelikož|že|když) ~2 (nemluvím|nemluvíme|nemluvila|nemluvil|neumím|neumíme) ~2 (česky|češtinou|češtinu) | noneg
(přízvuk*|akcent*)
(posmíval*|posmívala|smál*|smála|komentoval*) ~3 (přízvuk*|akcent*|původ*|barv*|věk*)
(nechtěl*|nechtěli|odmítl*|odmítli) ~2 obsloužit ~3 (cizin*|důchodc*|senior*|rom*)
(obsloužil*|obsluhoval*|vzal*) ~3 (dřív|přednostně|první|napřed) ~4 (čech*|česk*|mladší*|muž*|žen*|ostatní)
(jinak|hůř|hůře|špatně) ~3 (než|jako) (s|k|ke) ~1 (čech*|česk*|mladší*|muž*|ostatní*|bělo*)
(nevidom*|vozíč*|vozík*|neslyšící|hluch*|handicap*|postižen*|invalid*|vodicí*|vodicím|berl*|slep*) ~8 (odbyl*|odbyli|odmítl*|odmítli|nepustil*|nepustili|vyhodil*|vyhodili|nepotřebuj*|neobsloužil*|nechtěl*|nechtěli|vykázal*|poslal*)
takov* (zákazník*|lidi|lidmi|klient*) ~2 (nepotřebuj*|nechce*|neobsluh*|nechceme|nechtějí) | noneg
(senior*|důchod*|starší*|babičk*|dědeček|dědečk*|tatínk*|maminc*|mamink*|tátu|tátovi|mámu|mámě) ~12 (přehlížel*|přehlížela|přehlíželi|ignoroval*|nechápal*|nepochopil*|odbyl*) | noneg
(tmav*|sněd*|černou|černá|černé|jinou|jiné|jiná) (pleť|pleti)
(naučit|naučte|naučím|naučila|naučil|učit|nauč) ~2 (česky|češtinu|jazyk)
(odmítl*|odmítla|odmítli|nechtěl*|nechtěla|nechtěli) ~3 (mluvit|komunikovat|hovořit|jednat) ~2 (anglicky|slovensky|ukrajinsky|rusky|německy|vietnamsky|polsky|cizinc*)
(že|prý|prej|řekl*|řekla|ať) ~4 (v|ve) (mém|jejím|jeho|vašem|tvém|svém) věku
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
