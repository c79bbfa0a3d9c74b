# Will cancel, leave, switch to a competitor, never buy again.  A threat
# under a condition ("pokud ..., zruším smlouvu") is still a threat.
(končím|končíme|rozvazuju|rozvážu|rozvázat|zruším|zrušíme|zrušit|ruším|rušíme|vypovím|vypovíme|vypovídám|vypovědět|ukončím|ukončíme|ukončit|ukončuji|ukončuju|rušit) ~3 (smlouv*|předplatn*|účet|účty|tarif*|služb*|členství|kart*|paušál*|spoluprác*|spoluprac*|odběr*|připojení|internet|pojist*|věrnostn*|registrac*|objednávk*)
(smlouv*|předplatn*|účet|tarif*|služb*|členství|paušál*|spoluprac*|odběr*) ~4 (ruším|zruším|rušíme|zrušíme|vypovídám|vypovím|vypovídáme|vypovíme|ukončuji|ukončuju|ukončím|ukončíme)
(podávám|podám|dávám|dám|posílám|pošlu|píšu) ~2 výpověď*
(žádám|žádáme|žádost|žádosti|požádám) ~3 (zrušení|ukončení|výpověď) | weight=0.5
(zrušení|ukončení|výpověď) (smlouvy|ze|předplatného|služby|členství) | weight=0.5
(odcházím|převádím|převedu|přesouvám|přesunu|odnesu|odnáším|přestěhuju|stěhuju|odcházíme|odejdu|odejdeme|odcházet|přecházím|přecházíme|přejdu|přejdeme|jdu|půjdu|půjdeme|přesunu|měním|změním) ~2 (konkurenc*|jinam|jin*|pryč|konkurentovi|jinému|operátora|dodavatele|banku|poskytovatele)
(konkurenc*|konkurentovi)
(odcházím|odcházíme|odejdu|odejdeme)
(k|ke) (jinému|jinýmu|jiné|jiného) (operátor*|dodavatel*|poskytovatel*|bance|bank*|pojišťovn*|prodejc*)
přenesení čísla ~3 (jinému|jiné|jiného|konkurenc*)
už nikdy ~4 (nenakoupím|nekoupím|neobjednám|nepoužiju|nepoužiji|nepoletím|nepřijdu|nevkročím|nebudu|nevyužiju|nevyužiji|nezavítám|nepojedu|nevstoupím) | noneg
nikdy ~1 (víc|více) | noneg
už ~2 (nenakoupím|nekoupím|neobjednám|nevkročím|nezavítám|nechci) | noneg
(u|od) vás ~3 (nenakoupím|nekoupím|neobjednám|naposledy) | noneg
naposledy ~3 (nakoup*|objednáv*|objednal*|co)
bylo ~1 naposledy
(končím|končíme) ~3 (vámi|vás|vaší|vaším|tím|tady)
(vámi|vás) ~2 (končím|končíme)
sbohem
(ztratili|ztrácíte|přišli) ~2 zákazník*
(přestanu|přestaneme|přestávám|přestáváme) ~1 (využívat|používat|nakupovat|odebírat|jezdit|létat|platit|chodit|objednávat)
(hledám|hledáme|hledat|poohlížím|poohlížíme|porozhlédnu|sháním|sháníme) ~3 (jiného|jinýho|jinou|jiné|nového|novýho|novou) ~1 (operátor*|dodavatel*|poskytovatel*|bank*|pojišťovn*|obchod*|prodejc*|firm*|společnost*|e-shop*|internet*|připojení)
(hledám|hledáme|poohlížím|poohlížíme|porozhlédnu|sháním) ~3 (konkurenc*|alternativ*|jinde)
(byla|byl|bylo|bude) ~2 poslední ~1 (objednávk*|nákup*|návštěv*|zakázk*|let*|cest*|jízd*|zkušenost*|smlouv*)
(velkým|širokým) obloukem
(nedám|nedostanete|neuvidíte|neutratím) ~3 (korunu|halíř|haléř|kačku|cent|peníze) | noneg
(nechci|nebudu) ~3 (mít|dávat|utrácet|nechávat|nosit) ~3 (korunu|peníze|haléř|halíř|kačku) | noneg
(já|prostě|definitivně) (končím|končíme)
nebudu ~1 (nakupovat|objednávat|jezdit|létat|chodit|používat|využívat|kupovat|odebírat)
(nakupovat|objednávat|jezdit|létat|kupovat|využívat|odebírat) ~3 (už|nikdy|víc|více) ~1 nebudu
(už|nikdy|víc|více) ~1 (nakupovat|objednávat|jezdit|létat|kupovat|využívat|odebírat|chodit) ~1 nebudu
+ pokud to nevyřešíte, ruším smlouvu a odcházím ke konkurenci
+ už nikdy u vás nenakoupím
+ podávám výpověď a přecházím k jinému operátorovi
+ zrusim predplatne, tohle bylo naposledy
- jsem u vás spokojený zákazník už deset let
- chtěl jsem jen změnit tarif
- jak dlouho trvá přenos čísla k vám?
+ u vás už nakupovat nebudu
- zrušila jsem jen jednu položku v košíku, jinak vše v pořádku
# -- "next time I'll order elsewhere"
(objednám|objednáme|objednam|nakoupím|nakoupíme|nakoupim|koupím|koupíme|koupim|nakupuju|nakupuji|objednávat|nakupovat|tankovat|budu) ~2 (jinde|jinam|konkurenc*)
(příště|priste|odteď|odted|napříště) ~3 (jinde|jinam|konkurenc*|nikdy)
+ příště objednám jinde
+ priste uz jen jinde
- jinde to měli dražší, tak jsem koupil u vás

# -- r4: asking for the contract to end; "víckrát nepřijdu"
(prosím|prosíme|žádám|žádáme|chci|chceme|požaduji|požaduju|podávám|tímto) ~3 (zrušení|ukončení|výpověď|vypovězení) ~3 (smlouv*|předplatn*|služb*|členství|tarif*|účtu|paušálu|spolupráce|mé|mého|naší|našeho)
(víckrát|vícekrát|znovu|už|nikdy) ~2 (nepřijdu|nepřijdeme|nepřijedu|nepojedu|nepoletím|nezavítám|nenakoupím|neobjednám|nekoupím|nevkročím|nepřijdem) | noneg
+ prosím o zrušení mé smlouvy k 30. 6.
+ Víckrát nepřijdu.
+ tímto žádám o ukončení smlouvy
- smlouvu jsem si prodloužil o další rok
- přijdu znovu příští týden

# -- r6: already cancelled (first person); moving the account elsewhere
(smlouv*|předplatn*|účet|tarif*|služb*|členství|paušál*|odběr*|kartu|pojištění) ~1 (jsem|jsme|sem) ~3 (zrušil*|zrušila|vypověděl*|vypověděla|ukončil*|ukončila|vypovedel*) | noneg
(přešel|přešla|přešli|přešel|odešel|odešla|odešli|přestoupil*|přestoupila) ~2 (jinam|konkurenc*)
(zrušil*|zrušila|vypověděl*|vypověděla|ukončil*|ukončila) (jsem|jsme|sem) ~2 (smlouv*|předplatn*|účet|tarif*|služb*|členství|paušál*|odběr*|kartu|pojištění) | noneg
(ho|ji|je|vše|všechno) (ruším|zruším|vypovídám|vypovím|rušíme|zrušíme|ukončuji|ukončuju|ukončím) | noneg
(zakládám|založím|otevírám|otevřu|zřídím|zřizuju|zřizuji|přenáším|přenesu|převádím|přesouvám|sjednávám) ~3 (jinde|jinam|konkurenc*)
+ předplatné jsem zrušila
+ zakládám si účet jinde a tady ho ruším
+ smlouvu jsem vypověděl
+ přešla jsem ke konkurenci
- smlouvu jsem podepsal a jsem spokojený
- zrušili mi omylem objednávku, ale hned to napravili

# round 7 (industries): "never again with you / there"
(už|uz) nikdy ~1 (vás|vámi|nich|nimi|sem|tady|tam) | noneg
+ balík u sousedů o ulici dál, už nikdy u vás
+ už nikdy s vámi, ruším smlouvu
- nikdy jsem u vás neměl problém

# -- r8: considering cancelling; moving money / contract elsewhere
(zvažuji|zvažuju|zvažujeme|uvažuji|uvažuju|uvažujeme|přemýšlím|přemýšlíme|zvažujem|plánuji|plánuju) ~3 (zrušení|ukončení|výpověď|vypovězení|odchod*|přechod*|vypovědět|zrušit|ukončit|odejít|přejít|odstoupit)
(převedení|převod|přesun|přesunutí|přechod|odchod|přestup) ~3 (jinam|konkurenc*)
(vypovídám|vypovídáme|vypovím|vypovíme|ruším|rušíme|zruším|zrušíme|končím|končíme) ~3 (smlouv*|předplatn*|služb*|členství|tarif*|účet|paušál*|spolupráci)
+ zvažuji zrušení účtu u vás
+ převod hypotéky jinam už řeším
+ tímto vypovídám smlouvu
- zvažuji, jestli si přiobjednat další službu
# -- r8: "tohle je naposled", "s vámi už nikdy"
(tohle|toto|dneska) ~2 (naposled|naposledy)
(naposled|naposledy) ~2 (co|kdy) ~3 (u|od|s) (vás|vas|vámi|vami)
(s|se) (vámi|vami) (už|uz|již) nikdy
+ tohle je naposled, co jsem u vás nakoupil
+ s vámi už nikdy
- naposled jsem u vás byl v lednu a bylo to fajn
# -- r8: "přestanu u vás nakupovat", "odhlašuji se ze služeb"
(přestanu|přestaneme|přestávám|přestáváme) ~3 (nakupovat|kupovat|objednávat|používat|jezdit|létat|chodit|platit|odebírat|využívat|tankovat)
(odhlašuji|odhlašuju|odhlásím|odhlašujeme|odhlásíme) ~3 (služeb|služby|odběru|předplatn*|členství|účtu|tarifu)
+ přestanu u vás nakupovat
+ odhlašuji se z vašich služeb
- odhlásím se z aplikace a zase přihlásím

# --- r9a: lost a customer, letting the contract run out, having it cancelled ---
(zákazník*|zakaznik*|zákaznic*|zakaznic*|klient*) ~3 (ztratili|ztracíte|ztrácíte|ztracite|ztratíte|ztratite|ztratil*|ztratila|přicházíte|prichazite|přišli|prisli|přijdete|prijdete)
(smlouv*|předplatn*|predplatn*|tarif*|členství|clenstvi|pojistk*|paušál*|pausal*|závazek|zavazek|úvěr|uver) ~3 (nechám|necham|necháme|nechame|nechávám|nechavam) ~2 (doběhnout|dobehnout|vypršet|vyprset|propadnout|expirovat|skončit|skoncit|vyprchat|dojet)
(nechám|necham|necháme|nechame|nechávám|nechavam) ~2 (doběhnout|dobehnout|vypršet|vyprset|propadnout|expirovat|skončit|skoncit|dojet) ~2 (smlouv*|předplatn*|predplatn*|tarif*|členství|clenstvi|pojistk*|paušál*|pausal*|závazek|zavazek)
(účet|ucet|smlouv*|předplatn*|predplatn*|tarif*|služb*|sluzb*|členství|clenstvi|kartu|paušál*|pausal*|číslo|cislo|profil|registrac*|pojištění|pojisteni) ~3 (nechávám|nechavam|nechám|necham|necháme|nechame) ~1 (zrušit|zrusit|vypovědět|vypovedet|ukončit|ukoncit|smazat|odhlásit|odhlasit|převést|prevest|přenést|prenest)
(nechávám|nechavam|nechám|necham|necháme|nechame) ~1 (zrušit|zrusit|vypovědět|vypovedet|ukončit|ukoncit|smazat|odhlásit|odhlasit|převést|prevest|přenést|prenest) ~3 (účet|ucet|smlouv*|předplatn*|predplatn*|tarif*|služb*|sluzb*|členství|clenstvi|kartu|paušál*|pausal*|číslo|cislo|profil|registrac*|pojištění|pojisteni)
(aplikaci|apku|appku|aplikace) ~2 (jsem|sem|jsme) ~1 (smazal*|odinstaloval*|vymazal*) | weight=0.5
+ Jako klienta jste mě právě ztratili.
+ Předplatné nechám vypršet a víc ho neobnovím.
+ Kartu si u vás nechám zrušit ještě tento týden.
# customer cancels "everything" / "with you": ruším u vás všechno
(ruším|zruším|rušíme|zrušíme|ukončuji|ukončuju|ukončím|ukončíme|vypovídám|vypovím|vypovíme) ~3 (vše|všechno|všechny|veškeré|vsechno|vsechny) | noneg
(ruším|zruším|rušíme|zrušíme|ukončuji|ukončuju|ukončím|ukončíme|vypovídám|vypovím) ~1 (u|s) (vás|vámi)
# moving money/contracts elsewhere (first person only; "převedli mě jinam" is a transfer)
(převedu|převedeme|převedem|převádíme|přesunu|přesuneme|přesunem|odneseme|odnesem) ~3 (jinam|jinde|konkurenc*|jinému|jiné|jiného|jinou)
# "you won't see a crown from me": ode mě nekoupí / nedostanete
(ode|od) (mě|mne|nás) ~3 (nekoupí|nekoupíte|neprodáte|neprodají|nedostanete|nedostanou|neuvidíte|neuvidí|nevyděláte|nevydělají|nic) | noneg
# withdrawing from a contract colloquially
(vycouvat|vycouvám|vycouváme|vycouval*|vyvázat|vyvážu|vyvážeme|vyvázal*|vystoupit|vystoupím|vystoupíme) ~4 (smlouv*|závazk*|tarif*|členství|předplatn*|programu|paušál*)
(smlouv*|závazk*|tarif*|členství|předplatn*|paušál*) ~3 (vycouvat|vycouvám|vyvázat|vyvážu|vystoupit|vystoupím)
# first and last time
(poprvé|prvně|první|poprve|prvni|prvne) ~6 (naposledy|naposled)
(příště|napříště|odteď) ~1 (radši|raději|rači|radsi|radeji) | weight=0.5
# never set foot again / find another
(už|nikdy|víckrát|vícekrát|znovu) ~3 (nevkročím|nevkročíme|nevkročí|nevkroč*|nezavítáme|nepřijdeme|neobjednáme|nenakoupíme|nekoupíme|nepojedeme|nepoletíme) | noneg
(najdu|najdeme|najdem|vyberu|vybereme|poohlédnu|poohlédneme|poohlídnu|najít|sehnat|seženu|seženeme) si ~2 (jinou|jiného|jinýho|jiný|jinej|jiné|novou|nového|novýho) ~1 (dodavatel*|operátor*|banku|bank*|pojišťovn*|poskytovatel*|obchod*|lékárn*|firm*|e-shop*|eshop*|servis*|hotel*|restaurac*|kavárn*|prodejn*|doktor*|ordinac*|dopravc*|kadeřn*|posilovn*|fitk*|internet*|připojení|tarif*|školk*|autoškol*)
(najdu|najdeme|najdem|poohlédnu|poohlédneme) si (jinou|jiného|jiný|jiné|jinde|konkurenc*) | weight=0.5
+ Po deseti letech ruším u vás všechno.
+ Od nás už nic nedostanete, ode mě nekoupíte ani rohlík.
+ Chci z té smlouvy vycouvat, jde to?
+ Poprvé jsem letěla s vámi a naposledy.
+ Do té prodejny už nevkročíme, najdeme si jinou.
+ Účet mámě zrušíme a převedeme jinam.
- Převedli mě jinam a tam mi nikdo nepomohl.
- Příště radši zavolám dřív, to byla moje chyba.
# considering a change of provider
(zvažuji|zvažuju|zvažujeme|uvažuji|uvažuju|uvažujeme|přemýšlím|přemýšlíme|plánuji|plánuju|plánujeme|chystám|chystáme) ~3 (změn*|výměn*) ~1 (dodavatel*|operátor*|bank*|pojišťovn*|poskytovatel*|tarif*|obchod*|e-shop*|servis*)
# not renewing
(neprodloužím|neprodloužíme|neprodlužuji|neprodlužuju|neprodlužujeme|neobnovím|neobnovíme|neobnovuji|neobnovuju) ~3 (smlouv*|předplatn*|tarif*|členství|pojist*|pojištění|paušál*|závazek|licenc*|nájem*) | noneg
(smlouv*|předplatn*|tarif*|členství|pojist*|pojištění|paušál*|závazek|licenc*) ~3 (neprodloužím|neprodloužíme|neprodlužuji|neprodlužuju|neobnovím|neobnovíme) | noneg
(smlouv*|předplatn*|tarif*|členství|pojist*|pojištění|paušál*|závazek|licenc*) ~3 (nebudu|nebudeme) ~1 (prodlužovat|obnovovat) | noneg
(nebudu|nebudeme) ~1 (prodlužovat|obnovovat) ~3 (smlouv*|předplatn*|tarif*|členství|pojist*|pojištění|paušál*|závazek|licenc*) | noneg
# deleting or cancelling the account, first person or imperative
(mažu|smažu|vymažu|mažeme|smažeme|ruším) ~2 (účet|profil|registrac*|aplikac*|appku|apku|aplikaci)
(zrušte|ukončete|vypovězte|odhlaste|odhlašte|smažte|vymažte) ~3 (účet|smlouv*|předplatn*|tarif*|členství|paušál*|registrac*|profil|odběr*|služb*|mě|mne|nás)
# the relationship ends
(spoluprác*|spoluprac*) ~3 (končí|skončila|skončí|ukončena|končíme|skončili)
nejste ~1 (jediní|jediná|jediný|jediný) | noneg
(nepatřím|nepatříme|nejsem|nejsme|nebudu|nebudeme) ~3 (váš|vaš*|vaši|vaše) ~1 (zákazník*|zákaznic*|klient*) | noneg
mezi ~1 (vaše|vaši) ~1 (zákazník*|zákaznic*|klient*) ~3 (nepatřím|nepatříme|nebudu|nebudeme) | noneg
# named competitors
(přejdu|přejdeme|přecházím|přecházíme|přestoupím|přestoupíme|utíkám|utíkáme|jdu|jdeme|půjdu|půjdeme) (k|ke|do) ~1 (o2|vodafon*|t-mobil*|tmobil*|čez|pre|innogy|kb|čsob|fio|moneta|airbank|revolut|alz*|rohlík*|košík*|wolt|foodora|bolt|uber|lidl*|kaufland*|albert*|tesco|billa|penny|dm|rossmann*)
+ Zvažujeme změnu dodavatele.
+ Neprodloužím smlouvu.
+ Smlouvu nebudu prodlužovat.
+ Zrušte mi účet.
+ Smažu si účet.
+ Naše spolupráce tímto končí.
+ Nejste jediní na trhu.
+ Mezi vaše zákazníky už nepatřím.
+ Přejdu k O2.
+ Budu si muset najít jiného dodavatele.
- Musel jsem si najít jiný termín, to byla moje chyba.
- Přejdu k věci: faktura je špatně.
- Zrušte mi prosím jen tu objednávku, ostatní nechte.
(najít|sehnat|poohlédnout|najdu|najdeme|seženu|seženeme) ~1 (jinou|jiného|jinýho|jiný|jinej|jiné|nového|novýho|novou) ~1 (dodavatel*|operátor*|banku|pojišťovn*|poskytovatel*|obchod*|lékárn*|e-shop*|eshop*|servis*|dopravc*|posilovn*|internet*|připojení)

# --- r13b thesaurus pass: odstoupit od smlouvy, stornovat, bojkot, nepáchnu, ani nohou, nikdá víc, přišli jste o mě
(stornuji|stornuju|stornujeme|stornuju|stornuju) ~3 (objednávk*|smlouv*|předplatn*|rezervac*|zájezd*|let*|službu|služby|vše|všechno|členství)
(bojkot*|bojkotuj*)
(nepáchnu|nepáchneme|nevlezu|nevlezeme|nezajdu|nezajdeme|nezastavím|nenaletím|nenaletíme|nesednu|nenastoupím) ~3 (už|nikdy|víckrát|vícekrát|znovu|sem|k|ke|do|vám) | noneg
(už|uz|nikdy|nikdá|víckrát) ~3 (nepáchnu|nepáchneme|nevlezu|nevlezeme|nezajdu|nezajdeme|nenaletím|nenaletíme|nepořídím|nepořídíme|nesáhnu|nenastoupím|nesednu|nezastavím|neutratím|neuvidíte) | noneg
(už|uz|sem|tam|nikdy|víckrát) ~2 ani (nohou|nohu) | noneg
ani (nohu|nohou|krok|korunu|halíř|haléř|kačku|floka|vindru) ~3 (nevkročím|nevkročíme|nedám|nedostanete|neutratím|neuvidíte|nezaplatím|nepáchnu) | noneg
(nikdá|nikda) ~1 (víc|více|už|uz|znova|znovu)
(už|uz) (nikdá|nikda)
(přišli|přicházíte|přijdete|přišla|přišel) ~2 o (mě|mne|nás|klienta|zákazníka|zákaznici|klientku|věrného|věrnou|stálého|stálou|dlouholetého|dlouholetou)
(mizím|mizíme|utíkám|utíkáme|pláchnu|zdrhám|zdrháme|vypadnu|vypadneme|vypadávám|sbalím|sbalíme) ~3 (jinam|konkurenc*)
(mizím|mizíme|utíkám|utíkáme|pláchnu|zdrhám|zdrháme|vypadnu|vypadneme|vypadávám) ~2 od (vás|vas)
(měním|změním|změníme|vyměním|vyměníme|měníme|zvolím|zvolíme|vyberu|vybereme) ~2 (pojišťovnu|elektrárnu|energetik*|dodavatel*|operátor*|poskytovatel*|distributor*|banku|e-shop|eshop|obchod|prodejce|dopravce|servis|autoservis|kadeřnictví|školku|fitko|posilovnu|lékárnu|zubaře|doktora|lékaře|ordinaci|internet|připojení)
(výpověď|vypovězení|zrušení|ukončení) ~3 (podám|podávám|dávám|pošlu|posílám|zasílám|odesílám|odeslal*|podal*|zaslal*) | noneg
+ mizím od vás ke konkurenci
+ objednávku stornuju, už to nechci
+ tenhle obchod budu bojkotovat
+ sem už nepáchnu
+ do té prodejny už ani nohou
+ nikdá víc
+ právě jste přišli o stálého zákazníka
+ měním pojišťovnu, tohle nemá cenu
- pojišťovna mi plnění vyplatila včas, jsem spokojený
- balím dárky na Vánoce a těším se

# -- cs14a: "if it happens again, I'm gone"
(jestli|jestliže|pokud|kdyby) ~6 (budete|bude|budou|nespravíte|nevyřešíte|nevrátíte|neozvete|zase|znovu|jednou) ~8 (jsem|jsme) (pryč|fuč)
jinak (jsem|jsme) (pryč|fuč)
+ jestli se ke mně ještě jednou budete takhle chovat, jsem pryč
+ pokud to do pátku nespravíte, jsme fuč
+ jinak jsem pryč
- minulý týden jsem byl pryč, tak jsem nezvedal telefon
- pokud jsem pryč, nechte balík u souseda

# -- r15 cs15: "I am cancelling everything"
(ruším|zruším|vypovídám|vypovím|rušíme|zrušíme) ~3 (všechno|vše|všechny)
(všechno|vše|všechny) ~3 (ruším|zruším|vypovídám|vypovím|rušíme|zrušíme)
+ všechny služby u vás ruším
+ zrusim u vas vsechno
- všechno jsem zrušila omylem, můžete mi to obnovit?
# -- cs16: "after N years I am done", notice given, moving to another operator
po ~2 (letech|rocich|létech) ~2 (končím|odcházím|odchazim|koncim|končíme)
(mou|moji|svou|svoji|dávám|podávám|podám) výpověď
(převádíme|převádím|přenáším|přenášíme|přecházíme|přecházím|stěhuju|stěhujeme|převedu|přenesu) ~5 (jiný*|jinýmu|jinému|jiného|konkurenc*)
+ Po dvanácti letech končím.
+ Berte to jako mou výpověď.
+ převádíme obě smlouvy k jinýmu operátorovi
- Výpověď z práce jsem dal já, s vámi to nesouvisí.
- Po ukončení smlouvy mi dál chodí reklamní nabídky.
+ budem si muset najít jinýho operátora
# the two cancel-the-contract rules above are not noneg: "nechci rušit smlouvu",
# "nehodlám zrušit tarif" are the customer declining to leave
- nechci rušit tarif, potřebuju jen změnit adresu
- nehodlám zrušit smlouvu, jen chci opravit fakturu
+ pokud se to nezlepší, ruším smlouvu
