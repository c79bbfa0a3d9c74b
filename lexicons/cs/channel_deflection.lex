# Told to use the website, app, e-mail or another channel instead of being
# helped where they asked.
# Channels: web, stránky, e-shop, aplikace, e-mail, formulář, chat,
# infolinka, pobočka, online, internet, zákaznický portál, soukromá zpráva.
(odkázal*|odkázala|odkázali|odkazuj*|odkazoval*|poslal*|poslala|poslali|posílal*|posílá|posílají|přesměroval*|nasměroval*|směroval*) ~3 (na|do|k|ke) ~1 (web*|stránk*|e-shop*|eshop*|aplikac*|appk*|apk*|e-mail*|email*|mail*|formulář*|portál*|internet*|online|faq|nápověd*|samoobsluh*|infolink*|messenger*|soukrom*|zpráv*|datov*)
(ať|abych|abychom|musím|musíte|musíme|mám|máme|máte|prý|prej) ~4 (udělám|uděláme|vyřídíme|zadáme|napíšeme|pošleme|vyplníme|zavoláme|podáme|zajdeme|objednáme|nahlásíme|stáhneme|použijeme|kontaktujeme|obrátíme|podíváme|vyřešíme|udělat|udělejte|provedu|provést|proveďte|změním|změnit|změňte|přijít|přijďte|přijdu|dostavit|dostavte|dostavím|dojít|dojděte|využít|využijte|využiju|vyřídím|vyřídit|vyřiďte|podám|podat|zadám|zadat|nahlásím|nahlásit|reklamuju|reklamuji|reklamovat|zkusím|zkusit|zkuste|napíšu|napsat|napište|pošlu|poslat|pošlete|vyplním|vyplnit|vyplňte|zavolám|zavolat|zavolejte|použiju|použít|použijte|stáhnu|stáhnout|stáhněte|objednám|zajdu|zajít|zajděte|dojdu|půjdu|jít|zruším|změním|kontaktuju|kontaktuji|kontaktovat|kontaktujte|obrátím|obrátit|obraťte|podívám|podívat|podívejte|řešit|vyřešit|řeším|vyřeším|řešila|vyřizuju|vyřizuji|podávám|píšu|registrovat|přihlásit) ~4 (web*|stránk*|e-shop*|eshop*|aplikac*|appk*|apk*|e-mail*|email*|mail*|e-mailem|mailem|formulář*|chat*|infolink*|linku|portál*|internet*|online|pobočk*|prodejn*|datov*|písemně|elektronicky|poštou|soukrom*|messenger*|inbox|sms|zákaznick*|zpráv*|osobně)
(ať|že) ~2 (volá|zavolá|volají|zavolají|napíše|napíšou|napíší|pošle|pošlou|zajde|zajdou|vyřídí|podá|použije|vyplní|stáhne|kontaktuje) ~3 (infolink*|link*|web*|stránk*|e-mail*|mail*|aplikac*|formulář*|chat*|pobočk*|soukrom*)
(napište|pošlete|zavolejte|vyplňte|použijte|zkuste|kontaktujte|vyřiďte|řešte|podejte|obraťte) ~4 (soukrom*|zpráv*|messenger*|inbox*|infolink*|e-mail*|mail*|e-mailem|mailem|formulář*|chat*|pobočk*|web*|stránk*|aplikac*|online|písemně)
(jen|jenom|pouze|výhradně|výlučně) ~2 (přes|na|v|ve|e-mailem|mailem|online|písemně|elektronicky|osobně) ~1 (web*|stránk*|e-shop*|aplikac*|appk*|e-mail*|mail*|formulář*|chat*|internet*|online|portál*|písemně|datov*|pobočk*|pobočce)
(řeší|vyřizuje|dělá|podávají|podává|přijímáme|řešíme|vyřizujeme) ~3 (jen|jenom|pouze|výhradně) ~2 (přes|na|v|ve|e-mailem|mailem|online|písemně|elektronicky|osobně)
(reklamace|reklamaci|žádost|žádosti|stížnost*) ~2 (se|to) ~1 (řeší|vyřizuje|podávají|podává|řešíme|přijímáme) ~3 (přes|na|v|ve|e-mailem|mailem|online|písemně|elektronicky)
(telefonicky|osobně|mailem|e-mailem|e-maily|maily|písemně) ~3 (nelze|nejde|neřešíme|neřeší|nevyřídí*|nevyřizuj*|nemůžeme|nepomůž*|neumí|neděláme|nedělá|nedělají|nepřijímáme|nepřijímají|nepřijímá|neprovád*) | noneg
(po|přes|na|v|ve) (telefonu|infolince|lince|pobočce|prodejně|chatu|chat|přepážce|e-mailu|mailu|messengeru|facebooku|síti) ~3 (nelze|nejde|neřešíme|neřeší|nevyřídí*|nevyřizuj*|nemůžeme|nepomůž*|neumí|neděláme|nedělá|nedělají|nepřijímáme|nepřijímají|nepřijímá|neprovád*) | noneg, weight=0.5
(vyřizuj*|vyřizují|řeší|řešíme|přijímají|přijímáme|přijímá|podávají|dělají|děláme) ~3 (jen|jenom|pouze|výhradně) ~2 (online|elektronicky|písemně|mailem|e-mailem|přes|na|v|ve|osobně)
(odkaz|odkazem|odkazy|leták*|qr) ~3 (na|do) ~1 (web*|aplikac*|stránk*|formulář*|nápověd*|faq|časté|portál*|e-shop*) | weight=0.5
(doporučil*|doporučuj*|doporučí|radil*|poradil*|navrhl*) ~2 (ať|abych) ~3 (zkusím|zajdu|napíšu|zavolám|použiju|vyplním|stáhnu|pobočk*|web*|aplikac*)
+ na infolince mě odkázali na web, ať si to vyřídím online
+ na pobočce mi řekli, že reklamace se řeší jen přes e-shop
+ po telefonu to prý nejde, mám napsat e-mail
+ poslali me na aplikaci, at si to zadam sam
- na webu jsem si objednal a vše proběhlo v pořádku
- napsal jsem e-mail a hned odpověděli
- pokud by to po telefonu nešlo vyřešit, klidně přijdu na pobočku
+ v prodejně mi řekli, že reklamace vyřizují jen online
# -- "write to the general e-mail", "only in person at the branch"
(ať|mám|máte|musím|musíte|prý|prej|můžu|můžete|jen|pouze) ~3 (psát|volat|chodit|posílat|psal|psala|volal|volala|posílal|posílala) ~3 (na|do|přes|e-mailem|mailem|web*|e-mail*|email*|mail*|infolink*|link*|pobočk*|aplikac*|formulář*)
(bez|jen|pouze|jenom|výhradně) ~2 (osobní*|osobně) ~2 (návštěv*|pobočk*|prodejn*|přepážk*|přítomnost*)
+ mám prý psát jen na obecný e-mail
+ změnu bez osobní návštěvy pobočky neprovedou
- psal jsem jim e-mail a odpověděli do hodiny
+ na Instagramu mi napsali, ať řeším reklamaci e-mailem

# -- r4: "ať si to udělá / vyřídí přes internet, aplikaci, e-mail"
(ať|aby|abych|abyste|abychom) ~3 (udělá|vyřídí|zařídí|objedná|podá|nastaví|zkusí|pošle|napíše|zavolá|stáhne|vyplní|udělám|zařídím|vyřídím|napíšu|zavolám|pošlu|zkusím|vyplním|podám|objednám|udělal|udělala|vyřídil|vyřídila|zařídil|zařídila) ~4 (přes|na|v|ve|do|online|e-mailem|emailem|mailem|písemně) ~2 (internet*|bankovnictv*|web*|stránk*|aplikac*|appk*|app|e-mail*|email*|mail*|formulář*|portál*|chat*|linku|infolink*|pobočk*|messenger*|online)
(ať|aby|abych|abyste) ~4 (udělá|vyřídí|zařídí|objedná|podá|nastaví|zkusí|pošle|vyplní|udělám|zařídím|vyřídím|objednám|podám|vyplním) ~2 (online|elektronicky|písemně|internetem)
(poslala|poslal|poslali|posílají|posílali|vykázal*|vykázala|vykázali) ~2 (domů|pryč) ~3 (ať|at)
+ pracovnice ho poslala domů, ať si to udělá přes internetové bankovnictví
+ řekli mi, ať to vyřídím přes aplikaci
+ ať si to prý objedná online
- udělal jsem to přes aplikaci a fungovalo to
- poslali mi to domů kurýrem

# -- r6: sent off to fill a form / read the FAQ; "only in writing / in person"
(poslal*|poslala|poslali|posílá*|posílal*|pošle|pošlou|pošlete|odkázal*|odkázala|odkázali|odkazuj*|odbyl*|odbyla|odbyli) ~3 (vyplnit|vyplňovat|napsat|psát|podat|zadat|stáhnout|zaregistrovat|registrovat|přečíst|hledat|najít) ~3 (web*|formulář*|online|aplikac*|e-mail*|mail*|faq|nápověd*|návod*|stránk*|portál*)
(doporučil*|doporučila|doporučili|poradil*|poradila|poradili|radil*|radila|radili|řekl*|řekla|řekli|odkázal*|odkázala|odkázali) ~3 (podívat|nahlédnout|přečíst|najít|hledat|projít|kouknout|mrknout) ~4 (časté|častých|faq|nápověd*|návod*|web*|stránk*|sekc*|aplikac*|manuál*)
(musím|musíte|musel|musela|mám|máte|nutno|jedině|prý|prej|ať) ~2 (osobně|písemně|elektronicky|online) ~2 (na|do|přes|v|ve) ~1 (pobočk*|prodejn*|přepážk*|web*|aplikac*|portál*|e-shop*|eshop*|formulář*|datov*|úřad*)
(podat|podávat|poslat|zaslat|vyřídit|vyřizovat|řešit|reklamovat|přijímají|přijímáme|lze|jde|zrušit|vypovědět|změnit|odhlásit) ~3 (jen|jenom|pouze|výhradně|výlučně|jedině) ~1 (písemně|poštou|doporučeně|osobně|online|elektronicky|mailem|e-mailem|dopisem|datovou|datovkou|formulářem)
+ na lince mě poslali vyplnit online formulář
+ pán mi poradil podívat se do nápovědy na webu
+ prý musím osobně na pobočku, po telefonu nic
+ výpověď jde podat jen písemně
- formulář na webu jsem vyplnil sám a hned to prošlo
- na webu jsem si sám přečetl návod, super
# given an address or link instead of help
(nadiktoval*|nadiktovala|nadiktovali|diktoval*|diktovala|dal*|dala|dali|poslal*|poslala|poslali|řekl*|řekla|řekli|sdělil*|sdělila|sdělili|hodil*|hodila|hodili|napsal*|napsala|napsali) ~3 (adres*|odkaz*|link*|url) ~2 (web*|stránk*|aplikac*|portál*|e-shop*|eshop*|formulář*|www*|nápověd*|faq|e-mail*|mail*)
(ať|at|abych|mám|prý|prej) ~3 (vyplním|vyplnit|zadám|zadat|nastavím|nastavit|objednám|objednat|stáhnu|stáhnout|dohledám|dohledat|vyhledám|vyhledat|vygeneruju|vytisknu|vyřídím|vyřídit|podám|podat) ~3 (online|webu|aplikaci|appce|appku|apce|internetu|portálu|e-shopu|eshopu|samoobsluze)
(ať|at|abych|mám|prý|prej) ~3 (vyplním|vyplnit|zadám|zadat|nastavím|nastavit|stáhnu|stáhnout|dohledám|dohledat|vyhledám|vyhledat|vygeneruju|vytisknu) ~3 (sám|sama|sami) | weight=0.5
+ na infolince mi jen nadiktovali adresu webu, ať si to tam vyplním sám
+ poslali mi odkaz na stránku, ať si to dohledám sama
- ať si to vyřeším sám, řekl a zavěsil
- za nedoručení může pošta, ať si stížnost podám tam

# --- r13b thesaurus pass: more channel names (client zone, ticket, helpdesk, WhatsApp, e-podatelna) and more imperatives
(odkázal*|odkázala|odkázali|odkazuj*|odkazoval*|poslal*|poslala|poslali|posílal*|posílá|posílají|přesměroval*|nasměroval*|směroval*|odpálkoval*|odpálkovala|odpálkovali|odbyl*|odbyla|odbyli|šoupl*|šoupli|vyexpedoval*|vypakoval*) ~3 (na|do|k|ke|přes) ~2 (zón*|klientsk*|zákaznick*|tiket*|ticket*|helpdesk*|hepldesk*|podateln*|e-podateln*|whatsapp*|viber*|callcentr*|call-centr*|kontaktn*|dotazník*|chatbot*|robot*|infocentr*|webovk*|appc*|apc*|appk*)
(navštivte|navštívit|navštívím|mrkněte|koukněte|podívejte|přihlaste|zaregistrujte|klikněte|stáhněte|využijte|založte|zadejte|nahlaste|zašlete|posílejte|obracejte|vyřizujte|pište|volejte) ~4 (web*|webovk*|stránk*|e-shop*|eshop*|aplikac*|appk*|appc*|apk*|e-mail*|email*|mail*|formulář*|chat*|infolink*|portál*|internet*|online|zón*|tiket*|ticket*|helpdesk*|podateln*|whatsapp*|messenger*|datov*|pobočk*|faq|nápověd*) | weight=0.5
(ať|abych|abychom|musím|musíte|mám|máte|prý|prej) ~4 (navštív*|založ*|přihlásím|přihlásíme|přihlaste|zaregistruju|zaregistruji|zaregistrujeme|zaregistrovat|kliknu|klikneme|kliknout|zašlu|zašleme|zaslat|zašlete|pošlu|pošleme|poslat|napíšu|napíšeme|napsat|zadám|zadáme|zadat|vyřídím|vyřídíme|vyřídit) ~4 (zón*|tiket*|ticket*|helpdesk*|podateln*|e-podateln*|whatsapp*|viber*|callcentr*|webovk*|appc*|apc*|chatbot*|dotazník*)
(odpálkoval*|odpálkuj*|odbyl*|odbyla|odbyli|odbýv*|odkázal*|odkázala|odkázali) ~4 (že|ať|at|s|se) ~4 (web*|stránk*|aplikac*|appk*|appc*|e-mail*|email*|mail*|formulář*|chat*|infolink*|portál*|internet*|online|zón*|tiket*|ticket*|pobočk*|písemně|datov*)
(telefonicky|osobně|přepážce|pobočce|prodejně) ~4 (neřešíme|nevyřizujeme|nepřijímáme|neděláme|neobsluhujeme|neřeší|nevyřizují|nepřijímají) | noneg
(pouze|jen|jenom|výhradně|výlučně|jedině) ~2 (přes|na|v|ve|do) ~1 (zón*|klientsk*|tiket*|ticket*|helpdesk*|podateln*|whatsapp*|messenger*|chatbot*|callcentr*|webovk*|appc*|appk*|datovk*)
+ na pobočce mě odpálkovali, ať to zadám v klientské zóně
+ prý mám založit tiket přes helpdesk
+ řekli mi, ať napíšu přes WhatsApp, tady mi nepomůžou
+ na prodejně to prý jen přes klientskou zónu
- v klientské zóně jsem si to nastavil sám, super
- tiket jsem založil a vyřešili ho do hodiny

# -- r15 cs15: sent away to the web/app/branch in reported speech
(ať|at|že|ze|abych|abychom) ~2 (jdu|jdeme|jdete|zajd*|zajít|šel|zašel|šla|zašla|šli|zašli|koukn*|mrkn*|podívám|podíváme|podívat) ~2 (na|do|přes) (web*|stránk*|aplikac*|appk*|e-shop*|eshop*|portál*)
(podívejte|koukněte|mrkněte) ~2 (do|na) (aplikac*|appk*|web*|stránk*|e-shop*|internet*)
+ operátorka mi řekla, ať si zajdu na web
+ prej at kouknu do aplikace, tam to je
- na pobočku jsem zašel sám a vyřídili to hned
# -- cs16: "you should have reported it online", "he has to come to the branch", "it can be done in chat"
(měl|měla|měli|mel|mela) ~4 (nahlásit|vyřídit|udělat|podat|zadat|řešit|poslat|zablokovat|zrušit|objednat|reklamovat) ~2 (online|elektronicky|písemně|internetem|přes|webem|mailem|e-mailem)
(musí|musel|musela|musíme) ~2 (přijít|dojít|zajít|dostavit|jít) ~2 (na|do) ~1 (pobočk*|prodejn*|přepážk*|kamenn*)
(že|prý|prej) to (jde|lze|půjde) ~2 (přes|v|ve|na) ~1 (chat*|web*|aplikac*|pobočk*|e-mail*|online|infolink*)
+ Řekl mi, že jsem to měla nahlásit online.
+ Syn prý musí přijít osobně na pobočku.
+ Na pobočce tvrdili, že to jde přes chat.
- Na pobočce mi to vyřídili hned na místě.
- Nahlásila jsem to online a bylo to rychle vyřízené.
- Chatbot mi na každou otázku poslal jen odkaz na časté dotazy.
+ na přepážce nás odbyli, že máme jít přes klientskou zónu
+ prej ať si zajdem na web, tam to je
+ na lince nás posílají vyplnit formulář na webu

# -- instead of an answer, a link; "ať pošlu e-mail"; a claim taken only by post
(místo|namísto) ~1 (odpověd*|pomoc*|vyřešen*|řešení|vysvětlen*|pomoci) ~5 (odkaz*|link*|leták*|návod*|faq|nápověd*)
(ať|at|abych) ~2 (pošlu|napíšu|poslal|napsal|napsala|poslala) (e-mail|email|mail|mejl|dopis)
(řeší|řešíme|vyřizuje|vyřizujeme|vyřizují|přijímá|přijímáme|přijímají|podává|podávají) ~3 (jen|jenom|pouze|výhradně|výlučně|jedině) ~1 (poštou|dopisem|doporučeně|písemně|osobně|telefonicky|datovkou|datovou|online|elektronicky)
+ místo odpovědi mi poslali odkaz na nápovědu
+ v chatu mi napsali, ať jim napíšu e-mail
+ reklamace se vyřizují výhradně poštou
- poslali mi odkaz na sledování zásilky a balík přišel
- poslal jsem e-mail a do hodiny odpověděli

# -- s9: "ať si to najdu v FAQ", "zavolejte na linku",
#    "ať se ozvu přes e-mail", "můžu jen přes eshop", "posílají mě na web"
(ať|at|abych|prý|prej) si ~3 (najdu|najít|přečtu|přečíst|dohledám|vyhledám|najdete|přečtete|dohledáte|nastuduju|prostuduju) ~3 (faq|web*|stránk*|nápověd*|návod*|portál*|aplikac*|appk*|internet*|e-shop*|eshop*)
(abych|ať|at|prý|prej) ~4 (přes|prostřednictvím|skrz|skrze) (formulář*|e-mail*|email*|mail*|mejl*|web*|aplikac*|appk*|app|chat*|portál*|e-shop*|eshop*|datov*|messenger*|zákaznick*|kontaktn*)
(zavolejte|volejte|zavolej|volej|obraťte|obraťe) ~2 na (linku|infolinku|zákaznickou|hotline|podporu|centrálu|callcentrum|ústřednu)
(můžu|mohu|můžete|lze|jde|musím|musíte|dá) ~3 (jen|jenom|pouze|výhradně|jedině) (přes|na|v|ve) (e-shop*|eshop*|web*|aplikac*|appk*|internet*|portál*|formulář*|e-mail*|mail*)
(posílají|posílá|posílali|pošlou|poslali|poslal|poslala|odkázal*|odkázala|odkázali|odkazují) (mě|mne|nás|me) (na|do) (web*|aplikac*|appk*|formulář*|faq|portál*|eshop*|e-shop*|internet*|stránk*) | noneg
+ operátorka mi řekla, ať si to přečtu v nápovědě na webu
+ prej at to poslu pres kontaktni formular, na chatu to neresi
+ zavolejte na infolinku, tady vám s tím nepomůžu
+ reklamaci můžu podat jen přes eshop, na prodejně ji nevezmou
+ nic neví a posílají mě na aplikaci
- poslal jsem vám odkaz na fotku, kterou jste chtěli
- zavolal jsem na linku a paní mi hned pomohla
- přes aplikaci se mi to podařilo vyřídit za minutu
