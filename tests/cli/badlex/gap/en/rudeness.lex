rude ~x on
