revision = "aaaa0001"
