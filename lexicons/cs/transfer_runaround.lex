# Transferred or passed between departments, agents or shops; each one sends
# the customer to the next.
od čerta ~1 k ďáblu
od pontia ~1 k pilátovi
(od|z|ze) (jednoho|jedné|jedněch) ~3 (k|ke|na|do) (druhému|druhé|druhým|dalšímu|další|druhého)
(od|z) (oddělení|pobočky|prodejny|operátora) (k|na|do) (oddělení|pobočce|pobočku|prodejně|prodejnu|operátorovi)
(přehazoval*|přehazovali|přehazují|přehazuj*|pinkal*|pinkali|pinkají|posílali|posílají|přepojovali|přepojují) si (mě|mne|nás)
(přehazovali|pinkali) (mě|mne|nás)
(přehazují|přehazovali|přehazuje|pinkají|pinkali|posílají|posílali|přepojují|přepojovali) ~3 mezi
(pinkání|ping-pong)
ping pong
(přepojoval*|přepojovali|přepojovala|přepojují|přepojovat|přepojování)
přepojuje (mě|mne|nás)
(přepojil*|přepojila|přepojili|přesměroval*|přesměrovali|odkázal*|odkázali) ~4 (jinam|zpátky|zpět|znovu|zase|opět)
(poslal*|poslala|poslali|posílal*|posílá|posílají|vrátil*|vrátili|přehodil*|přehodila|přehodili|přehazoval*|přepojil*|přepojila|přepojili|přesměroval*|přesměrovala|odkázal*|odkázala|předal*|předala|předali) ~2 (mě|mne|nás|mně|me|nas) ~3 (jinam|zpátky|zpět|znovu|zase|opět)
(mě|mne|nás|me) ~1 (poslal*|poslala|poslali|posílal*|posílá|posílají|vrátil*|vrátili|vrací|přehodil*|přehodila|přehodili|přehazoval*|přepojil*|přepojila|přepojili|přesměroval*|přesměrovala|odkázal*|odkázala|předal*|předala|předali) ~4 (jinam|zpátky|zpět|znovu|zase|opět)
(infolink*|pobočk*|pobočce|prodejn*|oddělení|linka|lince|servis*|výrobce|obchod*|dopravce|banka|pojišťovna|lékař|doktor) ~1 (zpátky|zpět|nazpátek) ~1 (na|do|k|ke|za)
(znovu|zase|opět) ~3 (přepojil*|přepojila|přepojili)
(přepojil*|přepojila|přepojili|přepojovali) ~3 (1*|2*|3*|4*|5*|6*|7*|8*|9*|dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|mnohokrát|několika)
(1*|2*|3*|4*|5*|6*|7*|8*|9*|dvakrát|třikrát|čtyřikrát|pětkrát|několikrát|mnohokrát) ~2 (přepoj*|přepojil*|přepojili)
(posílá*|přehodil*|přehazoval*|posílal*|poslal*|poslala|poslali|odkazoval*|odkázal*|odkazuj*|přepojil*|přepojuj*|přesměroval*|směroval*|přesunul*|postoupil*|předal*|předala|předali|přeposlal*|přesměrován*|přepojen*|odkázán*|předán*|přeposlán*|přehozen*|poslán*) ~3 (na|do|k|ke|za) ~2 (jin*|další*|druh*|vedlejší|sousední|centrál*|technick*|reklamačn*|obchodní|servis*|dispečink*|účetní|fakturační) ~1 (oddělení|pobočk*|prodejn*|kolegov*|kolegyn*|kolega|operátor*|linku|lince|číslo|odbor*|sekc*|tým*|servis*|centrum|centru|obchod*|kancelář*|přepážk*|podpor*)
(jiné|jinému|jiného|jinou|jiném|další|dalšímu|druhé) (oddělení|pobočk*|prodejn*|kolegov*|kolegyn*|lince|linku|odbor*|přepážk*) ~4 (poslal*|poslala|poslali|posílá*|odkázal*|odkáz*|přepoj*|zpět|zpátky|znovu|zase)
(z|ze) ~2 (mě|mne|nás) ~1 (poslal*|poslala|poslali|přesměroval*|přesměrovali|přepojil*|přepojili|odkázal*|posílal*) ~2 (na|do|k|ke)
(z|ze) ~2 (zpátky|zpět|zase) (na|do|k|ke) | weight=0.5
(pošle|pošlou|posílá|posílají|posílali|poslali|odkáže|odkazuje|odkazují|přepojí|přepojují) ~3 jinam
(každé|každý|každá|pokaždé) ~2 (mě|mne|nás) ~1 (pošle|posílá|poslal*|odkáž*|odkazuj*|přepoj*|přesměruj*)
(posílali|posílají) (mě|mne|nás) ~3 (sem|dokola|tam)
(odkazuj*|odkazoval*|odkázal*|odkázali|posíla*|posílal*|přepojuj*|přepojoval*|přehazuj*) ~3 (někoho|někam) ~1 (jiného|dalšího|jinam|jiným|dalším)
(obíhal*|obíhala|obešel*|obešla) ~3 (pobočk*|prodejn*|oddělení|úřad*)
(jedni|jedno|jedna) ~4 (druzí|druhé|druhá|druhý) | weight=0.5
mezi ~2 (odděleními|pobočkami|prodejnami|operátory|kolegy)
mezi ~2 (servisem|oddělením|pobočkou|prodejnou|infolinkou|výrobcem|dopravcem|obchodem|výrobou|dispečinkem) ~3 (servisem|oddělením|pobočkou|prodejnou|infolinkou|výrobcem|výrobou|dopravcem|obchodem|dispečinkem|firmou)
(odtud|odtamtud|odsud|vodtamtud) ~5 (zase|zpátky|zpět|jinam|další*|jin*)
(číslo|čísla|kontakt|kontakty) na někoho ~1 (jiného|dalšího|jinýho|dalšího)
(řeší|vyřizuje|vyřizují|vyřídí|dělá|dělají) ~2 (na|v|ve) ~1 (jin*|další*|vedlejší|druh*|sousední) ~1 (pobočc*|prodejn*|oddělení|úřad*|přepážc*|budov*|kancelář*)
+ pošílali mě od čerta k ďáblu
+ přehazovali si mě mezi odděleními a nikdo nic nevyřešil
+ třikrát mě přepojili a pokaždé jsem začínal znovu
+ z pobocky me poslali na jinou pobocku a tam zase zpatky
+ ze servisu mě poslali do prodejny, z prodejny zpátky do servisu
- přepojili mě na kolegu, který to hned vyřešil
- volal jsem na zákaznickou linku
+ prý se to řeší na jiné pobočce, tam mě poslali zpátky
# -- sent back to where they came from; going round in circles
(posílá|posílají|posílal*|poslal*|poslala|poslali|odkáže|odkážou|odkazuje|odkazují|vrací|vracejí|volám|volat|zavolám|jdu|jít|zajdu|zajít|šel|šla|napíšu) ~2 (zpět|zpátky|nazpátek|zase|znovu) ~2 (k|ke|na|za|do) ~1 (vám|vás|nim|nám|ním|ní|nich|výrobc*|prodejc*|servis*|lékař*|doktor*|pobočk*|prodejn*|obchod*|dopravc*|operátor*|oddělení|lince|linku|infolink*|bance|bank*|eshop*|e-shop*|pojišťovn*|úřad*|přepážk*)
(točím|točíme|točil*|točila|motám|motáme|motal*|motala|chodím|chodíme|kroužím|krouží) se ~2 (kruhu|kolečku|dokola)
(začarovan*|bludn*|uzavřen*|nekonečn*) (kruhu|kruh|kolečk*)
(výrobce|servis|prodejce|prodejna|dopravce|banka|pojišťovna|oddělení|pobočka|lékárna|doktor|lékař) ~4 (posílá|posílají|poslal*|odkazuje|odkazují|odkázal*|vrací|vracejí) ~3 (zpět|zpátky|zase|nazpátek)
+ výrobce posílá zpět k vám
+ ať volám zpátky vám, točím se v kruhu uz týden
+ jsem v začarovaném kruhu mezi servisem a prodejnou
- balík se vrátil zpět, protože jsem zadal špatnou adresu
- poslali to znovu zdarma

# -- r6: seller <-> manufacturer <-> courier: each referral is half a cue
(posílá|posílají|posílal*|poslal*|poslala|poslali|odkazuj*|odkázal*|odkázala|odkázali|přehazuj*|přehodil*|vrací|vracejí) ~3 (na|k|ke|za|do) ~1 (výrobc*|prodejc*|dopravc*|přepravc*|kurýr*|servis*|e-shop*|eshop*|pojišťovn*|bank*|dodavatel*|distributor*|centrál*|dovozc*) | weight=0.5
(obrátím|obrátit|obraťte|obracet|obracejte|volejte|volat|zavolejte|zavolat|reklamujte|reklamovat) ~3 (na|k|ke|u|do) ~1 (výrobc*|prodejc*|dopravc*|přepravc*|kurýr*|servis*|e-shop*|eshop*|pojišťovn*|bank*|dodavatel*|distributor*|centrál*|dovozc*) | weight=0.5
(e-shop*|eshop*|kurýr*|dopravc*|přepravc*|výrobc*|prodejc*|servis*|banka|bank*|pojišťovn*|obchod*|dodavatel*|distributor*|dovozc*) na (kurýr*|dopravc*|přepravc*|výrobc*|prodejc*|servis*|e-shop*|eshop*|bank*|pojišťovn*|obchod*|dodavatel*|distributor*|dovozc*) | weight=0.5
# -- "not our department, call elsewhere"; "try technical support"
(není|nespadá|nepatří|neřešíme|neřeší) ~3 (naše|jejich|moje|jeho|její|naší|naši|naší) ~1 (oddělení|agenda|agendy|agendu|kompetenc*|gesce|starost|parketa|rajon|odbor) | weight=0.5
(ať|mám|máte|prý|prej|musím|musíte) ~3 (volat|zavolat|obrátit|obracet|napsat|psát|jít|zajít|zkusit|zkoušet|hledat) ~2 jinam
(zkuste|zkusit|obraťte|volejte|zavolejte|kontaktujte|napište|jděte|zajděte) ~3 (technick*|obchodní*|reklamační*|fakturační*|zákaznick*|jin*|další*|vedlejší|sousední) ~1 (podpor*|oddělení|pobočk*|prodejn*|přepážk*|odbor*|kolegy|kolegyn*|servis*|úsek*)
# -- everyone hands out somebody else's number; passed around like a hot potato
(číslo|čísla|kontakt|kontakty|kontaktem|linku) na (jiného|jinou|jiné|jiný|další|dalšího|jinam|jinýho)
(každý|každá|každé|každej|pokaždé) ~4 (číslo|čísla|kontakt*) ~3 (jin*|další*)
(předávali|předávají|předával*|předávala|přehazoval*|přehazovala|podávali|házeli|přehazují|předáv*) si ~2 (mě|mne|nás|me|nas|reklamac*|případ*|stížnost*|požadav*|hovor*)
(hork*|horkej|horkou) ~1 (brambor*|bramboru)
+ výrobce mě posílá na prodejce a prodejce zpátky na výrobce
+ tohle není naše oddělení, máte volat jinam
+ zkuste prosím technickou podporu, my to neřešíme
+ každý mi dal číslo na jiného kolegu
+ předávali si můj případ jako horký brambor
- poslali mě do servisu a tam to hned opravili
- kontakt na technickou podporu jsem našel na webu a pomohli

# -- r8: "od okýnka k okýnku", "od přepážky k přepážce"
od ~1 (okýnka|okénka|přepážky|oddělení|člověka|kanceláře|dveří|pobočky|operátora|referenta|úředníka|úřednice) (k|ke) ~1 (okýnku|okénku|přepážce|oddělení|člověku|kanceláři|dveřím|pobočce|operátorovi|referentovi|úředníkovi|úřednici)
+ vodili mě od okýnka k okýnku
+ posílali nás od jedné přepážky k druhé
- na poště mi od okýnka k východu trvalo minutu
# talked to N different people in one matter
(mluvil*|mluvila|hovořil*|hovořila|vystřídal*|vystřídala|prošel|prošla|prošli|jednal*|jednala|psal*|psala|psali) ~4 (dvěma|třemi|čtyřmi|pěti|šesti|sedmi|osmi|deseti|několika|mnoha|2|3|4|5|6|7|8|9|10) ~2 (lidmi|lidma|operátor*|pracovník*|pracovnic*|kolegy|kolegyněmi|agent*|úředník*|úřednic*|technik*|prodavač*|zaměstnanc*|osobami|různými|jinými)
(vystřídal*|vystřídala|vystřídali|vystřídalo|vystřídaly) ~3 (operátor*|pracovník*|lidí|lidi|agent*|úředník*|kolegů|technik*|prodavač*)
# passed on further
(přehodil*|přehodila|přehodili|přehazoval*|přepojil*|přepojila|přepojili|poslal*|poslala|poslali|posílal*|posílala|posílali|předal*|předala|předali|šoupl*|šoupnul*|přeposlal*|přeposlala|přeposlali|odkázal*|odkázala|odkázali) ~2 (dál|dále)
(každém|dalším|každé|pokaždé) ~1 (přepojení|přesměrování|předání|přehození)
# told to go elsewhere (twice in one text makes a runaround)
(ať|at|mám|prý|prej|musím|musel*|musela) ~2 (jdu|zajdu|jít|zajít|volám|zavolám|zkusím|dojdu|napíšu|zajedu|jedu) ~2 (na|do|k|ke|za) ~1 (centrál*|pobočk*|pobočc*|prodejn*|oddělení|servis*|přepážk*|úřad*|ústředí|kolegov*|kolegyn*|pošt*|bank*|banc*|kancelář*) | weight=0.5
(ať|at|mám|prý|prej) ~2 (jdu|zajdu|jít|zajít|volám|zavolám|zkusím|dojdu|napíšu|zajedu|jedu) ~2 (na|do|k|ke|za) ~1 (centrál*|pobočk*|pobočc*|prodejn*|oddělení|servis*|přepážk*|úřad*|ústředí|kolegov*|kolegyn*|pošt*|bank*|banc*|kancelář*) ~4 (ať|at|mám|prý|prej) ~2 (jdu|zajdu|jít|zajít|volám|zavolám|zkusím|dojdu|napíšu|zajedu|jedu|zpátky|zpět)
+ na pobočce řekli ať jdu na centrálu, na centrále ať jdu na pobočku
+ mluvila jsem se čtyřmi různými lidmi, každý mě přehodil dál
+ byl jsem přesměrován na další linku a odtamtud na další
+ po každém přepojení se ptají na to samé
- mluvil jsem s jedním operátorem a ten to vyřešil
- ať zajdu na poštu, tam to vyřídí
+ přehodili mě na kolegyni, ta mě přehodila zase jinam

# --- r13b thesaurus pass: idioms and colloquial words for being passed around
(pingpong*|pinkačk*|přehazovan*|přehazovačk*|štafet*|přepojovačk*|přeposílačk*)
(kolotoč*|koloběh*|kolečko) ~3 (přepojování|přepojovačk*|odkazování|posílání|telefonátů|hovorů|úřad*|oddělení|poboček|přepážek|operátorů)
(úřední|byrokratick*|nekonečn*) (kolotoč*|koloběh*|štafet*)
od (ďábla|heroda|herodesa|kaifáše|anáše|čerta) ~1 k (čertu|pilátovi|herodesovi|herodovi|kaifášovi|ďáblovi|ďáblu)
(házeli|házel*|házela|házejí|kopali|kopal*|přihrávali|přihrával*|nahrávali|šoupali|šoupal*|šoupou|pinkal*|přepinkávali|přehazovali) si ~2 (mě|mne|nás|me|nas|mnou|námi|případ*|reklamac*|stížnost*|požadav*|žádost*|problém*) ~3 (jak|jako|mezi|sem|tam|dokola)
(z|ze) (pobočky|kanceláře|oddělení|úřadu|přepážky|okénka|okýnka|prodejny|linky|ordinace|pracoviště|servisu|oddělení) (na|do|k|ke) (pobočku|kancelář|oddělení|úřad|přepážku|okénko|okýnko|prodejnu|linku|ordinaci|pracoviště|servis|pobočky|kanceláře|úřadu|přepážky|okénka|okýnka|prodejny|ordinace|servisu|pobočce|kanceláři|úřadu|přepážce|okénku|okýnku|prodejně)
(z|ze) ~1 (jednoho|jedné|jedněch) ~1 (pobočky|kanceláře|oddělení|úřadu|přepážky|prodejny|linky|čísla|místa|servisu) ~3 (na|do|k|ke) ~2 (druhý|druhou|druhé|další|jiný|jinou|jiné)
(odkazuj*|odkazoval*|odkazovala|odkázal*|odkázala|odkázali|posílal*|posílala|posílali|posílají|posílá|pošle|pošlou|přepoj*|směroval*|směrují) ~3 (za|na|k|ke) ~1 (někým|nekym|někoho|nekoho|někomu|nekomu|kýmkoli*) ~1 (jiným|jinym|jiného|jinyho|jinému|dalším|dalšího|dalšímu)
(odkazovali|odkazují|odkazuje|odkazovaly|posílali|posílají|přehazovali|přehazují|odkázali) ~3 (jeden|jedna|jedno|jedni) na (druhého|druhou|druhé|druhý|druhá|druhé)
(spojil*|spojila|spojili|přepnul*|přepnula|přepnuli|přehodil*|přehodila|přehodili|převedl*|převedla|převedli) ~3 (mě|mne|nás|me) ~3 (s|se|na|do|k|ke) ~1 (jin*|další*|dalším|třetím|čtvrtým|vedlejší*|sousední*) ~1 (oddělení|kolegou|kolegyní|kolegu|kolegyni|operátor*|linku|linkou|pobočk*|přepážk*|úsek*|tým*|odbor*|pracovník*|pracovnic*|člověk*) | weight=0.5
(nespadá|nepatří|nepřísluší) ~2 (pod|do|k) ~1 (nás|naše|naši|náš|mě|mne|mou|moji|mého|tohoto|tuhle|toto) ~2 (oddělení|agend*|kompetenc*|působnost*|gesc*|odbor*|pobočk*|úsek*) | weight=0.5
+ hráli si se mnou přehazovanou mezi servisem a e-shopem
+ úřední kolotoč, z kanceláře do kanceláře
+ každý mě odkazoval za někým jiným
+ operátoři mě odkazovali jeden na druhého
+ lítal jsem z jednoho úřadu na druhý
+ posílali mě od Heroda k Pilátovi
- jezdil jsem z pobočky domů tramvají
- odkázal mě na jedno místo a tam to vyřešili
# -- cs16: sent from chat to the branch and back again
(zpátky|zpět|zpatky|zase|znovu) (na|do) (chat*|pobočk*|infolink*|prodejn*|oddělení) | weight=0.5
(pobočk*|prodejn*|chat*|infolink*) ~3 (řekli|tvrdili|tvrdil*|poslali|poslal*|odkázal*) ~4 (chat*|pobočk*|infolink*|prodejn*|zavolám|zavolat|volat) | weight=0.5
+ Chat mě poslal na pobočku, na pobočce řekli, že to jde přes chat, tak zpátky na chat.
+ Z infolinky mě poslali na pobočku a z pobočky zpět na infolinku.
+ Na pobočce tvrdili, ať zavolám, infolinka mě poslala zpátky do prodejny.
- Na pobočce mi vše vyřídili.
- Vrátila jsem se zpátky do prodejny pro zapomenutou tašku.
- Jedna pracovnice tvrdila tohle, druhá úplný opak.
- Ujistili mě, že peníze budou zpátky do pátku.

# -- referred along a chain of departments ("odkazován z technického na obchodní, odtud na ...")
(odkazován*|odkázán*|odkazoval*|odkazovala|odkazovali|přehazován*|šoupal*|šoupali|hodil*|hodila|hodili|přehodil*) ~4 (oddělení|pobočk*|kolegy|kolegům|kolegu|kolegyni|infolink*|fakturac*|technik*|podpor*|centrál*|úsek*|referát*|přepážk*|okénk*|dispečink*)
(přepojil*|přepojila|přepojili) ~8 (zase|zas|znovu|opět)
+ byl jsem odkazován z jednoho úseku na druhý
+ operátor mě přepojil na fakturaci a tam mi zase hráli hudbu
+ chatbot mě hodil na infolinku a infolinka na pobočku
- přepojili mě na kolegu a ten to hned vyřešil
- hodil jsem dopis do schránky
