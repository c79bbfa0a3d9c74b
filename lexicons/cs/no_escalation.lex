# Refused a manager, supervisor or anyone with authority; told no one else
# can be reached.
# Staff with authority: vedoucí, nadřízený, manažer, šéf, supervizor, ředitel,
# majitel, vedení.
(odmítl*|odmítla|odmítli|odmítá*|nechtěl*|nechtěla|nechtěli|nechce|nechtějí|nemohl*|nesmí|nesmím|nejde|nelze|nešlo) ~4 (zavolat|zavolal*|přivolat|dát|předat|spojit|přepojit|sehnat|poslat|pustit|mluvit|hovořit|zeptat) ~3 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*|majitel*|vedení|vyššího|nadřízeného) | noneg
(odmítl*|odmítla|odmítli|nechtěl*|nechtěla|nechtěli|nechce|nechtějí) ~3 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*|majitel*|vedení) ~3 (zavolat|přivolat|dát|předat|spojit|přepojit|sehnat) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*|majitel*) ~4 (není|nebyl*|nemá|neměl*|nemají|nepřišel|nepřišla|nedorazil*|nemluví|nemůže|nebude|nepůjde|neexistuj*|odmítl*|odmítla|odmítá|nechtěl*|nechce|neozval*|nezavolal*|nevolá*|nedostupn*|nesmí|nepřijímá|nepřijímají|nebaví|nejedná|nestýká|nebere|neberou|nevolají|nevolá|nedá|nedali|nechtěli|nezavolali) | noneg
(k|s|se) (vedoucí*|nadřízen*|manažer*|manager*|šéfem|šéfovi|supervizor*|ředitel*|majitel*|vedením) ~3 (nedostanu|nedostanete|nejde|nelze|není|nebylo|nešlo|nemůžu|nemůžete|nepůjde|nesmí|nemohl*|neexistuj*|nespoj*|nepřepoj*|nemluví) | noneg
(nedostanu|nedostanete|nedostal*|nepustil*|nepustí|nespojil*|nespojí|nepřepojil*|nepřepojí) ~3 (k|s|se|na) ~2 (vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*|majitel*|vedení*|nikomu|nikým) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*) ~2 (prý|je|není) ~2 (dovolené|obědě|schůzce|poradě|nemocn*|pryč|mimo|dispozici)
/\b(chtel\w*|zadal\w*|pozadal\w*|pozadoval\w*|dozadoval\w*|zadost|zadam)\W+(\w+\W+){0,4}(vedouci\w*|nadrizen\w*|manazer\w*|manager\w*|sef\w*|supervizor\w*|reditel\w*|majitel\w*|vedeni\w*|nekoho (vyssiho|nadrizeneho|s pravomoc\w*))[^.!?;]{0,80}?\b(odmit\w*|nechtel\w*|nechce|nejde|neni|nebyl\w*|nemuz\w*|nelze|neslo|nesmi|neexistuj\w*|nedostal\w*|nepustil\w*|zadny|nikdo|pry|marne|bez uspechu|smula)\b/ | noneg
(nikým|nikomu|nikoho|nikdo) ~1 (nadřízen*|vyšš*|jiným|jiný|jiného|jinému|výš) | noneg
nikdo jiný ~3 (nepomůže|nemůže|není) | noneg
(nemáme|nemají|neexistuje|není) ~2 (vedoucí*|nadřízen*|vyšší) | noneg
(žádný|žádného|žádnému) ~1 (vedoucí*|nadřízen*|manažer*|šéf*) | noneg
(vedoucí*|nadřízen*|manažer*|manager*|šéf*|supervizor*|ředitel*|majitel*) ~10 (není|nebyl*|nebude) ~1 (přítom*|tady|tu|dostupn*|k) | noneg
(poslední|nejvyšší|konečná) instanc*
(ona|on|já) (je|jsem) ~2 (nejvýš|poslední)
(nadřízení|vedoucí|manažeři) se ~1 (nevolají|nevolá|nepřivolávají) | noneg
+ chtěl jsem mluvit s vedoucím, ale odmítla ho zavolat
+ operátor mě odmítl přepojit na nadřízeného
+ vedouci pry neni k dispozici a nikdo jiny mi nepomuze
+ k vedoucímu se prý nedostanu
- vedoucí přišel hned a celou věc vyřešil
- zavolala jsem vedoucímu prodejny a pomohl mi
