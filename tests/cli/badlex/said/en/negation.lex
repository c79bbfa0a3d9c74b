nope | said
