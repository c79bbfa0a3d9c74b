said
i | self, whole
+ she said so
- nothing
