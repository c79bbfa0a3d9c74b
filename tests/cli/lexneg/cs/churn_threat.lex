# going to a competitor
konkurenc*
