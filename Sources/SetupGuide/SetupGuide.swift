// The umbrella of the library: one import gives every target's public API.
@_exported public import SetupGuideModel
@_exported public import SetupGuideParsing
@_exported public import SetupGuidePlanning
@_exported public import SetupGuideEngine
@_exported public import SetupGuideVerification
@_exported public import SetupGuideImport
@_exported public import SetupGuideWizard
@_exported public import SetupGuideFleet
@_exported public import SetupGuideStore
