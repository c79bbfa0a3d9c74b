rude | self
