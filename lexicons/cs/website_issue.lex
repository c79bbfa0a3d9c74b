# Website or app hard to navigate, broken, not usable on a phone, no way to
# find contact details.
(web*|stránk*|stránka|e-shop*|eshop*|aplikac*|appk*|apk*|portál*|formulář*|košík*|bran*|přihlášení|přihlašování|registrac*|odkaz*|tlačítk*|bankovnictví|samoobsluh*|účet|rozhraní) ~6 (nefung*|nejde|nejela|nejede|nejedou|nejel|nejely|selhal*|selháv*|nefunkční|padá|padala|spadl*|spadne|nenačt*|nenačít*|nenačetl*|zamrz*|zamrzl*|zasek*|chyb*|error|nereaguj*|neodešl*|neodešle|neodeslal*|neprojde|neprošl*|neulož*|neuložil*|maže|smaže|smazal*|vymaže|vymazal*|nezobraz*|rozhozen*|rozbit*|nepoužitel*|nepřehledn*|zmaten*|neintuitivn*|hrozn*|otřesn*|katastrof*|nedostupn*|nepustí|neumožn*|odhlašuje|odhlásí|nepodporuj*|neotevře|neotevírá|nespustí|nenaběhne|bílá|bílou|zhroutí|zhroutil*|spadla) | noneg
(nefunkční|nepřehledn*|nepoužitel*|zmaten*|neintuitivn*|rozbit*|pomal*|zastaral*|otřesn*|hrozn*|katastrofáln*|padající|chybov*) ~1 (web*|stránk*|e-shop*|aplikac*|appk*|apk*|portál*|formulář*|rozhraní|menu|košík*|přihlašování|registrac*) | noneg
(nejde|nelze|nemůžu|nemohu|nemohl*|nemohla|nepodařilo|nepodaří|nešlo|nejsem) ~3 (přihlásit|přihlašovat|zaregistrovat|registrovat|zaplatit|objednat|dokončit|odeslat|nahrát|stáhnout|uložit|zadat|změnit|obnovit|resetovat|kliknout|dostat) | noneg, weight=0.5
(žádný|žádné|žádná|žádnej|zadny) ~1 (kontakt*|telefon*|číslo|e-mail*|adres*|formulář*|tlačítk*|odkaz*|možnost*) | noneg
(nikde|nenašel*|nenašla|nenajdu|nemůžu|nemohl*|nemohla|nejde|nedá|nešlo|schovan*|ukryt*|chybí) ~3 (kontakt*|telefon*|číslo|e-mail*|adres*|formulář*|tlačítk*|odkaz*|možnost*) | noneg
(kontakt*|číslo|e-mail|formulář) ~4 (najít|nenašel*|nenajdu|schovan*|ukryt*|nikde) | noneg
(na|v|ve|z) (mobilu|telefonu|mobilním|smartphonu|iphonu|androidu|tabletu) ~5 (nefung*|nejde|nezobraz*|rozhozen*|nepoužitel*|nejede|padá|spadne|nenačte|nevidím|useknut*|překrývá|rozpadl*|nedá|kliknout) | noneg
(chyba|chybu|error|chybová|chybovou|hláška|hlásí) ~2 (404|500|502|503|serveru|platbě|přihlášení|objednávce|odesílání|aplikaci|webu|stránkách|token*)
chybov* (hlášk*|zpráv*|stránk*)
neustále ~2 odhlašuje
stránka ~2 (nenalezena|neexistuje) | noneg
(404|captcha)
bílá obrazovka
bílou obrazovku
(po|od) ~2 aktualizac* ~4 (nefung*|nejde|padá|spadne|neotevře|nespustí|nenačte|zamrz*|chyb*) | noneg
(platb*|platební|přihlášení|přihlašování|registrac*|odeslání|načítání|objednávk*) ~4 (selhal*|selháv*|neprošl*|neproběhl*|zamrzl*|spadl*) | weight=0.5
(kolečko|kolečk*|přesýpací) ~3 (točí|točilo|točil|načít*)
(točí|točilo|točil) ~2 (kolečko|kolečk*)
(nenačte|nenačítá|nenačetl*|nenačetla|nenačetlo|nenačítal*) | noneg
(neexistující|nefunkční|mrtv*|rozbit*|neplatn*) (stránk*|odkaz*|link*|token*)
(error|erroru|errorem|errory)
+ aplikace pořád padá a nejde se přihlásit
+ na webu nikde není kontakt na zákaznický servis
+ formular na strankach nefunguje, po odeslani hodi chybu
+ e-shop je na mobilu úplně rozhozený
- web je přehledný a objednávka proběhla hladce
- aplikaci používám denně bez problémů
+ v aplikaci se jen točí kolečko a nic se nenačte
# -- verb first: "nefunguje aplikace", app freezes
(nefung*|nejde|nejede|padá|spadl*|seká|sekne|zamrz*|nenačít*|nenačte) ~3 (web|webu|webovky|stránka|stránky|stránkách|e-shop*|eshop*|aplikace|aplikaci|appka|appku|apka|apku|portál*|bankovnictví|formulář) | noneg
(aplikac*|appk*|apk*|web*|stránk*|e-shop*|eshop*) ~5 (sekne|seká|sekal*|sekl*|zasek*|zamrz*|laguje|lagoval*|crash*|kousne|kousla|kousl*) | noneg
+ porad mi nefunguje aplikace banky
+ aplikace se sekne pri prihlaseni
- aplikace funguje bez problémů
- žádná reakce na e-maily, po telefonu jen slibují

# -- r6: cannot log in; the basket empties itself; endless loading; links to nowhere
(nepřihlásím|nepřihlásí|nepřihlásil*|nepřihlásila|nepřihlásili|nepřihlásíte) ~4 (účet|účtu|aplikac*|web*|portál*|bankovnictví|systém*|heslo|e-shop*|eshop*|stránk*|profil*) | noneg
(účet|účtu|aplikac*|appk*|web*|portál*|bankovnictví|systém*|e-shop*|eshop*|stránk*|profil*) ~4 (nepřihlásím|nepřihlásí|nepřihlásil*|nepřihlásila|nepřihlásili|nepřihlásíte) | noneg
heslo ~3 (neplatné|nefunguje|nebere|nepřijímá|neprojde|odmítá|nesedí) | noneg
(košík*|kosik*) ~4 se ~2 (vyprázdn*|vymaz*|smaz*|vynul*|resetuj*|ztrácí|ztratil*|maže|mazal*) | noneg
(košík*|kosik*) ~3 (zmizel*|zmizí|mizí|nefung*|vymazan*|vyprázdněn*) | noneg
(kontakt*|telefon*|číslo) ~6 (nikde|nenajdu|nenašel*|nenašla|schovan*|ukryt*) | noneg
(web*|stránk*|stránky|aplikac*|appk*|e-shop*|eshop*|portál*|bankovnictví|formulář*) ~3 (načítá*|nabíh*|načte|načtou|spouští|otvírá|otevírá) ~3 (minut*|věčnost*|věky|dlouho|pomalu|strašně|hrozně|snad|nekonečně|pořád)
(pomalé|nekonečné|věčné|pomalý) (načítání|nabíhání|spouštění)
(odkaz*|link*|tlačítk*) ~6 (vede|vedl|hodí|přesměruje|odkazuje) ~3 (prázdn*|chyb*|neexistuj*|nikam|404|bíl*)
prázdn* (stránk*|obrazovk*|okno) | weight=0.5
+ do účtu se nepřihlásím, heslo prý neplatné
+ košík se mi sám vyprázdní
+ stránky se načítají snad minutu
+ odkaz na sledování vede na prázdnou stránku
+ kontakt na podporu na celém webu nikde
- přihlásil jsem se bez problému
- košík jsem si omylem vyprázdnil sám
# contact details hidden on the website
(kontakt*|telefon*|e-mail*|email*) ~6 (web*|stránk*|aplikac*|appc*|e-shop*|eshop*|portál*) ~5 (nenašel|nenašla|nenašli|nenajdu|nedohledal*|nedohledala|nedohledám|hledal*|hledala|hledám|hledat|schovan*|chybí|nikde) | noneg
(hledal*|hledala|hledám|nenašel|nenašla|nenajdu|nedohled*) ~5 (kontakt*|telefonní|e-mail*|email*) ~5 (web*|stránk*|aplikac*|e-shop*|eshop*|portál*) | noneg
+ kontakt na ně jsem na jejich webu hledal dvacet minut a nenašel
+ hledala jsem telefonní kontakt na jejich stránkách snad hodinu
- kontakt na podporu jsem na webu našel hned

# --- r13b thesaurus pass: more words for "broken" (hapruje, blbne, crashuje, bugy, výpadek) and "confusing"
(web*|stránk*|e-shop*|eshop*|aplikac*|appk*|appc*|apk*|apc*|portál*|formulář*|košík*|bankovnictví|rozhraní|přihlašovací*|přihlašování|vyhledáv*|našeptávač*|zón*|webovk*) ~5 (hapruj*|haproval*|blbne|blbnou|blbla|zlobí|zlobila|stávkuje|stávkovala|kolabuje|zkolaboval*|crashuj*|crashla|crashne|kreš*|krešuj*|bugy|bugů|buguje|zabugovan*|bugov*|shazuje|vypadává|vypadla|vypadl*|zatuhne|zatuhla|ztuhne|ztuhla|tuhne|mrzne|zamrzává|zasekává|nenabíhá|nenaběhla|nenaběhl*|nenačítá|nereagoval*|neodezv*|neposlouchá|neukládá|neodesílá|neodešle) | noneg
(chaotick*|matouc*|krkolomn*|nelogick*|neovladateln*|neuživatelsk*|nekompatibiln*|nespolehliv*|zabugovan*|příšern*|děsiv*|tragick*|amatérsk*|nefunkčn*|nestabiln*|zmatečn*|nepřehledn*|šílen*) ~1 (web*|stránk*|e-shop*|eshop*|aplikac*|appk*|appc*|apk*|portál*|formulář*|rozhraní|menu|košík*|přihlašování|registrac*|bankovnictví|zón*|webovk*|vyhledáv*|objednávkov*) | noneg
výpad* ~3 (web*|webovk*|stránek|aplikac*|appk*|e-shop*|eshop*|portál*|bankovnictví|zón*)
(web*|stránk*|e-shop*|eshop*|aplikac*|appk*|portál*|bankovnictví|server*) ~3 (je|byl*|jsou) ~3 (dole|down|offline|nedostupn*|odstaven*)
(nečiteln*|nečitelné|ujíždí|ujížděl*|přetéká|nevejde|nevleze|mrňav*|miniaturní|useknut*|překrývaj*) ~4 (mobilu|telefonu|displeji|obrazovce|tabletu|aplikaci|webu|stránce|stránkách|text*|tlačítk*|menu) | noneg
(infolink*|linku|linky|číslo|čísla|kontakt*|podpor*|chat*|e-mail*|adres*) ~5 (dohledat|najít|nenajde|nenajdu|nenašel|nenašla|nenašli|nedohledal*|nedohledám) ~4 (web*|stránk*|aplikac*|e-shop*|eshop*|portál*|webovk*) | noneg
(web*|stránk*|aplikac*|e-shop*|eshop*|portál*|webovk*) ~6 (infolink*|linku|číslo|kontakt*|podpor*|chat*) ~3 (nenajde|nenajdu|nenašel|nenašla|nenašli|nedohledal*|nedohledám|nikde|schovan*|zašit*|pohřben*) | noneg
(nejde|nelze|nedá|nemůžu|nemohu|nemohl*|nemohla|nepodařilo|nepodaří|nešlo) ~3 (odhlásit|zrušit|smazat|změnit|upravit|přidat|vložit|potvrdit|ověřit|aktualizovat|zobrazit|otevřít|spustit|načíst|nainstalovat|vyhledat|najít) ~4 (web*|stránk*|aplikac*|appk*|appc*|apk*|e-shop*|eshop*|portál*|bankovnictví|zón*|košík*) | noneg
(ověřovací|autorizační|potvrzovací|sms|přihlašovací) ~1 (kód*|sms|odkaz*|e-mail*) ~4 (nepřišel|nepřišla|nepřichází|nechodí|nefung*|neplatí|neplatný|nejde|propadl*|expiroval*) | noneg
+ aplikace hapruje a při platbě shazuje
+ web banky je od rána dole
+ zmatečné rozhraní e-shopu, nic se nedá najít
+ na mobilu je text nečitelný a tlačítka přetéká mimo obrazovku
+ ověřovací SMS kód vůbec nepřišel, přihlásit se nejde
+ nejde mi v aplikaci změnit adresu
- aplikace je rychlá a přehledná
- změnil jsem si v aplikaci adresu bez potíží

# -- r15 cs15: clicking pay throws an error; site search finds nothing; chat offline
(klikn*|klikl*|klikám|klikáme|klikal*|kliknutí) ~8 (vyskoč*|vyskak*|chyb*|neplatn*|nefunguj*|spadne|zamrzne|zasekne)
(vyhledávání|vyhledávač*|hledání|hledátko) ~4 (nenajde|nenachází|nefunguj*|nevyhledá|prázdn*) | noneg
(chat|chatu|livechat*|online) ~3 (je|byl*) ~3 (offline|nedostupn*)
+ kdykoliv kliknu na objednat, vyskočí chyba
+ hledání na eshopu nenajde ani zboží z hlavní stránky
+ live chat je zase offline
- kliknu na odkaz a vše funguje
# -- cs16: contact / help pages that link round in a circle
(kontakt*|nápověd*|odkaz*|stránk*|formulář*|tlačítk*) ~8 (dokola|dokolečka|kruhu|smyčk*|zacykl*)
+ Odkaz na kontakt vede na nápovědu a ta zase na kontakt, pořád dokola.
+ Formulář se po odeslání zacyklí a nic se nestane.
- Na kontaktní stránce jsem hned našel telefon.
(nápověd*|kontakt*|odkaz*) ~4 (zase|zpátky|zpět|znovu) (na|do) ~1 (nápověd*|kontakt*|úvod*|začát*)
+ Z nápovědy vede odkaz zase na kontakty.
- Prý mi platba neprošla kvůli mé bance.
+ appka se nám při platbě pořád sekala
+ když jsme klikli na zaplatit, vyskakovala chyba
