# Phone menus, chatbots or automated systems with no way to reach a
# person; robocalls.
(govorn*|glasovn*|telefonsk*|avtomatsk*|govoren|glasoven) (avtomat*|odzivnik*|meni|menija|meniju|menijem|asistent*|robot*|tajnic*|sistem*|glas|glasom)
(avtomat|avtomata|avtomatu|avtomatom) | weight=0.5
odzivnik*
(robot|robota|robotu|robotom|roboti|robotov) | weight=0.5
(robot|robota|robotu|robotom|roboti|bot|chatbot*|avtomat|avtomatski) ~5 (razume|razumel*|ponavlja|ponovil*|prekinil*|vrne|vrze|vprasa*|zahteva|ponudi|ponudil*|posilja) | noneg
(z|s) (robotom|botom|chatbotom|odzivnikom)
(vrglo|vrgel|vrgla|vrze|vrzejo|vrzeta) ~2 ven | weight=0.5
robotsk* ~1 (klic*|glas*|sistem*|operaterj*|odzivnik*)
(chatbot*|cetbot*|chat-bot*|klepetalni*|bot|bota|botu|botom|boti|botov)
(virtualn*|digitaln*|virtualen|digitalen) (asistent*|agent*|pomocnik*|pomocnic*|svetoval*)
(menija|meniju|menijem|meniji|menijih|menijski|menijsko|menijska) | weight=0.5
pritisni* ~2 (tipk*|stevilk*|ena|dve|tri|stiri|pet|1|2|3|4|5|6|7|8|9|0|zvezdic*|lojtr*)
izbir* ~2 (jezik*|moznost*) | weight=0.5
(vrne*|vrze*|vrgel|vrglo|vrnil*) ~3 (na|v) ~1 (zacetek|izbir*|glavni|prvi)
(v|neskoncn*|neskoncni|neskoncen) (zanki|zanko|zanka)
posnet* (sporocil*|glas*|obvestil*)
# no human to be reached
(ziv*|pravim|pravega|pravi|resnicn*|resnicen) (clovek*|cloveka|osebo|osebe|operaterj*|agent*|sogovornik*|usluzben*) | weight=0.5
(govorit*|govoril*|pogovor*|povezat*|dobit*|priti|prides|pridem|zahtevam|zelim) ~2 (s|z|do) (clovek*|cloveka|zivo|zivim|zivega|osebo)
(clovek*|cloveka|operaterj*|agent*) ~2 (nikjer|nikogar) | noneg
do (operaterj*|cloveka|clovek*|agenta|osebe|svetoval*|zive) ~2 ne ~2 (morem|mores|more|moremo|pridem|prides|pride|priti|mogoce|moc|gre|moreva) | noneg
(ne|ni|nisem|nism|nisn) ~2 (pridem|prides|priti|moc|mogoce|uspe|uspelo) ~1 do ~1 (operaterj*|clovek*|cloveka|agent*|zive|osebe|svetoval*) | noneg
# "tipka 0 naj bi me povezala z operaterjem, pa samo ponovi meni"
(tipka|tipko|tipke|tipki|tipk) ~6 (meni|menija|meniju|operater*|zacetek|povezal*|preveze|poveze)
govoriln* (sistem*|avtomat*|robot*|asistent*)
posnet* (gospa|gospo|gospod|gospoda|zenska|zensko|moski|reklam*|oglas*|ponudb*|klic|klici|klicev)
+ Govorni avtomat me je vrnil na začetek, do človeka ne moreš priti.
+ chatbot zna samo ponavljati iste odgovore, cloveka pa nikjer
+ Pritisni 1, pritisni 3, in potem spet glavni meni.
+ Vsak dan me kliče posneto sporočilo.
+ Klicala me je posneta gospa z reklamo.
- Operaterka se je oglasila takoj in mi pomagala.
- Ali lahko govorim z vodjo poslovalnice?

# --- pass 3 ---
# robocalls: "avtomatski klic z reklamo", "klicala me je posneta ženska"
(avtomatsk*|posnet*|robotsk*|avtomatiziran*|avtomatski) ~1 (klic*|klici|glas|sporocil*) ~4 (reklam*|ponudb*|vsak|vsakic|spet|zopet|nenehno|neprestano)
robo ~1 klic*
robocall*
(robot|robota|roboti|robotov|avtomat|avtomati|racunalnik|bot|boti) ~3 (klice|klicejo|kliceta|klical*|klicalo|klicala|poklical*)
(klice|klicejo|kliceta|klical*|klicalo|klicala|poklical*) ~2 (robot|robota|roboti|robotov|avtomat|avtomati|racunalnik|bot|boti)
+ Klical me je avtomatski klic z reklamo, že peti ta teden.
+ Spet me je poklical robot.
- Avtomatski klic me je opomnil na termin, zelo priročno.
- Robot za sesanje dela odlično.
- Posnetek klica bom poslal odvetniku.
# a robot answering the line: "robot na vaši liniji", "avtomat v klicnem centru me sprašuje"
(robot|robota|robotu|robotom|roboti|avtomat|avtomata|avtomatu) ~2 (na|v) ~1 (liniji|telefonu|klicnem|stevilki|zvezi|infoliniji|slusalki) | weight=0.5
(robot|robota|robotu|roboti|avtomat|avtomatski|bot|chatbot*|odzivnik*) ~5 (sprasuj*|sprasev*|sprasal*|zasliseval*|ponavljal*|vrtel*|vrti)
+ Robot na infoliniji me je trikrat spraševal isto.

# --- pass 6 ---
# no option for a human: "meni ima deset možnosti, nobena ni za operaterja"
(moznost*|izbir*|opcij*) ~6 (nobena|noben|ni|nobene) ~3 (operater*|clovek*|cloveka|osebo|agent*|svetoval*|zivo|zivega) | noneg
(ni|nobene|brez) ~1 (moznost*|opcij*|izbir*|tipk*) ~3 (za|da) ~3 (operater*|clovek*|cloveka|osebo|agent*|svetoval*|zivo|zivim|zivega) | noneg
# pressing keys in circles: "pritisnem 1, potem 4", "spet na začetku"
(pritisn*|pritiskam|pritiskal*|pritiska*|stisnem|stisnil*) ~2 (tipk*|stevilk*|ena|dve|tri|stiri|pet|1|2|3|4|5|6|7|8|9|0|zvezdic*|lojtr*) | weight=0.5
(spet|zopet|ponovno|vedno|nazaj) ~3 na (zacetku|zacetek) | weight=0.5
(menijev|podmeni*) | weight=0.5
# the machine hangs up: "sistem me je kar odklopil"
(sistem|masina|racunalnik|avtomatika|odzivni|odzivnik|sistemom) ~4 (odklopil*|prekinil*|prekine|odklopi|vrgel|vrglo|vrze|odvrgel|odlozil*)
# speech recognition that fails
(govorn*|glasovn*|govoren|glasoven) ~1 (prepoznavanj*|razpoznavanj*|upravljanj*|ukaz*|vnos*|pomocnik*)
prepoznavanj* ~2 (govor*|glas*)
+ V meniju je ogromno možnosti, za živo osebo pa nobene.
+ Pritisnem dve, nato tri, in sem spet na začetku.
+ Po desetih minutah menijev me je sistem odklopil.
+ Glasovno prepoznavanje ne razume mojega imena.
- Pritisnila sem enko in dobila prijazno operaterko.
- Sistem mi je poslal račun po pošti.

# r8: impossible to talk to a person; back to the main menu; robocalls; voice assistant
(z|s) ~1 (osebo|clovekom|operaterjem|operaterko|agentom|agentko|zaposlenim|svetovalcem) ~4 (nemogoce|nemogoc*)
nemogoce ~4 (z|s) (osebo|clovekom|operaterjem|operaterko|agentom|agentko)
(nazaj|spet|znova|vedno|zopet) ~3 (glavni|zacetni|osnovni|prvi) ~1 (meni|menij*)
(pritisn*|pritiskal*|tipkal*) ~4 (enko|dvojko|trojko|stirko|petico|sestico|sedmico|osmico|devetko|nicl*|zvezdic*|lojtr*) | weight=0.5
(robot|robotsk*) ~3 (klice|klicejo|klical*|poklical*|klici|klicev|klic|kliceta)
(asistent*|bot|bota|botu|botom|chatbot*|klepetalnik*|odzivnik*) ~3 ne ~1 (razume|prepozna|razumel*|prepoznal*|zna) | noneg
+ S človekom govoriti je pri vas nemogoče.
+ Pritisnil sem devetko, pa spet nazaj na glavni meni.
+ Robotski klici me zbujajo vsako jutro.
+ Govorni asistent ne razume niti mojega imena.
- Ob pritisku na devetko me je takoj prevzela prijazna operaterka.
- Z operaterjem sem se pogovoril brez težav.

# sl12b: robocalls described as automated/recorded calls
avtomatiziran* ~1 (klic*|klicev|klici|sporocil*|odzivnik*|sistem*|glas*|asistent*)
(klic|klici|klicev|klicem|klice) ~2 (s|z) (posnetkom|posnetki|posnetim|avtomatom)
# sl12b: computer/machine voice
racunalnisk* (glas|glasom|glasu|glasovi|odzivnik*|tajnic*|operater*|asistent*)
(stroj|masina|racunalnik) ~4 (rekel|rekla|rece|govoril*|govori|vprasal*|sprasuje|ponavljal*|ponavlja) ~8 (prekinil*|prekine|odklopil*|odklopi|vrgel|vrglo|vrze|odlozil*) | noneg
# sl12b: system phrases quoted ("your answer was not recognised", "invalid choice")
(odgovora|vnosa|izbire|ukaza|glasu|zahteve) ~1 (nisem|ni|nismo|nisva) ~1 (prepoznal*|razumel*|prepoznan*) | noneg
(izbira|vnos|ukaz|odgovor) ~2 (ni|je) ~1 (veljavn*|neveljavn*|prepoznan*) | noneg, weight=0.5
+ Prejel sem že pet avtomatiziranih klicev s posnetim oglasom.
+ babici je racunalniski glas rekel, naj gre na splet
+ Stroj je dvakrat rekel, da me ne razume, in me odklopil.
+ Vedno znova: "Vašega odgovora nisem prepoznal."
- Računalniški sistem na pošti je bil nekaj časa nedelujoč, a so me hitro postregli.
# sl12b: talking to a machine; AI assistants; IVR / voicebot names
(govoril*|govorila|pogovarjal*|pogovarjala|pogovor|pogovora|dopisoval*|dopisovala|prepiral*|prepirala|kregal*) ~3 (s|z) (strojem|masino|racunalnikom|avtomatom|robotom|avtomatiko)
(ai|umetn*) ~2 (asistent*|pomocnik*|pomocnic*|klepetalnik*|chat*|svetoval*|agent*)
(ivr|voicebot*|callbot*|voice-bot*|glasovnim|glasovni) ~2 (sistem*|bot*|meni*|ivr)
(tipkaj*|vtipkaj*|izberi|izberite|stisni|stisnite|izberita|stisnita) ~2 (1|2|3|4|5|6|7|8|9|0|ena|dve|tri|stiri|pet|enko|dvojko|trojko|zvezdico) | weight=0.5
(vrti|vrtel*|vrtim|vrtela|kroz*|krozil*|krozila) ~3 (v|po) (krogu|krog) | weight=0.5
+ Pol ure sem se kregal z robotom.
+ AI asistent mi je trikrat ponudil isti članek, človeka pa ni.
+ Izberite 1, izberite 3 in spet ne pridem do operaterja.
- Robotski sesalnik, ki sem ga kupila, deluje odlično.
# sl12b: the machine asks, no human anywhere
(masina|stroj|racunalnik) ~3 (sprasuje|sprasev*|vprasa|odgovarja|odgovori|pozdravi|govori|zahteva)
(clovek*|cloveka|zivega|zive|operaterj*|agent*) ~2 ni ~2 (nikoder|nikjer) | noneg
v zivo ~2 (nikogar|nikjer|nobenega) | noneg, weight=0.5
+ Na infoliniji te samo sprašuje mašina, človeka ni od nikoder.
+ Samo tipkaš in tipkaš po meniju, v živo nikogar.
- Pralni stroj sem kupila prejšnji teden in deluje.
# sl16: the menu keeps sending one back: "meni me kar naprej vrača na izbiro jezika"
(meni|menija|meniju|avtomat*|robot*|sistem|odzivnik*) ~3 (vraca|vrne|vrze|vrača|preusmerja|posilja) ~3 (nazaj|zacetek|izbir*|glavni|zacetni|prvi|jezik*)
(do|z) (operaterj*|cloveka|zive|zivega|osebe|svetoval*) ~3 (ne|nemogoce) ~2 (priklicat*|dobit*|dozvonit*|prebit*) | noneg
+ Avtomat me vedno znova vrne na začetek.
+ Do človeka se ne da priklicati, samo posnetki.
+ Robot me po vsaki izbiri pošilja nazaj na glavni meni.
- Operater me je hitro povezal, brez čakanja.
- Po desetih minutah v vrsti sem na okencu prišel do živega človeka.
# sl18b: inflection pass: "do živega človeka se nisem mogla prebiti"
do ~1 (operaterj*|clovek*|agent*|osebe|svetoval*|zive*) ~3 (nisem|nism|nismo|nisva|niso|nista|ni|ne) ~2 (mogel|mogla|mogli|mogle|mogu|morem|moremo|moreva|prebil*|prebit*|prebijem|prebijemo|prisel|prisla|prisli|uspel*|uspelo) | noneg
+ Do živega človeka se nisva mogla prebiti.
+ Spet so me klicali roboti.
+ Z živim operaterjem govoriti je nemogoče.
- Do operaterja sem prišla v minuti, hvala.
