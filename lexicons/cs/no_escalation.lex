# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.
# Staff with authority: vedoucí, nadřízený, manažer, šéf, supervizor, ředitel,
# majitel, vedení.
(odmítl*|odmítla|odmítli|odmítá*|nechtěl*|nechtěla|nechtěli|nechce|nechtějí|nemohl*|nesmí|nesmím|nejde|nelze|nešlo) ~4 (zavolat|zavolal*|přivolat|dát|předat|spojit|přepojit|sehnat|poslat|pustit|mluvit|hovořit|zeptat) ~3 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedení|vyššího|nadřízeného) | noneg
(odmítl*|odmítla|odmítli|nechtěl*|nechtěla|nechtěli|nechce|nechtějí) ~3 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedení) ~3 (zavolat|přivolat|dát|předat|spojit|přepojit|sehnat) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*) ~4 (není|nebyl*|nemá|neměl*|nemají|nepřišel|nepřišla|nedorazil*|nemluví|nemůže|nebude|nepůjde|neexistuj*|odmítl*|odmítla|odmítá|nechtěl*|nechce|neozval*|nezavolal*|nevolá*|nedostupn*|nesmí|nepřijímá|nepřijímají|nebaví|nejedná|nestýká|nebere|neberou|nevolají|nevolá|nedá|nedali|nechtěli|nezavolali|nepřeje|nepřejí|nepřepoj*|nespoj*|nepustil*|nepustí|nebudou|nechce|nechtějí) | noneg
(k|s|se) (vedoucí*|nadřízen*|manažer*|manager*|šéfem|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedením) ~3 (nedostanu|nedostanete|nejde|nelze|není|nebylo|nešlo|nemůžu|nemůžete|nepůjde|nesmí|nemohl*|neexistuj*|nespoj*|nepřepoj*|nemluví|nepustil*|nepustila|nepustili|nepřipustil*) | noneg
(nedostanu|nedostanete|nedostal*|nepustil*|nepustí|nespojil*|nespojí|nepřepojil*|nepřepojí) ~3 (k|s|se|na) ~2 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedení*|nikomu|nikým) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*) ~2 (prý|je|není) ~2 (dovolené|obědě|schůzce|poradě|nemocn*|pryč|mimo|dispozici)
# asked for a manager, and the refusal follows in the same clause
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|požadoval*|dožadoval*|žádost*|žádám|vyžádal*|vyžadoval*|prosil*|prosila|poprosil*|ptal*|ptala|zeptal*|zeptala|sháněl*|sháněla|chci|chtít|trval*|trvala|stěžovat|stížnost*) ~4 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedení*) ~12 (odmít*|nechtěl*|nechce|nejde|není|nebyl*|nemůž*|nelze|nešlo|nesmí|neexistuj*|nedostal*|nepustil*|žádný|nikdo|prý|prej|marně|smůla|zasmál*|zasmála|nemá|nemají|zbytečn*|rozhoduj*|smysl|nedal*|nedala|nedali|nepřepoj*|nezavolal*|ignoroval*|odbyl*|odbyla|odbyli|nedostanu|nezájem|neexistuje) | noneg
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|požadoval*|dožadoval*|žádost*|žádám|vyžádal*|vyžadoval*|prosil*|prosila|poprosil*|ptal*|ptala|zeptal*|zeptala|sháněl*|sháněla|chci|chtít|trval*|trvala|stěžovat|stížnost*) ~4 (někoho|nikoho) ~1 (vyššího|nadřízeného|nad|kompetentního|zodpovědného|odpovědného|jiného|výš) ~12 (odmít*|nechtěl*|nechce|nejde|není|nebyl*|nemůž*|nelze|nešlo|nesmí|neexistuj*|nedostal*|nepustil*|žádný|nikdo|prý|prej|marně|smůla|zasmál*|zasmála|nemá|nemají|zbytečn*|rozhoduj*|smysl|nedal*|nedala|nedali|nepřepoj*|nezavolal*|ignoroval*|odbyl*|odbyla|odbyli|nedostanu|nezájem|neexistuje) | noneg
# ... or in the next one ("chtěl jsem vedoucího, ale prý není"): each half is a cue
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|požadoval*|dožadoval*|žádost*|žádám|vyžádal*|vyžadoval*|prosil*|prosila|poprosil*|ptal*|ptala|zeptal*|zeptala|sháněl*|sháněla|chci|chtít|trval*|trvala|stěžovat|stížnost*) ~4 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*|vedení*) | noneg, weight=0.5
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|požadoval*|dožadoval*|žádost*|žádám|vyžádal*|vyžadoval*|prosil*|prosila|poprosil*|ptal*|ptala|zeptal*|zeptala|sháněl*|sháněla|chci|chtít|trval*|trvala|stěžovat|stížnost*) ~4 (někoho|nikoho) ~1 (vyššího|nadřízeného|nad|kompetentního|zodpovědného|odpovědného|jiného|výš) | noneg, weight=0.5
ale ~3 (prý|prej|nejde|nelze|odmít*|nechtěl*|nechtěla|nechtěli|nechce|není|nebyl*|nemůž*|nesmí|nešlo|smůla|marně|zasmál*|zasmála|odbyl*|odbyla|odbyli|ignoroval*) | noneg, weight=0.5
(nikým|nikomu|nikoho|nikdo) ~1 (nadřízen*|vyšš*|jiným|jiný|jiného|jinému|výš) | noneg
nikdo jiný ~3 (nepomůže|nemůže|není) | noneg
(nemáme|nemají|neexistuje|není) ~2 (vedoucí*|nadřízen*|vyšší) | noneg
(žádný|žádného|žádnému) ~1 (vedoucí*|nadřízen*|manažer*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*) ~10 (není|nebyl*|nebude) ~1 (přítom*|tady|tu|dostupn*|k) | noneg
(poslední|nejvyšší|konečná) instanc*
(ona|on|já) (je|jsem) ~2 (nejvýš|poslední)
(nadřízení|vedoucí|manažeři) se ~1 (nevolají|nevolá|nepřivolávají) | noneg
vedení ~3 (neřeší|nezabývá|nezabývají|nepřijímá|nekomunikuje|nejedná|nemluví) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|ředitel*) ~4 (nemá|nemají|nemáme) ~1 (čas|kdy|náladu) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovi|šéfová|šéfovou|šéfku|šéfka|šéfe|šéfové|šéfy|šéfů|šéfům|šéfovo|šéfovi|ředitel*) ~2 (má|mají) ~2 na práci
+ chtěl jsem mluvit s vedoucím, ale odmítla ho zavolat
+ operátor mě odmítl přepojit na nadřízeného
+ vedouci pry neni k dispozici a nikdo jiny mi nepomuze
+ k vedoucímu se prý nedostanu
- vedoucí přišel hned a celou věc vyřešil
- zavolala jsem vedoucímu prodejny a pomohl mi
+ chtěl jsem mluvit se šéfem, ale prý to nejde
# -- "I can't turn to the management"
(vedení|vedoucí*|nadřízen*|šéf*|manažer*|ředitel*|centrál*) ~4 (obrátit|obracet|dostat|mluvit|promluvit|spojit|volat|zavolat|dovolat|psát|napsat|přepojit|jít|chodit) ~2 (nemůž*|nemohu|nelze|nejde|nedá|nesmí*) | noneg
(nemůž*|nemohu|nelze|nejde|nesmí*) ~3 (obrátit|obracet|dostat|mluvit|promluvit|spojit|přepojit|dovolat) ~3 (vedení|vedoucí*|nadřízen*|šéf*|manažer*|ředitel*) | noneg
+ na vedení se prý obrátit nemůžu
+ nelze mě přepojit na nadřízeného, řekla
- na vedení jsem se obrátil a hned pomohli
# -- complaint not passed up, escalation refused
(výš|výše|nahoru|vedení|nadřízen*|vedoucí*) ~3 (nepředa*|nepředá*|nepředal*|neposun*|neposunul*|nepostoup*|nepustí|nepustil*) | noneg
(nepředa*|nepředá*|nepředal*|neposun*|neposunul*|nepostoup*) ~3 (výš|výše|nahoru|vedení|nadřízen*|vedoucí*|manažer*|šéf*|řediteli|ředitel*) | noneg
(neeskal*|neeskalovali|neeskaloval*)
(odmítl*|odmítla|odmítli|odmítá|nechtěl*|nechtěla|nechtěli|nejde|nelze|nemůž*|nemohl*|nemohla) ~3 (eskal*|eskalaci|eskalovat) | noneg
eskal* ~3 (odmítl*|odmítla|odmítli|zamít*|nejde|nelze|nemožn*|nebude|neproběhla|nebyla) | noneg
# -- manager not reachable, contact withheld
(vedoucí*|nadřízen*|manažer*|šéf*|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|vedení) ~4 (nezastižiteln*|nedosažiteln*|nedostupn*|nezastihnu|nezastihnete|neexistuje) | noneg
(nedal*|nedala|nedali|nedají|nedá|neposkytl*|neposkytli|neposkytla|nesdělil*|nesdělili|nesdělila|zatajil*|zatajili|tají) ~4 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfovi|šéfů|šéfy|šéfová|šéfovou|šéfku|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|vedení|majitel*) | noneg
(nepřepoj*|nespoj*|nepustil*|nepustili|nepustila|nepřivolal*|nepřivolali|nezavolal*|nezavolali|nezavolala) ~4 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|vedení) | noneg
(ona|on|já|ja) ~2 (rozhoduj*|rozhodne|rozhodnu|nejvyšší) ~3 (tady|tu|sama|sám|o|poslední|konečně) | weight=0.5
(nikoho|nikdo|někoho|někdo) ~2 (vyšší*|kompetentní*|pravomoc*|zodpovědn*|odpovědn*) ~4 (nedostal*|nedostanu|není|neexistuje|nemají|nezavolal*|nesehnal*|nesehnala|nedali|neseženu) | noneg
(šéfík*|bosse|bossovi) ~4 (není|nebyl*|nemá|nedali|nechtěl*|odmítl*|nezavolal*|nepřišel|nepřišla|nedostal*|nemluví|nebude) | noneg
+ stížnost výš prý nepředají
+ odmítli mou stížnost eskalovat
+ chtěl jsem jejího šéfa, řekla, že je to zbytečné
+ prosil jsem o kontakt na ředitele, nedostal jsem ho
+ na vedoucího mi kontakt nedali
- vedoucí mi dal svoje číslo a vše vyřešil
- stížnost předali vedení a do týdne se ozvali
# -- the boss "won't comment / won't deal with it"; someone with authority
(vedoucí*|nadřízen*|šéf|šéfová|manažer*|manager*|ředitel*|majitel*|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*) ~5 (vyjadřovat|vyjádřit|řešit|mluvit|bavit|jednat|zabývat|volat|přijít|scházet|vyjadřovat) ~1 (nebude|nebudou|nechce|nechtějí|nemůže|nemá|nemůžou) | noneg
(šéf|šéfová) ~4 (není|nebyl|nebyla|nemá|nemluví|nemůže|nebude|odmítl*|nechce|nepřijímá|nebere|nespoj*|nepřepoj*) | noneg
(chci|chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|chtít|dožadoval*) ~3 (někým|nekym|někoho|nekoho|někomu|nekomu|člověkem) ~3 (pravomoc*|pravomoci|kompetentn*|rozhodovac*|nadřízen*|vyšš*|výš|odpovědn*|zodpovědn*|rozhodne|rozhodnout) | weight=0.5
(nikdo|nikoho|nikým|nikomu) ~3 (s|se) ~1 (pravomoc*|kompetenc*|oprávněním|rozhodovac*) | noneg
(pravomoc*|kompetenc*) ~6 (nejde|nelze|není|neni|nemají|nemáme|nikdo|nikoho|nemožné|možné) | weight=0.5
+ řekl, že jeho šéf se k tomu stejně vyjadřovat nebude
+ chci mluvit s někým, kdo má pravomoc, to u vás prý nejde
+ s nikým s pravomocí mě nespojí
- šéf byl hned na telefonu a vše vyřešil
- vedoucí se k tomu vyjádřil ještě týž den

# -- r4: the boss "doesn't talk to customers"
(vedoucí*|nadřízen*|manažer*|manager*|šéf|šéfová|šéfka|šéfa|šéfové|ředitel*|vedení|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*) ~4 (nečte|nečtou|nepřečte|nepřebírá|nezasahuj*|nezasáhne|nezasáhl*|nevměšuj*|neangažuj*|nekomunikuj*|nejedná|nejednají|nemluví|nebaví|neřeší|nepřijímá|nepřijímají|nevolá|netelefonuje|nevyjadřuje|nezabývá|nezabývají|nestýká|nepřichází|nechodí) | noneg
(nekomunikuj*|nejedná|nejednají|nemluví|nemluvěj|nemluvej|nevolá|nepřijímá|nepřijímaj*) ~2 (s|se) ~1 (klient*|zákazník*|veřejnost*|lidmi) | noneg
+ operátor mi řekl, že vedoucí s klienty nekomunikuje
+ šéfová prý se zákazníky nemluví
+ ředitel takové věci neřeší, napsali mi
- vedoucí se mnou mluvil a vše vyřešil
- vedení nás pozvalo na schůzku
(vedoucí*|nadřízen*|manažer*|šéf|šéfová|ředitel*) ~4 (nepromluví|nepromluvil*|nepromluvila|nepřijme|nepřijal*|neukáže) | noneg
+ vedoucí si prý se mnou nepromluví

# -- r6: escalation request turned down ("zamítnuto"), boss who never showed up
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|požadoval*|dožadoval*|žádost*|žádám|prosil*|prosila|chci) ~5 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|vedení|vedením) ~6 (zamít*|zamítnut*|zamítli|zamítla|zamítl) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéf|šéfová|šéfka|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|ředitel*|majitel*) ~3 (nedostav*|nedostavil*|nedostavila|neukázal*|neukázala|nevyšel|nevyšla|neobtěžoval*|neobtěžovala|nenechal*|nenechala) | noneg
# -- a higher instance / HQ that the customer may not reach
(k|ke|s|se|na) ~1 (vyšší*|nadřízen*|kompetentn*|odpovědn*|zodpovědn*) ~1 (instanc*|míst*|orgán*|osob*|úrovn*|úroveň|člověk*|pracovník*|kolegou|kolegovi) ~3 (nespoj*|nepřepoj*|nedostanu|nedostanete|nepustí|nepustil*|nejde|nelze|nemůžu|nemůžete|nesmím) | noneg
(nespoj*|nepřepoj*|nedostanu|nedostanete|nepustí|nepustil*|nepustili|nepustila) ~3 (k|s|se|na) ~1 (vyšší*|nadřízen*|kompetentn*|odpovědn*|zodpovědn*) ~1 (instanc*|míst*|orgán*|osob*|úrovn*|úroveň|člověk*|pracovník*) | noneg
(ústředí|ústřed*|centrál*|centrál*|management*|vedení|generální*|headquarters|hq) ~5 (obracet|obrátit|kontaktovat|volat|psát|dovolat|dostat|spojit) ~2 (nemůže|nemůžou|nemůžu|nemůžete|nesmí|nesmějí|nesmím|nelze|nejde) | noneg
(kontakt*|číslo|čísla|e-mail*|mail*|adres*|spojení) ~2 na ~1 (vedení|vedoucí*|nadřízen*|šéf*|ředitel*|ústředí|centrál*|management*|manažer*|majitel*) ~4 (nesdělil*|nesdělila|nesdělili|nesděluj*|neposkytuj*|neprozrazuj*|nedává|nedávají|nedal*|nedala|nedali|nedají|neposkytl*|neposkytla|neposkytli|neposkytnou|odepř*|odepře*|odepřen*|upřel*|zatajil*|zatajen*|nedostal*|nedostala|tají|neexistuje|odmítl*|odmítla|odmítli) | noneg
+ chtěla jsem mluvit s ředitelem, odpověď: zamítnuto
+ vedoucí se vůbec nedostavil
+ s nadřízeným pracovníkem mě prý nespojí
+ na centrálu se prý zákazník obracet nemůže
+ kontakt na vedení mi nesdělili
- kontakt na vedení mi dali hned a ozvali se
- vedoucí se dostavil a vše vyřešil

# -- r8: refused to give a contact / name of someone in charge
(odmítl*|odmítla|odmítli|odmítá|odmítají|nechtěl*|nechtěla|nechtěli|nechce|nechtějí) ~3 (dát|sdělit|poskytnout|předat|říct|prozradit|dávat) ~3 (kontakt*|číslo|čísla|spojení|jméno|mail*|e-mail*|telefon*) ~3 (vedoucí*|nadřízen*|šéf*|ředitel*|manažer*|kompetentn*|vyšší*|odpovědn*|zodpovědn*|někoho|nikoho) | noneg
(nadřízen*|vedoucí*|šéf*|manažer*|ředitel*|kompetentn*) ~4 (nedostupn*|nezastižiteln*|nedosažiteln*|neexistuj*|nikdy|schovan*|schovává) | noneg, weight=0.5
+ operátor mi odmítl dát kontakt na někoho kompetentního
+ odmítla mi sdělit jméno vedoucího
- vedoucí mi dala svůj kontakt a vše vyřešila
# asked to pass it higher
(požádal*|požádala|žádal*|žádala|chtěl*|chtěla|prosil*|prosila|chci|žádám) ~3 (předání|předat|postoupit|postoupení|posunout|posunutí|eskalovat|eskalac*) ~3 (výš|nahoru|výše) | weight=0.5
(výš|výše|dál|dále|nahoru) ~4 (nedostan*|nedostal*|nepustí|nepostoup*|neexistuje|nejde|nelze|není|neni|nikdo|nikam|nemůž*|nepůjde|nepředá*|neposun*) | noneg
+ požádal jsem o předání stížnosti výš, prý nic takového jako výš neexistuje
+ výš to prý nejde, nikdo nad ní není
- stížnost předali výš a vedoucí se ozval druhý den

# -- cs12b: the manager "can't be called", nobody is let in to see him, the decision is final
(vedoucí*|nadřízen*|manažer*|manager*|šéf*|ředitel*|supervizor*|supervisor*|šéfík*|šéfíčk*|manažér*|teamleader*|teamlead*|majitel*) ~4 (nejde|nelze|nedá|nemůžu|nemůžete|nemůže|nesmím|nesmí|nesmíte) ~2 (zavolat|přivolat|sehnat|spojit|přepojit|dát|pustit|mluvit|vyrušit|rušit|kontaktovat|obtěžovat) | noneg
za (vedoucím|vedoucí|šéfem|šéfovou|ředitelem|ředitelkou|manažerem|manažerkou|nadřízeným|nadřízenou|vedením) ~3 (nikoho|nepouští*|nepust*|nesmí*|nemůž*|nejde|nelze) | noneg
za (ním|ní|nimi) ~2 (nikoho|nepouští*|nepust*|nesmíte|nesmím) | noneg, weight=0.5
(konečné|konečný|definitivní|nezvratné|neodvolateln*) ~1 (rozhodnutí|slovo|stanovisko)
(rozhodnutí|slovo|stanovisko) ~3 (je|bylo|jest) ~1 (konečné|konečný|definitivní|nezvratné|neodvolateln*|poslední)
eskal* | weight=0.5
(vyšší*|nadřízen*) (úrov*|instanc*) | weight=0.5
+ šéfa prodejny prý nejde zavolat
+ za vedoucím prý nikoho nepouštějí
+ pracovnice řekla, že její rozhodnutí je konečné
- vedoucího šlo zavolat hned a přišel
- rozhodnutí je na vás, řekla mi vedoucí
# -- cs12b: no higher instance exists; "nobody like that here"; "no right to speak to the manager"
(vyšší*|nadřízen*) ~1 (úrov*|instanc*|míst*|orgán*|osob*) ~3 (neexistuj*|není|nejsou|nebude) | noneg
(ona|on|já|ja) (je|jsem) (konečná|konečný|konečnou) | weight=0.5
nikdo takový ~3 (není|neexistuje|nepracuje) | noneg, weight=0.5
(nemám|nemáte|nemá|nemáme|nemají) ~1 (nárok|právo) ~3 (mluvit|hovořit|kontaktovat|žádat|vidět|jednat) ~3 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|ředitel*|vedení*) | noneg
+ vyšší místo prý neexistuje
+ prý nemám nárok mluvit s manažerem
+ ke kompetentní osobě mě nepustili
- vyšší místo jsem dostal po roce práce
- mám právo mluvit s vedoucím a hned přišel
# -- cs12b: "nobody above me"; the manager had herself denied
(nikoho|nikdo) nad (sebou|sebe|ní|ním|nimi|námi|mnou) | noneg
(vedoucí*|šéf*|nadřízen*|manažer*|ředitel*|majitel*) ~5 (zapřel*|zapřela|zapřít|zapírá*|zapírat) | noneg
(zapřel*|zapřela|zapřeli|zapírá*|zapřít) | noneg, weight=0.5
+ nikoho nad sebou prý nemá
+ vedoucí se nechala zapřít
+ šéf si prý stížnosti nečte
- nad sebou má vedoucího, který mi hned zavolal
- vedoucí přišla a vše vyřešila

# --- r13b thesaurus pass: more refusal verbs (did not allow, prevented), more ways to reach the boss
(nedovolil*|nedovolila|nedovolili|nepovolil*|nepovolila|nepovolili|neumožnil*|neumožnila|neumožnili|zakázal*|zakázala|zakázali|znemožnil*|zabránil*|zabránila|zabránili|nenechal*|nenechala|nenechali) ~4 (zavolat|přivolat|mluvit|promluvit|hovořit|kontaktovat|spojit|sejít|vidět|dovolat|stěžovat|zajít|jít|dostat) ~3 (vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéf*|supervizor*|supervisor*|ředitel*|majitel*|vedení*|provozního|provoznímu) | noneg
(odmítl*|odmítla|odmítli|odmítá*|nechtěl*|nechtěla|nechtěli|nechce|nechtějí) ~4 (promluvit|kontaktovat|dovolat|ukázat|povolat|přizvat|vyrušit|rušit|obtěžovat|informovat|předvolat|sehnat|najít) ~3 (vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéf*|supervizor*|supervisor*|ředitel*|majitel*|vedení*|provozního|provoznímu) | noneg
(domáhal*|domáhala|domáhali|dovolával*|dovolávala|dožadovala|dožadovali|volal*|volala) ~2 (se|po) ~2 (vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéf*|supervizor*|supervisor*|ředitel*|majitel*|vedení*|provozním|provozního) ~12 (marně|zbytečně|odmít*|nechtěl*|nechtěla|nechtěli|nejde|nelze|není|prý|prej|nikdo|nepřišel|nepřišla|neukázal*|smůla|nedostal*|nedostala) | noneg
(nepřipustil*|nepřipustila|nepřipustili|nepustil*|nepustila|nepustili|nepouští|nepouštějí|nepustí) ~3 (k|ke|za|s|se) ~1 (vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéf*|supervizor*|supervisor*|ředitel*|majitel*|vedení*|provozní*|odpovědn*|kompetentn*) | noneg
(vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéf|šéfová|šéfka|šéfík*|supervizor*|supervisor*|ředitel*|majitel*) ~4 (neobtěžuje|neobtěžujou|nezajímá|nezajímaj*|zalezl*|zalezla|zašil*|zašila|schovává|schovávala|vymlouvá|nezvedá|nezvedal*|nebral*|nevylezl*|nevylezla|nevystrčil*) | noneg
(nikoho|nikdo) ~2 (kompetentní*|kompetentního|zodpovědn*|odpovědn*|povolan*|oprávněn*) ~3 (není|nebyl*|nemají|nemáme|nesehnal*|nesehnala|nedostanu|nepřivolal*|nepřivolali|nemůž*|neexistuj*) | noneg
(k|ke|za) (provoznímu|provozním|provozní) ~3 (nepustil*|nepustila|nepustili|nepouští*|nedostanu|nedostanete|nejde|nelze|nesmí*|nespoj*|nepřepoj*) | noneg
(na|k|ke) (vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéfa|šéfovou|šéfku|šéfovi|šéfové|supervizor*|supervisor*|ředitel*|majitel*|vedení) ~3 (nedostanu|nedostanete|nedovolám|nedovoláte|nedovolal*|nedovolala|nedostal*|nedostala|nedostali|nedostaneš|nedostane) | noneg
(vedoucí*|nadřízen*|manažer*|manažér*|manager*|šéfovi|šéfové|supervizor*|supervisor*|ředitel*|majitel*|vedení) ~3 (nedovolám|nedovoláte|nedovolal*|nedovolala|nedovolali) | noneg
+ na vedoucího se prý nedostanu
+ řediteli jsem se nedovolal, nikdo mě nepřepojil
+ nedovolili mi promluvit si s vedoucím
+ odmítla přizvat vedoucího směny
+ marně jsem se dožadovala supervisora, nikdo nepřišel
+ k provoznímu mě nepustili
+ šéfík se schovává v kanceláři a nezvedá telefon
- vedoucí mi dovolil zavolat a vše vyřešil
- provozní doba je do šesti, šéf nám to vysvětlil

# -- cs14a: the refusal half after a request to escalate ("bylo mi však sděleno, že to nelze")
(však|jenže|sděleno|sdělili|sdělila|zněla) ~4 (nelze|nejde|nemožné|nepřipadá) | noneg, weight=0.5
+ požádal jsem o postoupení stížnosti řediteli, bylo mi však sděleno, že to nelze
+ chtěl jsem mluvit s vedoucím, odpověď zněla, že to nejde
+ žádal jsem nadřízeného, jenže prý to nelze
- sdělili mi, že to nelze opravit, tak mi dali nový kus
- vedoucí mi hned vyšel vstříc

# -- r15 cs15: nobody to talk to / appeal to; transfer to the one who decides refused
(není|nebyl|nebylo|nemám) ~1 nikdo ~3 (kým|komu|koho|kde) ~3 (mluvit|promluvit|obrátit|stěžovat|odvolat|řešit|bavit) | noneg
(přepojit|přepojení) ~4 (nešlo|nejde|nelze|nemohl*|nemůže|odmítl*) | noneg
(kdo|koho|kde) ~3 (rozhoduje|rozhodl*|schvaluje|schválí|odvolat) | weight=0.5
nikdo (promiňte|bohužel|sorry|litujeme) | weight=0.5
+ není tu nikdo, s kým bych to mohl řešit
+ přepojit mě na vedoucího prý nejde
- ptala jsem se, kdo o tom rozhoduje, a hned mě spojili
# -- cs16: managers "not available to customers"; asking for one in a different clause
(vedoucí*|nadřízen*|manažer*|manager*|šéfové|supervizor*) ~2 (nejsou|není) ~3 (k|pro) (dispozici|zákazníky|klienty) | noneg
+ Řekl mi, že vedoucí nejsou zákazníkům k dispozici.
+ Nadřízený prý není pro zákazníky.
- Vedoucí byl hned k dispozici a pomohl.
(chtěl*|chtěla|chtěli|žádal*|žádala|požádal*|požádala|chci|chtít) ~4 (vedoucí*|nadřízen*|manažer*|manager*|šéfa|šéfem|šéfovou|supervizor*|ředitel*) ~8 (vysmál*|vysmála|vysmáli|vysmíval*|chechtal*|řehtal*|štěstí) | noneg
+ Když jsem chtěla mluvit s vedoucí, vysmála se mi.
# -- cs18a: all persons of the modal, obracet; nekomunikujou
+ s vedoucím se prý mluvit nesmíme
+ manažeři s klientama nekomunikujou
# --- s10: refused a transfer to someone competent / higher
(odmítl*|odmítá|odmítají|nechtěl*|nechtěla|nechtěli|nechce|nechtějí) ~3 (přepojit|spojit|předat|poslat|pustit) ~3 (kompetentn*|vyšš*|výš|výše|odpovědn*|zodpovědn*|nadřízen*|povolan*|oprávněn*)
+ odmítli mě přepojit na někoho kompetentnějšího
+ nechtěla mě spojit s nikým vyšším
- hned mě přepojili na kompetentní kolegyni
- odmítl jsem nabídku přepojit na obchodní oddělení
# --- s10: "no such person here" / nobody with authority
(takov*|žádný|žádná) ~1 (člověk|osoba|pracovník|pracovnice|zaměstnanec) ~3 (tu|tady|zde) ~1 (není|nemáme|nemají|neexistuje|nepracuje) | noneg
(nikoho|nikdo|nikým|nikomu) ~4 (pravomoc*|oprávnění|kompetenc*) | noneg
+ chtěl jsem někoho nad ním, prý takový člověk tady není
+ nedá se dovolat na nikoho, kdo by měl pravomoc to schválit
+ nikdo tam nemá kompetence rozhodnout o výjimce
- takovou službu tady nemáme, řekla mi
- vedoucí měl pravomoc a hned to schválil
# --- s10: the manager "is off today" / "hung up when I asked" (half cues)
(vedoucí*|nadřízen*|manažer*|manažér*|šéf|šéfová|šéfka|ředitel*|supervizor*) ~3 (má|mají|měl|měla|je|jsou) ~2 (volno|dovolenou|dovolené|nemocenské|nemocenskou|poradě|školení) | weight=0.5
(šéf*|vedoucí*|nadřízen*|manažer*|manažér*|supervizor*|ředitel*) ~4 (položil*|položila|zavěsil*|zavěsila|típl*|típla|ukončil*|ukončila|přerušil*|přerušila) | weight=0.5
+ chtěla jsem si stěžovat u vedoucí, ale prý má dovolenou a zástup nikdo nemá
+ když jsem chtěl manažera, položila mi telefon
+ žádal jsem nadřízeného a on prý má zrovna školení
- vedoucí měl volno, ale zástupkyně to vyřešila hned
- manažer mi volal zpátky a hovor jsme ukončili v klidu
# --- s10: managers "are not let to the phone"
(vedoucí*|nadřízen*|manažer*|manažér*|šéf*|ředitel*|vedení) ~3 (nepouští|nepouštějí|nepustí|nepřipouští|nepřepojují|nepřepojí) | noneg
+ nadřízené prý k telefonu nepouštějí
+ ředitele k zákazníkům nepustí, to mi řekli rovnou
- pustili mě za vedoucím a ten to vyřídil
- ředitel nás pustil dovnitř ještě před otevřením

# -- s10b: nobody from management, the manager "does not handle complaints"
nikdo z (vedení|vedeni|managementu|nadřízených|nadrizenych|šéfů|sefu|vedoucích|vedoucich) ~3 (nechce|nechtěl*|nechtel*|nechtějí|nechteji|nemluv*|nebav*|nepřijal*|neprijal*|nepřijme|nevyšel|nevysel|nevyjde|nepřišel|neprisel|nepřijde|nedal*) | noneg
(vedoucí*|vedouci*|šéf|sef|šéfa|sefa|šéfová|sefova|šéfovou|nadřízen*|nadrizen*|manažer*|manazer*|majitel*|ředitel*|reditel*) ~5 (nevyřizuje|nevyrizuje|neřeší|neresi|nepřijímá|neprijima|nebaví|nebavi|nemluví|nemluvi|nejedná|nejedna|nevyřizují|neřeší) | noneg
(někoho|nekoho|někdo|nekdo|nikoho|nikdo) (výš|vys|vejš|vejs|vyš|výše|vyse|vyššího|vyssiho|nadřízeného|nadrizeneho) ~6 (neexistuje|neni|není|nemají|nemaj|nejde|nemůžu|nemuzu|nemůže|odmítl*|odmitl*|nedají|nedaji|nedaj|nebude|nepřepoj*|neprepoj*) | noneg
+ nikdo z vedení se mnou nechce mluvit
+ vedoucí stížnosti prý nevyřizuje
+ na žádost o vedoucího řekla, že ten reklamace neřeší
+ manazer se zakazniky nebavi
+ chtel sem nekoho vejs, rekli ze takovej neexistuje
+ někoho výš mi prý nedají
- nikdo z vedení nebyl potřeba, vyřešila to pokladní
- vedoucí to nakonec vyřídil sám
- nikdo z vedení nemusel zasahovat
