# test cues: "ne" before a hit; the first-person modals also after it
ne
nechci | after
nechceme | after
