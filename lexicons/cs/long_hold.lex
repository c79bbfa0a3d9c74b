# Waiting on hold, in a phone or chat queue, in line in a store; a long wait
# before anyone helps.  Waiting for a parcel is late_delivery, waiting for an
# e-mail reply is no_response.
# Verb stems: čekat / počkat / čekal / čekala / čekám / čekání, viset / visel,
# stát ve frontě, strávit (hodinu) na lince.

# -- waiting + the phone, the line, the queue, the chat, the counter
(=čekat|=počkat|počkej*|čekání|visel*|visela|visím|viset|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|prosedě*|prostál*|držel*|drželi|drží) ~4 (lince|infolince|telefonu|drátě|sluchátku|frontě|chatu|spojení|operátor*|obsluh*|prodavač*|pokladny|přepážky|přepážce|pobočce|recepci|čekárně)
(lince|infolince|telefonu|frontě|chatu|drátě|čekárně) ~4 (=čekat|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila)
(nechal*|nechala|nechali|nechávají|nechávali) (mě|mne|nás) ~3 čekat
# -- queue
(fronta|fronty|frontu|frontě|frontou|front|frontách)
jste v pořadí
v pořadí ~2 (číslo|jste)
čekací (dob*|smyčk*|hudb*|melodi*|frontě|frontu|fronta)
čekacích
# -- the hold music and the hold message
(poslouchal*|poslouchala|poslouchat) ~4 (hudb*|písničk*|melodi*|znělk*|hlášk*|ujišťování)
hudb* ~3 (hrál*|hrála|hraje)
hudb* do ucha
hovor je pro nás důležitý
(vydržte|čekejte|počkejte) ~2 (prosím|lince)
# -- a wait stated in minutes or hours, next to waiting, the line, listening
(=čekat|=počkat|čekání|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|poslouchal*|poslouchala|trvalo|lince|infolince|telefonu|frontě|chatu|drátě|sluchátku|spojuji) ~5 (minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|hodinové*|h)
(minut*|min|hodin*|hodinu|hodinku|půlhodin*|čtvrthodin*|hodině) ~5 (=čekat|čekání|visel*|visela|stál|stála|stáli|stály|stojím|stojíme|strávil*|strávila|poslouchal*|poslouchala|lince|infolince|telefonu|frontě|chatu|drátě|sluchátku|ticho)
(hodinové|půlhodinové|dvouhodinové|tříhodinové|nekonečn*|dlouhé|dlouhém|dlouhou) čekání
# -- before anyone picked up, served, let in
(než|nežli|dokud) ~4 (někdo|operátor*|člověk|prodavač*|obsluha|kdokoli*) ~3 (ozval*|zvedl*|vzal*|přihlásil*|obsloužil*|věnoval*|všiml*|přišel|přišla|spojil*|připojil*|odpověděl*)
(než|nežli) ~2 (mě|mne|nás|mi) ~2 (obsloužil*|spojil*|přepojil*|pustil*|vzal*|zavolal*|přijal*)
(než|nežli) ~3 na (mě|mne|nás) ~1 (přišla|došla) řada
# -- can't get through at all
(nedovolal*|nedovolala) | noneg, weight=0.5
(nemohl*|nemohla|nedá|nejde|nešlo|nepodařilo) ~3 dovolat | noneg, weight=0.5
dovolat se ~3 (nejde|nedá|nešlo|nelze) | noneg, weight=0.5
(nezvedal*|nezvedala|nezvedá|nezvedají|nezvedali|nebral*|nebrala|nebere|neberou|nebrali) ~2 (telefon*|mobil*|hovor*|linku|infolinku) | noneg
nikdo ~2 (nezvedal*|nezvedá|nezvedají|nezvedali|nebral*|nebere|neberou|nebrali) | noneg
+ čekal jsem na lince 45 minut a nikdo to nevzal
+ visela jsem na telefonu přes hodinu
+ cekal jsem ve fronte pul hodiny
+ trvalo to 40 minut, než se ozval operátor
+ na pobočce jsem stál ve frontě hodinu
+ 40 minut jsem čekala na spojení s operátorem
+ tři hodiny na zákaznické lince, to je šílené
- žádné čekání, operátor to vzal hned
- čekám na zásilku
- zavolal jsem na zákaznickou linku a hned mi pomohli
