# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, arguing, calling the customer stupid, personal remarks,
# hanging up.
#
# The adjectives customers also use about themselves ("ik was zelf wat
# kortaf") or in a hypothetical ("als hij onbeschoft was geweest", "als de
# verkoper arrogant zou zijn") count only in a main clause about staff: a
# staff noun or he/she/they, then the finite verb, then the adjective (a
# subordinate clause puts the verb after it); or attributive ("een
# onbeleefde medewerker"), or with an intensifier ("zo onbeschoft!").
(medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|bedrijfsleider*|filiaalmanager*|manager*|monteur*|technicus|technieker*|bezorger*|koerier*|chauffeur*|buschauffeur*|adviseur*|agent*|collega*|beveiliger*|bewaker*|portier*|ober|serveerster|barman|personeel*|vent|gast|kerel|receptionist*|apotheker*|assistente|conducteur*|steward*|stewardess*|loketmedewerk*|helpdesk*|klantenservice|webcare|baliemedewerkster|slager|bakker|kapper|chef|leidinggevende*|teamleider*|verpleegkundige*|arts|huisarts*|tandarts*|docent*|juf|meester|ambtenaar|ambtenaren|politieagent*|douanier*|controleur*|kok|eigenaar|eigenaresse|baas|winkeleigenaar|exploitant|makelaar|verhuurder|installateur*|loodgieter*|schilder|aannemer*|bediening|onthaal|ontvangst|behandeling|klantendienst|mens|madam|madame|juffrouw|ventje|mannetje|vrouwtje|kwast|type|figuur|lui|mensen|telefoniste|receptioniste|kassierster|caissiere|serveersters|obers|bewakers|verkopers) ~4 (was|waren|is|zijn|deed|deden|doet|doen|reageerde|reageerden|reageert|klonk|klinkt|bleef|bleven|blijft|werd|werden|wordt|leek|leken|sprak|spraken|antwoordde|antwoordt|keek|stond|zat) ~3 (onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*)
(hij|zij|ze|die|jullie|men|iedereen) (was|waren|is|zijn|deed|deden|doet|doen|reageerde|reageerden|reageert|klonk|klinkt|bleef|bleven|blijft|werd|werden|wordt|leek|leken|sprak|spraken|antwoordde|antwoordt|keek|stond|zat) ~3 (onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*)
(was|waren|is|zijn|deed|deden|doet|doen|reageerde|reageerden|reageert|klonk|klinkt|bleef|bleven|blijft|werd|werden|wordt|leek|leken|sprak|spraken|antwoordde|antwoordt|keek|stond|zat) (die|de|dat|het|ze|zij|hij|jullie|iedereen|men) ~3 (onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*)
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*) (medewerk*|klantenservicemedewerk*|servicemedewerk*|baliemedewerk*|kassamedewerk*|winkelmedewerk*|chatmedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|bedrijfsleider*|filiaalmanager*|manager*|monteur*|technicus|technieker*|bezorger*|koerier*|chauffeur*|buschauffeur*|adviseur*|agent*|collega*|beveiliger*|bewaker*|portier*|ober|serveerster|barman|personeel*|vent|gast|kerel|receptionist*|apotheker*|assistente|conducteur*|steward*|stewardess*|loketmedewerk*|helpdesk*|klantenservice|webcare|baliemedewerkster|slager|bakker|kapper|chef|leidinggevende*|teamleider*|verpleegkundige*|arts|huisarts*|tandarts*|docent*|juf|meester|ambtenaar|ambtenaren|politieagent*|douanier*|controleur*|kok|eigenaar|eigenaresse|baas|winkeleigenaar|exploitant|makelaar|verhuurder|installateur*|loodgieter*|schilder|aannemer*|bediening|onthaal|ontvangst|behandeling|klantendienst|mens|madam|madame|juffrouw|ventje|mannetje|vrouwtje|kwast|type|figuur|lui|mensen|telefoniste|receptioniste|kassierster|caissiere|serveersters|obers|bewakers|verkopers)
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*) (behandeling|bediening|service|toon|toontje|reactie|reacties|antwoord|antwoorden|antwoordje|opmerking|opmerkingen|houding|manier|bejegening|types|personeel|gedrag|ontvangst|onthaal|team|zaak|winkel|bedrijf|klantenservice|helpdesk)
(zo|zó|heel|erg|super|ontzettend|echt|ronduit|nogal|behoorlijk|vreselijk|zeer|enorm|extreem|bijzonder|totaal|ongelooflijk|ongelofelijk|onwijs|mega|hyper|uitermate|uiterst|buitengewoon|verschrikkelijk|ontiegelijk|hartstikke|schandalig|ongekend|waanzinnig|belachelijk|knap|bijzonder|absurd|ongehoord|werkelijk|gewoonweg|gewoon|compleet|volkomen|idioot) (onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*)
wat (onbeleefd*|onbeleeft*|onbeschof*|arrogant*|brutaal*|brutale*|onbeschaamd*|ongemanierd*|lomp|lompe|grof)
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*) ~3 (behandeld|geholpen|bejegend|gereageerd|aangesproken|afgewimpeld|toegesproken|geantwoord|afgesnauwd|afgescheept|weggestuurd)
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*) ~2 tegen (mij|me|ons|mijn|m'n|klanten|iedereen|haar|hem|onze)
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|horkerig*|hufterig*|snibbig*|schofterig*) | weight=0.5
# Adjectives hardly used about oneself: plain words.
(neerbuigend*|respectloos*|respectloze*|sarcastisch*|kleinerend*|denigrerend*|minachtend*|betuttelend*|laatdunkend*|hautain*|schofferend*|onheus*|onbehouwen*|snauwerig*|bazig*|kattig*|ongemanierd*|hooghartig*|ongeinteresseerd*|onverschillig*|verwaand*|bijdehand*|betweterig*|belerend*|spottend*|smalend*|honend*|asociaal*|asociale*|onbeschaafd*|hufterig*|ongepast*|cynisch*|sarcasme|minachting|onbeschoftheid|botheid|arrogantie)
uit de hoogte
(zuchtte|zuchtten|zuchtend|gezucht)
(ongeduld|zucht) | weight=0.5
# bot: not the chatbot ("de bot begreep het niet")
(was|waren|is|erg|heel|zo|nogal|ontzettend|super|echt|ronduit|behoorlijk|best|bijzonder|vreselijk|zeer|vrij|redelijk|enorm|extreem|gewoon|te) bot
bot ~2 (tegen|geantwoord|gereageerd|behandeld|afgewimpeld|weggestuurd)
botte ~2 (reactie|antwoord|opmerking|toon|vent|kerel|*medewerker|*medewerkster|dame|man|vrouw|behandeling)
# tone and attitude
(hoge|botte|kattige|bitse|chagrijnige|norse|vuile|boze|ijzige|geirriteerde|geergerde|zure|nare|vervelende|arrogante|bijdehante|snauwerige|onvriendelijke|denigrerende|minachtende|spottende|sarcastische|betweterige|belerende|kille|neerbuigende|uit-de-hoogte|geirriteerde|geergerde|agressieve|dreigende) (toon|toontje|houding|blik|opmerking|opmerkingen)
(toontje|rothouding|houdinkje)
(wat|rot|nare|vervelende|onverschillige|slechte|bijdehante|botte|arrogante|brutale|kille|lakse|ongeinteresseerde|ongeïnteresseerde|vreselijke|verschrikkelijke|belabberde|waardeloze|akelige|vijandige|agressieve|onbeschofte|schandalige|ongelooflijke|negatieve|minachtende) ~1 houding
op hoge toon
# ignoring, snubbing
(keek|keken) (me|mij|ons) (niet|nauwelijks|amper) ~1 aan | noneg
(keek|keken) (me|mij|ons) geen blik | noneg
(geen|zonder) (blik|groet|goedendag|goedemorgen|goedemiddag|gedag|glimlach|hallo|dankjewel|dankuwel) ~2 (waardig|aan|gegund) | noneg
met de nek ~2 (aangekeken|aankijken|aankeek|aankeken)
(keek|keken|bekeek|bekeken|aankeek|aangekeken) ~3 (vuil|vies|smalend|minachtend|spottend|meewarig|denigrerend|alsof|schuin)
(negeerde|negeerden|negeert|negeren) (me|mij|ons|mijn|m'n|de) ~1 (vraag|vragen|klant|klanten)
(negeerde|negeerden|negeert|negeren) (me|mij|ons)
(ik|we|wij) (werd|werden|word|worden) ~3 genegeerd
(werd|werden|word|worden) (ik|we|wij) ~3 genegeerd
(liet|lieten) ~1 (me|mij|ons) (gewoon|zomaar|daar|domweg|gewoonweg) staan | noneg
(draaide|draaiden) ~2 (zich|z'n|zijn|haar) ~2 (om|rug)
(draaide|draaiden) ~2 de rug
(rug|ruggen) ~2 (toegekeerd|toekeerde|toedraaide|toegedraaid)
(deed|deden|doet|doen) alsof (ik|we|wij) ~3 (lucht|stoorde|stoorden|lastigviel|lastigvielen|last|lastig|zeurde|zeurden|niet|onzichtbaar|gek|dom|achterlijk|debiel|kind|idioot|crimineel|dief|leugenaar|niks|niets)
alsof (ik|we|wij|je|u|mijn) ~2 (idioot|debiel|kind|dom|dommerik|sukkel|achterlijk|gek|crimineel|dief|leugenaar|oplichter|imbeciel|zeur|zeurpiet|analfabeet|kleuter|peuter|lastpak|niks|lucht|oen|klein|stoorde|lastigviel|lastig|onzichtbaar|tweederangs|oud|seniel|doof)
(interesseerde|boeide|kon) ~4 (niets|niks|geen|bal|moer|reet|fluit|donder) ~2 schelen | noneg
(interesseerde|boeide) ~4 (niets|niks|geen) ~2 uit | noneg
boeide ~3 niet | noneg
(kon|kan) ~2 (hem|haar|hun|ze|hen) ~3 (niets|niks|geen|bal|moer|reet|fluit|donder|malle) ~2 schelen | noneg
# chatting, phones, not paying attention
(kletsen|kletste|kletsten|kletsend|babbelen|babbelden|babbelde|roddelen|roddelden|giechelde|giechelden|giechelend|gegiechel)
# r8a: idle on the phone, not "looked it up on his phone"
(zat|zaten|zit|zitten|stond|stonden|stond|bleef|bleven|was|waren|bezig|keek|keken|kijken|speelde|speelden|spelen|scrollde|scrollden|scrollen|appte|appten|appen|append|druk|hing|hingen|verdiept|gluurde|tikte|tikken|typte|typen|gefocust|gericht|gefixeerd|ging|gingen|verder) ~4 (op|met|aan|in) (haar|zijn|hun|d'r|z'n) ~1 (telefoon|mobiel|mobieltje|gsm|schermpje|telefoontje)
(wuifde|wuifden|wuift|wuiven) ~4 weg
(weggewuifd|wegwuiven|afgewimpeld) | weight=0.5
# not letting the customer speak
door (me|mij|ons) heen ~2 (praten|praatte|praatten|gepraat|praat|kletsen|kletste|schreeuwde|schreeuwen|riep)
(liet|lieten|laat|laten) (me|mij|ons) ~4 (niet|geen) ~3 (uitpraten|uitspreken|afmaken|uitleggen|praten|woord|zin) | noneg
geen ~2 (zin|woord) ~3 (afmaken|uitspreken|zeggen) | noneg
(onderbrak|onderbraken|onderbreekt|onderbreken|onderbroken) ~3 (steeds|telkens|continu|constant|voortdurend|me|mij|ons|elke|iedere)
viel (me|mij|ons) ~3 in de rede
# snapping, barking, shouting, swearing
(snauw*|gesnauw|afgesnauwd|toegesnauwd|afgeblaft|afblaf*|afgebekt|toegebeten|afgeblaft|blafte|blaften|gebaf|afgekat|afkatten|katte|katten)
(blafte|bekte|beet|snauwde|katte) ~3 (af|toe|terug)
(schreeuwde|schreeuwden|geschreeuwd|brulde|brulden|tierde|raasde|foeterde|bulderde|krijste|gilde|schreeuwend|brullend|tierend|uitgebruld)
(schreeuwen|schreeuw|brullen|tieren|uitvallen|uitvaren|krijsen|gillen) ~3 (tegen|naar)
tegen (me|mij|ons) ~3 (schreeuw*|geschreeuwd|tekeer|uitgevallen|uitgevaren|uitvallen|uitvaren|gebruld|brullen|gillen|foeteren|snauwen)
(tekeer|tekeergegaan|tekeergaan|kafferen|uitkafferen|uitgekafferd|kafferde|afgezeken|afzeiken|zeikte|uitgefoeterd|uitfoeteren|afgemaakt|afmaken|bekvechten|gebekvecht)
(uitgescholden|uitschelden|scheldwoord*|scheldpartij|scheldend|scheldt|vloekte|vloekten|vloekend|scheldde|scheldden|vloeken|tierend|uitgevloekt)
(schold|scholden) ~6 uit
riep ~3 (tegen|door)
(uitgemaakt|uitmaakte|uitmaakten|versleten|weggezet|neergezet) ~3 voor
voor ~3 (leugenaar*|dief|oplichter*|fraudeur*|crimineel|idioot|gek|zeur|zeurpiet|aansteller|klaploper|profiteur|racist|sukkel|dombo|debiel|oen|kneus|mongool|achterlijk|dom|gek|domme) ~1 (uitgemaakt|versleten|aangezien|weggezet|gezet|uitmaken|verklaard)
(noemde|noemden|noemt|noemen) (me|mij|ons|mijn|m'n) ~3 (dom*|idioot|gek|lastig|schatje|moeilijk|zeur*|hysterisch|ouwe|opa|oma|meisje|vrouwtje|mannetje|liefje|schat|dametje|wijf|trut|lul|sukkel|debiel|achterlijk|oen|mongool)
(kut*|klootzak*|trut|lul|eikel*|hoer|wijf|mongool|debiel|sukkel|idioot|dombo|kankerlijer|teringlijer|tyfuslijer) ~3 (genoemd|noemde|noemden|uitgemaakt|toegeroepen|riep|schreeuwde)
beledig*
(beschuldig*|verdacht|verdachte) ~6 (diefstal|stelen|gestolen|fraude|liegen|gelogen|gejat|jatten|winkeldiefstal|oplichting)
(beschuldigde|beschuldigden|beschuldigd)
# personal remarks about looks or behaviour
(opmerking*|grap*|grapje*|commentaar|opmerkinkje*|sneer|sneertje*|steek|steekje*|rotopmerking*) ~4 over (mijn|m'n|haar|zijn|ons|onze|z'n) ~1 (gewicht|uiterlijk|kleding|kleren|haar|kapsel|tatoeage*|lengte|postuur|lijf|figuur|gezicht|neus|tanden|bril|leeftijd|accent|hoorapparaat|rolstoel|kinderen|kind|zoon|dochter|moeder|vader|vrouw|man|auto|schoenen|tas|gezin|buik)
(zei|zegt|riep|noemde|vond|vroeg) ~5 (ik|mijn|m'n|we|wij|me) ~3 (stonk|stink|stinkt|lelijk|smerig|gestoord|seniel)
te (dik|zwaar|lelijk|dom) ~3 (voor|om)
# "ga toch iets nuttigs doen", "zoek het maar uit", "weet ik veel"
ga (toch|lekker|gewoon) (iets|wat|weg|zeuren|janken|huilen|zitten|ergens|zelf|thuis)
zoek ~2 (het|dat|dit|'t) ~2 (zelf|lekker|toch) ~2 uit
(weet|wist) ik veel | weight=0.5
(jammer|pech) (dan|gehad) | weight=0.5
(zie|ziet) (je|u) ~1 niet ~4 bezig | noneg
ik ben ~2 (uw|je|jouw|jullie) ~1 (secretaresse|moeder|slaaf|loopjongen|oppas|juffrouw|dienstmeisje|butler|babysit*|privesecretaresse|personeel|persoonlijke|vader|knecht|boodschappenjongen) niet | noneg
daar ben ik niet voor | noneg,weight=0.5
en (hangt|hing|hingen) ~1 op | weight=0.5,noneg
(ophouden|stoppen|kappen) met (zeuren|zeiken|zaniken|janken|klagen|mekkeren|drammen|aanstellen|huilen|jammeren|zeveren)
(zei|riep|vond|noemde|snauwde|beet|zegt|vroeg|horen|schreef|antwoordde|reageerde|sneerde) ~6 (zeuren|zeiken|zaniken|janken|mekkeren|aanstellen|aanstellerij|zeur|zeurpiet|zeurkous|lastpak|hysterisch|overdrijven|overdreef|opschieten|opdonderen|ophoepelen|oprotten|zeveren|zagen) | noneg
of (ik|we|wij|u|je) ~1 (wel|eigenlijk|uberhaupt|soms|even) ~3 (dom|doof|blind|gek|achterlijk|debiel|wist|weet|snapte|snap|begreep|begrijp|lezen|tellen|luisterde|luister|wakker|nuchter|dronken|normaal)
(langzaam|luid|hard) en (langzaam|luid|hard) ~2 (praten|spreken|praatte|sprak)
(behandeld|aangesproken|weggezet|neergezet|bejegend|toegesproken|afgeserveerd) (als|alsof) ~2 (idioot|debiel|kind|dom|sukkel|achterlijk|gek|crimineel|dief|leugenaar|oplichter|imbeciel|zeur|analfabeet|kleuter|lastpak|vuil|tweederangs|hond|nummer|oud|klein|kleuter|peuter|schooljongen|schoolmeisje)
als ~2 (idioot|kind|oen|debiel|crimineel|dief|verdachte|oplichter|leugenaar|tweederangs*|hond|vuil|nummer|klein|kleuter|peuter|stuk|schooljongen) ~2 (behandeld|bejegend|weggezet|aangesproken|toegesproken|behandelen|behandelt|behandelde|behandelden)
(stuk|oud) vuil
tegen ~2 (haar|hem|mijn|m'n) ~3 alsof ~3 (klein|kleuter|kind|idioot|peuter|dom)
(praatte|praatten|sprak|spraken|praat|spreekt|deed) ~3 alsof ~3 (klein|kleuter|kind|idioot|peuter|dom|achterlijk|doof)
# laughing at, ridicule, humiliation
(grinnikte|grinnikten|grijnsde|grijnsden|grijnzen|grijnzend|grinnikend|gniffelde|gniffelden|gniffelend|smaalde|uitgelachen|uitlachen|uitlachte|uitlachten|proestte|proestten|hoonde|gegniffel|gegrinnik)
(lachte|lachten) ~3 uit
(belachelijk|bespottelijk) ~3 gemaakt
(maakte|maakten|maakt|maken) (me|mij|ons) ~2 (belachelijk|bespottelijk|uit)
voor (schut|gek|aap|lul|joker) ~2 (gezet|zetten|zette|staan|stond|verklaard|uitgemaakt)
te kijk ~2 (gezet|zetten|zette)
(vernederd|vernederend|vernedering|vernederde|vernederen|geschoffeerd|schoffeerde) | weight=0.5
waar (iedereen|klanten|andere|mijn|de|onze) ~2 bij (stond|stonden|was|waren|zat|zaten)
in het bijzijn van (iedereen|andere|klanten|collega's|mijn|m'n|de)
ten overstaan van
voor de (hele|volle|ogen) ~1 (winkel|zaak|rij|wachtrij|klanten|iedereen)
# physical: throwing, grabbing
(gooide|gooiden|smeet|smeten|kwakte|kwakten|wierp|smijt|gooit|pletste) ~5 (wisselgeld|bonnetje|bon|pakket*|tas|spullen|pas|kaart|geld|toonbank|balie|voeten|boodschappen|hoorn|telefoon|papieren|*formulier|bestelling|pakje)
(trok|rukte|griste|graaide|pakte) ~5 uit ~2 (hand|handen|handtas)
(duwde|duwden|gedrukt|geduwd|porde) ~3 (me|mij|ons|weg|opzij)
# aggressive, intimidating, arguing
(agressief|agressieve|intimiderend*|dreigend|dreigde|dreigden|bedreigd|bedreigde|geintimideerd|intimideerde)
in discussie
(ging|gingen|begon|begonnen) ~3 (discussie*|ruzie*|bekvechten|ruziemaken|kibbelen)
(discussieerde|ruziede|ruzieden|ruziemaakte)
# hanging up on the customer (not "ik hing op", "hing in de wacht")
(medewerk*|klantenservicemedewerk*|telefonist*|verkoper*|verkoopster*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|*medewerkster|agent*|collega*|helpdesk*|klantenservice|ze|zij|hij|die|men|vent|kerel|gast) ~4 (hing|hingen|hangt|ophing|ophingen) ~5 op
(medewerk*|klantenservicemedewerk*|telefonist*|verkoper*|verkoopster*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|agent*|collega*|ze|zij|hij|die|men|vent|kerel|gast) ~4 (ophing|ophingen|ophangt)
(hing|hingen|hangt) (ze|zij|hij|die|de|het|men|meneer|mevrouw|zo'n|dat) ~4 op
(heeft|hebben|had|hadden) ~3 (opgehangen|ingehaakt)
(haakte|haakten) ~3 in
(verbrak|verbraken) ~3 (verbinding|gesprek|lijn|chat)
(weggedrukt|wegdrukte|wegdrukten|wegdrukken)
(drukte|drukten|drukt) ~3 weg
hoorn ~3 (erop|neer|opgelegd|ingegooid)
(ze|zij|hij) (legde|legden|gooide|smeet) ~3 neer
(sloot|sloten|sluit|beeindigde|beeindigden) ~3 (chat|gesprek|chatgesprek)
(chat|gesprek|chatgesprek) (werd|wordt) ~3 (afgesloten|gesloten|beeindigd|afgebroken) ~3 (toen|zodra|nadat|omdat|na)
in mijn gezicht
# "niet vriendelijk" of staff, not "dat was niet netjes van mij" nor a site
# that is "niet mobiel vriendelijk"
(was|waren|is|zijn|bleef|bleven|klonk|klinkt) niet (vriendelijk|beleefd|aardig|klantvriendelijk|respectvol) | noneg
(was|waren|is|zijn|bleef|bleven|klonk|klinkt) niet (erg|zo|bepaald|echt|heel|bijster|bijzonder) (vriendelijk|beleefd|aardig|klantvriendelijk|respectvol) | noneg
(totaal|helemaal|absoluut|echt|bepaald|allerminst|nou) niet (vriendelijk|beleefd|klantvriendelijk|respectvol) | noneg
(allesbehalve|verre) ~2 (vriendelijk|beleefd|netjes|aardig|klantvriendelijk) | noneg
onprofessioneel* | weight=0.5
(begon|begonnen|ging|gingen|stond|stonden|zat|zaten|moest|moesten|barstte|barstten|schoot|schoten) ~3 (lachen|grinniken|giechelen|gniffelen|grijnzen|lachte|proesten)
wat (een|'n) (toon|toontje|houding|bejegening|arrogantie|lompheid|botheid|manieren|attitude)
(compleet|totaal|volledig|straal|glashard|keihard|bewust|domweg) ~1 (genegeerd|negeerde|negeerden)
(negeerde|negeerden|negeert|negeren) ~3 (klanten|rij|wachtrij|wachtenden|iedereen|vragen)
(stond|stonden|zat|zaten|staat|staan|zit|zitten) ~6 te (bellen|appen|kletsen|roken|scrollen|gamen|whatsappen|lachen|gapen|instagrammen|facebooken|tiktokken|roddelen)
(mond|kop|bek|waffel|snavel|muil) ~2 (houden|dicht|dichthouden|hield)
(afgeserveerd|afgebrand|afgezeken|uitgekafferd|afgemaakt|uitgefoeterd|toegesist|afgesnauwd)
(lacht|lachen) ~2 (me|mij|ons|je) ~2 uit
(onfatsoenlijk*|onbehoorlijk*|onhebbelijk*|ongepast*)
voor (mijn|m'n|onze|ons) neus ~3 (dichtgegooid|dichtgedaan|gesloten|dicht|dichtgeslagen|dichtgesmeten)
(liet|lieten|laat|laten) ~3 (voelen|merken) ~4 (lastig|dom|zeur|last|lastpak|onwelkom)
(geirriteerd|geergerd|pissig|nijdig|geprikkeld|vijandig) ~3 (reageerde|reageerden|antwoordde|klonk|keek|deed) | weight=0.5
(reageerde|reageerden|antwoordde|klonk|keek|deed) ~3 (geirriteerd|geergerd|pissig|nijdig|geprikkeld|vijandig) | weight=0.5
(net|alsof) ~3 (ik|we|wij) ~2 (niet|nie) ~1 (bestond|bestonden|bestaan|bestaat|zag|zagen|aanwezig) | noneg
(belangrijkere|betere|leukere) (dingen|zaken) ~2 (te|doen)
(obsceen|obscene|grove|onbeschofte|beledigend|beledigende|onsmakelijk) (gebaar|gebaren|opmerking|grap)
(middelvinger|fuckvinger|fuck-you)
en (ophangt|ophing|ophingen)
uit te (schelden|kafferen|foeteren|lachen)
# --- paraphrase families added (holdout4 round) ---
alsof (ik|we|wij) ~3 (verpestte|verpestten|verpest|ophield|ophielden|verspilde|tijd)
(domme|stomme|achterlijke|debiele|zeurende) (klant|klanten|mens|mensen|vrouw|wijf|vent|trut|oen|mevrouw|meneer)
(zeuren|zeiken|zaniken|janken|mekkeren|zeveren|zagen) ~4 (zei|zegt|riep|snauwde|antwoordde|beet|sneerde) | noneg
(behandelt|behandelen|behandelde|behandelden) ~3 (als|alsof) ~2 (vuil|oud|idioot|kind|debiel|crimineel|dief|hond|nummer|tweederangs*|kleuter|lastpak|stuk|oplichter)
(nare|onbeschofte|onvriendelijke|denigrerende|kleinerende|botte|grove|respectloze|arrogante|neerbuigende|minachtende|onheuse|schofterige|akelige|lompe|bijdehante|betweterige) (manier|wijze)
# rude nouns about a staff member
(hork|horken|trut|truttige|heks|hufter*|lomperik*|botterik*|bullebak*|zuurpruim*|chagrijn|kreng|krengen|snauwer*|snotaap|snotneus|bitch|bitches|boerenkinkel*|proleet|proleten|patser*)
wat (een|'n) ~1 (onbeleefd*|onbeleeft*|onvriendelijk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*)
(grofheid|lompheid|brutaliteit|onbeleefdheid|onvriendelijkheid|onbeschaamdheid|ongemanierdheid|hufterigheid|kortaangebondenheid)
# voice, shouting, anger aimed at the customer
(verhief|verhieven|verheft|verheffen|verhoogde) ~3 (stem|stemmen)
(begon|begonnen|ging|gingen|stond|stonden|zat|zaten|bleef|bleven) ~3 (schreeuwen|roepen|tieren|brullen|krijsen|foeteren|schelden|vloeken|snauwen|blaffen|razen|tekeergaan)
(tieren|getier|geschreeuw|gescheld|gebrul|gesnauw|geblaf)
(boos|kwaad|woedend|pissig|nijdig|razend|agressief|giftig|geirriteerd) ~1 (op|tegen) (me|mij|ons|mijn|m'n)
(gaf|gaven|geeft|kreeg|kregen|krijg|had|hadden|heeft|zette|zetten|opzette) ~3 (grote|dikke) (mond|bek|waffel|smoel)
af te (blaffen|snauwen|bekken|katten|blaffen|schepen)
(blaffen|afblaffen|afsnauwen|afbekken|sneerde|sneerden|gesneerd|kapte|kapten|afgekapt|afkappen|kleineren|kleineerde|kleineerden|gekleineerd)
in de clinch
ruzie ~2 (gezocht|zoeken|zocht|maken|maakte)
# eye rolling, shrugging, turning away
(rolde|rolden|rollen|rolt|rollend|draaide|draaiden) ~3 (ogen|oogjes)
(ogen|oogjes) ~3 (rolde|rolden|rollen|draaien|draaide)
(haalde|haalden|haalt|halen|ophalen|ophaalde|opgehaald) ~5 (schouders|schouder)
(schouderophalend|schouderophalen|schouderophaal*|schouderklopje) | weight=0.5
# hung up / cut off by staff
(telefoon|hoorn|lijn|gesprek) ~3 (neergelegd|neerlegde|neergegooid|neergesmeten|dichtgegooid|ingehaakt)
(ze|zij|hij|die|men|medewerk*|dame|meneer|mevrouw|jongen|meisje|man|vrouw|vent|gast) ~5 (opgehangen|opgelegd)
op (me|mij|ons) ~2 (neergelegd|opgehangen|neergegooid)
(heeft|hebben|had|hadden|sloot|sloten) ~3 (chat|chatgesprek|gesprek|chatsessie) ~2 (afgesloten|beeindigd|afgebroken|weggeklikt|stopgezet|gesloten)
uit (de|het) (chat|chatgesprek|gesprek|winkel|zaak|restaurant) ~1 (gegooid|gezet|geknikkerd|getrapt|gezet|gestuurd)
(winkel|zaak|restaurant|kantoor) ~1 (uitgezet|uitgegooid|uitgestuurd|uitgebonjourd|uitgeknikkerd|uitgezet)
aan de deur ~1 (gezet|zette|zetten|gegooid)
(zette|zetten|zet) ~3 aan de deur
(afgepoeierd|afpoeieren|poeierde|poeierden|afgepoeierd)
(hij|ze|zij|medewerk*|die|verkoper*|verkoopster*|dame|meneer|mevrouw|vent|gast|man|vrouw) ~3 (liep|liepen|beende|draaide) ~3 (weg|zich|om) ~1 (weg|om)
(mij|me|ons) ~2 (eruit|buiten) ~1 (gegooid|gezet|getrapt|gezet|geknikkerd|gebonjourd)
(eruitgegooid|buitengegooid|buitengezet|eruitgezet|buitengezet)
# respect
(geen|gebrek|weinig|nul|zonder|totaal) ~3 (respect|fatsoen|manieren|beleefdheid) | noneg
# felt humiliated / belittled / insulted by how they spoke
(voelde|voel|voelden|voelen) ~3 (vernederd|gekleineerd|beledigd|geschoffeerd|uitgelachen|gekwetst|bespot|minderwaardig|dom|achterlijk|idioot)
# quoted taunts and condescending lines
(ben|bent|is|zijt) (je|u|jij|ge|gij) ~4 (achterlijk|dom|stom|onnozel|doof|blind|gek|debiel|gestoord|simpel|mongool|idioot|dement|seniel|traag|sloom|achterlijk)
succes (daarmee|ermee|hoor)
zoals ik (al|net|eerder|reeds) (zei|zeg|schreef|aangaf|uitlegde|vertelde)
(doe|doet) ~2 (normaal|rustig)
(doe|doet) ~1 niet zo ~1 (moeilijk|dramatisch|hysterisch|lastig|overdreven|zeurderig) | noneg
(stekker|stroom) ~3 (wel|eigenlijk) ~2 (in|aan)
(kunt|kan|kon) (u|je|jij) ~1 (wel|niet|eigenlijk) ~1 (lezen|tellen|luisteren)
(professioneel|klantvriendelijk|gastvrij|klantgericht) (ja|hoor|zeg|he|hè)
(toen|zodra|nadat) ~8 (werd|werden|is|heeft|hebben|hadden) ~1 (de|het|mijn|m'n|ze|zij|hij) ~1 (chat|chatgesprek|gesprek|chatsessie) ~2 (afgesloten|beeindigd|afgebroken|gesloten|weggeklikt)
de (les|lesjes) ~2 (lezen|gelezen|las|lazen|gespeld|spellen)
tja | weight=0.5
(reageerde|reageerden|antwoordde|antwoordden|stuurde|schreef|zei) ~3 (lol|haha|boeien)
(gooide|gooiden|smeet|smeten|kwakte|kwakten|knalde|flikkerde) ~4 (borden|bord|glas|glazen|koffie|eten|menukaart|bestek|bonnetje|rekening|kaart|pasje)
+ de medewerker was ontzettend onbeleefd
+ ze hing gewoon op terwijl ik nog aan het praten was
+ hij snauwde me af en deed heel arrogant
+ ik werd uitgelachen door de kassamedewerker
+ de dame aan de telefoon was niet bepaald vriendelijk
+ hij heeft gewoon opgehangen
+ de kassière keek me niet eens aan
+ ze deed alsof ik een idioot was
+ ze liet me geen zin afmaken en praatte door me heen
+ wat een houding had die jongen
- de medewerker was niet onbeleefd, gewoon wat druk
- vriendelijke en behulpzame medewerker, top
- na een uur wachten hing ik zelf maar op
- ik was zelf een beetje kortaf, sorry daarvoor
- als de verkoper arrogant zou zijn, zou ik gewoon weglopen
- de chatbot begreep mijn vraag niet
- ik wil niet zeuren, maar waar blijft mijn pakket
+ de kassière rolde met haar ogen en haalde haar schouders op
+ haalde de bedrijfsleider alleen maar zijn schouders op toen ik het vertelde
+ die hork aan de balie begon meteen te schreeuwen
+ wat een onbeleefd mens zat er aan de telefoon
+ de telefoon werd gewoon op me neergelegd
- ik voelde me meteen welkom, heel respectvol behandeld
- ik werd zelf boos op mezelf omdat ik de bon vergeten was
+ de telefoniste sprak op een kleinerende manier tegen me
+ ze behandelen hun klanten als oud vuil
- hij legde het op een heel vriendelijke manier uit
# --- added (holdout5 round) ---
# hung up or chat closed on the customer; racist or sexist remarks; abuse in subordinate clauses
(gewoon|zomaar|abrupt|botweg|plots|plotsklaps|opeens|ineens|doodleuk) ~3 (afgesloten|beeindigd|gesloten|dichtgegooid|weggeklikt|afgebroken|opgehangen|neergelegd|ingehaakt) | noneg
(hoorn|telefoon) ~2 (erop|neer) ~2 (gegooid|gesmeten|gekwakt|gelegd|gooide|smeet|legde)
(racistische|seksistische|discriminerende|denigrerende|kwetsende|vernederende|seksueel|ongepaste|grove|beledigende|homofobe|vrouwonvriendelijke) ~2 (opmerking*|grap*|grappen|uitspraak*|taal|woorden|gedrag|commentaar|reactie|behandeling|vragen)
(uitschold|uitscholden|uitscheldt|uitschelden|uitgefoeterd|afgeblaft|afgesnauwd|blafte|snauwde|snauwden|toegebeten|afgekat|katte|snauw)
op de haak ~2 (gegooid|gesmeten|gekwakt|gooide|smeet)
+ toen werd de chat gewoon gesloten
+ de chauffeur die me uitschold
+ een racistische opmerking van de beveiliger
- de chat sloot automatisch na een uur inactiviteit
- hij was helemaal niet onbeschoft
# --- added (long-narrative round) ---
# bit at the customer: "die me toebeet"
(toebeet|toebeten|toebijt|toebijten|toesnauwde|toesnauwden|toesnauwt|toeblafte|toeblaften|toegeblaft|toegesnauwd)
# "nog nooit zo'n onbeschofte behandeling": the "nooit" is not a negation
nooit ~1 (zo|zo'n|zon|zulk|zulke|eerder) ~2 (onbeleefd*|onvriendelijk*|onbeschof*|brutaal*|brutale|grof|grove|lomp|lompe|arrogant*|respectloos*|respectloze|neerbuigend*|kortaf|botte|onaardig*|kleinerend*|vernederend*|schofferend*|ongemanierd*|bijdehand*|hautain*) | noneg
# "zei ze bits", "antwoordde hij kortaf"
(zei|zeiden|zegt|antwoordde|antwoordden|antwoordt|reageerde|reageerden|reageert|riep|sprak|klonk|deed|snauwde) ~1 (ze|zij|hij|die|men|meneer|mevrouw) ~2 (onbeleefd*|onvriendelijk*|nors*|bits|bitse|bitsig*|snauwerig*|kattig*|grof|lomp|brutaal*|arrogant*|neerbuigend*|sarcastisch*|geirriteerd*|geergerd*|chagrijnig*|ongeduldig*|kleinerend*|minachtend*|spottend*|denigrerend*)
# "leer eerst lezen", "dat ik maar moest leren lezen"
(maar|moest|moet|moesten|eerst|eens|beter|zou|ga|gaan) ~2 leren (lezen|luisteren|tellen|rekenen|spellen|kijken|denken)
# "niet zo moeilijk moest doen", "stel je niet zo aan"
(moest|moet|moesten|moeten|hoef|hoefde|hoeft) ~2 (niet|nie) zo ~1 (moeilijk|dramatisch|hysterisch|lastig|overdreven|zeurderig|moeilijk|kinderachtig|raar) ~1 doen | noneg
(stel|stelt|stelde) (je|u|jij|ze|jullie) ~1 (niet|nie) zo aan | noneg
# talked down to: "sprak haar aan alsof ze een klein kind was", "behandeld als een lastpost"
alsof (ze|hij|zij|hem|haar|mijn|m'n) ~3 (idioot|debiel|kind|kleuter|dom|domme|sukkel|crimineel|dief|leugenaar|oplichter|imbeciel|zeurpiet|analfabeet|seniel|dement|achterlijk|gek|oen)
(behandeld|behandelde|behandelden|behandelt|bejegend|weggezet|afgeschilderd|aangesproken|toegesproken|aangekeken|weggezet) ~2 (als|alsof) ~3 (lastpost|lastpak|kind|kleuter|idioot|crimineel|dief|zeurpiet|zeur|leugenaar|oplichter|sukkel|debiel|imbeciel|dommerik|vuil|voetveeg|hond|oen|klaploper|profiteur|bedelaar|zwerver|fraudeur|nummer|niemand)
(geen|nie) tijd ~2 voor ~2 (dingen|onzin|vragen|klanten|gedoe|flauwekul|kleinigheden|gezeur) | noneg
# hung up on the customer: "hing op toen ik bleef vragen"
(hing|hingen) ~2 op (toen|terwijl|midden|halverwege|voordat|tijdens) ~2 (ik|we|wij|mijn|m'n) | noneg
+ daarna een meneer die me toebeet dat ik de handleiding moest lezen
+ ik heb nog nooit zo'n onbeschofte behandeling gehad
+ ze zei dat ik maar moest leren lezen
+ hij sprak haar aan alsof ze een klein kind was
+ de schadebehandelaar hing op toen ik bleef vragen
- de medewerker was nooit onbeleefd en bleef geduldig
- ik hing op na een uur wachten
# --- added (mixed-genre round) ---
# mocked, jeered at, sneered at
(weggehoond|gehoond|uitgejouwd|uitjouwen|jouwde|jouwden|bespot|bespotte|bespotten|bespotting|hoon|gehoon|sneer|sneertje*|sneren|gesneer|spotte|spotten|gespot) 
(grapjes|grappen|grap|geintjes|lolletjes|lol) ~2 (over|om) (mij|me|ons|mijn|m'n|haar|hem|hen)
# called the customer / a relative names: "noemde hem een ouwe zeur", "'een sukkel' noemde"
(noemde|noemden|noemt|noemen|genoemd) (hem|haar|hen|ons|mijn|m'n) ~3 (dom*|idioot|gek|zeur*|ouwe|oude|sukkel|debiel|achterlijk|oen|lastig*|hysterisch|schatje|liefje|dametje|mannetje|vrouwtje|trut|wijf|seniel|dement|lastpak|lastpost|klaploper|profiteur|leugenaar|oplichter)
(zeur|zeurpiet|zeurkous|zeurder|zeikerd|lastpak|lastpost|sukkel|oen|idioot|dombo|trut|wijf) ~2 (noemde|noemden|noemt|genoemd|noemen)
(noemde|noemden|vond|vonden) (mijn|m'n|onze|de|haar|zijn) (vraag|vragen|klacht|klachten|opmerking|verzoek) ~2 (dom|domme|stom|stomme|belachelijk|onzin|idioot|kinderachtig|zeurderig|lachwekkend)
# subordinate clause about staff: "een medewerker die ongeduldig was"
(medewerk*|*medewerkster|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|dame|meneer|vrouw|jongen|meisje|mevrouw|monteur*|bezorger*|chauffeur*|telefonist*|baliemedewerk*|agent*|collega*|vent|kerel|gast|receptionist*|conducteur*|ober|serveerster|bewaker*|beveiliger*|adviseur*|klantenservicemedewerk*) die ~2 (onbeleefd*|onvriendelijk*|kortaf*|kortaangebonden*|nors*|chagrijn*|ongeduldig*|onbeschof*|brutaal*|grof|lomp|onaardig*|bits|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|bot|geirriteerd*|geergerd*|agressief) (was|waren|is|deed|bleef|werd|reageerde|klonk)
# interrupted
(me|mij|ons|haar|hem|mijn) ~3 in de rede (viel|vielen|valt|vallen|gevallen)
(snoerde|snoerden|snoert|gesnoerd) ~3 mond
# looked down on, ignored, treated as air
(keek|keken|kijkt|kijken|neergekeken|neerkijken|neerkeek) ~2 op (me|mij|ons|klanten|mijn|m'n|haar|hem) neer
(ik|we|wij|mijn|m'n) ~3 (was|waren|ben) ~1 lucht voor
lucht voor (hem|haar|hen|ze|zij|die|de|het)
(weigerde|weigerden|weigert) (me|mij|ons|haar|hem) ~1 aan te kijken | noneg
(zonder|geen) ~1 (groet|groeten|goeiedag|goedendag|dag|hallo) ~4 (gooide|smeet|kwakte|schoof|draaide|liep|reageerde|ging) | noneg
(trok|trokken|trekt) ~2 (vies|zuur|chagrijnig|afkeurend|minachtend|lelijk) (gezicht|gezichten|smoel|bek)
(liet|lieten|laat) ~2 (merken|voelen|blijken) ~3 (stoorde|stoorden|lastig|lastigviel|last|zeurde|ongewenst|onwelkom|tijdverspilling)
(boos|kwaad|woedend|agressief) ~3 (maken|worden|werd|geworden) ~3 (schreeuwen|roepen|tieren|schelden|vloeken|snauwen|dreigen|tegen)
# rude manner words
(hatelijk*|schofterig*|schoffer*|ploert*|onvriendelijks|onaardigs|hufterigs|gemeens)
(ambetant|ambetante) ~3 (tegen|gedaan|deed|deden|reageerde|toon|behandeld) 
(schreeuwerig*|opvliegend*|driftig*) | weight=0.5
+ ze werd gewoon weggehoond door de jongen achter de balie
+ de medewerker maakte grapjes over mij met haar collega
+ de monteur noemde hem een ouwe zeur
+ ik kreeg een medewerker die ongeduldig was
+ de receptioniste keek op mij neer
+ ik was lucht voor de kassier
+ ze trok een vies gezicht toen ik binnenkwam
- ik maakte zelf een grapje over mijn pech, de verkoper was heel vriendelijk
- ik viel de medewerker per ongeluk in de rede, hij bleef rustig
# pretending not to hear; snippy; "keek me aan of ik ..."
(deed|deden|doet) alsof (hij|ze|zij) (me|mij|ons) ~2 (niet|nie) ~1 (hoorde|hoorden|zag|zagen) | noneg
(pinnig*|vinnig*|snibbig*|afgemeten|stuurs*|zuur|zure|kribbig*|humeurig*) ~3 (reageerde|reageerden|antwoordde|antwoordden|reactie|antwoord|toon|tegen|gedaan|deed|klonk)
(reageerde|reageerden|antwoordde|antwoordden|deed|deden|klonk|sprak) ~2 (pinnig*|vinnig*|snibbig*|afgemeten|stuurs*|kribbig*|humeurig*)
(keek|keken|bekeek|bekeken) (me|mij|ons|haar|hem) ~1 aan (of|alsof) (ik|we|wij|ze|hij|zij)
(behandeld|bejegend|weggezet|afgeschilderd) als ~1 (een|de) (lastige|domme|vervelende|moeilijke|zeurende|klagende) (klant|klanten|vrouw|man|mevrouw|meneer|patient|reiziger)
+ ze reageerde heel pinnig op mijn vraag
+ de verkoper keek me aan of ik van een andere planeet kwam
+ hij deed alsof hij mij niet hoorde
- de medewerker keek me vriendelijk aan en hielp meteen
# --- added (round 5: systematic map of expressions) ---
# colloquial / Flemish adjectives and abusive noun phrases about staff
(ongeschoft*|ongemanierd*|onopgevoed*|asocialer|onbeleefder|onbeschofter)
(botte|lompe|vuile|arrogante|onbeschofte|ongeschofte|onbeleefde|chagrijnige|norse|brutale) (zak|zakken|trien|kwast|aap|hond|gozer|madam|wijf|heks|kreng|trut|eikel|lul)
(kut|klote|kloten|rot|tering|tyfus) (houding|toon|toontje|behandeling|reactie|antwoord|opmerking|manier|bejegening)
(houding|toontje|blik|toon) van (wat|boeien|zoek|ga|jij|nou|ik|rot|laat|wegwezen)
# names called, in any order of object and insult
(noemde|noemden|noemt|noemen|genoemd|uitmaakte|uitmaakten|uitgemaakt) (me|mij|ons|hem|haar|mijn|m'n) ~3 (zeik*|trut*|kreng|heks|wijf|klootzak|eikel|lul|dombo|kneus|loser|gestoord*|zielig*|zielepiet|stakker|lieverd|popje|schatje|meisje|dametje|mevrouwtje|vrouwtje|mannetje|ouwe|opa|oma|bejaarde|fossiel|klager|querulant|zeur*|lastpak|lastpost|dief|oplichter|fraudeur|leugenaar)
(me|mij|ons|hem|haar) ~2 (lastig|lastige|dom|domme|stom|moeilijk|gek|hysterisch|onredelijk|achterlijk|debiel|lastpak|lastpost|schatje|lieverd|liefje|popje|dametje|mevrouwtje|meisje|meneertje|zeikerd|zeur|zeurpiet|trut|sukkel|idioot|domoor) ~1 (te|noemde|noemden|genoemd|noemen)
(mevrouwtje|meneertje|dametje)
(zei|zeiden|zegt|riep|vond|vonden|noemde|vroeg|beweerde|schreeuwde|snauwde) ~4 dat (ik|we|wij|mijn|m'n) ~3 (achterlijk|debiel|dom|gestoord|idioot|dement|seniel|zielig|hysterisch|zwakbegaafd|simpel|overgevoelig|labiel|zeur|zeurpiet|lastig)
# told to get lost, to shut up
(ophoepelen|opdonderen|oprotten|opkrassen|opzouten|opsodemieteren|opflikkeren|optiefen|opgerot|opgedonderd|wegwezen|opgehoepeld)
(rot|donder|hoepel|flikker|sodemieter|tief|kras) (op|toch|maar|nou|dan|jij|gewoon) ~1 op
(rot|donder|hoepel|flikker|sodemieter|tief) op
(hou|houd|houdt|hield|hielden) ~2 (je|jouw|uw|die|ze|jij) ~1 (kop|bek|mond|waffel|snavel|muil|smoel|klep|tetter)
zwijg (nu|nou|toch|maar|eens|es|gewoon|jij|ne|een)
(moest|moet|moesten) ~2 zwijgen
(zei|zeiden|zegt|riep|antwoordde|antwoordden|reageerde) ~4 (geen|gene) zin (in|om|had|hadden|heeft|te)
(wees|wezen|wijst|toonde|toonden) (me|mij|ons) ~5 (deur|uitgang)
(gebaarde|gebaarden|wenkte|wuifde) ~3 (weg|weggaan|ophoepelen|opdonderen|vertrekken|gaan|deur)
# ignoring: looking through, chatting on, pretending not to see
(keek|keken|kijkt|kijken|gekeken) ~1 door (me|mij|ons|haar|hem) heen
(deed|deden|doet|doen) (of|alsof) (hij|ze|zij|die) (me|mij|ons|haar|hem) ~2 (niet|nie|ni) ~1 (hoorde|hoorden|zag|zagen|kende|kenden|zien|horen) | noneg
(doorpraten|doorkletsen|doorkletste|doorkletsten|doorpraatte|doorpraatten|kletsen|kletsten|kletste|doorbellen|doorappen|privegesprek*|praatjes) ~6 terwijl (ik|we|wij|klanten|klant) ~3 (stond|stonden|wachtte|wachtten|zat|zaten|stonden|stond|wachten|te)
# laughing at the customer
(lachen|lachten|lachte|lacht|grinnikten|grinnikte|giechelden|giechelde|gniffelden|gniffelde) ~1 om (mij|me|ons)
om (mij|me|ons) ~1 (lachen|lachten|lachte|grinniken|gniffelen|giechelen|grinnikten|gniffelden|giechelden)
(uitlacht|uitlachen|uitlachte|uitlachten)
(zei|zegt|antwoordde|reageerde|vroeg|riep) (hij|ze|zij|die|de|het) ~3 met een (grijns|grijnsje|spotlachje|lachje|smoel|smile)
# hung up / cut off / closed by the agent
(verbroken|afgebroken|afgesloten|beeindigd|gesloten|weggeklikt|opgehangen|neergelegd) ~3 door (de|het|die|een|uw|jullie|hun|jouw|zijn|haar) (medewerk*|*medewerkster|telefonist*|collega*|agent*|dame|meneer|mevrouw|telefonist*|man|vrouw|*medewerkster|collega|helpdesk*)
door (de|het|die|een|uw|jullie|hun|jouw) (medewerk*|agent*|dame|meneer|mevrouw|telefonist*|*medewerkster|collega) ~3 (verbroken|afgebroken|afgesloten|beeindigd|gesloten|weggeklikt|opgehangen|neergelegd)
(chat|gesprek|verbinding|lijn|chatgesprek|chatsessie) ~3 (afgesloten|gesloten|beeindigd|verbroken|weggeklikt|afgebroken) ~2 (terwijl|toen|midden|halverwege|voordat) ~3 (ik|we|wij|mijn|m'n)
# shouting, snapping (more forms)
(toegeschreeuwd|toegebruld|aangeschreeuwd|afgeschreeuwd|uitgebruld|toegesist|gesnauwd|aangesnauwd|geblaft|aangeblaft|toegeblaft|uitgekafferd)
tegen ~3 (klant|klanten|mensen|iemand|bejaarde|oudere|vrouw|moeder|kind|kinderen) ~2 (schreeuw*|snauw*|tekeer|uitvallen|uitvalt|uitviel|blaft|blaffen|brult|brullen|tieren|tiert|scheldt|schelden|vloekt|vloeken|krijst)
zo tegen (mij|me|ons|klanten|een|mijn|m'n) ~2 (praten|spreken|doen|tekeergaan|reageren|praat|spreekt|praatte|sprak|praatten|spraken|praten)
(hij|ze|zij|die|medewerk*|*medewerkster|verkoper*|verkoopster|dame|meneer|mevrouw|man|vrouw|vent|kerel|gast|chauffeur|bezorger|manager|baas|eigenaar|ober|kassiere|caissiere) ~3 (werd|werden) ~2 (bozer|kwader|agressiever|geirriteerder|feller|luider|bitser|onbeschofter|brutaler|bozig|agressief|woedend|pissig|nijdig)
tegen (me|mij|ons) in ~1 (te|gaan|ging|gingen|gegaan)
# condescension: slowly, as if the customer cannot understand
(praatte|praatten|sprak|spraken|praat|spreekt|legde|legden) ~3 (langzaam|traag|overdreven|luid|articulerend) ~3 (tegen|alsof|uit)
alsof (ik|we|wij) ~3 (niet|nie) ~2 (begreep|begrepen|begrijpen|snapte|snapten|snappen|begrijp|snap) | noneg
# impatience: hurrying, drumming, "I haven't got all day"
schiet (eens|nou|toch|maar|es|effe|even|nu|ns|op)
(heb|hebben|had|hadden) (niet|nie|geen) de hele dag | noneg
(trommelde|trommelden|tikte|tikten|tokkelde|trommelen) ~4 (vingers|nagels|voet|pen|balie|toonbank)
(oogrol*|ogenrollen|ogengerol|ogengedraai|oogjesgerol)
# personal remarks: looks, accent, age, body
(commentaar|opmerking*|grapjes|grappen|grap|opmerkinkje*) ~4 (op|over) (mijn|m'n|haar|zijn|ons|onze|z'n|de) ~1 (gewicht|uiterlijk|accent|leeftijd|kleding|kapsel|haar|figuur|postuur|lichaam|lijf|huidskleur|afkomst|tongval|dialect|lengte|kilo's|buik|kaalheid|kale|tanden|gezicht|hoofddoek|rolstoel|beperking|stotteren|uitspraak|handicap|bril|tattoo*|tatoeage*|piercing*|maat|kont|borsten|benen)
er ~1 (moe|oud|ouder|dik|dikker|lelijk|slordig|vies|arm|armoedig|ziek|verlopen|raar|sjofel|onverzorgd|vermoeid|afgeleefd|zwerver|junk) ~1 (uitzag|uitzie|uitziet|uitzagen|uitzien|uitzag|uit)
met (dat|die|zo'n|zon|zulke) (postuur|gewicht|lijf|figuur|buik|kont|heupen|benen|kilo's|accent|kapsel|kop|koppie|smoel|tanden|uiterlijk|kleding)
# "doe niet zo dom", "nog nooit zo onheus"
(doe|doet) ~2 (niet|nie|ni) zo ~1 (dom|stom|kinderachtig|zielig|raar|vervelend|achterlijk|debiel|moeilijk|lastig|hysterisch|dramatisch|overdreven|zeurderig|onnozel|belachelijk|gek) | noneg
nooit ~1 (zo|zo'n|zon|zulk|zulke|eerder) ~2 (onheus*|onbeschaamd*|schofterig*|beledigend*|denigrerend*|minachtend*|vijandig*|laatdunkend*|hooghartig*|onbehouwen*|ongeschoft*|brutaal*|agressief*|kleinerend*|onbeschoft*|onvriendelijk*) | noneg
+ die gozer aan de balie was zo ongeschoft
+ de bezorger noemde mij een zeikerd
+ ze zei dat ik achterlijk was
+ hij gebaarde dat ik moest ophoepelen
+ de caissiere keek dwars door me heen
+ ik hoorde het personeel om mij lachen
+ de chat werd door de medewerker afgesloten
+ zo tegen een klant praten kan echt niet
+ hij zei dat ik moest zwijgen
+ ze maakte een opmerking over mijn accent
- ik moest om mijn eigen fout glimlachen, de medewerker bleef vriendelijk
- de verbinding viel weg toen ik in de lift stond
- ik werd boos, maar de medewerker bleef rustig
# --- round 5, second pass (families seen in a fresh check sample) ---
(trok|trokken|trekt) (een|'n|zo'n) (gezicht|smoel|bek|snoet) (alsof|van)
(aan|aangesproken|aanspreken|aansprak) met ~1 (meisje|meid|schatje|lieverd|liefje|popje|ventje|mannetje|vrouwtje|dametje|mevrouwtje|meneertje|jongedame|jongeman|kindje)
(stak|staken|steekt) ~2 (middelvinger|vinger|vingertje) (op|naar|omhoog)
(grom|gegrom|gromde|gromden|gromt|grommend|gebrom|bromde|bromden)
(is|was) toch (niet|nie|ni) zo (moeilijk|lastig|ingewikkeld|moeilijk) | noneg
(volgens|noemde|noemden|vond|vonden|zei|zeiden|behandelde|behandelden|behandeld) ~6 (lastige|moeilijke|vervelende|zeurende|klagende|hysterische|veeleisende|querulante) (klant|klanten|vrouw|man|dame|mevrouw|meneer|mens)
(begon|begonnen|ging|gingen|stond|zat|zaten) ~2 (zuchten|steunen|puffen|kreunen|blazen)
+ hij trok een gezicht alsof ik iets vies had gezegd
+ volgens de medewerkster was ik een lastige klant
+ de chauffeur stak zijn middelvinger op
- ik ben een lastige klant geweest, dat geef ik toe, en ze bleven vriendelijk
# round 5: bare "lachte/lachten/lachend" left the plain list (it fired on "ik lachte", "mijn zoon lachte om de clown"); staff laughing kept here
(lachte|lachten|lachend) ~3 (met|samen|tegen) ~2 (collega*|elkaar|haar|zijn|z'n|hun)
(medewerk*|kassamedewerk*|klantenservicemedewerk*|*medewerkster|verkoper*|verkoopster*|dame|meneer|mevrouw|kassier*|kassiere*|caissiere*|bediende*|jongen|meisje|personeel|ze|zij|hij|die|monteur*|bezorger*|chauffeur*|ober|serveerster|agent*|receptionist*|telefonist*|baliemedewerk*|collega*|manager*|beveiliger*|bewaker*|vent|gast|kerel) ~3 (lachte|lachten)
(zei|zeiden|antwoordde|antwoordden|riep|vroeg|reageerde|reageerden|deed) ~2 lachend
lachend ~3 (weg|af|toe|dat|uit|door)
+ de kassamedewerker lachte en liep weg
- mijn zoon lachte om de clown in de winkel
# --- added (round 7: industry probes) ---
# turned rude after another verb: "hij luisterde niet en werd grof"
# the rule holds its own words, so a "niet" before it ("luisterde niet en werd grof") does not negate it
(en|toen|daarna|vervolgens|meteen|gelijk|direct) (werd|werden|reageerde|reageerden|deed) (grof|grove|onbeschoft|onbeschofd|bot|agressief|brutaal|lomp|kortaf|kattig|nors|onaardig|snauwerig|bits|neerbuigend|arrogant) | noneg
(en|toen|daarna|vervolgens|meteen|gelijk|direct) (werd|werden|reageerde|reageerden|deed) (ineens|opeens|zelfs|heel|erg|echt|gewoon|zeer|nogal|behoorlijk|super|ook|nog|vervolgens|daarna|toen|meteen|direct) (grof|grove|onbeschoft|onbeschofd|bot|agressief|brutaal|lomp|kortaf|kattig|nors|onaardig|snauwerig|bits|neerbuigend|arrogant) | noneg
+ hij luisterde niet en werd grof
+ ik vroeg naar mijn geld en toen werd ze ineens agressief
+ de conducteur reageerde bot toen ik het uitlegde, en werd vervolgens lomp
- de medewerker bleef rustig en werd nooit grof
- ik werd boos en toen werd het pas echt vervelend

# --- r9a (implicit round) ---
# sarcastic retorts quoted: "als u het toch beter weet", "waarom belt u ons dan?", "doe het dan zelf"
# each half: the customer may be sarcastic too; two retorts together are staff talking down
(u|je|jij|ge|gij|jullie) ~2 (toch|zo|allemaal|blijkbaar|kennelijk|zelf|alles|dan) ~1 (beter|goed) (weet|weten|wist|kunt|kan) | weight=0.5
waarom (belt|bel|mailt|mail|komt|kom|vraagt|vraag|klaagt|zeurt|zeur|begint|appt) (u|je|jij|ge|gij) ~2 (dan|eigenlijk|ons|uberhaupt|nog) | weight=0.5
(doe|regel|los|repareer|fix|maak|bel|zoek) (het|'t|dat) ~2 (dan|maar|lekker|gewoon|toch) zelf | weight=0.5
+ Kreeg als antwoord: 'als je het zo goed weet, waarom vraag je het dan nog?'
+ 'Als u het allemaal beter weet, doe het dan zelf', zei de monteur.
+ 'waarom belt u ons dan eigenlijk? regel het lekker zelf', was het antwoord
- ik weet het zelf ook niet beter, dus ik vroeg het de medewerker die het netjes uitlegde
- waarom belt u ons dan, vroeg ze vriendelijk, en hielp me meteen verder

# --- added (r10 nl10b: four-voice probes) ---
# the tone itself as the complaint: "sprak mij aan op een toon die ...", "op zo'n toontje dat"
(op|met|in) (een|zo'n|zon|dat|die) (toon|toontje) (die|waarvan|alsof|van|dat|waar)
# cut off by staff "zonder aankondiging" (zonder is a negation cue, so the rule holds it)
door (de|het|die|een|uw|jullie|hun) (medewerk*|*medewerkster|klantenservicemedewerk*|telefonist*|agent*|collega*|dame|meneer|mevrouw|helpdesk*) zonder ~3 (verbroken|afgebroken|afgesloten|beeindigd|gesloten|weggeklikt|opgehangen|neergelegd) | noneg
# laughing the customer off: "lag dubbel om mijn vraag", "'moet je deze horen'"
(lag|lagen|ligt|liggen) ~3 (dubbel|krom|deuk) ~2 (om|van|over) (mijn|m'n|mij|me|ons|onze)
(moet|moest|moeten) (je|jullie) (deze|die|dit|hem|haar) (horen|zien|hebben) | weight=0.5
# turned away from the customer: half
zich ~2 (omdraaide|omdraaiden|omgedraaid|afwendde|afwendden|afgewend) | weight=0.5
# speaking loudly or angrily at the customer: "praat hard tegen mij", "sprak boos tegen ons"
(praat|praatte|praatten|sprak|spraken|spreekt|praten|spreken|riep|roept|deed|doet) ~2 (hard|luid|boos|kwaad|grof|lelijk|onbeschoft|agressief|neerbuigend|bot|dreigend) tegen (mij|me|ons|klanten|mijn|m'n|iedereen)
# staff acting angry or awkward: half ("meneer doet heel boos")
(medewerk*|*medewerkster|klantenservicemedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|kassier*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|monteur*|bezorger*|chauffeur*|agent*|collega*|vent|kerel|gast|receptionist*|conducteur*|ober|kelner|serveerster|bewaker*|beveiliger*|adviseur*|baliemedewerk*|manager*|bedrijfsleider*|eigenaar|personeel|hij|zij|ze|die) (doet|deed|deden|doen) ~2 (boos|kwaad|agressief|lelijk|gemeen|vijandig|ambetant|kattig|nors|bot|geirriteerd|pissig|nijdig) | weight=0.5
# the opposite of friendly, said of staff: "allesbehalve vriendelijk", "de man was niet vriendelijk"
(allesbehalve|bepaald|weinig) (vriendelijk|beleefd|klantvriendelijk|hoffelijk|aardig|respectvol|voorkomend) | noneg
verre van (vriendelijk|beleefd|klantvriendelijk|hoffelijk|aardig|respectvol|voorkomend) | noneg
(medewerk*|*medewerkster|klantenservicemedewerk*|telefonist*|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|kassier*|dame|meneer|man|vrouw|jongen|meisje|mevrouw|monteur*|bezorger*|chauffeur*|agent*|collega*|vent|kerel|gast|receptionist*|conducteur*|ober|kelner|serveerster|bewaker*|beveiliger*|adviseur*|baliemedewerk*|manager*|bedrijfsleider*|eigenaar|personeel|hij|zij|ze|die) ~3 (was|waren|is|bleef|bleven|deed|klonk) ~1 (niet|nie|weinig|nooit|nauwelijks|amper) (vriendelijk|beleefd|klantvriendelijk|hoffelijk|respectvol|voorkomend) | noneg
# put to shame in public: "voor schut gezet", "te kijk gezet", "las mij de les"
(gezet|zette|zetten|zet) ~3 (voor|te) (schut|gek|aap|joker|lul|paal|kijk)
(voor|te) (schut|gek|aap|joker|lul|paal|kijk) ~1 (gezet|zetten|zette|zet)
(las|lazen|leest) (me|mij|ons) ~2 de les
(me|mij|ons) ~3 de les (gelezen|lezen|gespeld)
# humiliated or belittled by staff
(vernederde|vernederden|vernedert|kleineerde|kleineerden|kleineert|schoffeerde|schoffeerden|schoffeert|denigreerde|denigreerden) (me|mij|ons|mijn|m'n|klanten|haar|hem)
vernederend* | weight=0.5
+ uw medewerkster sprak mij aan op een toon die ik niet gewend ben
+ de verbinding werd door uw medewerker zonder aankondiging verbroken
+ de medewerkster lag dubbel om mijn vraag
+ collega van de balie had haar 'lastig' noemde
+ de meneer praat hard tegen mij
+ de man in de winkel was niet vriendelijk
+ de conducteur heeft mij in het openbaar te kijk gezet
+ de receptioniste kleineerde mij waar iedereen bij stond
- ik lag dubbel om de grap van de medewerker, top service
- de medewerker was heel vriendelijk en legde alles uit
- ik heb me nog nooit zo vernederd gevoeld door een defect product

# --- r11a (four-voices round 2) ---
# take it or leave it, said to the customer: "als het u niet bevalt, ga dan maar ergens anders"
als (het|dat|t) (u|je|jou|ge|jullie) ~2 (niet|nie|ni) ~1 (bevalt|beviel|aanstaat|aanstond|zint|zinde|past|paste) | noneg
(moest|moet|mocht|mag|kon|kan|kunt) (ik|je|u|ge|we|wij) ~3 maar ~3 (elders|concurrent|concurrentie)
(moest|moet|mocht|mag|kon|kan|kunt) (ik|je|u|ge|we|wij) ~3 maar ~2 ergens anders
dat (ik|je|u|ge|we|wij) maar ~4 (elders|concurrent|concurrentie|anders) ~3 (moest|moet|mocht|kon|kan|kunt|moesten|mochten|heen|naartoe)
# staff who could not be borne: "de caissière was niet te genieten"
(medewerk*|medewerkster*|verkoper*|verkoopster*|caissiere*|bediende*|kassiere*|dame|meneer|mevrouw|man|vrouw|jongen|meisje|personeel|ober|serveerster|receptionist*|chauffeur*|agent*|telefonist*|madam|vent|gast) ~4 (was|waren|is|zijn) ~2 niet te (genieten|harden|pruimen) | noneg
+ De ober zei dat ik maar naar de concurrent moest gaan als het me niet beviel.
+ Als het u niet bevalt, gaat u maar ergens anders heen, zei de verkoopster.
+ De caissière was vandaag echt niet te genieten.
- Het eten was niet te genieten, veel te zout.
- Als het me niet bevalt, ga ik gewoon ergens anders heen.
# talked over the customer's head
(praatte|praatten|praat|praten|sprak|spraken|gepraat|gesproken) ~3 over (mijn|m'n|ons|onze|haar|zijn|z'n|hun|mn) ~1 (hoofd|hoofden) heen
+ De baliemedewerker praatte over mijn hoofd heen tegen haar collega.

# --- r13a thesaurus pass ---
(treiterde|treiterden|sarde|sarden|tartte|tartten|pestte|pestten|jende|jenden|pest|treitert|sart|jent) (me|mij|ons|klanten|mijn|m'n)
(uitdagend|uitdagende|provocerend|provocerende|tartend|tartende|spottend|spottende) (toon|toontje|houding|blik|gedrag|opmerking|opmerkingen|lachje|grijns)
(sneerde|sneerden|gesneerd|toegesneerd|sneert|sneren)
# adjective family widened above (stuurs, nurks, ongeschoft, onfatsoenlijk, onhebbelijk, horkerig, hufterig, snibbig, schofterig)
(snibbig*|grauwde|grauwden|toegegrauwd|afgegrauwd|aangegrauwd|pedant*|zelfingenomen*|lomperik*|botterik*|schoffeerde|schoffeerden|geschoffeerd)
# looking down on the customer
(keek|keken|kijkt|kijken|neerkijken|neergekeken) ~2 neer op (mij|me|ons|klanten|mensen|iedereen|mijn|m'n)
(op|naar) (mij|me|ons) ~1 (neerkeek|neerkeken|neerkijkt|neergekeken)
# brushed off: half
(afgepoeierd|afpoeieren|afpoeierde|afpoeierden|afgescheept|afschepen|afscheepte|afscheepten) | weight=0.5
# mocked
(stak|staken|steekt|steken|gestoken) de (draak|spot) met (me|mij|ons|mijn|m'n|klanten)
(bespotte|bespotten|bespot|spotte|spotten) ~1 (me|mij|ons|met)
# swearing at, intimidating (present tense, infinitive)
(scheldt|schelden|scheldde|scheldden) ~3 (me|mij|ons|klanten|iedereen|mensen) ~2 uit
(intimideerde|intimideerden|intimideert|intimideren|bedreigde|bedreigden|bedreigt) (me|mij|ons|mijn|m'n|klanten)
(kleineren|vernederen|schofferen|denigreren|afkraken) (me|mij|ons|klanten)
+ de verkoopster was ontzettend stuurs en nurks
+ de man aan de balie keek op me neer
+ de chauffeur stak de draak met mij
+ de monteur grauwde iets en liep weg
- ik keek neer op de stad vanaf het dakterras, prachtig
- de verkoper was stug maar wel correct en behulpzaam
+ de portier treiterde mij waar iedereen bij stond
+ ze antwoordde op een uitdagende toon

# nl14b: mocking the customer together with a colleague
(grappen|grapjes|giechelde|giechelden|dubbel|proestte|proestten) ~5 (collega|collega's|collegaatje)
(lachte|lachten) ~1 (daarna|toen|vervolgens|erna|achteraf) met ~2 (collega|collega's)
# nl14b: called a liar
(leugenaar|leugenaars|liegen|loog) ~2 (genoemd|uitgemaakt|beschuldigd|weggezet|afgeschilderd)
(beschuldigd|beschuldigde|beschuldigden) ~3 (van|dat) ~3 (liegen|gelogen|loog|lieg)
(deed|deden|doet|doen) alsof (ik|we|wij) ~2 (loog|logen|lieg|liegen|verzon|verzin)
# nl14b: brushed off dismissively
(deed|deden|doet|doen) (ze|hij|zij|men) ~1 (het|dat|mijn|m'n) ~2 af
(ze|hij|zij) (deed|deden|doet) (het|dat) ~1 af
(lachte|lachten|lacht) ~2 (het|dat) ~1 weg
(uitgelachen|lachte|lachten) ~2 (me|mij|ons) uit
# nl14b: personal remark about body odour said in public
(hardop|iedereen|anderen) ~8 (lichaamsgeur|zweetlucht|zweetgeur|stonk|stinkt) | weight=0.5
(waar|terwijl) (iedereen|anderen|klanten|mensen) ~1 (bij|omheen) (stond|stonden|was|waren) | weight=0.5
(kreeg|kregen) ~3 (een|'n) ~1 brutaal*
+ Ze maakten grapjes over mij met een collega.
+ Ik werd gewoon een leugenaar genoemd.
+ Ze deed het af met een schouderophaal.
+ Hij lachte me gewoon uit.
- Ik lachte samen met de verkoopster om het misverstand, heel gezellig.
# nl14b: told to go find something useful to do
zoek (een|toch|eens) ~2 (hobby|leven)
(ga|gaat) toch ~3 (nuttigs|hobby|leven)
+ Die medewerker zei gewoon 'zoek een hobby' tegen me.
+ Hij zei dat ik toch iets nuttigs moest gaan doen, ga toch iets nuttigs doen.

# --- added (nl14a paraphrase round) ---
# staff cut the call: "verbrak de medewerker de verbinding", "hij verbrak gewoon de verbinding"
(verbrak|verbreekt|verbraken) ~2 (de|die|deze) ~1 (medewerker*|*medewerkster|meneer|mevrouw|dame|man|vent|gast|collega) ~5 (verbinding|lijn|gesprek) | noneg
(medewerker*|*medewerkster|meneer|mevrouw|dame|man|vent|gast|hij|zij|ze|ie) ~3 (verbrak|verbreekt|verbraken) ~4 (verbinding|lijn|gesprek)
# staff ignore the customer for their own phone
(keek|kijkt|ging|gaat|zat|zit|bleef|speelde) ~3 (verder|weer|gewoon|rustig) ~3 (op|naar|met) (zijn|haar|z'n|d'r|hun) (telefoon|mobiel|mobieltje|gsm|scherm|telefoontje)
# a grumpy snap: "een chagrijnig 'wat?'", "zo'n nors antwoord"
(een|zo'n|n) (chagrijnig|chagrijnige|nors|norse|snauwerig|snauwerige|bits|bitse) (wat|antwoord|antwoordje|reactie|toon|toontje|blik)
+ zodra ik om een collega vroeg verbrak de medewerkster gewoon de verbinding
+ de caissière keek gewoon verder op haar mobiel terwijl ik iets vroeg
+ ik kreeg een nors antwoord toen ik naar de prijs vroeg
- de verbinding werd verbroken door een storing
- ik ben zelf chagrijnig wakker geworden
# nl15b: remarks on the customer's eyesight / reading
(koop|kopen|kocht|haal|halen|zet|opzetten) ~4 (bril|brilletje|leesbril)
(bril|brilletje|leesbril) ~2 (moest|moet|moesten|moeten|zou|maar) ~2 (kopen|halen|opzetten)
# nl15b: "not my problem" as the staff's answer
(dat|dit) is (mijn|m'n|ons|onze) (probleem|pakkie-an|zaak) niet | noneg
# nl15b: threats that the customer will regret it
(zei|zegt|riep|dreigde|dreigt|waarschuwde|zeiden) ~8 spijt ~3 (krijgen|krijgt|hebben|zal|zou|zullen)
# nl15b: "customers like that we don't need"
(zulke|zulk) (klanten|klant|mensen|types|lui|figuren) | noneg
# nl15b: being scolded (idiom)
wind van voren
+ de bezorger zei dat ik maar een bril moest kopen
+ de medewerkster antwoordde alleen: dat is mijn probleem niet
+ de verkoper dreigde dat ik er spijt van zou krijgen
+ aan de deur: zulke klanten hebben we hier niet nodig
+ ik kreeg de wind van voren van de baliemedewerkster
- ik heb bij jullie een nieuwe bril gekocht en die past prima
- ik heb er spijt van dat ik hier ooit besteld heb
- de medewerker zei dat mijn probleem niet bij hen lag
# --- nl16b ---
# "ga een leven zoeken", "get a life"
(een|'n|ne) (leven|hobby|lief) ~3 (zoeken|zoek|zoekt|gaan|kopen)
get a life
+ Hij zei dat ik een leven moest gaan zoeken.
- Ik heb een leven naast mijn werk, dus bel me na zes uur.
# lashing out at the customer
(viel|vielen|valt|vallen|vloog|vlogen|vliegt) ~3 tegen (me|mij|ons|hem|haar) uit
+ de kassierster viel compleet tegen me uit om een bonnetje
+ toen ik iets vroeg vloog hij tegen ons uit
- de stroom viel tegen de avond uit
- Mijn vraag om de teamleider te spreken werd afgewimpeld.

# --- r18a inflection pass (person, tense, split verbs, word order, split compounds, chat spelling) ---
# 'dat ik het lekker zelf moest regelen' (subordinate order of 'regel het lekker zelf')
(het|'t|dat) ~2 (maar|lekker|gewoon|toch) zelf (moest|moet|mocht|moesten|moeten|kon|kan) ~1 (regelen|oplossen|uitzoeken|fixen|repareren|doen)
# 'ze heeft haar riedeltje afgedraaid en toen opgehangen' (perfect, subject far from the participle)
(ze|zij|hij|die|men) (heeft|had|hebben|hadden) ~6 en (toen|daarna|vervolgens|gewoon|meteen|direct|gelijk|ineens|plots|doodleuk) (opgehangen|ingehaakt|neergelegd|opgelegd)
+ we kregen alleen maar norse antwoorden van de balie
+ ze zei dat ik het dan maar lekker zelf moest regelen
+ hij heeft me laten uitpraten en daarna gewoon ingehaakt
# --- nl19a paraphrase round ---
# mocking questions put to the customer: "heeft u wel eens van een browser gehoord?",
# "heb je de handleiding uberhaupt gelezen?"
(heeft|hebt|had|heb) (u|je|jij) ~1 (weleens|eens|ooit|uberhaupt) van ~4 gehoord
(heeft|hebt|had|heb) (u|je|jij) ~2 (weleens|ooit|uberhaupt) ~2 (handleiding|gebruiksaanwijzing|bijsluiter|voorwaarden|instructies) ~1 (gelezen|bekeken|ingekeken)
(heeft|hebt|had|heb) (u|je|jij) ~2 (handleiding|gebruiksaanwijzing|bijsluiter|voorwaarden|instructies) ~1 (weleens|ooit|uberhaupt|wel) (gelezen|bekeken|ingekeken)
+ de verkoper vroeg spottend: heb je ooit van een oplader gehoord?
+ 'Heeft u de gebruiksaanwijzing uberhaupt gelezen?' was het enige wat hij zei
- ik had nog nooit van dit merk gehoord, maar het bevalt prima
- heeft u de handleiding bij de levering ontvangen? vroeg de bezorger vriendelijk

# --- nl-s8 round ---
(lacherig*|giechelig*|meewarig*|schamper*|spotlach*|grijnzend)
van top tot teen ~2 (aan|bekeek|bekeken|opgenomen|opnam|opnamen|gemonsterd|keek|keken|aankeek|aankeken)
(keek|keken|bekeek|bekeken|opgenomen|nam|namen) ~3 van top tot teen
+ de verkoopster nam me van top tot teen op en draaide zich om
+ ze deed nogal lacherig toen ik mijn klacht uitlegde
+ de man gaf een schamper antwoord
- de medewerker legde rustig uit hoe de app werkt
# remarks about the customer's body, home, money
(opmerking*|grap*|grapje*|commentaar|sneer|sneertje*|steek|steekje*|rotopmerking*|hatelijk*|grapjes) ~4 over (mijn|m'n|mn|haar|zijn|ons|onze|z'n|uw) ~1 (gebit|huid|haren|stem|kilo's|kilos|gewicht|lijf|lichaam|baard|piercing*|tattoo*|kleren|outfit|jas|broek|dialect|uitspraak|spelling|taalgebruik|handschrift|huis|woning|tuin|rommel|meterkast|keuken|kleding|make-up|nagels|neus|oren|postuur|leeftijd|ziekte|inkomen|uitkering|portemonnee|budget|auto|fiets)
+ de monteur maakte een hatelijke opmerking over mijn rommelige keuken
+ ze maakte een grapje over mijn gebit waar haar collega om moest lachen
- de kapper maakte een compliment over mijn haar
# scolding: preek, uitbrander
(kreeg|kregen|gaf|gaven|afsteken|stak|staken) ~5 (preek|preekje|preken|donderpreek|lesje|moraalpreek|uitbrander|standje|veeg)
(hield|hielden) (me|mij|ons) ~2 (preek|preekje|preken|donderpreek|lesje|moraalpreek|uitbrander)
+ ik kreeg aan de balie een preek over op tijd betalen
+ de conducteur hield me een hele preek voor
- de dominee hield een mooie preek
# visibly irritated staff: "reageerde zeer geirriteerd"
(reageerde|reageerden|antwoordde|antwoordden|deed|deden|sprak|spraken) ~2 (geirriteerd|geergerd|pissig|nijdig|kribbig|geprikkeld|humeurig|korzelig|zuur|zuurtjes|giftig|vinnig|vijandig|agressief|opgefokt)
+ de baliemedewerker reageerde zeer geïrriteerd op mijn vraag
- ik reageerde achteraf misschien wat te snel, maar de medewerker bleef vriendelijk
# sighing, grumbling: "zat te zuchten en te puffen", "liep te mopperen"
# sighing staff, not the customer sighing in the queue: a staff subject on either side of the verb
(hij|zij|ze|die|iemand|men|medewerk*|*medewerkster|dame|meneer|man|vrouw|mevrouw|madam|telefonist*|assistente|monteur*|verkoper*|verkoopster*|kassier*|kassiere*|agent*|adviseur*|baliemedewerk*|ambtenaar|jongen|meisje|vent|gast|kerel|chauffeur*|bezorger*|receptionist*|collega*|personeel) ~3 (zit|zat|zaten|zitten|stond|stonden|begon|begonnen|liep|liepen|bleef|bleven) ~4 te ~1 (zuchten|puffen|steunen|mopperen|foeteren|brommen|mokken|sputteren|grommen|kreunen|snuiven)
(zit|zat|zaten|zitten|stond|stonden|begon|begonnen|liep|liepen|bleef|bleven) (hij|zij|ze|die|iemand|men|medewerk*|*medewerkster|dame|meneer|man|vrouw|mevrouw|madam|telefonist*|assistente|monteur*|verkoper*|verkoopster*|kassier*|kassiere*|agent*|adviseur*|baliemedewerk*|ambtenaar|jongen|meisje|vent|gast|kerel|chauffeur*|bezorger*|receptionist*|collega*|personeel) ~4 te ~1 (zuchten|puffen|steunen|mopperen|foeteren|brommen|mokken|sputteren|grommen|kreunen|snuiven)
(foeterend|mopperend|brommend|gemopper|gesputter|gebrom)
(mopperde|mopperden|bromde|bromden|sputterde|sputterden) | weight=0.5
+ de monteur liep de hele tijd te mopperen over de bereikbaarheid van de meter
+ aan de lijn zat iemand te puffen alsof ik haar stoorde
- ik zat al een kwartier te zuchten in de wachtrij, maar de medewerker was top
# talking down: "praatte tegen me als tegen een kleuter"
(praatte|praatten|sprak|spraken|praat|praten|deed|deden|behandelde|behandelden|behandeld|toegesproken|toesprak) ~4 (als|alsof) ~2 (tegen|een|'n) ~1 (kleuter|kind|kindje|peuter|idioot|sukkel|debiel|dommerik|schoolkind|schooljongen|schoolmeisje|achterlijke|gek|crimineel|dief|oplichter)
+ ze sprak tegen mij als tegen een schoolkind
- ik behandelde mijn kind als een prinses
# the customer's question called stupid
(zei|zeiden|vond|vonden|noemde|noemden|riep|snauwde|antwoordde|antwoordden) ~4 (mijn|m'n|mn|onze|de|die) (vraag|vragen|klacht|opmerking|verzoek|vraagje) ~2 (stom|dom|dommig|belachelijk|idioot|onzinnig|kinderachtig|overbodig|achterlijk|debiel|lachwekkend|zinloos|stomme|domme)
+ de medewerker zei dat mijn vraag nogal dom was
- ik vond mijn eigen vraag achteraf een beetje dom
# "you're being difficult": remarks about the customer's behaviour
(zei|zeiden|vond|vonden|riep|snauwde|zegt|zeggen|merkte|vond|noemde) ~4 (ik|u|je|we|wij|jij) ~3 (moeilijk|lastig|dramatisch|overdreven|kinderachtig|hysterisch|zielig|zeurderig|vervelend|vervelende|moeilijke|lastige|hysterische) ~1 (deed|doe|doet|deden|doen|was|ben|bent|waren|zijn|reageerde|klant|klanten|mens|vrouw|man)
(vond|vonden|vindt|vinden) het ~2 (nodig|gepast|grappig|leuk|nodig) om ~6 (zeggen|opmerken|vertellen|wijzen|uitleggen|merken|melden|roepen|wijzen) | weight=0.5
+ de agent zei dat ik wel een hele lastige klant was
+ hij vond het nodig om te zeggen dat ik erg dramatisch deed
- ik vertelde dat de formulieren ingewikkeld waren
# commands "niet zo zeuren / moeilijk doen"
(moest|moet|moesten|moeten|hoef|hoeft|hoefde) ~2 (niet|nie) zo ~1 (zeuren|zeiken|zaniken|janken|moeilijk|lastig|dramatisch|drammen|piepen|miepen|zeveren|zagen|aanstellen|overdrijven|klagen|mekkeren|zeuren|opwinden|druk|zeur) | noneg
(niet|nie) zo (moest|moet|moesten|moeten|hoefde) ~1 (zeuren|zeiken|zaniken|janken|moeilijk|lastig|dramatisch|drammen|piepen|miepen|zeveren|zagen|aanstellen|overdrijven|klagen|mekkeren|opwinden|druk) | noneg
+ de medewerkster vond dat ik niet zo moest zeuren over een paar euro
+ je moet niet zo moeilijk doen, zei de man achter de kassa
- ik wil niet zo zeuren, maar de levering was twee dagen later dan gepland
# hanging up on the customer
# staff hung up: "en hing gewoon op" (subject left out after staff speech), "ze heeft gewoon opgehangen"; not "ik hing gewoon op"
en (hing|hingen|hangt|ophing|ophingen|verbrak|verbraken|legde|legden) ~3 (gewoon|zomaar|botweg|domweg|doodleuk|keihard|abrupt)
(hij|zij|ze|die|men) ~2 (hing|hingen|hangt|hangen|ophing|ophingen|verbrak|verbraken) ~3 (gewoon|zomaar|botweg|domweg|doodleuk|keihard|abrupt)
(hij|zij|ze|die|men) ~3 (gewoon|zomaar|botweg|domweg|doodleuk|keihard|abrupt) ~3 (opgehangen|neergelegd|ophing|ophingen|verbrak|verbraken|aflegde)
(hing|hingen|ophing|ophingen|opgehangen|verbrak|verbraken|neergelegd) ~6 (halverwege|midden) ~2 (mijn|m'n|mn) ~1 (zin|gesprek|uitleg|verhaal|vraag|woorden)
(halverwege|midden) ~2 (mijn|m'n|mn) ~1 (zin|gesprek|uitleg|verhaal|vraag|woorden) ~4 (hing|hingen|ophing|ophingen|opgehangen|verbrak|verbraken|neergelegd)
+ de medewerker hing halverwege mijn uitleg de telefoon op
+ ze heeft gewoon opgehangen toen ik om een oplossing vroeg
- de verbinding viel weg, de medewerker belde meteen netjes terug
- ik heb zelf opgehangen, het wachtmuziekje was niet te harden
# insults in staff speech: "als u niet kunt lezen"
als (u|je|jij|ge) ~2 (niet|nie) (kunt|kan|kon|kunnen) ~1 (lezen|luisteren|tellen|rekenen|begrijpen|nadenken|opletten) | noneg
+ als u niet kunt lezen, moet u iemand meenemen, zei de baliemedewerker
- als ik de brief niet kan lezen, vraag ik mijn buurman om hulp
# chat compounds: "superkortaf", "megaonbeschoft"
(superkortaf|superonbeleefd|superonvriendelijk|superarrogant|superbot|superchagrijnig|superbits|superlomp|megaonbeschoft|megaonbeleefd|megaarrogant|megakortaf|megaonvriendelijk|keionbeleefd|keiarrogant|keionvriendelijk|ultrakortaf|hyperarrogant|oerlomp|ultraonbeleefd)
+ die dame was superkortaf aan de telefoon
# talking over the customer, verb first
(praatte|praatten|praat|praten|gepraat|kletste|kletsten|schreeuwde|schreeuwden|riep|tetterde|ratelde) ~3 door (me|mij|ons) heen
+ hij praatte continu door me heen
- we praatten rustig door over de opties
# the customer called a nag
(vond|vonden|vindt|noemde|noemden|zag|zagen|ziet|behandelde|behandelden|wegzette|zette) (me|mij|ons) ~3 (zeurpiet|zeur|zeurkous|lastpak|lastpost|aansteller|dramaqueen|querulant|zeikerd|zeurder|mierenneuker|klager|klaagmuur)
+ de medewerker vond mij blijkbaar een zeurpiet
- de medewerkster zag mij als vaste klant en gaf korting
# "schold me de huid vol"
(schold|scholden|gescholden|schelden|scheldt) ~3 de huid vol
de huid vol ~1 (gescholden|schelden|schold|scholden)
+ de chauffeur schold me de huid vol
- ik heb de huid van de kip krokant gebakken
# cold, hostile, brusque
(zo|heel|erg|ronduit|echt|super|ontzettend|nogal|behoorlijk|vreselijk|zeer|enorm|extreem|uiterst|werkelijk|gewoon) (vijandig|vijandige|ijzig|ijzige|afstandelijk|hooghartig|minachtend|kortaangebonden)
kil als (ijs|ijzer|steen)
(bruusk|bruuske|bruusker)
(klonk|klonken|leek|leken|straalde|straalden) ~5 geen ~1 (zin|puf|interesse) | noneg,weight=0.5
+ de vrouw aan het loket was zo kil als ijs
+ ik werd bruusk afgewimpeld
+ de beveiliger was ronduit vijandig
- het was ijskoud in de wachtruimte, verder goed geholpen
- de kamer was erg kil maar het personeel heel hartelijk

# s9: separable verbs in a subordinate clause: "een medewerker die me afsnauwde"
(afsnauwde|afsnauwden|afsnauwt|afbekte|afbekten|afbekt|afkatte|afkatten|afgrauwde|afgrauwden)
+ aan de balie zat een vrouw die iedereen afsnauwde
+ de conducteur die ons afbekte omdat we in de verkeerde coupé zaten
- de medewerker die me belde was juist heel vriendelijk
- ik vond het jammer dat de winkel al dicht was
# s9: a patronising or insulting name, the name first: "werd 'schatje' genoemd"
(schatje|liefje|lieverd|popje|dametje|mevrouwtje|meneertje|vrouwtje|mannetje|ventje|sukkel|dombo|domoor|zeurpiet|zeurkous|lastpak|lastpost) ~2 (genoemd|noemde|noemden|uitgemaakt)
+ ik werd door de verkoper de hele tijd lieverd genoemd
+ aan de telefoon ben ik gewoon voor lastpak uitgemaakt
- onze kat heeft de naam Pluis gekregen
- de verkoper noemde de prijs pas aan het eind
# s9: bot as blunt, behind a determiner so the chatbot stays out: "wat een bot mens"
(een|wat|zo'n|zon|dat|die|zulk|zulke) bot (mens|wijf|mannetje|vrouwtje|toontje|antwoord|antwoordje|vent|persoon|type|wicht|mailtje|berichtje)
+ wat een bot mens zat er achter het loket
+ op mijn vraag kreeg ik een bot antwoordje en daarmee uit
- de bot antwoordde meteen met de juiste link
- de chatbot gaf een duidelijk antwoord
# s9: walking off while the customer is still talking: "liep weg terwijl ik nog aan het praten was"
(liep|liepen|loopt|lopen|wandelde|wandelden|beende|draaide|draaiden) ~3 (weg|om|door) ~3 (terwijl|toen|midden) ~5 (praten|praatte|sprak|spreken|woord|uitleg|uitleggen|vertellen|vertelde|zin|verhaal|vraag|vragen)
+ de verkoopster draaide zich om terwijl ik nog aan het uitleggen was
+ hij liep gewoon door toen ik mijn vraag stelde
- ik liep weg terwijl de kassa nog aan het opstarten was — nee, de medewerker bleef vriendelijk
- we liepen samen door de winkel terwijl hij alles liet zien
# s9: brushed off with the separable verb: "hij wimpelde me af"
(wimpelde|wimpelden|wimpelt|wimpelen) ~3 af | weight=0.5
(afwimpelde|afwimpelden|afwimpelt) | weight=0.5
+ de dame wimpelde me af met een kortaf 'daar gaan wij niet over'
+ zij wimpelde me bruusk af
- de vlaggen wapperden vrolijk in de wind
- ze hielp me geduldig verder
# s9: "go to the competitor then" as a brush-off, without "maar"
(ga|gaat|gaan|ge) (je|u|jij|ge|gij|jullie) toch ~2 (naar|bij) (de|een) (concurrent|concurrentie)
dan (ga|gaat|gaan) (je|u|jij|ge|jullie) toch ~3 (ergens|elders)
+ dan ga je toch naar de concurrent, zei de verkoper schouderophalend
+ als het u niet bevalt dan gaat u toch elders tanken
- ik ga toch naar de buren om te vragen of ze mijn pakket hebben
- dan ga ik morgen wel even langs
# s9: dismissive "I have other customers", "can't you read?"
(heb|hebben|hebt|heeft) (nog|ook|wel) ~2 (meer|andere) klanten ~2 (hoor|he|hè|hé|helpen|wachten|bedienen)
(kunt|kan|kun|ken) (u|je|jij|ge|gij) soms (niet|nie) lezen | noneg
lezen ~2 (een|n) vak
+ ik heb ook nog andere klanten hoor, zei ze en hing op
+ kun je soms niet lezen, vroeg de medewerker geirriteerd
+ zijn antwoord was dat lezen ook een vak is
- kunt u niet lezen wat er op de bon staat? Dan help ik u graag even.
- we hebben nog andere kleuren op voorraad
- we hebben nog meer klanten uitgenodigd voor de opening
# s9: Flemish "bediende" (clerk) joins the staff nouns of the rules above
+ de bediende aan het loket was ronduit onbeschoft
+ die bediende was stuurs en keek ons niet eens aan
- de bediende aan het loket was heel vriendelijk en geduldig
# s9: 'draaide ... om' needs zich/zijn/haar; 'de' only with 'rug' (draaide de kraan om is no snub)
+ ze draaide me de rug toe en ging verder met haar collega
- de monteur draaide de kraan om terwijl hij uitlegde wat er mis was
# s9: "deed of ik achterlijk was" (colloquial of for alsof), "voor rotte vis uitgemaakt"
(deed|deden|doet|doen) (of|alsof) (ik|we|wij|mijn|m'n) ~3 (achterlijk|dom|gek|debiel|idioot|zwakbegaafd|seniel|dement|simpel|gestoord|crimineel|dief|lastpost|lastpak)
voor rotte vis
+ die vent deed of ik achterlijk was
+ de medewerker maakte me waar iedereen bij stond voor rotte vis uit
- ik deed of ik niks merkte en liep door
- de vis was niet vers meer, verder prima restaurant
# --- s10b paraphrase round ---
# two rude adjectives in a row, or a rude one with another staff failing: "onbeleefd en arrogant", "onvriendelijk, incompetent"
(onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|hufterig*|snibbig*|schofterig*|neerbuigend*|respectloos*|kleinerend*|denigrerend*|minachtend*|hautain*|bot|botte) ~2 (onbeleefd*|onbeleeft*|onvriendelijk*|onvriendelyk*|kortaf*|kortaangebonden*|nors*|chagrijn*|onbeschof*|brutaal*|brutale*|grof|grove|lomp|lompe|onaardig*|bits|bitse|arrogant*|onbeschaamd*|ongemanierd*|kattig*|snauwerig*|stuurs*|nurks*|ongeschoft*|onfatsoenlijk*|onhebbelijk*|hufterig*|snibbig*|schofterig*|neerbuigend*|respectloos*|kleinerend*|denigrerend*|minachtend*|hautain*|bot|botte|incompetent*|onkundig*|ongeinteresseerd*|onverschillig*|onbehulpzaam*|ongeduldig*|onprofessioneel*|traag|ongeinteresseerde)
+ onbeleefd en arrogant, nooit meer
+ onvriendelijk, onkundig en traag
+ kortaf en ongeinteresseerd aan de balie
- niet onbeleefd en niet arrogant, gewoon prima
- vriendelijk en behulpzaam, alleen wat traag
# staff turning sour when the customer asks on: "werd chagrijnig toen ik doorvroeg"
(werd|werden|wordt|raakte|raakten) (chagrijnig*|nors*|geirriteerd*|kattig*|bits|brutaal|brutale|onbeschoft|onvriendelijk|grof|sarcastisch|snauwerig|vijandig|bijdehand) ~4 (toen|als|zodra|omdat|wanneer) (ik|wij|we|mijn|m'n)
+ de man werd nors toen ik naar zijn naam vroeg
+ ze raakte geirriteerd zodra ik om een manager vroeg
+ hij werd brutaal toen ik mijn bon liet zien
- ik werd boos toen ik de rekening zag
- de medewerker werd stil toen ik het uitlegde
# yawning at the customer
(gaapte|gaapten|geeuwde|geeuwden)
(zat|zaten|stond|stonden|zit|zitten|staat|staan) (hij|zij|ze|die|de|het) ~2 te (gapen|geeuwen)
(hij|zij|ze|die) (zat|zaten|stond|stonden|zit|zitten|staat|staan) ~2 te (gapen|geeuwen)
+ de medewerker gaapte me recht in mijn gezicht
+ hij zat te geeuwen terwijl ik mijn verhaal deed
+ zat gewoon te gapen achter de balie
- de film was zo saai dat iedereen ging gapen
- het was zo vroeg dat ik stond te geeuwen
# laughing at the customer: "lachten erom", "lachten om mij"
(lachten|grinnikten|giechelden|gniffelden) ~2 (erom|ermee)
(lachten|lachte|lachen|lacht|grinnikte|grinnikten|giechelde|giechelden|gniffelde|gniffelden) ~2 om (mij|me|ons)
(lachten|lachte|lachen|lacht|grinnikte|grinnikten|giechelde|giechelden|gniffelde|gniffelden|praatten|praatte|roddelden|roddelde|fluisterden|fluisterde) ~3 achter (mijn|m'n|mn|ons) rug
+ ze lachten erom toen ik mijn klacht deed
+ de verkopers lachten om mij achter de toonbank
+ ze giechelden achter mijn rug
- we hebben er achteraf samen om gelachen
- ik lachte erom, het was een grappig misverstand
# exasperated retorts: "wat wil je nou eigenlijk", "wat wilt u nu weer"
wat (wil|wilt) (je|u|jij|ge) ~1 (nou|nu) (eigenlijk|weer)
+ 'wat wilt u nou eigenlijk', zei ze
+ hij beet me toe: wat wil je nu weer
+ 'wat wil je nou eigenlijk' was de reactie in de chat
- ik weet niet wat ik nu eigenlijk wil
- ik vroeg wat ik nu moest doen
- de site is niet mobiel vriendelijk
- de site is niet mobiel vriendelijk
