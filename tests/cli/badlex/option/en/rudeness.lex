rude | loud
