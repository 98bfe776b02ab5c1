import SetupGuide
