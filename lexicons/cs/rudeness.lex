# Rude, impolite, arrogant, sarcastic, dismissive or insulting staff;
# shouting, arguing, personal remarks, hanging up on the customer.
# Adjectives are prefix rules so that every gender, case and the adverb match
# (drzá, drzého, drze).  Not the customer's own rudeness.

# -- adjectives and nouns of rude conduct (drz* would catch držet: listed forms)
(drzý|drzá|drzé|drzou|drzého|drzým|drzými|drzých|drzejší|drze|drzost*|drzoun*)
(nezdvořil*|neslušn*|nevychovan*|arogantn*|arogance|aroganci|povýšen*|nadřazen*|blahosklonn*|přezírav*|pohrdav*|pohrdání|pohrdáním|opovržení*)
(neurval*|hulvát*|hrubián*|nevrl*|protivný|protivná|protivné|protivní|protivně|protivnou|protivného|odměřen*|ironick*|sarkasti*|sarkasm*|výsměch*|posměšn*|urážliv*|urážk*|neomalen*|nepřátelsk*)
(ponižující|ponižuj*|ponižov*|ponížil*|ponížen*|zesměšň*|zesměšnil*|neochot*|nevlídn*|nafoukan*|namyšlen*|otráven*|znuděn*)
(sprostá|sprostý|sprostí|sprostou|sprostého|sprostota|sprostot*|sprostost*)
sprostě | exact
s despektem
# nepříjemný: the person or their conduct, not "a nepříjemná zkušenost"
(nepříjemný|nepříjemní|nepříjemného|nepříjemným|nepříjemnými)
(choval*|chovala|chovali|jednal*|jednala|jednali|odpověděl*|odpověděla|odpověděli|mluvil*|mluvila|mluvili|reagoval*|reagovala|reagovali|odbyl*|odbyla|odbyli) ~2 nepříjemně
nepříjemn* (jednání|přístup*|chování|tón*|reakc*)
(paní|pán|slečn*|prodavač*|operátor*|pracovni*|zaměstnan*|obsluh*|personál*|technik*|kurýr*|řidič*|úřednic*|úředník*|asistent*|agent*|recepční*|vedoucí|manažer*|poradk*|poradce|číšník*|servírk*|pokladn*|chlap*|dispečer*) ~5 (nepříjemn*|hrubá|hrubý|hrubí|hnusn*|protivn*|drzý|drzá|drzí|sprostý|sprostá)
(byla|byl|byli|je|jsou|bývá|bývají) (nepříjemná|nepříjemný|nepříjemní|nepříjemně|hrubá|hrubý|hrubí)
(byla|byl|byli|je|jsou|bývá|bývají) (velmi|velice|hrozně|strašně|dost|fakt|opravdu|extrémně|neskutečně|neuvěřitelně|úplně|tak|docela|značně|příšerně|šíleně|nehorázně|mimořádně|neobvykle|vyloženě|hodně) (nepříjemná|nepříjemný|nepříjemní|nepříjemně|hrubá|hrubý|hrubí)
# -- hrubý only of people or conduct (hrubá chyba is not rude)
hrubost*
hrubě (se|mi|na|odpově*|odbyl*)
hrub* ~3 chov*
chov* ~3 hrub*
na (mě|mne) ~1 hrub*
# -- shouting, arguing, swearing at, mocking, interrupting
(řvát|řve|řvou|řvala|řvali|seřvat|vyštěkl*|štěkl*|štěkal*|štěkala|zpražil*|zpražila|setřel*|setřela|vřískal*|vřískala|ječela|ječet|pokřikoval*|okřikoval*|rýpl*|rýpnul*|rýpla|rýpav*|rýpnutí|popíchl*|popíchnul*|úšklebk*|ušklíb*|pošklebk*|pošklebov*|šklebil*|šklebila|šklebí)
(sjel*|sjela|sjeli|sjíždě*) (mě|mne|nás)
(utrhl*|utrhla|utrhli|obořil*|obořila|obořili) ~1 se ~2 na
(osopil*|osopila|vynadal*|vynadala|vynadali|okřikl*|okřikla|utřel*|utřela|křičel*|křičí|křičet|zakřičel*|křik|řval*|zařval*|seřval*|hulákal*|ječel*|odsekl*|odsekla|odsekávala)
(zvýšil*|zvyšoval*) ~2 hlas
zvýšeným hlasem
(nadával*|nadávat|nadává|urážíte|urážel*|urážela|uráží|urážejí|urážet)
(hádal*|hádat|pohádal*) se
(vysmál*|vysmív*|posmíval*|posmívat)
(smál*|smála|smáli) se mi
(zasmál|zasmála|zasmáli|vysmál|vysmála|vysmáli|chechtal*|chechtala|uchechtl*|řehtal*|řehtala|smála|smál|smáli|smějí|smáli) (se|si)
se (zasmál|zasmála|zasmáli|vysmál|vysmála|vysmáli|chechtal*|uchechtl*|řehtal*|řehtala)
(dělal*|dělala|dělali|dělá|dělají) si ze (mě|mne|nás) ~1 (legraci|srandu|blázny|blázna|šprťouchl*|prdel|dobrý)
(přestal*|přestala|přestanu|přestaňte|přestaň|přestanete) ~1 (otravovat|obtěžovat|zdržovat|prudit|votravovat)
(umíte|umíš|neumíte|neumíš) ~1 číst | noneg
(číst|počítat) (umíte|umíš|neumíte|neumíš) | noneg
(mě|mne|nás) ~2 (přerušoval*|přerušovala|přerušovali|přerušuje|přerušují)
ani (nepodíval*|nepodívala|nepodívali|nepozdravil*|nepozdravila|nepozdravili|nevzhlédl*|nevzhlédla) ~2 (na|mě|mne|nás|a|když) | noneg
(nepozdravil*|nepozdravila|nepozdravili) | noneg
(skákal*|skočil*) ~2 do řeči
(nenechal*|nenechala) mě ~2 domluvit | noneg
(tykal*|tykala)
(urazil*|urazila|nazval*|nazvala) (mě|mne)
označil* mě za
(vyjel*|vyjela|vyjeli) ~2 na (mě|mne)
na (mě|mne) ~2 (vyjel*|vyjela|vyjeli)
před nosem
(když|jak|kdyz) (jsem|jste|je) ~1 tak (chytrý|chytrá|chytrej|moudrý|chytrej|šikovný|šikovná|hloupý|hloupá)
(ať|že) si to ~2 (opravím|udělám|zařídím|spravím|vyřeším|opravíte|udělejte|opravte) sám
(protočil*|protočila|protáčel*|protáčela|obrátil*|obrátila|obracel*|obracela|koulel*|koulela) ~2 (oči|očima|panenky|panenkama)
(blbé|hloupé|pitomé|zbytečné) (dotazy|otázky|dotazů|otázek)
(neotravuj*|neotravujte|neotravoval*|nevotravuj*|neobtěžujte|neotravovala) | noneg
# treated like a fool / a child / a thief
jako s ~2 (blbc*|idiot*|hlupák*|debil*|dítět*|malým|zlodějem|nesvéprávn*)
(mluvil*|mluvila|mluví|jednal*|jednala|jedná|jednají|zacházel*|zacházela|zachází|chovali|chovala|choval|chová|komunikoval*) ~6 (blbc*|blbem|blbým|idiot*|hlupák*|hloupým|debil*|dítě|dítětem|dítěti|dítěte|malým|zloděj*|nesvéprávn*|vzduch|vzduchem|odpad*|otrok*|psem|dobytk*|póvl*|negramot*)
(otravn*|hysterick*|ukřičen*|protivn*|blbá|blbý|blbou|hloupá|hloupý|debiln*|pitom*) (ženská|ženskou|baba|babka|babu|bábu|dědek|dědka|chlap|chlápek|zákaznic*|zákazník*|paní|pán)
za (blbce|hlupáka|idiota|debila|zloděje)
(dělal*|dělala|dělali) ze mě
jako (bych|bychom|kdybych) ~2 (hloup*|blb*|idiot*|debil*|dítě|hluch*|negramot*|nesvéprávn*|ukradl*|kradl*|lhal*|podvodník*|zloděj*)
(že|ze|prý|pry|prej|řekl*|říkal*|nazval*|označil*) ~3 (jsem|jste|jsi|sem|ste|seš|si|som) ~2 (hloup*|blbá|blbý|blbec|blbka|blbou|blbej|neschopn*|idiot*|debil*|tlust*|negramot*|nemožn*|natvrdl*|tupý|tupá|tupec|pomalý|pomalá|slepý|slepá|hluchý|hluchá|otravn*|hysterick*|magor*|cvok*|trapn*|nesvéprávn*|problémov*|dement*|kráva|husa|slepice|vůl|osel|kretén*|blbka|trubka|ťulpas)
(nazval*|nazvala|nazvali|oslovil*|oslovila|označil*|označila) ~2 (mě|mne|nás) ~2 (hloup*|blb*|idiot*|debil*|natvrdl*|tup*|hysterk*|hysterick*|magor*|cvok*|dement*|negramot*|lhář*|podvodník*|zloděj*|vyděrač*)
# personal remarks about looks or behaviour
(komentoval*|poznámk*|narážk*|vtip*) ~4 (vzhled*|postav*|váh*|oblečení|oblek*|vlas*|tetování|věk*)
(ať|že) si ~2 (koupím|kupte|koupíte|pořídím|pořiďte|vezmu|vemte) ~1 (brýle|naslouchadl*|mozek|rozum|slovník|hodinky|mapu)
# dismissive: brushed off, waved off, ignored in person, sent away
(odbyl*|odbyla|odbývali|odbývala|odbýval)
(mávl*|mávla) rukou
(ignoroval*|ignorovala|ignorovali) (mě|mne)
(otočil*|otočila) se ke mně zády
(poslal*|poslala) mě do (háje|prdele|háji)
(jděte|běžte) jinam
ať ~3 (jdu|jdete|zajdu|zajdete|jít|táhnu|vypadnu|vypadnete|vypadnout) (jinam|jinde|pryč|do) | weight=0.5
(jestli|když) se vám to nelíbí | noneg
(to|tohle) (není|neni) (můj|náš) problém | noneg, weight=0.5
(není|neni) to (můj|náš) problém | noneg
(to|mě) (mě|to) nezajímá | noneg
(že|prý|ať) ~1 (toho|to) (budu|budete) litovat
(že|ať|prý) ~2 (zdržuju|zdržuji|nezdržuju|nezdržuji|nezdržujte|zdržujete|zdržujeme) | noneg
# -- hanging up on the customer, ending the chat
(típl*|típla|típnul*|típnula|típnuli) | weight=0.5
(zavěsil|zavěsila|zavěsili) (mi|nám|telefon|hovor|sluchátko)
(mi|nám) ~1 (zavěsil*|zavěsila)
(a|pak|prostě|rovnou|hned|nakonec|jednoduše|okamžitě|zkrátka|normálně) (zavěsil|zavěsila|zavěsili)
(operátor*|paní|pán|slečn*|agent*|technik*|dispečer*|chlap*|on|ona|někdo|pracovni*|úřednic*|poradk*|prodavač*|kolega|kolegyně) ~3 (zavěsil|zavěsila|zavěsili)
(položil*|položila) mi ~1 (telefon|to|sluchátko)
mi to (položil*|položila)
(ukončil*|ukončila) mi ~1 (hovor|chat)
(ukončil*|ukončila|ukončili|zavřel*|zavřela|zavřeli|uzavřel*|uzavřela) ~2 chat
chat ~2 (ukončil*|ukončila|ukončili|zavřel*|zavřela|zavřeli|uzavřel*|uzavřela) | weight=0.5
bez (rozloučení|pozdravu|pozdravení) | noneg
(praštil*|praštila|praštili|třískl*|třískla|mrštil*|mrštila|bouchl*|bouchla) ~2 (sluchátk*|telefon*|tím)
hovor ~3 ukončil* ~3 uprostřed
přes zuby
(dával*|dávala|dal*|dala) najevo ~4 (otravuj*|obtěžuj*|zdržuj*|otrava|otravn*|nezajím*|obtěžoval*)
(čtěte|čti|přečtěte|přečti) (pozorně|pořádně|pozorněji)
(ať|abych) ~3 (vypadnu|vypadnete|vypadneme|zmizím|zmizíme|táhnu)
(vypadněte|vypadni|táhněte|zmizte)
+ paní na pokladně byla neskutečně drzá a nepříjemná
+ operátor na mě křičel a pak mi to típnul
+ zavěsila mi to uprostřed věty
+ prodavac byl arogantni a choval se povysene
+ jednali se mnou jako s malým dítětem
+ smáli se mi do očí
+ nenechala mě ani domluvit
+ operatorka mi tykala a byla neprijemna
+ řekl mi, že když se mi to nelíbí, ať jdu jinam, a zavěsil
- paní nebyla vůbec nepříjemná, naopak
- byla to nepříjemná zkušenost, ale paní mi pomohla
- byl jsem na ni trochu hrubý, omlouvám se
- hrubá chyba v objednávce
- zavěsil jsem a zavolal znovu
+ začal na mě řvát, ať ho neotravuju
+ prodavačka obrátila oči v sloup a otočila se ke kolegyni
- hovor se pořád přerušoval, asi slabý signál
# -- more adjectives of rude conduct, colloquial -ej forms
(drzej|drzí|drzejch|drzýho|drzou|drzoun|drzouni|drzounka)
(nabručen*|nerudn*|vulgárn*|jízliv*|uštěpačn*|zpupn*|nadut*|cynick*|nelidsk*|buransk*|burani|buran|hulvátsk*|nevraživ*|vzteklá|vzteklý|vzteklej|nepříjemnej|nepříjemnýho|protivnej|arogantnej|hnusně|zhnuseně|opovržliv*|posměv*)
nepříjemn* ~2 (paní|pán|pána|slečn*|prodavač*|operátor*|pracovni*|zaměstnan*|obsluh*|personál*|technik*|kurýr*|řidič*|úřednic*|úředník*|asistent*|agent*|recepční*|vedoucí|manažer*|poradc*|číšník*|servírk*|pokladn*|chlap*|dispečer*|ženská|ženskou|babizn*)
(díval*|dívala|dívali|koukal*|koukala|koukali|hleděl*|hleděla|jednal*|jednala|jednali|mluvil*|mluvila|mluvili|bavil*|bavila) ~3 (svrchu|spatra|zvysoka|skrz|povýšeně)
(díval*|dívala|dívali|koukal*|koukala|jednal*|jednala|jednali|mluvil*|mluvila|mluvili) ~3 (přes|z) (rameno|patra|vysoka)
# -- treated like dirt, like a child (jak s / jako s)
(jako|jak) s ~3 (blbk*|blbc*|blbou|husou|krávou|slepicí|hmyz*|onuc*|hadr*|luz*|lůz*|bezdomovc*|žebrák*|děck*|dement*|cvok*|blázn*|idiot*|hlupák*|pitomc*|kreténem|debil*|otrok*|psem|póvl*|odpad*|zločinc*|podvodník*|obtížn*|prudič*|otrav*|negramot*)
# -- snide remarks, scolding, harassment
(utrousil*|utrousila|utrousili|prohodil*|prohodila|trousil*|trousila) ~3 (poznámk*|narážk*|vtip*|jízlivě|jedovatě|kousavě|ironicky|posměšně)
(poznámk*|narážk*|vtip*|komentář*|komentoval*|komentovala|rýpal*|rýpala) ~4 (váz*|váh*|tloušťk*|postav*|vzhled*|obličej*|účes*|vlas*|přízvuk*|oblečen*|věk*|tetování|piercing*|pleti)
(sprdnul*|sprdl*|sprdla|sprdli|seřezal*|seřezala|zjebal*|zjebala|zjebali|vyhuboval*|vyhubovala|hubovala|huboval*|peskoval*|peskovala|buzeroval*|buzerovala|buzerovali|buzeruj*|šikanoval*|šikanovala|šikanuj*)
se ~3 (pohádal*|pohádala|pohádali|hádat|hádá|hádají|dohadovat|hádal|hádala|hádali|dohadoval*|dohadovala|dohadovali|handrkoval*|handrkovala|přel|přela|přeli)
(hádal|hádala|hádali|dohadoval*|dohadovala|dohadovali) ~1 se ~2 (mnou|námi|ním|ní|zákazník*)
(ať|že|prý|abych|abyste) ~2 (nejsem|nebuďte|nebuď|nebyla|nebyl) ~2 (hysterick*|drz*|směšn*|vztahovačn*|protivn*|otravn*|nepříjemn*|hloup*|blb*|přecitlivěl*|trapn*|nervózn*|agresivn*) | noneg
(ať|že|prý) ~3 (nevyšiluju|nevyšilujte|nevyšiluj|nehysterčím|nehysteřte|nehysteř|nefňukám|nefňukejte|nebrečím|nebrečte|nebrečíte|nevymýšlím|nevymýšlejte|nevymýšlíte|nekecám|nekecejte|nekecáte|nepruďte|neprudím|neotravuju|neotravuji) | noneg
(ať|že) ~4 (přestanu|přestanete|přestaňte|přestal*) ~1 (otravovat|obtěžovat|zdržovat|prudit|votravovat|vyšilovat|hysterčit|brečet|fňukat) | noneg
(vyhodil|vyhodila|vyhodili|vykázal*|vykázala|vykázali|vyprovodil*|vyprovodila) ~2 (mě|mne|nás) ~3 (z|ze|ven|pryč|za)
(mě|mne|nás) ~1 (vyhodil|vyhodila|vyhodili|vykázal*|vykázala|vykázali|vyprovodil*|vyprovodila) ~2 (z|ze|ven|pryč|za)
(otočil*|otočila|otočili|obrátil*|obrátila) se ~3 zády
(mě|mne|nás|mi) ~2 (položil*|položila|položili|zavěsil*|zavěsila|zavěsili|típl*|típla|típli|típnul*|típnula) | weight=0.5
(operátor*|operátork*|paní|pán|slečn*|agent*|technik*|dispečer*|chlap*|on|ona|úřednic*|úředník*|poradk*|poradce|prodavač*|kolega|kolegyně|asistent*|prostě|pak|nakonec|rovnou|jednoduše|zkrátka|normálně|najednou) ~3 (položil|položila|položili) ~1 (telefon|sluchátko|hovor|to)
nemá* na (vás|tebe|mě|mne|takové|tyhle|tohle) ~1 čas | noneg
+ slečna na lince byla drzej a nepříjemnej, fakt hrůza
+ paní se na mě dívala svrchu a mluvila se mnou jak s děckem
+ pan vedoucí utrousil jízlivou poznámku o mém přízvuku
+ technik se se mnou začal hádat, místo aby to opravil
+ řekla mi, ať nejsem hysterická
+ ochranka mě vyhodila z prodejny bez vysvětlení
+ operátorka mi prostě položila telefon
+ sprdla mě jak malou holku
+ vedoucí se s námi pohádal před celou prodejnou
- hádala jsem se s manželem, kdo zavolá na linku
- paní byla klidná a nebyla vůbec nepříjemná
- položil jsem telefon a zkusil to znovu později
# -- throwing things at the customer, teasing, turning away
(hodil*|hodila|hodili|mrštil*|mrštila|praštil*|praštila|plácl*|plácla|hodil) ~3 (brýle|brejle|telefon|mobil|recept*|lístek|lístk*|vstupenk*|papír*|doklad*|drobn*|peníze|účtenk*|občank*|kartu|věci|balík*|zboží|nákup*|klíč*) ~3 (na|po|přes|pod)
(utahoval*|utahovala|utahovali|utahuje|utahují|střílel*|střílela|střílí|střílej*) ~3 ze (mě|mne|nás)
ze (mě|mne|nás) ~1 (utahoval*|utahovala|utahovali|utahuje|utahují|střílel*|střílela|střílí|střílej*)
ze (mě|mne|nás) ~2 (utahoval*|utahovala|utahovali|utahuje|utahují|střílel*|střílela|střílí|dělal*|dělala|dělali) ~2 (legraci|srandu|blázna|blázny|šašk*|prdel|dobrý)
(odvrátil*|odvrátila|odvrátili|obrátila|obrátil) ~1 se ~3 (ke|zády|jinam|ode)
(že|prý) ~3 (jsem|jste|jsi) ~3 (mimo|natvrdl*|retardovan*|zaostal*|nesvéprávn*|nemožn*|omezen*|přitroublý|přitroublá|dutý|dutá|mentál*)
+ paní mi hodila papíry na pult a ani se nepodívala
+ technik si ze mě utahoval kvůli starému telefonu
+ řekl mi, že jsem úplně mimo
- hodil jsem papíry do schránky
# -- patronising: "mluvila jako na dítě", sulking, ignoring in person
jako (na|s|se|k|ke) ~1 (dítě|dite|děcko|decko|dítěti|dítětem|ditetem|děckem|blbce|blbcem|blba|idiota|idiotem|debila|debilem|hlupáka|hlupákem|psa|psem|vola|volem|nesvéprávn*|prvňáka|prvňákem|malé|malého|malou|malému|retardovan*|negramot*)
(prodavač*|prodavačk*|obsluh*|číšník*|servírk*|pokladní|úřednic*|úředník*|recepční|technik*|operátor*|operátork*|paní|pán|slečna|kurýr*|řidič*|lékárnic*|personál*) ~3 (ignoroval*|ignorovala|přehlížel*|přehlížela|přehlíželi|nevšímal*|nevšímala|nevšímali)
(urazil|urazila|urazili|nafoukl|nafoukla|nafoukli|naštval|naštvala) se ~3 (když|kdyz|že|protože|jsem)
(už|uz|pak|potom|vůbec|pak) se mnou (nemluvil*|nemluvila|nepromluvil*|nepromluvila|nebavil*|nebavila|nekomunikoval*) | noneg
+ začala mluvit pomalu jako na dítě
+ prodavačka mě ignorovala a obsluhovala lidi za mnou
+ pak se urazil, když jsem odmítla, a už se mnou nemluvil
- urazila jsem se sama na sebe, že jsem zapomněla účtenku
- prodavač se mnou mluvil o všem, byl moc milý

# -- r4: hung up on the customer, "to" as the object ("pak to položili")
(pak|potom|nakonec|prostě|rovnou|najednou|uprostřed|bez|hned|jednoduše|zkrátka) ~2 (to|mi|mě|nám) ~1 (položil*|zavěsil*|típl*|típnul*|shodil*)
(položil*|zavěsil*|típl*|típnul*) ~1 (mi|nám|to) ~1 (telefon|sluchátko|hovor|to)
# -- r4: personal remarks ("jsem moc stará na smartphone", "ať zhubnu")
(jsem|jste|sem|jsi|prý|prej) ~1 (moc|příliš|přespříliš) (starý|stará|starej|stará|tlustý|tlustá|tlustej|hloupý|hloupá|hloupej|blbý|blbá|pomalý|pomalá|nemožný|nemožná) ~2 (na|pro)
(ať|abych|abyste|prý|prej) ~2 (zhubnu|zhubnete|zhubla|zhubnul)
+ nechali mě na lince hodinu a pak to položili
+ operátor mi položil telefon uprostřed věty
+ prodavač mi řekl, že jsem moc stará na smartphone
+ prý ať nejdřív zhubnu, pak mi to padne
- položil jsem telefon na pult a čekal
- tenhle model je moc starý na nové aplikace
# -- r4 (brainstorm): insults, "otravovat", hissing and snapping at the customer
(natvrdl*|přitroubl*|zabedněn*|dutohlav*|tupec|tupče|tupá|tupej|pitomá|pitomec|pitomče)
(ať|abych|že|prý|prej|jenom|jen|než) ~3 (otravuj*|otravovat|obtěžovat|obtěžuju|obtěžuji|otravoval*|obtěžoval*|otravovala|zdržuju|zdržovat)
(syčel*|syčela|prskal*|prskala|štěkal*|štěkala|vyštěkl*|vyštěkla|obořil*|obořila|utrhl*|utrhla|vyjel|vyjela|vyjeli|sjel|sjela|sjeli|houkl*|houkla|zavrčel*|zavrčela|vrčel*|vrčela) ~2 na (mě|mne|nás|mámu|tátu|babičku|manžela|manželku|ni|něj|mamku|taťku|dceru|syna)
na (mě|mne|nás) ~2 (syčel*|syčela|prskal*|prskala|štěkal*|štěkala|vyštěkl*|vyštěkla|obořil*|obořila|utrhl*|utrhla|vyjel|vyjela|sjel|sjela|houkl*|houkla|zavrčel*|vrčel*)
+ zeptal se mě, jestli jsem natvrdlá
+ řekla mi, ať si to nastuduju, než začnu otravovat
+ paní u přepážky na mě syčela
+ utrhla se na mámu, že zdržuje
- na mě nikdo nesyčel, paní byla milá
- tupý nůž jsem reklamoval a vyměnili ho
# -- r4 round 3: "ať se nechovám jako blázen", looks of contempt
(ať|abych|abyste) ~2 (nechovám|nechovala|nechoval|neřvu|nevyšiluju|nevyšiluji|nepanikařím|nehysterčím|nedělám|nevyváděl*|nevyváděla) ~2 (jako|hysterk*|scén*|blázen|cirkus|divadlo|dítě) | noneg
(sjel*|sjela|sjeli|změřil*|změřila|přeměřil*|probodl*|probodla) ~1 (mě|mne|nás|mámu|tátu) ~1 pohledem
(mě|mne|nás|mámu|tátu) ~1 (sjel*|sjela|sjeli|změřil*|změřila|přeměřil*|probodl*|probodla) ~1 pohledem
(pohrdav*|povýšen*|opovržliv*|vražedným|znechucen*) (pohledem|pohled|tónem|tón)
+ řekl mi, ať se nechovám jako blázen
+ prodavac me sjel pohledem a otocil se
+ mluvila se mnou povýšeným tónem
- sjel jsem výtahem do přízemí
- chovám se slušně a čekám to samé

# round 7 (industries): thrown out (office counter, branch, shop, clinic)
(vykázal*|vykázala|vykázali|vyhodil*|vyhodila|vyhodili) ~1 (mě|mne|nás|mi) ~1 (pryč|ven|domů)
+ na přepážce mě vyhodili ven, ať nezdržuju
+ vykázali nás ven, ať si stěžujeme jinde
+ ochranka nás vykázala ven, když jsme chtěli reklamovat
- úřednice mě poslala pryč na jinou pobočku, kde to vyřídili
- obsloužili mě rychle a mile
- chtěla jsem mluvit česky a paní mi vyhověla

# -- r8: hung up on the customer, with gap ("mi pak ... položila sluchátko", "típl hovor uprostřed věty")
(mi|nám|mně) ~6 (položil|položila|položili|práskl*|praskl*|třískl*|třískla|prásknul*) ~1 (sluchátk*|telefon*)
(položil|položila|položili|ukončil|ukončila|ukončili|utnul*|utnula|utnuli|típl*|típla|típli|típnul*|típnula|zavěsil|zavěsila|zavěsili) ~4 (uprostřed|uprostred|vprostřed) ~1 (věty|vety|slova|hovoru|vysvětlování)
(ukončil|ukončila|ukončili|utnul*|utnula|utnuli|típl*|típla|típli) ~2 (hovor|chat|konverzaci|rozhovor) ~2 (bez|beze) ~1 (rozloučení|slova|vysvětlení|pozdravu)
+ vaše kolegyně mi po mé námitce položila sluchátko
+ operátor típl hovor uprostřed věty
- položil jsem sluchátko a zkusil to znovu

# -- r8: Common Czech scolding verbs ("seřval", "sepsul", "zjebal", "okřikl")
(seřval*|seřvala|seřvali|sepsul*|sepsula|sepsuli|seprul*|seprula|seprali|sprdnul*|sprdla|sprdl*|zjebal*|zjebala|okřikl*|okřikla|okřikli|obořil*|obořila|obořili|utrhl*|utrhla|utrhli|vyjel*|vyjela|vyjeli) ~2 (mě|mne|nás|mi|na)
(mě|mne|nás|me) ~1 (seřval*|seřvala|seřvali|sepsul*|sepsula|sepsuli|seprul*|seprula|seprali|sprdnul*|sprdla|sprdl*|zjebal*|zjebala|okřikl*|okřikla|okřikli)
+ prodavač mě seprul, ať si to koupím jinde
+ paní se na mě obořila před celou frontou
- vyjel jsem výtahem do patra

# --- r9a: described rudeness (slamming, condescension, "learn Czech") ---
(práskl*|prásknul*|praskl*|prasknul*|třískl*|třísknul*|bouchl*|bouchnul*|mrštil*|plácl*|plácnul*|šoupl*|šoupnul*) ~4 (na|o|po|přes) ~1 (stůl|stul|stolu|pult|pultu|přepážku|prepazku|zem|pult|tác|tac)
(odešel|odešla|odešli|odkráčel*|odkracel*|odtáhl*|odtahl*|zmizel*|zmizela) ~2 bez ~1 (slova|pozdravu|vysvětlení|vysvetleni) | noneg, weight=0.5
(pochopil*|pochopilo|pochopí|pochopi|zvládl*|zvládlo|zvládne|zvladne|věděl*|vedel*|ví|vi|umí|umi|dokázal*|dokazal*|dokáže|dokaze|pozná|pozna|přečte|precte) ~2 i ~2 (dítě|dite|děcko|decko|opice|blbec|prvňák*|prvnak*|školák*|skolak*|cvičen*|cviceni|mimino|pětiletý|petilety|pětileté)
(to|tohle|tohlecto) ~2 (ví|vi|zná|zna|umí|umi|pochopí|pochopi) (přece|prece|snad|přeci|preci) (každý|kazdy|každej|kazdej)
(ať|at|že|ze|prý|pry|prej|abych) ~2 se ~2 (naučím|naucim|naučil*|naucil*|naučila|naucila|nauč*|nauc*|doučím|doucim) ~2 (česky|cesky|číst|cist|počítat|pocitat|mluvit|slušně|slusne|chovat|psát|psat|rozumět|rozumet)
(naučte|naucte|nauč|nauc) se ~2 (česky|cesky|číst|cist|počítat|pocitat|mluvit|chovat|psát|psat)
(mávl*|mávla|mávnul*|mávnout|mávne|mávnutím|mavnutim|mávli|mávali|mavali|mávala|mavala|máchl*|machl*) ~1 (rukou|rukama) | noneg
(není|neni|nejsou|nebude) ~2 pro (důchodce|duchodce|seniory|babky|dědky|dedky|staré|stare|starý|stary|ženský|zensky|ženské|zenske) | noneg, weight=0.5
(ať|at|že|ze|prý|pry|prej) si ~1 (koupí|koupi|koupíte|koupite|kupte|koupím|koupim|vezme|vezmu|pořídí|poridi|pořídím|poridim) ~2 (něco|neco) ~1 (jednoduch*|jednoduš*|jednodus*|levnějš*|levnejs*|pro|obyčejn*|obycejn*) | weight=0.5
+ Číšník mi tu kávu prásknul na stůl a ani se nepodíval.
+ Prý by to zvládlo i malé dítě, řekla mi ta paní na poště.
+ Pán za přepážkou mi řekl, ať se naučím číst, když nechápu smlouvu.
+ Jen máchla rukou a šla pryč.

# -- r10: called the customer names, whoever the object ("ji označil za hloupou")
(nazval*|nazvala|nazvali|označil*|označila|označili|titulovala|tituloval*|oslovil*|oslovila) ~4 (hloup*|blbc*|blbou|blbá|blbý|blbej|blbk*|idiot*|debil*|natvrdl*|hysterk*|hysterick*|magor*|cvok*|dement*|negramot*|lhář*|lhářk*|podvodni*|podvodník*|zloděj*|krávu|krávou|kráva|ťulpas*|trubk*|slepic*)
# -- r10: slammed the door / closed the window in the customer's face
(praštil*|praštila|práskl*|práskla|prásknul*|třískl*|třískla|třísknul*|bouchl*|bouchla|bouchnul*|zabouchl*|zabouchla|zabouchnul*|zaklapl*|zaklapla|zavřel*|zavřela) ~3 (dveřmi|dveře|dvířky|okénk*|okýnk*) ~3 (před|do|mi|nám) | weight=0.5
(praštil*|praštila|práskl*|práskla|prásknul*|třískl*|třískla|třísknul*|bouchl*|bouchla|bouchnul*) (dveřmi|dvířky|okýnkem|okénkem)
# -- r10: told not to call / come again
(ať|at|abych|abyste) ~2 (už|uz|sem|tam|víc|vic|radši|radsi) ~1 (nevolám|nevolam|nevolal*|nechodím|nechodim|nepíšu|nepisu|nelezu|nepruďím) | noneg, weight=0.5
+ řidič práskl dveřmi a odjel
+ prodavač ji označil za hloupou
+ rikal ze sem blbej a at uz nevolam
- práskla jsem dveřmi auta a šla k okénku
- označil mi zboží za vadné a vyměnil ho
# dressed down: seprala / sepsula
(sepral*|seprala|seprat|sepsul*|sepsula|sepsuli)
# insult by simile: hluchý jak pařez
(hluch*|blb*|tup*|hloup*|slep*|tlust*|natvrdl*) (jak|jako) (pařez|poleno|tágo|bedna|vrata|patrona|sud|vůl|bota|tele|ovce|husa|slepice|koza|dřevo|lopata)
# hurried on rudely: ať si pohnu
(popoháněl*|popoháněla|popoháněli|popohnal*)
(ať|abych|že|prý) ~2 (pohnu|pohnete|hejbnu|hejbnete|pohni|pohněte|hni)
# shooed away ("poslala mě pryč" alone is often a transfer)
(odehnal*|odehnala|odehnali|vyhnal*|vyhnala|vyhnali) ~1 (mě|mne|nás|ho|ji|mámu|tátu) ~1 pryč
(mě|mne|nás|mámu|tátu) ~1 (odehnal*|odehnala|odehnali|vyhnal*|vyhnala|vyhnali) ~1 pryč
+ Operátorka mě seprala do telefonu.
+ Řekla mu, že je hluchý jak pařez.
+ Ochranka mě popoháněla, ať si pohnu.
+ Jednali se mnou jak s blbkou.
+ Pracovnice jí hodila brýle na pult a odešla.
+ Úřednice mě odehnala pryč.
- Auto bylo pomalé jak šnek, ale personál milý.
- Sám jsem hodil tašku na zem, nikdo za to nemohl.
# shut up
(zavřít|zavřete|zavři|zavřel|zavřela|držte|sklapnout) ~1 (pusu|hubu|zobák|klapačku|tlamu|chlebárnu)
(sklapněte|sklapni|zmlkněte|zmlkni|ticho|mlčte) ~2 (už|konečně|a|prosím) | weight=0.5
(sklapněte|sklapni|zmlkněte|zmlkni)
# told off
(sprda|sprďáka|sprďák|sprdu|zpucoval*|zpucovala|zpucovali|vypeskoval*|vypeskovala|zdrbal*|zdrbala|zdrbali)
+ Operátor mi řekl, že mám zavřít pusu.
+ Dostala jsem sprda za to, že jsem se zeptala.
+ Lékařka mě zpucovala jak školáka.
+ Pracovník mi řekl, že jsem kráva.
- Musel jsem držet pusu a krok, protože byl ve frontě dav.

# r13 thesaurus pass: looking down, curt tone, outbursts, sneers, Common Czech forms
skrz prsty
(dívá|dívají|dívaj|divaj|díval*|dívala|dívali|koukal*|koukala|koukali|koukaj|koukají|hleděl*|hleděla) ~3 (přes|spatra|svrchu|zvysoka) ~1 (prsty|rameno|patra|vysoka)
(úsečně|úsečn*|příkře|příkrým|příkrou|příkrý|příkrá|ostrým|nepříjemným|povýšeným|pohrdavým|arogantním|drzým|uraženým) (tónem|hlasem|způsobem)
(rozkřikl*|rozkřikla|rozkřičel*|rozkřičela|rozeřval*|rozeřvala|vřeštěl*|vřeštěla|zaječel*|zaječela|zahulákal*|zahulákala|vyjekl*|vyjekla|rozječel*|rozječela)
(rozčílil*|rozčílila|rozčiloval*|rozčilovala|vztekal*|vztekala|čertil*|čertila|vztekle|naštvaně|nasraně) ~2 na (mě|mne|nás)
(nadávk*|urážk*|urážky|sprosťárn*|sprosťačin*|sprosťák*|sprosťačk*|hulvátstv*|neurvalost*|nezdvořilost*|nevychovanost*|arogantnost*)
(odpálkoval*|odpálkovala|odpálkovali|odmávl*|odmávla|odmávli|odpinkl*|odpinkla|odpinkli) ~2 (mě|mne|nás)
(úsměšk*|úšklebk*|posměšk*|pošklebk*|posměšn*|ušklíbl*|ušklíbla|ušklíbli|ušklíbnutí*)
(odporn*|hnusn*|nesnesiteln*|nabručen*|nevrl*|otráven*|arogantn*) ~3 (paní|pán|pána|slečn*|prodavač*|operátor*|pracovni*|zaměstnan*|obsluh*|personál*|technik*|kurýr*|řidič*|úřednic*|úředník*|recepční*|vedoucí|číšník*|servírk*|pokladn*|ženská|ženskou|babizn*|chlap*|týpek|typek)
(kysel*|otráven*|znuděn*|naštvan*|zamračen*|nasran*|arogantn*|pohrdav*|povýšen*) (ksicht*|obličej*|výraz*|xicht*|pohled*)
(ksichtil*|ksichtila|ksichtili|šklebil*|šklebila|šklebili|culil*|culila) ~3 (na|se|když)
(lhostejn*|bezohledn*|necitliv*|ledov*) (přístup*|jednání|chování|personál*|obsluh*|paní|pán|prodavač*|prodavačk*|operátor*|operátork*|úřednic*|úředník*)
(kašlal*|kašlala|kašlali|kašle|kašlou|srala|sral*|serou|sere|prděl*) ~2 na ~1 (mě|mne|nás|zákazník*|zákaznic*|klient*|lidi)
(jak|jako) (na|s|se|k|ke) ~1 (dítě|děcko|dítěti|dítětem|děckem|blbce|blbcem|blba|idiota|idiotem|debila|debilem|hlupáka|hlupákem|psa|psem|vola|volem|póvl*|odpad*|vzduch|vzduchem|otroka|otrokem|malé|malého|malou|malému)
(nechutn*|odporn*|hnusn*|neslýchan*|skandáln*|nehorázn*|otřesn*|buransk*|hulvátsk*|nevychovan*) (chování|chovaní|vystupování|zacházení)
+ Paní na poště se na mě dívala skrz prsty.
+ Odpověděl mi úsečným tónem a otočil se.
+ Ta nesnesitelná prodavačka mě odpálkovala.
- Technik byl milý a ochotný, žádný úšklebek.
- Výraz v obličeji dítěte na fotce byl roztomilý.

# -- cs14a: slammed the window / counter / door shut in the customer's face
(zabouchl*|zabouchla|zabouchli|bouchl*|bouchla|práskl*|práskla|přibouchl*|přibouchla|zaklapl*|zaklapla) ~1 (mi|nám|mu|jí) ~3 (okénk*|okýnk*|přepážk*|dveř*)
(mi|nám|mu|jí) ~1 (zabouchl*|zabouchla|zabouchli|bouchl*|bouchla|práskl*|práskla|přibouchl*|přibouchla|zaklapl*|zaklapla) ~2 (okénk*|okýnk*|přepážk*|dveř*)
(okénk*|okýnk*|přepážk*|dveř*) ~2 (mi|nám|mu|jí) ~2 (zabouchl*|zabouchla|zabouchli|bouchl*|bouchla|práskl*|práskla|přibouchl*|přibouchla|zaklapl*|zaklapla)
# -- cs14a: tone adverbs and brushing off
(nevybíravě|podrážděně|nerudně|nerudný|nerudná|nerudní)
(odpálkoval*|odpálkovala|odpálkovali|odpálkuje)
# -- cs14a: told not to hold up / block the queue
(neblokuj*|nezdržuj*|nezdržujte|nezacpávej*) ~3 (frontu|řadu|ostatní|lidi|zákazník*) | noneg
+ paní za okénkem mi ho nevybíravě zabouchla
+ úřednice mi přibouchla okýnko a odešla
+ řekla ať neblokuju frontu a uhnu
+ prodavač mě odpálkoval jednou větou
- okénko na poště bylo zavřené kvůli pauze
- zavřel jsem za sebou dveře a odešel spokojený

# -- r15 cs15: laughed at / disrespectful; accused of theft in public; busy with own phone
(neuctiv*|neúct*)
(vysmál*|vysmív*|posmív*|vysmáli)
(zasmál*|zasmáli|uchechtl*|zachechtal*) | weight=0.5
(obvinil*|obvinila|obvinili|nařkl*|osočil*|obviňoval*) ~4 (krádež*|kradl*|zlodě*|podvod*)
si ~1 (hrál*|hrála|ťukal*|psal*|psala) ~2 (telefon*|mobil*)
(koukal*|čuměl*|zíral*) ~2 (do|na) (telefon*|mobil*)
+ prodavač se mi vysmál do očí
+ pokladní mě nařkla z krádeže
+ obsluha si radši ťukala do mobilu a mě ignorovala
- zasmáli jsme se spolu a vše vyřešili
# -- cs16: "get a life", called a liar, laughed with a colleague, sarcastic "I am not blind", patronising slow-and-loud
(najde|najdi|najdete|najít|najděte|najdu) si ~1 (život|zivot)
si (najde|najdi|najdete|najít|najděte|najdu) ~1 (život|zivot)
(udělal*|dělal*|udělali|dělali|označil*|nazval*) ~3 (lháře|lhářku|lhaře|blbce|blbku|idiota|hlupáka|podvodník*|zloděj*|blázna)
(smál|smála|smáli|vysmíval*|chechtal*|řehtal*) ~1 se ~3 (koleg*|kolegou|kolegyní|tomu|mně)
(nejsem|nejsme) (slepá|slepý|hluchá|hluchý|blbá|blbý) | noneg, weight=0.5
(pomalu|hlasitě) a (nahlas|pomalu|hlasitě)
+ Řekl mi, ať si najdu život.
+ V podstatě ze mě udělali lháře.
+ Smál se tomu s kolegou.
- Smáli jsme se s prodavačem, byla to legrace a všechno vyřešil.
- Nejsem slepý, vidím, že je zavřeno, jen se ptám na otevírací dobu.
(projížděl*|koukal*|čuměl*|hrál*|ťukal*|scrolloval*) ~3 (mobil*|telefon*|mobilu) | weight=0.5
+ Stála jsem tam půl hodiny a prodavačka si projížděla mobil. Když jsem se ozvala, řekla, že nejsem slepá.
se ~2 (smál|smála|smáli|chechtal*|řehtal*|chichotal*) ~2 (s|se) ~1 (kolegou|kolegyní|kolegy|kolegama|ostatními)
- Chat se po půl hodině čekání sám ukončil.
- Technik mi položil pár doplňujících otázek.

# -- cs19a: told they would not understand / manage it anyway ("že to stejně nepochopím")
(že|ze|prý|prej|ať|at) ~3 (stejně|stejne|beztak|stejak) ~1 (nepochopím|nepochopim|nepochopíte|nepochopite|nepochopí|nepochopi|nepochopil*|nepochopila|nezvládnu|nezvladnu|nezvládnete|nezvladnete|nezvládne|nerozumím|nerozumim|nerozumíte|nerozumite|nedokážu|nedokazu|nedokážete|nenaučím|nenaučíte) | noneg
+ prodavač mávl rukou, že to beztak nepochopíte
- stejně nepochopím, proč to trvá tak dlouho

# -- manner aimed at the customer: "byla na mě hnusná", "na nás byl protivnej"
# (a negated verb form "nebyla na mě protivná" is another token and does not match)
(byl|byla|byli|bylo|byly|je|jsou|chovala|choval|chovali|chová|chovají) ~1 (na|ke|k) (mě|mne|mně|nás|me) ~3 (hnusn*|protivn*|odporn*|sprost*|nepříjemn*|drzý|drzá|drzej|drzí|drzé|drzou|hrub*|zlá|zlý|zlej|arogantn*|povýšen*|nevrl*|odměřen*|nabručen*|jedovat*|příkr*|nevraživ*|zhnusen*)
(na|ke|k) (mě|mne|mně|nás) ~1 (byl|byla|byli|bylo|byly|je|jsou) ~2 (hnusn*|protivn*|odporn*|sprost*|nepříjemn*|drzý|drzá|drzej|drzí|drzé|drzou|hrub*|zlá|zlý|zlej|arogantn*|povýšen*|nevrl*|odměřen*|nabručen*|jedovat*|příkr*|nevraživ*)
# -- clitic order of mocking: "se mi smáli", "se nám vysmívali"; chuckling behind the counter
se (mi|mně|nám|nam) ~1 (smál|smála|smáli|smály|smějí|smějou|vysmál*|vysmív*|posmív*|chechtal*|chechtaj*|řehtal*|řehtaj*)
(chechtaj*|chechtá|chechtal*|řehtaj*|řehtá|řehtal*|uchechtl*|pochechtáv*) | weight=0.5
+ byla na mě od začátku strašně hnusná
+ na nás byl ten technik protivnej a sprostej
+ ty dvě za přepážkou se mi smály do očí
+ kurýr se nám vysmíval, že neumíme česky
- paní na mě byla moc milá
- nebyla na mě protivná
- s operátorem jsme se nakonec oba zasmáli

# -- "ať si trhnu nohou"; things thrown at the customer; "na mě nemá náladu"
(trhnu|trhni|trhněte|trhnete|trhne|trhl|trhla) ~2 nohou
(hodil*|hodila|hodili|mrštil*|mrštila|práskl*|třískl*|plácl*) ~3 po (mně|mě|mne|nás)
po (mně|mě|mne|nás) ~1 (hodil*|hodila|hodili|mrštil*|mrštila|práskl*|třískl*|plácl*)
(na) (mě|mne|nás|vás|zákazník*) ~1 (nemá|neměl*|neměla|nemají|neměli) ~1 (náladu|nervy|chuť|čas) | noneg
(nemá|neměl*|neměla|nemají|neměli) ~2 (náladu|nervy|chuť) ~2 na (mě|mne|nás|vás|zákazník*) | noneg
# -- a remark about a group while serving one of them
(otravn*|hloup*|blb*|pitom*|senil*|nesvéprávn*|zasran*|přiblbl*) (důchodc*|důchodkyn*|babk*|dědk*|staroch*|cizinc*|cizák*|ženských|romů|cikán*|ukrajinc*|vietnamc*)
+ kurýr mi řekl, ať si trhnu nohou
+ pokladní po mně hodila účtenku
+ prodavačka řekla, že na mě nemá náladu
+ zamumlala něco o otravných důchodcích
- hodila jsem dopis do schránky
- technik neměl čas, tak přijel druhý den, ale byl milý

# -- s9: colloquial -ej adjectives, "začal krict", "ať nebuzeruju",
#    personal remarks about looks/age quoted as "že jsem ..."
(drzej|hrubej|nepříjemnej|protivnej|sprostej|nevrlej|arogantnej)
krict
(nebuzeruj*|nebuzerujte|nebuzeroval*|neprudte|neprudit|neprudila|neprudil) | noneg
(řekl*|řekla|řekli|řekne|nazval*|nazvala|označil*|označila|napsal*|napsala|naznačil*|naznačila|prohlásil*|prohlásila) ~4 že (jsem|jsme) ~2 (typick*|blondýn*|důchodk*|důchodce|babk*|dědek|hysterk*|hysterick*|tupej|tupá|tupý|blbej|blbá|blbý|blbec|hloupá|hloupý|hloupej|natvrdl*|zabedněn*|tlust*|tlustej|nemožn*|debil*|idiot*|kráva)
(bych|byste|abych) ~2 (zhubnout|zhubla|zhubl)
(poznámk*|narážk*|rýpl*|rýpnul*|rýpla) ~3 (postav*|váh*|vzhled*|věk*|oblečen*|obličej*|přízvuk*)
+ ten kluk byl fakt drzej
+ na mě začal krict jak na malý dítě
+ řekla mi, ať nebuzeruju a zavěsila
+ pán mi řekl, že jsem typická ženská za volantem a důchodkyně
+ prodavač utrousil poznámku o mé postavě
- já jsem na ně byl trochu hrubej, uznávám
- řekl jsem, že jsem spokojená
+ paní se ke mně chovala velmi nepříjemně
- cena mě nepříjemně překvapila

# -- s9c: "s takovými jako já", "takoví jako vy", "jezdíte jak důchodce", "ať pošlu někoho zdravého"
(s|se) (takovými|takovejma|takovým|takovou|takovýma) jako (já|ja|vy|ona|on|ty|vona|my)
(takoví|takový|takovy|takovi|takové) jako (já|ja|vy|ona|on|ty|my) ~4 (nemají|nemaj|nemáte|nemám|nebude|nebudu|nepatří|neobsluhujeme|nebudeme|neberem|nebereme|tu|tady) | noneg
(řekl*|řekla|řekli|prý|prej|napsal*|napsala) ~4 (jak|jako) (důchodce|důchodkyně|dědek|bába|babka|blbec|idiot|dement|debil|hlupák)
(ať|at|abych|abyste) ~3 (pošlu|přivedu|vezmu|poslal|poslala|pošlete|přiveďte) ~1 někoho (zdravého|normálního|mladšího|svéprávného|chytřejšího)
+ řekl, že s takovými jako já se bavit nebude
+ prý takoví jako vy tu nemají co dělat
+ řekla mi, že řídím jak důchodce
+ ať si příště pošlu někoho zdravého, řekla
- pošlete prosím někoho, kdo tomu rozumí
- s takovými zákazníky jako já mají prý hodně práce, ale byli ochotní

# -- s9d: "měl kecy", "poslal mě do háje", "hodili mi sluchátko"
(měl|měla|měli|mel|mela|meli|má|maj|mají|mával) (kecy|kecičky|řeči|narážky)
(poslal*|poslala|poslali|posílal*|posílala) ~2 (do|k|ke) (háje|prdele|hajzlu|pekla|šípku|čertu|čertům|řiti|haje)
(hodil*|hodila|hodili|praštil*|praštila|třískl*|třískla|třískli|mrštil*|mrštila) ~2 (sluchátko|sluchátkem|telefon|telefonem)
+ typek za pultem měl kecy
+ zaměstnanec mě poslal do háje
+ na lince mi hodili sluchátko
- poslal mě k oddělení reklamací, kde mi pomohli
- telefon mi spadl a praskl displej

# -- s10b: hung up mid-sentence
(půlce|pulce|půli|puli|polovině|polovine|uprostřed|uprostred) (věty|vety|hovoru|slova|rozhovoru) ~3 (zavěsil*|zavesil*|položil*|polozil*|típl*|tipl*|típnul*|tipnul*|ukončil*|ukoncil*|utnul*|přerušil*|prerusil*)
(zavěsil*|zavesil*|položil*|típl*|típnul*|ukončil*|utnul*) ~3 (půlce|pulce|půli|puli|polovině|uprostřed|uprostred) (věty|vety|hovoru|slova)
+ operátor mi v půlce věty zavěsil
+ uprostred hovoru to proste polozila
+ típla mi to v půli slova
- hovor spadl uprostřed věty, asi signál
- zavolala jsem znovu a v půlce hovoru se to vyřešilo
# -- "jestli neumím číst", "že neumím počítat"
(jestli|jestly|esli|jesi|že|ze|prý|prej) ~1 (neumím|neumim|neumíte|neumite|neumíš|neumis) ~1 (číst|cist|počítat|pocitat|psát|psat|česky|cesky) | noneg
+ prej jestli neumim cist
+ zeptal se, jestli neumíte počítat
+ řekla mi, že neumím číst fakturu
- neumím číst v mapě, tak jsem se ztratil
- babička neumí číst malé písmo
# -- "tvářil se, jako bych byla blbá / vzduch"
(jak|jako) (kdybych|kdybysme|kdybychom|bych|kdyby|bysme|bychom) ~2 (blb*|hloup*|debil*|idiot*|dement*|tup*|negramot*|obtěžoval*|obtezoval*|otrav*|vzduch|žebrák*|zebrak*|zloděj*|zlodej*) | noneg
+ tvářil se, jako bych byla blbá
+ mluvila se mnou jak kdybych byl idiot
+ koukal skrz mě, jako bych byl vzduch
- jako bych měla málo starostí, ještě tohle
- cítil jsem se, jako bych vyhrál v loterii
