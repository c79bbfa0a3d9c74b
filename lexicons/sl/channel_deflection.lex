# Told to use the website, app, e-mail, phone or another channel instead
# of being helped where they asked.
#
# "naj pišem na e-naslov", "naj to uredim na spletu", "naj pokliče klicni
# center", "naj vlogo oddam v aplikaciji"
(naj|nej) ~4 (splet*|spletn*|aplikacij*|aplikaciji|app|e-post*|e-naslov*|mail*|e-mail*|email*|klicn*|obrazec|obrazca|obrazcu|poslovalnic*|portal*|stran|strani|telefon|telefonu|stevilk*|okenc*|faq|chat*|klepet*|spleten|klicen)
(preberite|poglejte|preverite|uporabite|izpolnite|pisite|poklicite|obrnite|oglasite|oddajte|prenesite|naloziti|nalozite|preberita|preverita|uporabita|izpolnita|pisita|poklicita|obrnita|oglasita|prenesita|nalozita) ~3 (splet*|spletn*|aplikacij*|e-post*|e-naslov*|mail*|e-mail*|email*|obrazec|obrazca|obrazcu|stran|strani|klicn*|poslovalnic*|portal*|faq|telefon*|stevilk*|spleten|klicen)
(pisite|pisi|poklicite|poklici|pisita|poklicita) ~1 (nam|na|v|nama)
v (zasebno|zasebna|privatno|dm|inbox)
(pisite|napisite|posljite|pisi|pisita|napisita|posljita) ~2 (zasebn*|privatn*|dm|inbox|zaseben|privaten)
(najdete|najdes|najdeta) ~3 (na|v) ~1 (splet*|spletn*|aplikacij*|strani|portal*|faq|spleten)
(poslal*|poslali|poslala|napotil*|preusmeril*|preusmerili) ~2 (me|nas|naju) ~2 (na|v) ~1 (splet*|spletn*|aplikacij*|portal*|e-post*|klicn*|stran|strani|e-naslov*|spleten|klicen)
(me|nas|naju) ~2 (poslal*|poslali|poslala|napotil*|preusmeril*|preusmerili) ~2 (na|v) ~1 (splet*|spletn*|aplikacij*|portal*|e-post*|klicn*|stran|strani|e-naslov*|spleten|klicen)
napotil* ~4 (splet*|spletn*|aplikacij*|e-post*|e-naslov*|mail*|obrazec|obrazc*|stran|strani|klicn*|poslovalnic*|portal*|telefon*|faq|pogost*|spleten|klicen)
(povezav*|link*) ~3 (pogost*|faq|splet*|stran|strani)
pogost* vprasanj* | weight=0.5
(moram|moramo|morate|mora|morava|morata) ~2 osebno ~2 (priti|prit|oglasit*|v)
(poslali|poslala|poslal|posljejo|posljeta) ~2 (domov|nazaj) ~3 (naj|nej)
# "po telefonu tega ne rešujejo", "e-pošte ne obravnavate" (noneg)
(po|preko|prek|v|na) (telefonu|telefon|e-posti|mailu|e-mailu|klepetu|chatu|okencu|poslovalnici|facebooku|messengerju) ~2 ne ~1 (resuj*|urej*|obravnav*|sprejem*|dajemo|dajejo|moremo|morejo|odgovarja*|nudi*|nudimo|pomagamo|pomagajo|dajeva|dajeta|moreva|moreta|nudiva|pomagava|pomagata) | noneg
(e-post*|mail*|e-mail*|sporocil*|klic*|pisem|vlog*|zahtevk*) ~2 ne ~1 (obravnav*|resuj*|sprejem*|urej*) | noneg
(samo|le|izkljucno) ~2 (preko|prek|po|na|v) ~1 (splet*|spletn*|aplikacij*|e-post*|mail*|obrazc*|portal*|telefon*|spleten)
(samo|le|izkljucno) (spletno|pisno|elektronsko|osebno|telefonsko)
# "preusmeril me je na spletni obrazec" (noneg: "brez pomoči" is not a
# negation of the redirect)
(preusmeril*|preusmerila|preusmerili|napotil*) ~2 (na|v) ~1 (splet*|spletn*|aplikacij*|portal*|e-post*|stran|strani|e-naslov*|obrazec|obrazc*|spleten) | noneg
+ Rekli so mi, naj pišem na e-naslov, ker po telefonu tega ne rešujejo.
+ Na okencu so me poslali domov, naj to uredim na spletu.
+ pisite nam v zasebno sporocilo
+ Odgovorili ste, naj vlogo oddam v aplikaciji.
- Uredil sem vse na spletu, hitro in enostavno.
- Prosim, pošljite mi račun po e-pošti.

# --- pass 3 ---
# "naj jim pišem na drug naslov", "naj pokličem drugo številko"
(naj|nej) ~3 (pisem|pisemo|poklicem|poklicemo|posljem|posljemo|obrnem|javim|oddam|piseva|pokliceva|posljeva) ~2 (na|v) ~1 (drug|drugi|drugo|drugega|posebn*|centraln*|uradn*) (naslov*|stevilk*|kanal*|mail*|e-naslov*|e-post*|obrazec|portal*)
(poslal*|posilja*|napotil*|preusmeril*) ~2 (me|nas|naju) ~2 na ~1 (pogosta|pogost*|faq|pomoc|spletno|clanek|clanke)
(me|nas|naju) ~2 (poslal*|posilja*|napotil*|napotuje*|preusmeril*|preusmerja*) ~2 na ~1 (pogosta|pogost*|faq|pomoc|spletno|clanek|clanke)
+ Odgovorili so mi, naj jim pišem na drug naslov.
+ bot me samo pošilja na pogosta vprašanja
- Pisal sem na drug naslov in so mi odgovorili takoj.
- Na strani s pogostimi vprašanji sem našel odgovor.
# sent to write instead: "naj pišem na elektronski naslov", "naj pošljem pisno"
(naj|nej) ~4 (elektronsk*|pisno|pisn*|pismeno|pisemsk*|priporocen*) ~1 (naslov*|post*|pismo|vlog*|zahtev*|obliki) | noneg
(naj|nej) ~2 (pisem|posljem|napisem|posredujem|oddam) ~2 (pisno|pismeno|elektronsk*) | noneg
# a personal visit demanded instead: "pravila zahtevajo osebni obisk poslovalnice"
(zahteva|zahtevajo|moram|moras|morate|mora|treba|potreben|potrebna|zahtevata|morata) ~3 (osebno|osebni|osebnega|osebnem) ~2 (obisk*|prihod*|poslovalnic*|priti|pridem|oglasit*|zglasit*)
# "reklamacij tu ne obravnavajo"
(tu|tukaj|prek|preko|v) ~3 ne (obravnavamo|obravnavajo|resujemo|resujejo|urejamo|urejajo|sprejemamo|sprejemajo|obravnavava|obravnavata|resujeva|resujeta|urejava|urejata|sprejemava|sprejemata) | noneg, weight=0.5
+ Agent je rekel, naj zahtevek pošljem v pisni obliki na elektronski naslov.
+ Za spremembo moram osebno priti v poslovalnico, po telefonu ne gre.
- Osebno sem prišel v poslovalnico, ker mi je tako bolj všeč.
+ Tega tu ne rešujejo, naj pošljem pisno vlogo.

# --- pass 6 ---
# sent elsewhere: "usmerili so me na spletno stran", "odslovila me je na aplikacijo"
(usmeril*|usmerila|usmerili|usmerja*|usmeri|usmerijo|odslovil*|odslovila|odslovili|usmerita) ~3 (na|v|k|h) ~2 (splet*|spletn*|spleten|aplikacij*|app|portal*|e-post*|mail*|e-mail*|e-naslov*|obrazec|obrazc*|klicn*|klicen|telefon*|stevilk*|chat*|klepet*|faq|pogost*|stran|strani)
# everything must go through the app: "mora vse iti preko aplikacije"
(mora|moram|morate|moras|moramo|gre|iti|treba|poteka|potekati|morata|morava) ~3 (preko|prek) ~1 (splet*|spletn*|spleten|aplikacij*|app|portal*|e-post*|mail*|e-mail*|obrazc*|obrazec|klicn*|klicen|telefon*|chat*|klepet*|centrale|sedez*)
(moram|moras|mora|morate|moramo|morata|morava) ~2 osebno ~1 (na|do|k|h)
# read it yourself: "naj si preberem sam", "naj pogledam na spletu"
(naj|nej) ~2 (preberem|preberemo|pogledam|pogledamo|poiscem|poiscemo|prebrskam|najdem|prebereva|pogledava|poisceva) ~4 (sam|sama|sami|splet*|spletn*|spleten|stran|strani|navodil*|faq|pogost*|aplikacij*|portal*)
za to ~2 (imamo|imate|obstaja|je|imava) ~2 (splet*|spletn*|spleten|aplikacij*|obrazec|portal*|e-naslov*|klicn*|klicen)
+ Namesto pomoči so me usmerili v aplikacijo.
+ Vse mora iti preko spletnega portala, je rekla.
+ Rekel je, naj si sam preberem navodila na spletu.
+ Za to imamo spletni obrazec, mi je odgovorila.
- Svetovalka me je usmerila k pravi blagajni in vse uredila.
- Osebno sem na pošti oddal vlogo in bilo je hitro.
# --- pass 6b ---
# "poslali so me domov, da uredim v aplikaciji"
(da|naj|nej) ~5 (uredim|uredite|uredimo|uredi|uredijo|oddam|oddate|oddamo|oddava|posljem|posljete|posljemo|posljeva|izpolnim|izpolnite|izpolnimo|izpolniva|naredim|naredimo|narediva|naredite|naredita|naredi|opravim|opravimo|opraviva|prijavim|prijavimo|prijaviva|prijavite|resim|resimo|resiva|uredis|naredis|oddas|posljes|uredita|urediva|oddata|posljeta|izpolnita|prijavita) ~3 (v|na|prek|preko|po) ~1 (aplikacij*|splet*|netu|neta|internet*|spletn*|spleten|portal*|e-post*|mail*|e-mail*|obrazc*|obrazec|telefon*|poslovalnic*|okenc*|klicn*|klicen)
# the company's reply points elsewhere: "kontaktirajte nas po e-pošti"
(kontaktirajte|kontaktiraj|pisite|obrnite|poklicite|oglasite|javite|uporabite|izpolnite|oddajte|prenesite|obiscite|kliknite|pisita|obrnita|poklicita|oglasita|javita|uporabita|izpolnita|prenesita|obiscita|kliknita) ~3 (po|prek|preko|na|v) ~1 (e-post*|mail*|e-mail*|splet*|spletn*|spleten|aplikacij*|obrazc*|obrazec|portal*|telefon*|stevilk*|klicn*|klicen|poslovalnic*|dm|zasebn*|inbox|messenger*)
+ V trgovini so rekli, da reklamacijo oddam na spletu.
+ Odgovor: kontaktirajte nas prek spletnega obrazca.
- Ko sem oddal na spletu, so mi takoj odgovorili.

# r8: "go to our website", "we don't handle this by phone"
(pojdite|pojdi|obiscite|obisci|uporabite|izpolnite|izpolni|pojdita|obiscita|uporabita|izpolnita) ~3 (spletn*|spleten|aplikacij*|app|portal*|splet|e-post*|obrazec|obrazc*|poslovalnic*)
(tega|to) ~2 ne ~1 (urejamo|uredimo|delamo|resujemo|sprejemamo|urejajo|delajo|resujejo|sprejemajo|ureja|urejava|urediva|delava|resujeva|sprejemava|urejata|delata|resujeta|sprejemata) ~2 (po|prek|preko) ~1 (telefon*|klepet*|chat*|mail*|e-post*)
+ Vse, kar mi je znala reči, je bilo: pojdite na našo spletno stran.
+ Tega ne urejamo po telefonu, je rekel, in me napotil na splet.
- Na spletni strani sem sam uredil vse v dveh minutah.
# r9: the imperative alone, without "naj": "to si uredite sami v
# aplikaciji", "spremenite na portalu", "prijavite prek spleta"
(uredite|uredi|oddajte|oddaj|prijavite|spremenite|preverite|naredite|opravite|narocite|rezervirajte|odjavite|nalozite|poiscite|reklamirajte|uredita|prijavita|spremenita|preverita|naredita|opravita|narocita|odjavita|nalozita|poiscita) ~4 (v|na|prek|preko|po) ~1 (aplikacij*|app|splet*|spletn*|spleten|portal*|e-post*|mail*|e-mail*|obrazc*|obrazec|e-naslov*) | weight=0.5
(sami|sam|sama) ~2 (v|na|prek|preko) ~1 (aplikacij*|app|splet*|spletn*|spleten|portal*) | weight=0.5
+ Prodajalka je rekla samo: to si uredite sami v aplikaciji.
+ Odgovor na klic: kar sami reklamirajte prek spletnega obrazca.
- Sam sem v aplikaciji spremenil naslov in je delovalo.
- Uredite si profil v aplikaciji, sem prebral v navodilih, in je šlo brez težav.
+ Na okencu mi rečejo, naj grem domov in to naredim na netu.
# sl15: "you should have reported it online", "come to a shop", "can be done in chat", "call instead"
(moral*|morali|moram|morate|naj|mora|morata) ~4 (prek|preko|na) (splet*|spletn*|aplikacij*|app*|klepet*|chat*)
(mora|moram|morate|naj|morata) ~2 (priti|pridem|pride|pridete|oglasi*|prideta) ~2 (v|na|k) ~1 (poslovalnic*|trgovin*|okenc*)
(da|lahko) ~2 (urediti|uredi|uredite|urejat*|uredita) ~2 (v|na|prek) ~1 (klepet*|chat*|splet*|aplikacij*)
+ Rekel je, da bi moral krajo prijaviti prek spleta.
+ Rekli so, da mora priti v poslovalnico.
+ V trgovini so rekli, da se da urediti v klepetu.
- Uredil sem prek spleta, vse deluje.
- Naročil sem na spletu brez težav.
# sl18b: inflection pass: dual/plural of "naj to uredim na spletu"
+ Na okencu so nama rekli, naj to narediva na spletu.
- Na spletu sva oddala vlogo in jo hitro dobila odobreno.
