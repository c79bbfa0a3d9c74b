# Help refused "because of policy / rules / terms / the system doesn't allow
# it"; a return, warranty or refund not honoured; "there is nothing I can do".
(taková|takové|takový) ~1 (jsou|je) ~1 (pravidla|předpisy|předpis|postup|systém|podmínky|směrnice|politika)
(jsou|je) ~1 taková ~1 pravidla
pravidla jsou pravidla
(kvůli|proti|rozporu) ~2 (pravidel|pravidlům|pravidly|zásad|zásadám|podmínek|podmínkám|podmínkami|VOP|předpisů|předpisům|předpisy|předpisu|směrnic*|nařízení|řádu|řádem|politiky|standardu|standardů|norem|normy|postupu|postupů|procesu|procesů|ceníku)
# 'podle pravidel' alone is no refusal ('vše proběhlo podle pravidel'): a half cue
(podle|dle) ~2 (pravidel|pravidlům|pravidly|zásad|zásadám|podmínek|podmínkám|podmínkami|VOP|předpisů|předpisům|předpisy|předpisu|směrnic*|nařízení|řádu|řádem|politiky|standardu|standardů|norem|normy|postupu|postupů|procesu|procesů|ceníku) | weight=0.5
v rozporu s
(naše|firemní|interní|vnitřní) ~1 (pravidla|předpis*|směrnic*|pokyn*|politik*|zásady|nařízení|postup*|proces*|standard*)
(pravidla|politika|politik*|zásady|předpisy) ~1 (firmy|společnosti|obchodu|banky|prodejny)
směrnic*
nařízení ~2 (vedení|centrály|firmy|shora)
(pravidl*|podmínk*|smlouv*|systém*|počítač*|program*|předpis*|směrnic*|postup*|proces*|zákon*|tarif*) ~3 (nedovol*|neumožň*|nepust*|nepovol*|neumí|nepřijme|blokuje|zablokoval*|odmít*|zakazuj*) | noneg
(nedovol*|neumožň*|nepovol*) ~3 (systém*|pravidla|předpis*|podmínky|směrnic*) | noneg
(v|do) systému ~3 (nejde|nelze|není|nemůžu|nemůžeme|nemohu) | noneg
(nesplňuje|nesplňujete|nesplňuji|nesplňovala|nesplňoval*) ~2 podmínk* | noneg
# "nothing I can do", "I can't help you", hands tied, no authority
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nelze|nemohl*|nemohla|nesmí|nesmím) ~4 (nic|nijak|víc|více) ~2 (dělat|udělat|nadělat|pomoct|pomoci|řešit) | noneg
(nic|nijak) ~3 (nenadělá*|nezmůž*|neudělá|neudělám|neudělají|neuděláme|neudělat|nezmůžeme|nenaděláme) | noneg
(nic|nijak|víc|více) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou) ~2 (dělat|udělat|nadělat|pomoct|pomoci|řešit) | noneg
(pomoct|pomoci|vyhovět) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nemohla|nemohl) | noneg
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím) ~2 (pomoct|pomoci|vyhovět|udělat|vyjít) | noneg
(nemám*|nemá*|nemají) ~2 (pravomoc*|oprávnění|kompetenc*) | noneg
(svázan*|svázané) ruce
ruce ~2 svázan*
# return, warranty, refund refused
(reklamac*|záruk*|vrácení|výměn*|storn*|odstoupen*|vratk*|vratce|vrácenk*|vrátit|vyměnit|reklamovat|stornovat|uznat|převzít) ~4 (neakcept*|zamítl*|zamítnut*|neuznal*|neuzná*|odmítl*|odmítnut*|nepřijal*|nepřijali|neuznan*|nevzal*|nevzala|nevzali|neberou|nebrali) | noneg
(zamítl*|zamítla|zamítli|zamítnul*|neuznal*|neuznali|odmítl*|odmítla|odmítli|odmítnul*|nepřijal*|nechtěl*|nechtěli|nechtějí|odmítá*) ~3 (reklamac*|záruk*|vrácení|vrátit|výměn*|vyměnit|uznat|převzít|přijmout|stornovat|storno|refund*|uznání|přerušit|zrušit|přesunout) | noneg
(vrácení|zpátky|zpět|reklamac*) ~2 (neberou|nebereme|nepřijímáme|nepřijímají) | noneg
(se|to) ~2 (nevrací|nevracíme|nevracíte|nevyměňuje|nevyměňujeme|nemění|nereklamuje|nepřijímá) | noneg
(peníze|zálohu|zálohy) ~2 (nevracíme|nevracíte|nevrací|nevracejí) | noneg
# "se na to nevztahuje": a warranty, discount or right that does not apply
(nevztahuj*|nevztahoval*) | noneg
výjimk* ~3 (nemůž*|nemohou|nemohl*|nelze|nejde|neuděl*|neděl*|nedělají|odmítl*|odmítla|odmítli) | noneg
(nemůže|nemůžou|nemohou|nemohl*|nemohla|nemohli|nelze|nejde|neudělá*|nedělá*|nedělají|odmítl*|odmítla|odmítli) ~3 výjimk* | noneg
(tak|takhle|takto) to ~1 (prostě|holt|zkrátka|bohužel|tady|nás) ~1 (je|funguje|chodí|máme|dělá|děláme|dělají) | noneg
nevratn* ~1 (tarif*|letenk*|jízden*|vstupenk*|záloh*|poplat*|rezervac*|cen*)
(nevyhověl*|nevyhověla|nevyhověli|nevyhoví|nevyhovíme|nevyhovět|nevyhovění) | noneg
(mimo|není|nejsou|neni|nespadá) ~3 (kompetenc*|pravomoc*|oprávnění) | noneg
(změn*|storn*|výjimk*|úprav*|přesun*|převod*|výměn*|vrácení|zrušení|přerušení|prodloužení) ~3 (nemůže|nemůžou|nemohou|nemohl|nemohla|nemohli|nelze) | noneg
(vrácení|vrátit|výměn*|vyměnit|reklamac*|storno|zrušení) ~3 (jen|pouze|jenom) ~1 do ~2 (dnů|dní|dnu|hodin|týdne|týdnů|měsíc*|1*|2*|3*)
(záruk*|reklamac*|to|tohle) ~3 (nevztahuj*|nepokrývá|nekryje) | noneg
mimo záruk*
(neuznaná|zamítnutá) reklamace | noneg
(zamítl*|zamítla|zamítli|zamítnut*|zamítnul*|zamítnutí|zamítav*|odmítnut*) | noneg, weight=0.5
neoprávněn* reklamac*
(nelze|nejde|nešlo|nebylo) ~3 (vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|uznat|převzít|vzít|přerušit) | noneg
(vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|zrušit|uznat|převzít|přerušit|přesunout) ~2 (nelze|nejde|nešlo|nedá) | noneg
(není|nebylo) možné ~2 (vrátit|vrácení|reklamovat|vyměnit|výměnu|stornovat|zrušit|uznat|převzít|přerušit|přesunout) | noneg
bez ~1 (účtenk*|dokladu|paragonu|krabice|obalu|originálního|občank*|průkazu|faktur*|originálu|štítk*|visačk*|záručního|záručáku|plné) | noneg
(nevezm*|nevzal*|nevzali|nechtěl*|nechtěli) ~3 (zpět|zpátky) | noneg
+ prý taková jsou pravidla a nic s tím nenadělá
+ operátorka řekla, že jí to systém nedovolí
+ reklamaci zamítli kvůli podmínkám
+ nemuzu s tim nic delat, rekla a tim to skoncilo
+ bez účtenky to nevezmou zpět, je to firemní politika
+ zboží z akce se prý nevrací
- reklamaci uznali a peníze vrátili do týdne
- přečetl jsem si obchodní podmínky a vše sedí
+ výjimku prý udělat nemůžou
+ na baterii se záruka nevztahuje, řekli mi
- ptal jsem se na vrácení a peníze mi poslali hned
# -- refused to take back / exchange / do it (any refusal verb + a return verb)
(odmítl*|odmítla|odmítli|odmítá|odmítají|odmítali|nechtěli|nechtějí|nechtěla|nechtěl) ~3 (vzít|brát|převzít|přijmout) ~1 (zpět|zpátky|nazpět|reklamac*|zboží)
(výměn*|vrácení|reklamac*|storn*|oprav*|změn*|výjimk*|slev*|refundac*|náhrad*|kompenzac*|dobropis*) ~3 (nechtěl*|nechtěla|nechtěli|nechtějí|odmítl*|odmítla|odmítli|odmítají|odmítá) ~2 (udělat|provést|uznat|přijmout|vyřídit|akceptovat|dát|poskytnout|schválit|uplatnit|vystavit|zpracovat)
# -- "those are my instructions", "that's how the rules are"
(takové|takový|taková|takhle|tak|takovýhle|takovýto) ~2 (má|mají|máme|mám|jsou|je|byly|byl|zněj*|zní) ~1 (pokyn*|pravidl*|předpis*|nařízen*|instrukc*|směrnic*|postup*|podmínk*|zásad*|politik*|systém*|nastaven*|procedur*|proces*)
(pokyn*|pravidl*|předpis*|nařízen*|instrukc*|směrnic*|zásad*) ~2 (jsou|je|byly|zní) ~1 (takové|taková|jasné|jasná|striktní|přísné|přísná|nekompromisní|neúprosn*)
kvůli ~2 (pokynů|pokynům|instrukcí|instrukce|instrukcím|vyhlášk*|zákona|zákonu)
(podle|dle) ~2 (pokynů|pokynům|instrukcí|instrukce|instrukcím|vyhlášk*|zákona|zákonu) | weight=0.5
(mají|má|máme|mám|je|to|prý|prej) ~2 (zakázáno|zakázané|nařízeno|nařízené|přikázáno)
(jejich|naše|firemní|interní|vnitřní|obchodní) zásad*
zásadně ~2 (ne*|žádn*)
# -- "tough luck", "it says so in the terms"
(prý|prej|údajně|holt|máte|máš) ~2 (smůl*|smolík*)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|odkázal*|odkázala|odkázali|odkazoval*|odkazovala|ukázal*|ukázala|stojí|uvedeno|napsáno|psáno) ~4 (obchodních|smluvních|všeobecných|vop|pravidl*|předpis*|zásad*|směrnic*)
# -- deadline passed, warranty expired (given as the reason)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|že|ze|už|protože|bohužel) ~4 (lhůt*|záruk*|záruční*|doba|doby|termín*) ~3 (vypršel*|uplynul*|propadl*|prošl*|skončil*|minul*|uběhl*|vyprš*|uplyn*)
(prý|prej|údajně|tvrdil*|tvrdila|tvrdí|tvrdili|že|ze|už|protože|bohužel) ~2 (vypršel*|uplynul*|propadl*|prošl*|skončil*|minul*|uběhl*|vyprš*|uplyn*) ~3 (lhůt*|záruk*|záruční*|doba|doby|termín*)
(po|mimo) (lhůtě|lhůtu|záruce|záruční|termínu) | weight=0.5
# -- "nothing can be done" in every word order
(nic|nijak|víc|více) ~3 (dělat|udělat|nadělat|pomoct|pomoci|řešit|vyřešit) ~1 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nejde|nelze|nedá|nedaj|nedají|nemohla|nemohl) | noneg
nedá ~2 (nic|nijak) ~2 (dělat|udělat|nadělat|řešit) | noneg
(povolit|schválit|udělit|umožnit|dovolit|povolení|schválení|udělat) ~2 (nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nesmíme|nelze|nejde) | noneg
(nemůže|nemůžu|nemohu|nemůžeme|nemůžou|nemohou|nesmí|nesmím|nesmíme) ~2 (povolit|schválit|udělit|umožnit|dovolit) | noneg
(nesmím|nesmíme|nesmí|nesměla|nesměl|nesměli) ~3 (vrátit|vracet|vyměnit|přijmout|převzít|dát|udělat|prodat|vydat|změnit|zrušit|povolit|uznat|přepsat|vyřídit) | noneg
# -- no entitlement; not the account holder; power of attorney refused
(nemám|nemáte|nemá|nemáme|nemají|nevzniká|nevznikl*|zanikl*|zaniká|ztrácíte|ztratil*) ~2 nárok* | noneg
(nejste|nejsem|není|nebyl|nebyla|nebyli) ~2 (majitel*|majitelk*|držitel*|vlastník*|oprávněn*|majitelem|smluvní) | noneg
(není|nebyla|nebyl) ~2 (psan*|vedená|vedený|vedené|napsan*|registrovan*) ~2 na (mě|mne|vás|mé|moje) | noneg
(plnou|plná|plné) moc* ~5 (neuzn*|nestačí|nestačila|nepřijal*|nechtěl*|nechtěla|nechtěli|odmít*|nebrali|neberou|neplatí|nevzal*|nevzala|nevzali) | noneg
# -- guarantee, voucher, discount suddenly not valid
(garanc*|záruk*|nárok*|sleva|slevu|slevy|akce|akci|voucher*|poukaz*|kupón*|kupon*|bonus*|cashback*) ~6 (neplatí|neplatil*|neplatila|neuznal*|neuznali|neuznají|neuzná|neplat*) | noneg
# -- we don't accept / exchange / refund (general policy statements)
(nepřijímají|nepřijímáme|nepřijímá|nevyměňují|nevyměňujeme|nevyměňuje|neuznávají|neuznáváme|neuznává|neproplácí|neproplácíme|neproplácejí|neproplatí|neproplatil*|nerefunduj*|nevykupuj*) | noneg, weight=0.5
(nevrac*) ~2 (peníze|peněz|zálohu|zálohy|zboží|poplat*|vstupn*|storno*|kauc*|částk*) | noneg
(peníze|peněz|zálohu|zálohy|zboží|poplat*|vstupn*|kauc*|částk*) ~2 (nevrac*) | noneg
(systém*|počítač*|program*|pokladn*) ~3 (nebere|nevezme|nepustí|nepovolí|nepřijme|neumožní|neumožňuje|zablokuje|zamítne) | noneg
+ zboží mi odmítli vzít zpět, prý uplynula lhůta
+ výměnu mi nechtěli udělat kvůli chybějící krabici
+ je jí to líto, ale takové má pokyny
+ prej mám smůlu, stojí to v obchodních podmínkách
+ reklamaci mi zamítli, protože záruka prý skončila minulý týden
+ víc pro vás udělat nemůžu, řekla operátorka
+ na slevu prý nemám nárok
+ prý nejsem majitel účtu, takže se mnou nebudou jednat
+ garance vrácení peněz najednou neplatí
+ rozbalené zboží nepřijímají
- ptal jsem se na lhůtu pro vrácení a vše mi vysvětlili
- záruka skončila loni, tak jsem opravu rád zaplatil
- slevu mi dali bez problémů
# -- "they have it in the terms", "they won't refund", "she has clear instructions"
(mají|máme|maj|stojí|uvedeno|napsáno|psáno|zakotveno|zakotvené) ~3 (v|ve) ~1 (podmínkách|pravidlech|smlouvě|vop|řádu|předpisech|ceníku|zásadách|směrnici|směrnicích)
(vracet|vrátit|měnit|vyměnit|uznat|brát|převzít|reklamovat|proplácet|proplatit) ~2 (nebudou|nebudeme|nebude|nechtějí|nechce) | noneg
(odmítl*|odmítla|odmítli|odmítají|odmítá|nechtěli|nechtějí|nechtěla|nechtěl) ~3 (odpustit|prominout|stornovat|snížit|stáhnout|anulovat|dobropisovat|proplatit|uhradit|kompenzovat|refundovat|zrušit|vrátit|vyplatit|zohlednit) | noneg
(má|mají|máme|mám|dostala|dostal|dostali) ~2 (jasné|striktní|přísné|takové|nějaké|interní|jasný|přísný) (instrukc*|pokyn*|nařízení|směrnic*|předpis*|příkaz*)
+ peníze vracet nebudou, prý to mají v podmínkách
+ poplatek mi odmítli odpustit
+ je jí to líto, ale má jasné instrukce
- vrátit to nebudu, nakonec se mi to líbí
# -- the refusal half that completes "podle pravidel" / "po lhůtě"
(nejde|nelze|nešlo|nemůžou|nemůže|nemohou|nemohli|nemohla|nemohl|nesmí|nesmějí|odmítl*|odmítli|odmítla|odmítá|odmítají|zamítl*|zamítli|neuznal*|neuznali|nevrátí|nevrátili|nevezmou|nevzali|smůla|smůlu|nemožné|nenárok*|nepatří|neplatí|placený|placená|zpoplatněn*) | noneg, weight=0.5
(nenáleží|nenáležel*|nepřísluší|nepříslušel*) | noneg
# -- approval refused by head office / the system
(neschválil|neschválila|neschválili|neschválí|neschválilo|nepovolil|nepovolila|nepovolili|nepovolí|nepovolilo) | noneg
(nemůže|nemůžou|nemůžeme|nemohou|nemohl*|nesmí|nesmím|nesmíme|nelze|nejde) ~3 (vzít|přijmout|převzít|brát) ~2 (zpět|zpátky|nazpět|zboží|vrácen*) | noneg
(nepřijal*|nepřijali|nepřijala|nevzali|nevzal*|nevezmou|nepřevzal*|nepřevzali) ~3 (vratk*|zboží|reklamac*|zásilk*|vrácen*|výměn*) | noneg
(musí|musíte|musel*) ~3 (schválit|posoudit) ~3 (centrál*|vedení|výrob*|technik*) ~6 (zamít*|neschvál*|nic|odmít*) | noneg
+ vratku mi nepřijali, protože obal byl otevřený
+ podle pravidel prý vrácení nejde
+ výměnu nám nepovolili
+ podle podmínek na to nemám nárok
- všechno proběhlo podle pravidel a rychle
- podle obchodních podmínek mi vrátili peníze do týdne
# -- "beyond the contract", "only a voucher, no money", "management forbade it"
(je|to|prý|prej|jde|už|bohužel) ~2 nad (rámec|ramec|rámcem)
(jen|jenom|pouze|akorát|jedině) ~3 (dobropis*|poukázk*|poukazk*|voucher*|poukaz*|kredit*) | weight=0.5
(místo|misto|namísto) (peněz|penez|vrácení|vraceni|refundace) | weight=0.5
(peníze|penize|prachy) ne | weight=0.5, noneg
(peníze|penize|prachy) (prý|prej|pry|už|uz|ale|bohužel) ne | weight=0.5, noneg
(vedení|centrála|centrály|centrala|šéf|firma|společnost|pravidla|podmínky|předpisy|směrnice|smlouva|tarif|platba|program|software|pokladna|zákon|pojistka|pojištění) ~3 (neumožňuje|neumožňují|neumožní|neumoznuje|nedovoluje|nedovolují|nedovolí|nedovoluji|nepovoluje|nepovolují|zakazuje|zakazují|zakázal*|zakázala|zakázali|nepustí|nepokrývá|nekryje|nekrývá) | noneg
s odkazem ~1 na ~2 (podmínk*|podmink*|pravidl*|smlouv*|řád*|rad|předpis*|směrnic*|zákon*|paragraf*|článek|pokyn*|výluk*)
(vratk*|vrácení|vraceni|výměn*|vymen*|zboží|zbozi) ~3 (neberou|nebereme|nebere|nepřijímají|nepřijímáme|nepřijímá|neprijimaji|nevezmou|nevzali|nevzala|neuznávají|neděláme|nedělají|nedelaji) | noneg
+ je to prý nad rámec smlouvy, takže smůla
+ mohou mi nabídnout jen dobropis, peníze ne
+ vedení to zakázalo, tak to nejde
+ odmítli to s odkazem na obchodní podmínky
+ vratku prej neberou, je to zlevnene zbozi
- dostal jsem dobropis a byl jsem spokojený
- vedení nám poslalo poděkování za trpělivost

# -- r4: the action asked for is declared impossible (nelze odstoupit,
# nedá se převést, vypovědět nejde ...)
(nelze|nedá) ~3 (odstoupit|zrušit|vypovědět|převést|změnit|prodloužit|uplatnit|vystavit|proplatit|refundovat|vyplatit|stornovat|přepsat|posunout|odložit|přerušit|pozastavit|anulovat|vrátit|vyměnit|reklamovat|uznat|přesunout|zohlednit|prominout|odpustit) | noneg
(odstoupit|vypovědět|převést|prodloužit|uplatnit|proplatit|refundovat|vyplatit|přepsat|přerušit|pozastavit|anulovat|prominout|odpustit) ~2 (nelze|nejde|nešlo|nedá) | noneg
(nejde|nešlo) ~2 (odstoupit|vypovědět|převést|prodloužit|uplatnit|proplatit|refundovat|vyplatit|přepsat|přerušit|pozastavit|anulovat|prominout|odpustit) | noneg, weight=0.5
# -- r4: data protection / security given as the reason
(kvůli|z|ze|dle|podle|důvodu) ~2 ochran* ~1 (osobních|údajů|dat|soukromí)
(kvůli|z|ze|prý|prej|údajně|dle|podle|důvodu) ~2 gdpr
(z|ze) (bezpečnostních|legislativních|interních|zákonných|smluvních) (důvodů)
(bankovní|obchodní) tajemství
mlčenlivost*
# -- r4: a time limit quoted against the customer
(lze|jde|možné|můžete|musí|musíte|musela|musel|dá|platí) ~2 (uplatnit|reklamovat|vrátit|vyměnit|stornovat|zrušit|podat|nahlásit|odstoupit|změnit|přesunout|vyzvednout) ~3 (jen|jenom|pouze|nejpozději|maximálně) ~1 do
(reklamac*|vrácení|výměn*|storn*|odstoupení|změn*|přesun*) ~4 (jen|jenom|pouze|nejpozději|maximálně) ~1 do ~2 (dnů|dní|dnu|dny|hodin|týdne|týdnů|měsíc*|1*|2*|3*|4*|5*|6*|7*|8*|9*)
(lhůt*|záruk*|doba|termín*) ~3 (prý|prej|údajně) ~1 (uplynul*|vypršel*|propadl*|prošl*|skončil*|minul*|uběhl*)
(protože|prý|prej|údajně|jelikož) ~2 (už|již) ~1 (uplynul*|uběhl*|prošl*|vypršel*|minul*) ~2 (14|30|třicet|čtrnáct|lhůt*|záruk*|doba|dní|dnů|týdn*)
# -- r4: "we don't handle returns/claims here", "není důvodem k reklamaci"
(prý|prej|že|oni|tady|zde|my|vůbec) ~3 (reklamac*|vrácení|výměn*|vratk*|storn*) ~2 (nevyřizuj*|nepřijím*|neberou|nebereme|neděláme|nedělají|neprovád*) | noneg
(nevyřizuj*|neprovád*|neděláme|nedělají) ~2 (reklamac*|vrácení|výměn*|vratk*|storn*) | noneg
(tady|tu|zde) ~2 (se|to) ~1 (neděláme|nedělá|nevyřizuje|neprovádí|nepřijímá|nevrací|nevyměňuje) | noneg
(není|nejsou|nebyl*|nebyla) ~2 (důvod*) ~2 (k|ke|pro) ~1 (reklamac*|výměn*|vrácení|uznání|odstoupení|náhrad*|refundac*) | noneg
(neuznateln*|nereklamovateln*|nevratn*)
# -- r4: "you won't get your money back" reported
(že|prý|prej|takže|údajně|řekli|napsali|odpověděli|oznámili) ~2 (nevrátí*|nevrátil*|nevrátíme|nevracíme|nevrátíte) ~2 (peníze|peněz|zálohu|částku|vstupné|poplatek|kauci|nic|ani) | noneg
+ bylo nám řečeno, že od smlouvy odstoupit nelze
+ tarif prý převést nejde, ani na manžela
+ kvůli ochraně osobních údajů se mnou nesmí mluvit
+ z bezpečnostních důvodů mi to prý neodblokují
+ reklamaci lze uplatnit jen do 24 hodin od doručení
+ vrácení je možné pouze do 14 dnů, řekla paní
+ ta lhůta nám prý uplynula
+ oni prý reklamace nevyřizují, máme jít za výrobcem
+ napsali, že závada není důvodem k reklamaci
+ takže mi nevrátíte peníze, jen proto, že krabice je otevřená?
- jestli mi do pátku nevrátíte peníze, půjdu k soudu
- reklamaci vyřídili do tří dnů, paráda
- tady se to dělá úplně jinak než u konkurence
- lhůta na vrácení je u vás 30 dní, super
# -- r4 (brainstorm): "neumožňujeme", "prý to nejde", "reklamaci nemůžou přijmout", vouchers
(neumožňujeme|nepovolujeme|nedovolujeme|nepřipouštíme|neakceptujeme|nevyplácíme|nevyměňujeme|nerefundujeme|nekompenzujeme) | noneg
(prý|prej|bohužel|údajně) (to|tohle) (nejde|nelze|nepůjde) ~2 (protože|jelikož|kvůli|podle|dle|bez) | noneg
(prý|prej|údajně|bohužel) ~3 (změnit|zrušit|ukončit|vypovědět|vrátit|vyměnit|převést|přepsat|posunout|přesunout|prodloužit|odblokovat|uznat|upravit|odpustit|prominout|snížit) ~1 (nejde|nelze|nepůjde|nedá|nemůžou|nemůže|nemůžeme|nesmí|nesmějí) | noneg
(reklamac*|vratk*|vrácení|výměn*|zboží|storno|objednávk*|žádost) ~2 (nemůžou|nemůže|nemůžeme|nemohou|nemohli|nemohla|nemohl|nesmí|nesmějí|nelze|nejde) ~1 (přijmout|převzít|uznat|vzít|akceptovat|vyřídit|uplatnit|stornovat|zpracovat|vrátit|vyměnit|schválit) | noneg
(peníze|peněz|zálohu|částku|platbu|kauci|vstupné) ~2 (vrátit|vracet|vyplatit|refundovat|proplatit) ~1 (nemůžu|nemůže|nemůžeme|nemůžou|nemohou|nelze|nejde|nesmím|nesmí|nebudou|nebudeme|odmítl*|odmítli|odmítla) | noneg
(zálohu|peníze|peněz|kauci|vstupné|poplatek|částku|storno*) ~2 (nevrátíme|nevrátím|nevrátí|nevrátili|nevrátila|nevrátil) | noneg
(nevrátíme|nevrátím) ~2 (zálohu|peníze|peněz|kauci|vstupné|poplatek|částku|nic) | noneg
(nelze|nedá) ~3 (ukončit|vypovědět) | noneg
(ukončit|vypovědět) ~2 (nelze|nedá) | noneg
(nejde|nelze|nedají|nedá|nemůžou|nemůžeme) ~3 (kombinovat|sčítat|slučovat) | noneg
(akce|slevy|slevu|kupóny|kupony|vouchery|výhody) ~3 (nesčítají|nekombinují|neslučují) | noneg
(to|je|tak) ~2 (v|ve) (podmínkách|pravidlech|vop|řádu|předpisech|ceníku|zásadách|směrnici) | weight=0.5
(lhůt*|záruk*) ~6 (skončil*|uplynul*|vypršel*|propadl*) | weight=0.5
+ Vrácení zboží ze slevy neumožňujeme.
+ Prý to nejde, protože už jste zboží rozbalil.
+ Tarif prý změnit nejde dřív než za rok.
+ Řekli, že reklamaci nemůžou přijmout, protože je poškozený obal.
+ Peníze vrátit nemůžu, můžu vám dát jen poukázku.
+ Smlouvu prý předčasně ukončit nelze bez pokuty.
+ Zálohu vám nevrátíme, to je v podmínkách.
+ Slevu mi nedají, protože to nejde kombinovat s jinou akcí.
+ Mám smůlu, lhůta pro odstoupení od smlouvy už skončila.
- záloha mi přišla zpět do týdne
- v aplikaci nejde změnit heslo
# -- r4 round 2: "žádná možnost kompenzace", "neprovádí se", "musíme dodržet postup"
(neexistuje|není|nemáme|nemají|nebyla) ~2 možnost* ~3 (kompenzac*|náhrad*|vrácení|výměn*|refundac*|storna|odstoupení|slevy|výjimky|odškodnění|reklamace|přerušení|převodu) | noneg
(vrácení|výměn*|refundac*|storn*|výplat*|proplacení|kompenzac*|odškodnění) ~6 (neprovádí|neprovádíme|neprovádějí|neposkytuje|neposkytujeme|neposkytují|nevyplácí|nevyplácíme|neproplácí) | noneg
(slev*|kompenzac*|náhrad*|odškodnění|dobropis*|refundac*) ~3 (neposkytnou|neposkytneme|neposkytne|neposkytli|neposkytla|neposkytl|nevyplatí|nevyplatíme|nevyplatili|neuznají|neuznali) | noneg
(musíme|musím|musí|musejí|musej|musíte) ~3 (dodržet|dodržovat|respektovat|držet|řídit) ~2 (postup*|pravidl*|předpis*|procedur*|podmínk*|směrnic*|proces*|protokol*|pokyn*)
+ v tomto případě neexistuje žádná možnost kompenzace
+ vrácení vstupného se v případě zrušení koncertu neprovádí
+ slevu za výpadek nám neposkytnou
+ nemůžeme vám to dát dřív, musíme dodržet postup
- kompenzaci mi poskytli hned
- postup reklamace byl jasný a rychlý
# -- r4 round 3 (colloquial)
(taková|takové|takový|takovy) ~1 (sou|jsou|je) ~1 (pravidla|pravidlo|předpisy|podmínky|postupy|směrnice|nařízení|zásady)
a (hotovo|basta|dost|tečka|šmitec|šlus) | weight=0.5
(se|to|ty) ~2 (nevracejí|nevracej|nevracejou|nevyměňují|nevyměňujou|nereklamují|nereklamujou) | noneg
+ vratit to nemuzu, uz to bylo pouzity, takovy sou pravidla
+ nelze, smlouva je na dva roky a hotovo
+ vstupenky se nevraceji, ani kdyz se akce presune
- zaplatil jsem a hotovo, vše v pořádku
- pravidla soutěže mi poslali e-mailem a výhru jsem dostal
# -- r5 (systematic map): rules named in any form ("firemní pravidlo",
# "předpisy jsou předpisy", "pravidla platí pro všechny", "nemůže je porušit")
(naše|nase|firemní|firemni|interní|interni|vnitřní|vnitrni) ~1 (pravidl*|předpis*|predpis*|směrnic*|smernic*|pokyn*|nařízen*)
(předpisy|predpisy|pravidla|podmínky|podminky|smlouva|zákon|zakon|postup|nařízení|narizeni|směrnice|smernice|pravidlo) (jsou|je|sou) (předpisy|predpisy|pravidla|podmínky|podminky|smlouva|zákon|zakon|postup|nařízení|narizeni|směrnice|smernice|pravidlo)
(nemůže|nemuze|nemůžu|nemuzu|nemohu|nemůžeme|nemuzeme|nesmí|nesmi|nesmím|nesmim|nesmíme|nebude|nebudu|nebudeme) ~3 (porušit|porusit|porušovat|obcházet|obejít|obejit|ohnout|ohýbat) | noneg
# -- r5: terms / contract cited ("ve smlouvě to prý je", "prý jsem souhlasil s podmínkami")
(v|ve) (smlouvě|smlouve|podmínkách|podminkach|pravidlech|vop|řádu|radu|předpisech|predpisech|ceníku|ceniku|zásadách|zasadach|směrnici|smernici) ~2 (prý|prej|pry|údajně|udajne)
(prý|prej|pry|údajně|udajne) ~3 (v|ve) (smlouvě|smlouve|podmínkách|podminkach|pravidlech|vop|řádu|předpisech|ceníku|ceniku|zásadách|směrnici)
(prý|prej|pry|údajně|tvrdi*|odkázal*|odkazoval*|připomněl*|připomněla|připomněli|pripomnel*) ~4 (souhlasil*|souhlasila|odsouhlasil*|odsouhlasila|podepsal*|podepsala|akceptoval*|odklikl*|odklikla|odkliknul*|potvrdil*|potvrdila) ~3 (podmínk*|podmink*|smlouv*|vop|pravidl*|ceník*|cenik*)
# -- r5: warranty in every case form (záruce, záruky) via the stem; refused repairs
(odmítl*|odmitl*|odmítla|odmítli|odmítá|odmítají|zamítl*|zamitl*|zamítla|zamítli|neuznal*|neuznala|neuznali) ~3 (=záruka|oprav*|servis*)
(=záruka|reklamac*) ~3 (neudělají|neudelaji|neudělá|neuděláme|neudělali|neopraví|neopravi|neopravíme|neopravili|neprovedou|neprovedli|neprovede|neuzná|neuznají|neuznaji) | noneg
(=záruka|garanc*|nárok*|narok*) ~2 (zanikl*|zaniká|zanika|propadl*|pozbyl*|neplatn*|vypršel*|vyprsel*)
# -- r5: deadlines: "už je pozdě", "uplynulo 14 dní", "akce skončila"
(je|bylo) (už|uz|již|jiz) (pozdě|pozde) ~3 (rekli|řekli|řekl|řekla|řeklo|rekl|reklo|rekla|prý|prej|pry|tvrdi*|odpověděl*|odpovedel*|napsal*)
(prý|prej|pry|údajně|tvrdi*|odpověď|odpověděl*|napsal*) ~3 (už|uz|již|jiz) ~1 (je|bylo) ~1 (pozdě|pozde)
(protože|protoze|jelikož|prý|prej|pry|údajně) ~3 (uplynul*|uplynulo|uběhl*|ubehl*|prošl*|prosl*|vypršel*|vyprsel*|minul*) ~2 (14|30|třicet|tricet|čtrnáct|ctrnact|lhůt*|lhut*|=záruka|doba|dní|dni|dnů|dnu|týdn*|tydn*|měsíc*|mesic*|hodin*|termín*|termin*)
(protože|protoze|jelikož|prý|prej|pry|že|ze|už|uz) ~3 (akce|nabídka|nabidka|platnost|sleva|voucher*|poukaz*|kupon*|kupón*|lhůta|lhuta|termín|termin) ~2 (skončil*|skoncil*|vypršel*|vyprsel*|propadl*|prošl*|prosl*|neplatí|neplati|uplynul*)
(je|bylo|zbývá|zbyva|zbývalo) ~2 (méně|mene|míň|min|necelých) ~3 (24|48|72|hodin*|den|dní|dnů|týden)
(vrátit|vratit|vrácení|reklamovat|vyměnit|vymenit|výměnu|stornovat|zrušit|zrusit|uznat|převzít|přerušit|přesunout|změnit|zmenit) ~3 (nelze|nejde|nešlo|nedá|neda) | noneg
(prý|prej|pry|údajně|řekl|řekla|řekli|řeklo|rekl|reklo|rekli|tvrdi*|že|ze) ~4 (odstoupit|vypovědět|vypovedet|ukončit|ukoncit|zrušit|zrusit|převést|prevest|prodloužit|vrátit|vratit|vyměnit|vymenit|změnit|zmenit|stornovat|upravit|přesunout|presunout|vydat|prodat|přijmout|prijmout|převzít) ~1 (nemůžu|nemuzu|nemůžete|nemuzete|nemohu|nemůžou|nemuzou|nemohou|nesmím|nesmim|nesmíte|nesmi|nesmí|nesmějí) | noneg
(prý|prej|pry|údajně|bohužel|bohuzel) ~3 (nemůžou|nemuzou|nemůže|nemuze|nemůžeme|nemohou|nesmí|nesmějí|nejde|nelze) ~2 (změnit|zmenit|zrušit|zrusit|ukončit|vypovědět|vrátit|vratit|vyměnit|převést|přepsat|posunout|přesunout|prodloužit|odblokovat|uznat|upravit|odpustit|prominout|snížit|vydat|přijmout) | noneg
# -- r5: the computer / cash desk / app won't let them
(v|do|ze|z) (systému|systemu|počítači|pocitaci|počítače|pocitace|programu|pokladně|pokladne|pokladny|databázi|databazi) ~3 (nejde|nelze|není|neni|nemůžu|nemuzu|nemůžeme|nemohu|nedá|neda) | noneg
(systém*|system*|počítač*|pocitac*|program*|pokladn*|aplikac*) ~3 (uzamkl*|zamkl*|zamkla|uzamkla|zamítl*|zamitl*|zamítá|zamita|nevezme|nebere|nepustil*|nepovolil*|zablokoval*|nepustí|nepusti) | noneg
(vydat|vydávat|prodat|vystavit|zpracovat|přijmout|prijmout|převzít|prevzit|vrátit|vratit|vyměnit|vymenit|uznat|poskytnout|vyplatit|povolit|stornovat|přesunout|odblokovat|prodloužit) ~1 (nemůže|nemuze|nemůžu|nemuzu|nemůžeme|nemuzeme|nemohu|nemůžou|nemuzou|nemohou|nesmí|nesmi|nesmím|nesmíme|nesmějí|nelze) | noneg
by ~2 (ráda|rada|rád|rad|rádi|radi|moc|chtěla|chtěl|chtěli) ~1 (pomohla|pomohl|pomohli|vyhověla|vyhověl|vyhověli|pomoct|pomoci|vyhovět) | weight=0.5
# -- r5: head office, owner or manager decided / forbade it
(rozhodnutí|rozhodnuti|pokyn*|příkaz*|prikaz*|nařízení|narizeni|zákaz|zákazu|zákazem|zakaz|zakazu|zakazem) ~1 (vedení|vedeni|ředitel*|reditel*|centrál*|central*|managementu|šéf*|sef*|majitel*|nadřízen*|nadrizen*|firmy|společnosti|shora)
(centrál*|central*|vedení|vedeni|šéf*|sef*|nadřízen*|nadrizen*|ředitel*|reditel*|majitel*|manažer*|manazer*|management) ~3 (neschvál*|neschval*|nepovol*|nedovol*|zakáza*|zakaza*|zakazuj*|nepodepíše|nesouhlas*|nařídil*|naridil*|nařídila|rozhodl*) | noneg
(zakazuje|zakazují|zakazuji|zakázal*|zakazal*|zakázala|zakázali|nedovoluje|nedovolí|nedovoli|neumožňuje|neumoznuje|nepovoluje|nepovolí|nařídil*|naridil*) ~2 (vedení|vedeni|centrála|centrala|šéf|sef|šéfová|sefova|firma|společnost|pravidla|podmínky|předpisy|směrnice|smlouva|zákon|zakon|systém|system|majitel|ředitel*|reditel*|management|nadřízen*) | noneg
(nedá|neda|nedají|nedaji|nedal*|nedostal*|nedostali|nemají|nemaji|nemá|nema|nemáme) ~2 (souhlas|schválení|schvaleni|svolení|svoleni|povolení|povoleni|zelenou) | noneg
(nelze|nejde|nemůžeme|nemuzeme|nemůžou|nemohou|nesmí) ~2 (náhrad*|nahrad*|kompenzac*|slev*|refundac*|odškodn*|odskodn*) ~1 (poskytnout|přiznat|priznat|vyplatit|uznat|dát|dat|proplatit) | noneg
# -- r5: exceptions refused in every wording
(neexistuj*|nejsou|nebudou|nebude|není|neni|nedělá*|nedela*|neděláme|nedelame|nedovol*|nepovol*|neudělá*|nedělaj*) ~3 (výjimk*|vyjimk*) | noneg
(výjimk*|vyjimk*) ~3 (nejsou|nebudou|nebude|není|neni|nedovol*|nepovol*|nedělá*|nedelaj*|neexistuj*|možné|mozne|možný|mozny) | noneg
(museli|musela|musel|musíme|musime) by ~3 (všem|vsem|každému|kazdemu|každýmu|ostatním|ostatnim)
by ~3 (chtěl|chtel|chtěli|chteli|chtěla) ~1 (každý|každej|kazdy|kazdej|všichni|vsichni|kdokoli|kdokoliv)
# -- r5: return / exchange refused as a rule; the reason given
(hygienick*|bezpečnostn*|bezpecnostn*|legislativn*|právn*|pravn*|zákonn*|zakonn*|smluvn*) (důvod*|duvod*)
(prý|prej|pry|že|ze|údajně|oni|tady|zde) ~2 (nevracejí|nevraceji|nevracej|nevracejou|nevrací|nevraci|nevyměňují|nevymenuji|nevyměňujou|nevyměňuje|nevracíme|nevyměňujeme|nepřijímají|neprijimaji|neberou) | noneg
(výměn*|vymen*|vrácení|vraceni|reklamac*|storn*|refundac*|převod*|prevod*) ~2 (neudělají|neudelaji|neudělá|neuděláme|neudělali|neprovedou|neprovedli|neprovede) | noneg
(vracejí|vraceji|vrací|vraci|vracíme|vrátí|vrati|vrátíme|vrátit|vracet|proplácí|refundují|refunduji|refundujeme|vyplácí|vyplácejí|vyplácíme) ~3 (jen|pouze|jenom|výhradně|vyhradne|jedině|jedine) ~3 (dobropis*|poukaz*|poukázk*|poukazk*|dárkov*|darkov*|kredit*|voucher*|kupon*|kupón*|věrnostn*|vernostn*)
(nevrátili|nevratili|nevrátí|nevrati|nevydali|nevydal*|nevydají|nevydaji|nepřijali|neprijali|nepřijal*|nepřijmou|neprijmou|nevyměnili|nevymenili|nevymění|nepřebookoval*|nepřebukoval*|neprebookoval*|nepřesunuli|nepřesunul*|nezměnili|nezrušili|nezrusili|nestornoval*|neuznali|neuznal*|nedostanu|nedostanete|nedostane|nepovolili|nezaregistrovali) ~6 (protože|protoze|jelikož|jelikoz|poněvadž|kvůli|kvuli|prý|prej|pry) | noneg
# -- r5: documents and formalities demanded
jinak ~2 (nevezmou|nevezme|nevezmem|nepřijmou|neprijmou|nepřijme|nepřijmeme|nevydají|nevydaji|nevydá|neuznají|neuzná|nezpracují|nezpracujeme|nevyřídí|nezruší|nevrátí|nevymění|neopraví|neprodají|neprodá|nepustí) | noneg
(prý|prej|pry|protože|protoze|jelikož|kvůli|kvuli|údajně) ~2 (chybí|chybi|chyběl*|chybel*|chybělo|chybějící*|chybejici*|neměl*|nemel*) ~2 (razítk*|razitk*|podpis*|doklad*|účtenk*|uctenk*|paragon*|krabic*|obal*|faktur*|potvrzení|potvrzeni|originál*|original*|štítek|stitek|visačk*|záruční*|zarucni*|formulář*|formular*|ověřen*|overen*)
bez ~3 (potvrzení|potvrzeni|razítk*|razitk*|ověřen*|overen*|kódu|kodu|dokladů|dokladu|plné|plne|pinu|podpis*|formulář*|formular*|originál*|original*|občank*|obcank*|krabice|obalu) ~5 (nevrátí|nevrati|nevydají|nevydaji|nevydá|nevyda|nevydali|nepřijmou|neprijmou|nepřijme|nepřijali|nevezmou|nevzali|neuznají|neuznali|nezpracují|nemůž*|nemuz*|nelze|nejde|nesmí|nesmi|nebudou|neprodá|neprodají|nezruší|nevymění|neopraví) | noneg
(je|bylo) ~1 (potřeba|potreba|nutná|nutna|nutné|nutne|nutný|nutny|třeba|nezbytn*|povinn*) ~2 (osobní|osobni|osobně|osobne) ~1 (návštěv*|navstev*|přítomnost*|pritomnost*|účast*|podpis*|převzetí)
# -- r5: privacy, secrecy, security policy
(bankovn*|obchodn*|služebn*|sluzebn*|lékařsk*) (tajemstv*)
(bezpečnostn*|bezpecnostn*|firemn*|interní*|interni*|vnitřn*|vnitrn*) (politik*|politic*|pravidl*)
kvůli ~2 (politice|politika|politiku|politik*)
# -- r5: entitlement, vouchers, discounts not honoured
(cen*|slev*|akc*|kupon*|kupón*|voucher*|poukaz*|poukázk*|poukazk*|bonus*|body|bodů|nárok*|narok*|garanc*|odškodn*|odskodn*) ~3 (neuznal*|neuznala|neuznali|neuznají|neuznaji|neuzná|neakceptoval*|neakceptuj*|nepřijmou|neprijmou|nepřijme|nepřijali|nepřijala|upřel*|uprel*|upřeli|upřela|odepřel*|odeprel*|odepřeli|nepřiznal*|nepriznal*|nepřiznali) | noneg
(neuznal*|neuznala|neuznali|neuznají|neuzná|nepřiznali|nepřiznal*|upřel*|upřeli|odepřel*|odepřeli) ~3 (cen*|slev*|akc*|kupon*|kupón*|voucher*|poukaz*|poukázk*|bonus*|body|nárok*|odškodn*|odskodn*|kompenzac*) | noneg
(voucher*|poukaz*|poukázk*|poukazk*|kupon*|kupón*|slev*|bod*|kredit*|dárkov*|darkov*) ~3 (nelze|nejde|nemůžu|nemuzu|nemůžete|nemuzete|nemůže|nešlo) ~1 (použít|pouzit|uplatnit|využít|vyuzit|čerpat|cerpat|kombinovat|uznat) | noneg, weight=0.5
(nárok*|narok*) ~4 (nemám|nemam|nemáte|nemate|nemá|nema|nemáme|nemají|nemaji|nevzniká|nevznika|nevznikl*) | noneg
(vztahuje|vztahují|vztahuji|plati|platí) ~2 (jen|pouze|jenom|výhradně|vyhradne) ~2 (na|pro) ~2 (nov*|stál*|stal*|členy|cleny|držitel*|vybran*|registrovan*)
+ řekli, že je to firemní pravidlo a nikdo ho nemůže porušit
+ předpisy jsou předpisy, řekl pán
+ pravidla prý platí pro všechny, odpověděli na mou prosbu
+ ve smlouvě to prý je, takže pokutu zaplatím
+ prý jsem souhlasil s obchodními podmínkami, takže smůla
+ servis odmítl opravu v záruce kvůli porušené plombě
+ v záruce mi to neopraví, protože to byl dárek
+ prý záruka zanikla neodborným zásahem
+ na změnu termínu je už pozdě, řekli mi
+ vrátit to nejde, protože uplynulo čtrnáct dní
+ slevu nedostanu, protože akce skončila
+ v počítači to prý nejde změnit
+ objednávku prý nemůžou upravit, systém ji už uzamkl
+ bez kódu ze systému mi balík vydat nemůže
+ prý je to rozhodnutí vedení, takže nic
+ prý to nejde, centrála na to nedá souhlas
+ prý jim to zakazuje vedení
+ prý neexistuje žádná výjimka
+ kdyby to udělali mně, museli by to udělat všem
+ spodní prádlo prý nevracejí z hygienických důvodů
+ výměnu mi neudělají, protože zboží bylo ve slevě
+ prý vracejí peníze jen na dárkovou kartu
+ prý potřebují originální krabici, jinak to nevezmou
+ nepřijali můj formulář, protože byl vyplněný jinou barvou
+ žádost mi vrátili, prý chybí razítko
+ bez potvrzení od lékaře mi nevrátí ani korunu
+ kvůli bankovnímu tajemství se se mnou nebaví
+ akční cenu mi neuznali
+ voucher prý nelze použít o víkendu
+ nárok na náhradní vozidlo prý nemám
- pravidla jsem si přečetl a všechno sedí
- kompenzaci mi přiznali hned a bez řečí
- výjimku mi nakonec udělali, děkuji
- voucher jsem použil bez problémů
# -- r5 round 2 (validation set): more refusal wordings
(nepovoluj*|nepovoluje|nepřipouští|nepripousti|nepřipouštějí|nepripousteji) | noneg
(změn*|zmen*|storn*|úprav*|uprav*|výměn*|vymen*|vrácení|vraceni|přesun*|presun*|převod*|prevod*|zrušení|zruseni|výjimk*|vyjimk*|rezervac*) ~2 (nejsou|není|neni|nebudou|nebude) ~1 (možné|mozne|možná|mozna|možný|mozny|přípustn*|pripustn*|povolen*|povolené) | noneg
(změnit|zmenit|zrušit|zrusit|vrátit|vratit|vyměnit|vymenit|převést|prevest|upravit|vydat|prodat|přijmout|prijmout|vystavit|povolit|pustit|vzít|vzit|brát|vstoupit|odvézt|přesunout) ~2 (nesmí|nesmím|nesmim|nesmíme|nesmějí|nesmeji|nesmi|nesměl|nesmel|nesměla|nesmela|nesměli|nesmeli) | noneg
(prý|prej|pry|údajně|udajne) ~4 (nesmím|nesmim|nesmíme|nesmime|nesmíte|nesmite|nesmí|nesmi|nesmějí|nesmeji|nesměl*|nesmela|nesmeli|nesměli) | noneg
(nelze|nejde|nešlo|nemůžeme|nemuzeme|nemůžu|nemuzu|nemohu) ~2 (vyhovět|vyhovet|pomoci|pomoct) | noneg
(ohledem|vzhledem) ~1 (na|k|ke) ~2 (podmínk*|podmink*|pravidl*|předpis*|predpis*|smlouv*|vop|zákon*|zakon*|směrnic*|smernic*|kritéri*|kriteri*|pokyn*)
(interní*|interni*|vnitřní*|vnitrni*|firemn*) (kritéri*|kriteri*|postup*|proces*|politik*|politic*|limit*)
(odkázal*|odkazal*|odkázala|odkázali|odkazoval*|odkazovali|odkazuj*|poukázal*|poukazal*|poukázali|ukázal*|ukázali|ukazali) ~3 (na|do) ~2 (podmínk*|podmink*|pravidl*|smlouv*|vop|předpis*|predpis*|zákon*|zakon*|ceník*|cenik*|směrnic*|smernic*|paragraf*|článek|clanek|výluk*|vyluk*)
(to|takový|takovy|takovej) (je|jsou|sou) (předpis|predpis|pravidlo|pravidla|nařízení|narizeni|směrnice|smernice|postup|politika|standard|předpisy|predpisy)
bez ~3 (věrnostn*|vernostn*|karty|registrac*|členstv*|clenstv*|přihlášení|prihlaseni|rezervac*|objednání|objednani|potvrzen*) ~4 (nenaúčtuj*|nenauctuj*|nedá|neda|nedají|nedaji|nedostanu|neposkytn*|neuzná|neuznají|nevydá|nevydají|nepustí|nepusti|neprodá|neprodají|nemůž*|nemuz*|nejde|nelze) | noneg
(odmítli|odmitli|odmítla|nechtěli|nechteli|nechtěla|nechtela|odmítá|odmítají) ~3 (upravit|změnit|zmenit|vystavit|vydat|povolit|přijmout|prijmout|uznat|vyměnit|vymenit|přesunout|presunout|prodloužit|prodlouzit|přepsat|odblokovat|poskytnout)
(prý|prej|pry|údajně|bohužel|bohuzel|že|ze) ~6 (platí|plati|vztahuje|vztahuji|vztahují|lze|jde|funguje) ~1 (jen|pouze|jenom|výhradně|vyhradne|jedině|jedine)
(neděláme|nedelame|nedělají|nedelaji|nedělá|nedela|neprovádí|neprovadi|neprovádějí|neprovadeji|neprovádíme) ~2 (změn*|zmen*|úprav*|uprav*|výjimk*|vyjimk*|výměn*|vymen*|vratk*|rezervac*|slev*|storn*) | noneg
(prý|prej|pry|odpověděl*|odpověď|odpověděli|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|tvrdi*|sdělil*|napsal*|údajně|bohužel|bohuzel) ~4 (pravidl*|podmínk*|podmink*|předpis*|predpis*) ~2 (platí|plati|jsou|je|sou) ~2 (pro|na) (všechny|vsechny|každého|kazdeho|každýho|kazdyho|všecky)
(pravidl*|podmínk*|podmink*|předpis*|predpis*) ~2 (platí|plati|jsou|je|sou) ~2 (pro|na) (všechny|vsechny|každého|kazdeho|každýho|kazdyho|všecky) ~3 (prý|prej|pry|odpověděl*|odpověděla|odpověděli|odpovedeli|řekl|řekla|řekli|řeklo|rekl|reklo|rekla|rekli|napsal*|napsali|odsekl*|odsekla)
+ víc než jednu výměnu prý řetězec nepovoluje
+ změny prý už nejsou možné, objednávka je uzavřená
+ telefonicky mi tarif změnit nesměli
+ psa prý do vlaku vzít nesmím
+ požadavku nelze vyhovět s ohledem na platné podmínky
+ žádost zamítnuta z důvodu interních kritérií
+ na dotaz k vrácení peněz odkázali na storno podmínky
+ bez věrnostní karty mi slevu nenaúčtuje
+ nechtěli mi vystavit fakturu na firmu, prý se to musí zadat při nákupu
+ jízdenka prý platí jen na jeden konkrétní vlak
+ prý nedělají žádné změny v menu
- chápu, že pravidla jsou pro všechny, jen se ptám na termín
- lékař mi doporučil, co smím jíst
- objednávku jsem si změnil sám a vše proběhlo
# -- r5 round 3: structural families (verb + "prý nemůžou", "bez X nepřijmou",
# "prý to není povoleno", "takové jsou pokyny", "je to jejich pravidlo", "neměníme")
(vrátit|vratit|vyměnit|vymenit|změnit|zmenit|zrušit|zrusit|převést|prevest|upravit|vydat|přijmout|prijmout|vystavit|povolit|uznat|stornovat|přesunout|presunout|prodloužit|prodlouzit|zvýšit|zvysit|snížit|snizit|navýšit|odložit|odlozit|rozložit|odblokovat|proplatit|vyplatit|prominout|odpustit|dodržet) ~3 (nemůžou|nemuzou|nemůže|nemuze|nemůžeme|nemuzeme|nemohou|nemohli|nesmí|nesmi|nesmějí|nesmeji|nelze|nejde|nešlo|neslo) | noneg
(prý|prej|pry|údajně|bohužel|bohuzel) ~3 (zvýšit|zvysit|snížit|snizit|navýšit|navysit|odložit|odlozit|rozložit|rozlozit|odblokovat|proplatit|vyplatit|prodloužit|prodlouzit|přidat|pridat|dodržet|dodrzet|vrátit|vratit) ~1 (nejde|nelze|nepůjde|nepujde|nedá|neda|nemůžou|nemuzou|nemůže|nemuze|nemůžeme|nesmí|nesmějí) | noneg
bez ~4 (nevezmou|nepřijmou|neprijmou|nepřijme|neprijme|nevydají|nevydaji|nevydá|nevyda|neuznají|neuznaji|nezpracují|nezpracuji|nevrátí|nevrati|neprodají|neprodaji|neprodá|nenaúčtuj*|nenauctuj*|nepustí|nepusti|neobslouží|neobslouzi|nezaregistrují|nezruší|nezrusi|nevymění|nevymeni|neopraví|neopravi|neposkytnou|nevyřídí|nevyridi) | noneg
(prý|prej|pry|údajně|udajne|že|ze) ~4 (není|neni|nejsou|nebude|nebudou|nebylo) ~1 (povolen*|dovolen*|přípustn*|pripustn*) | noneg
(taková|takové|takový|takovy|takovej|takovýhle|takovyhle) ~1 (jsou|je|sou|byly|máme|mame|mají|maji|mám|mam) ~1 (pokyn*|instrukc*|pravidl*|předpis*|predpis*|nařízen*|narizen*|směrnic*|smernic*|podmínk*|podmink*|zásad*|zasad*|postup*|proces*|procedur*|příkaz*|prikaz*)
(je|to) ~1 (jejich|naše|nase|firemní|firemni|interní|interni|jeho|její|jeji) (pravidlo|pravidla|politika|zásada|zasada|zásady|zasady|předpis|predpis|směrnice|smernice|postup)
(je|to) (to|je) (předpis|predpis|pravidlo|nařízení|narizeni|směrnice|smernice|politika|předpisy|predpisy|pravidla|pokyn|pokyny)
(je|to) (to|je) (zákon|zakon) | weight=0.5
(prý|prej|pry|údajně|udajne|bohužel|bohuzel) ~6 (může|muze|můžou|muzou|smí|smi|vydává|vydavaji|vydávají|přijímá|prijima|přijímají) ~1 (jen|pouze|jenom|výhradně|vyhradne|jedině|jedine)
(neměníme|nemenime|nevydáváme|nevydavame|neprodáváme|neprodavame|neposkytujeme|neposkytujem|nevyměňujem|nepřijímáme|neprijimame|nepřijímám|neuznáváme|neuznavame|neproplácíme|neproplacime|nevracíme|nevracime) | noneg
(nespadá|nespada|nespadají|nespadaji) ~3 (pod|do) ~2 (krytí|kryti|pojištění|pojisteni|pojistk*|=záruka|podmínk*|podmink*|smlouv*|tarif*|program*|akc*|nárok*|narok*|plnění|plneni)
(taková|takové|takový|takovy|takovej) ~1 (je|jsou|sou) (politika|pravidla|pravidlo|pokyny|předpisy|zásady) ~1 (firmy|společnosti|obchodu|banky|prodejny|řetězce|hotelu|úřadu)
+ vrátit nerozbalenou hru prý nemůžou
+ limit prý zvýšit nejde
+ bez předchozí objednávky mě nepřijmou
+ vstup s kočárkem prý není povolen
+ nemuzu vam to dat, takovy sou pokyny
+ nedávají slevy a prý je to jejich pravidlo
+ lék bez receptu nevydá, je to předpis
+ vyměnit to prý může jen prodejna, kde jsem to koupil
+ zboží z internetu prý na prodejně neměníme
+ prý to nespadá pod pojistné krytí
- vrátit jsem to nakonec nemusel, opravili to
- bez problémů mi to vyměnili
- je to jejich první prodejna ve městě

# round 7 (industries): "without a referral/receipt/contract they won't ..."
bez ~3 (doporučení|žádanky|účtenky|paragonu|dokladu|smlouvy|plné|razítka|průkazu|objednání|registrace) ~4 (neobjedn*|nepřijm*|nepřijal*|nevyřídí|nevydají|neuzn*|nevrát*|nevymění|nelze|nejde|nemůžou|nemohou|nesmí|odmít*|nevezmou|neošetří|neošetřili) | noneg
+ bez doporučení od praktika mě prý neobjednají
+ bez účtenky vám to nevymění, prý to nelze
+ bez smlouvy vám elektroměr nepřepíšou, to nejde
- bez problémů mi vyměnili účtenku za fakturu
- nejde mi to zapnout, poradíte?

# -- r8: "není v souladu s pravidly", "odporuje podmínkám"
(není|nejsou|nebylo|neni) ~2 v souladu ~3 (pravidl*|podmínk*|předpis*|směrnic*|politik*|zásad*|řád*|interní*) | noneg
(odporuje|odporovalo|odporovat|nedovoluj*|nepřipouští|nepřipouštěj*) ~3 (pravidl*|podmínk*|předpis*|směrnic*|politik*|zásad*|řád*|interní*) | noneg
+ odmítli to, protože to není v souladu s jejich pravidly
+ prý to odporuje interním předpisům
- podmínky jsou v souladu se zákonem a vše proběhlo hladce
(centrál*|vedení|šéf*|nadřízen*|ředitel*|majitel*|manažer*|management) ~3 (nedá|nedají|nedal*|nedala|nedali) ~2 (souhlas*|povolení|svolení|schválení|zelenou|razítko|podpis) | noneg
# discounted / opened / sale goods excluded from returns
(zlevněn*|výprodej*|výprodejov*|outlet*|akční*|rozbalen*|otevřen*|použit*) ~4 (zbož*|věc*|kus*|produkt*|bot*|oblečení|balení|krabic*) ~5 (nejde|nelze|nevrací*|nevyměňuj*|nereklamuj*|nepřijímá*|neberou|nevztahuj*|nemůž*|nemohou) | noneg
+ prodavačka mi vrátit boty odmítla, prý u zlevněného zboží to nejde
+ vedení prý nedalo souhlas s výměnou
- na manažera se nedá dovolat

# --- r11b: the rule, the terms or the system "does not allow / permit" it
(řád*|řádu|pravidl*|podmínk*|smlouv*|předpis*|směrnic*|systém*|program*|pokyn*|nařízen*|politik*|zásad*|tarif*|licenc*|metodik*|reglement*) ~2 (neumožňuj*|neumožní|neumožnil*|nedovoluj*|nedovolí|nedovolil*|nepřipouští|nepřipustí|nepovoluj*|nepovolí|nepovolil*|nepustí|nepustil*|nepřijme) | noneg
(neumožňuj*|neumožní|neumožnil*|nedovoluj*|nedovolí|nedovolil*|nepřipouští|nepřipustí|nepovoluj*|nepovolí|nepovolil*) ~2 (řád*|pravidl*|podmínk*|smlouv*|předpis*|směrnic*|systém*|program*|pokyn*|nařízen*|politik*|zásad*|tarif*|licenc*) | noneg
# "they have some regulation", "my hands are tied"
(že|prý|prej|údajně) ~2 (mají|máme|maj|existuje|existují|platí|platej) ~2 (nařízen*|pravidl*|předpis*|směrnic*|pokyn*|instrukc*|zákaz*)
(svázané|svázaný|svázaný|svázanou|svázaný) ruce
ruce ~2 (svázané|svázány|svázaný)
+ skola ji oznamila, ze to rad neumoznuje
+ ze to nejde, ze maji nejaky narizeni
+ on by rad, ale ma svazany ruce
+ podminky to prej nedovoluji
- máte nějaká pravidla pro vrácení zboží?
- systém nám umožnil vrátit zboží bez potíží

# -- cs12b: "it is set centrally / from above", nothing else possible
(nastaven*|nastavil*|určen*|určil*|rozhodnut*|nařízen*|řízen*|dáno|daný|dané) ~2 (centrálně|centrálou|centrál*|shora|ústředím|ústředí*|vedením|systémově) | weight=0.5
(jinak|víc|jiný|jiné) ~1 to ~1 (neumíme|neumějí|neumí|neděláme|nedělají|nejde|nelze) | noneg, weight=0.5
+ jinak to neumíme, je to nastavené centrálně
+ prý je to určeno shora a nejde to změnit
- topení je nastavené centrálně a funguje skvěle
- hezky to mají nastavené
# -- cs12b: staff hide behind the rules; "na to nemám právo"
(odvolával*|odvolávala|odvolávají|odvolávali|oháněl*|ohání|ohánějí|argumentoval*|argumentovala|argumentovali|schovával*|schovávala|schovává|schovávají|zaštiťoval*|zaštítil*|zaštiťuj*) ~3 (předpis*|pravidl*|podmínk*|směrnic*|smlouv*|zákon*|vop|řád*|politik*|pokyn*|nařízen*|systém*|paragraf*)
na (to|tohle|ni|něj|takové|takovou) ~1 (nemám|nemáte|nemá|nemáme|nemají) ~1 (právo|nárok) | noneg
+ paní se odvolávala na předpisy a nepomohla
+ schovával se za obchodní podmínky
+ podle nich na to nemám právo
- odvolala jsem se k soudu a vyhrála
- na to mám právo, tak jsem to uplatnil a vyřídili to

# -- cs14a: discounted goods are excluded ("na zlevněné věci to neplatí")
(zlevněn*|zlevnen*|akční|výprodej*|výprodejov*|slevněn*) ~3 (neplatí|nevztahuj*|nevrací|nevracíme|neměníme|nevyměňuj*|neberou|nebereme) | noneg
+ výměnu mi nedali, že na zlevněné věci to neplatí
+ záruku mi nevzali, protože účtenka vybledla
+ výprodejové zboží prý neberou zpátky
- zlevněné zboží jsme vrátili bez problémů
- akční cena platí do neděle

# -- r15 cs15: "does not meet the criteria"; the system locks it; "per our rules the maximum"
(nesplňuje|nesplňují|nesplňoval*|nesplnil*|nespadá|nevyhovuje|nevyhovují) ~2 (kritéri*|podmínk*|požadavk*|parametr*) | noneg
(systém*|system*) ~4 (zamkne|zamyká|uzamkne|uzamyká|zablokuje|zablokuje|blokuje|nedovolí|neumožní|nepustí) | noneg
(pravidel|pravidla|podmínek|zásad|politiky|směrnic*) ~2 (maximum|strop|limit|nejvíc)
+ žádost prý nesplňuje podmínky, takže nic
+ systém to po potvrzení zamkne a změnit to nejde
+ víc nedáme, podle pravidel je to maximum
- podmínky jsem splnila a žádost prošla
# -- cs16: non-transferable under the terms, no price match, manager must approve, deposit withheld
nepřenosn* | noneg
(nedorovnáv*|nedorovnají|nedorovnal*|nesrovnáv*) | noneg
musí ~2 (schválit|odsouhlasit|podepsat|povolit) ~2 (vedoucí*|nadřízen*|manažer*|šéf*|centrál*)
(zadrželi|zadržel*|zadržujete|zadržují|strhli|strhl*) ~6 (kauc*|zálohu|zálohy|depozit*|jistin*)
(nenechal*|nenechali|nedovolil*|nedovolili|nedovolíte|nedovolí) ~8 (protože|jelikož|prý) | weight=0.5
+ Vstupenky jsou prý podle obchodních podmínek nepřenosné.
+ Ceny z e-shopu v kamenné prodejně nedorovnávají.
+ Vrácení nad tisíc korun musí schválit vedoucí.
- Kauci nám vrátili celou.
- Cenu z e-shopu mi na prodejně dorovnali.
- Žádost o předání vedoucímu byla zamítnuta.
- Vedoucí prý zákazníky vůbec nepřijímá.
# -- cs18a: "peníze prý ne"
+ nabídli mi jen poukázku, peníze bohužel ne

# -- a refusal with a stated ground; the noun of a refused claim
(odmítl*|odmítla|odmítli|zamítl*|zamítla|zamítli|nepřijal*|nepřijala|nepřijali|nevzal*|nevzala|nevzali|neuznal*|neuznali) ~5 (odůvodněn*|zdůvodněn*|odkaz*|poukaz*) | noneg
(zamítnutí|odmítnutí|zamítnut*|odmítnut*) ~3 (reklamac*|záruk*|žádost*|pojistn*|plnění|vrácení|výměn*|odstoupen*|stížnost*|storn*|refundac*|náhrad*) | noneg
(reklamac*|záruk*|pojistn*|plnění|vrácení|výměn*|odstoupen*|storn*|refundac*|náhrad*) ~3 (zamítnut*|odmítnut*|neuznán*) | noneg
# -- the thing handed in, then not taken, then the reason ("žádost nevzali, protože ...")
(žádost*|podání|formulář*|přihlášk*|doklad*|dokument*|zásilk*|balík*|reklamac*|vratk*|plnou) ~2 (nevzal*|nevzala|nevzali|nepřijal*|nepřijala|nepřijali|nepřevzal*|nepřevzali|odmítl*|odmítla|odmítli) ~6 (protože|jelikož|neboť|prý|prej|pry|kvůli|údajně) | noneg
+ výměnu odmítli s odůvodněním, že zboží bylo použité
+ reklamaci zamítli s odkazem na podmínky
+ po zamítnutí reklamace jsem zůstal bez telefonu
+ moje žádost o vrácení byla zamítnuta
+ formulář mi nepřijali, protože prý byl vyplněný tužkou
- reklamaci uznali a peníze vrátili
- žádost mi přijali bez problémů

# present forms and "s odvoláním na" ("odmítá plnit s odvoláním na článek 12")
(odmítá|odmítají|zamítá|zamítají|odmítal*|zamítal*) ~5 (odůvodněn*|zdůvodněn*|odkaz*|poukaz*|odvolání*) | noneg
(odmítl*|odmítla|odmítli|zamítl*|zamítla|zamítli|nepřijal*|nepřijala|nepřijali|neuznal*|neuznali) ~5 (odvoláním|odvolávaj*|odvolával*) | noneg
+ pojišťovna odmítá plnit s odvoláním na výluku
+ zamítli mi to s odvoláním na obchodní podmínky
- odvolání proti rozhodnutí mi vyhověli

# -- s10b: "podle pravidel / po lhůtě ... není možné"
(pravid*|podmín*|podmin*|předpis*|predpis*|směrnic*|smernic*|vop|lhůt*|lhut*|dnech|politik*|zásad*|zasad*|smlouv*|řádu|radu) ~3 (není|neni|nebylo|nebude) (možné|mozne|možná|mozna|možný|mozny|možno|mozno|povoleno|přípustné|pripustne|přípustná) | noneg
+ výměna podle našich pravidel není možná
+ podle podmínek to prý není možné
+ dle předpisů není povoleno vrátit rozbalené
- podle pravidel je to možné, vyřídili to hned
- není možné, aby to trvalo tak dlouho
# -- "mají to v podmínkách" without the verb next to the preposition
(mají|maji|maj|máme|mame|má|ma) to ~1 (v|ve) ~1 (podmínkách|podminkach|pravidlech|smlouvě|smlouve|vop|řádu|radu|předpisech|predpisech|ceníku|ceniku)
+ refundaci nedělají, mají to v podmínkách
+ maj to ve smlouve, tak smula
+ máme to v reklamačním řádu, takže nic
- v podmínkách to mají jasně napsané a vrátili mi peníze
- máme to v plánu na příští týden
# -- "je taková politika, že ..." / "u nich je politika"
(je|byla|mají|maji|maj) ~2 (politika|politikou|politiku) ~1 (že|ze|nevracet|nepřijímat|neměnit)
+ u nich je prostě politika, že po rozbalení nic nevracejí
+ mají politiku nevracet peníze za zlevněné zboží
+ je taková politika, že to nejde
- politika mě nezajímá, chci jen nový kabel
- ve zprávách byla politika a počasí

# --- s11 round ---
# reported warranty refusal: "řekl, že to už není v záruce / je po záruce"
(prý|prej|pry|že|ze|tvrd*|řekl*|rekl*|odmítl*|zamítl*|údajně|udajne) ~3 (není|neni|nebyl|nebyla|nebylo) ~1 (v|ve) (záruce|zaruce) | noneg
(prý|prej|pry|tvrd*|řekl*|rekl*|odmítl*|zamítl*|údajně|udajne) ~4 (mimo|po) (záruku|zaruku|záruce|zaruce|záruční|zarucni)
+ technik rekl ze to uz neni v zaruce
+ reklamaci zamítli, prý je to po záruce, i když mám účtenku z loňska
- je to ještě v záruce, tak prosím o opravu
- telefon je po záruce, kolik bude stát oprava?
# "rozhodnutí nemůžeme ovlivnit / změnit"
(nemůžou|nemuzou|nemohou|nemůže|nemuze|nemůžeme|nemuzeme|nemůžu|nemuzu|nemohu) ~2 (ovlivnit|změnit|zmenit|zvrátit|zvratit|přehodnotit|prehodnotit) | noneg
+ rozhodnuti servisu nemuzou ovlivnit
+ řekla, že to nemůže změnit, tak to prostě je
- můžete to prosím změnit na jinou adresu?
- změnit tarif jsem nakonec mohl online
