# Slovenian units: PATTERN<TAB>min|count<TAB>VALUE[<TAB>bare].
# Nouns decline, so each case form of ura/minuta is listed (ura
# is listed form by form: ur* would catch urad, urediti, urejeno).
# Days and weeks are not units, as in the other languages: they say how late
# a parcel or a reply is, not how long a hold lasted ("pol dneva" is not 720).
# bare: a lone "uro", "uri", "ura" or "urico" is one hour ("čakal sem uro",
# "po uri in pol na liniji"); the price is that "ob dogovorjeni uri" in a
# long_hold record also reads as an hour.
#
# minutes: minuta, minute, minuti, minuto, minut, minutah, minutama, ...
# (minut* also covers minutka and the adjective minutni)
minut*	min	1
min	min	1
# hours: ura, ure, uri, uro, ur, urah, uram, urama, urami; urica
ura	min	60	bare
ure	min	60
uri	min	60	bare
uro	min	60	bare
ur	min	60
urah	min	60
uram	min	60
urama	min	60
urami	min	60
urica	min	60
urice	min	60
urici	min	60
urico	min	60	bare
# colloquial urca (dve urci, eno urco, par urc)
urca	min	60
urce	min	60
urci	min	60
urco	min	60	bare
urc	min	60
h	min	60
# adjectives that carry their own number: enourno, dvourno, polurno čakanje
enourn*	min	60	bare
dvourn*	min	120	bare
triurn*	min	180	bare
polurn*	min	30	bare
# seconds
sekund*	min	0.0167
sek	min	0.0167
# days and weeks (all cases)
# contacts: "5x", "3 krat", and counted calls, messages, visits
krat	count	1
x	count	1
klic	count	1
klica	count	1
klicu	count	1
klici	count	1
klice	count	1
klicev	count	1
klicih	count	1
klicema	count	1
sporocil*	count	1
mail*	count	1
e-mail*	count	1
e-post*	count	1
obisk	count	1
obiska	count	1
obiske	count	1
obiski	count	1
obiskov	count	1
obiskih	count	1
reklamacij*	count	1
# repairs and service calls: "po treh popravilih", "po štirih posegih"
popravilih	count	1
popravila	count	1
posegih	count	1
posegov	count	1
intervencij*	count	1
+ Čakal sem 45min. = 45
+ na liniji sem bil 15–20 minut = 20
+ cakal sem 1,5 ure = 90
+ čakala sem skoraj uro in pol = 90
+ po dvournem čakanju sem obupal = 120
+ 5x sem vam pisal = 5x
+ po treh klicih se nic ni spremenilo = 3x
+ poslal sem 4 sporočila = 4x
+ dve urci sem visel na telefonu = 120
- vrsta je bila dolga
- spet sem klical
- prišel je ob dogovorjenem času
