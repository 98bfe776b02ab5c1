import Testing
import SetupGuide

/// Engine calls before they run, as sentences: names from the model, no call syntax, no codes alone.
@Suite struct ActionSentenceTests {
    @Test("every action says itself in words in both languages, without its dotted name")
    func everyAction() {
        for action in ActionName.allCases {
            let sentence = action.sentence(["sku": "MCOPSTN1", "quantity": "3", "users": "voice", "connectivity": "calling-plan"])
            #expect(!sentence.english.contains(action.rawValue) && !sentence.french.contains(action.rawValue), "\(action.rawValue)")
            #expect(!sentence.english.isEmpty && !sentence.french.isEmpty && sentence.english != sentence.french,
                    "\(action.rawValue): \(sentence)")
        }
    }

    @Test("a purchase, a search and an assignment name the licence, the numbers and the users")
    func sentences() {
        let buy = ActionName.licencesBuy.sentence(["sku": "MCOPSTN1", "quantity": "1"])
        #expect(buy.french == "Acheter 1 licence : Forfait d'appels national (MCOPSTN1)")
        #expect(buy.english == "Buy 1 licence: Domestic Calling Plan (MCOPSTN1)")
        let search = ActionName.numbersSearch.sentence(["country": "FR", "city": "Lyon", "quantity": "2", "type": "toll"])
        #expect(search.french == "Chercher et réserver 2 numéros de service payants à Lyon pendant 10 minutes")
        let connect = ActionName.tenantSetConnectivity.sentence(["connectivity": "direct-routing"])
        #expect(connect.french.hasSuffix(" : Routage direct") && !connect.french.contains("direct-routing"))
        let assign = ActionName.numbersAssign.sentence(["users": "voice", "address": "Siège Lyon", "location": "3e étage"])
        #expect(assign.french == "Attribuer un numéro aux utilisateurs de la téléphonie qui n'en ont pas, adresse d'urgence « Siège Lyon », 3e étage")
        #expect(ActionName.usersNotify.sentence([:]).english == "Write to every user with their number")
        #expect(!assign.french.contains("[voice]") && !assign.french.contains("voice"))
    }

    @Test("address statuses and number kinds have words, in both languages")
    func statusesAndKinds() {
        #expect(ValidationStatus.words(for: "Invalid").french.hasPrefix("refusée"))
        #expect(ValidationStatus.words(for: "NotValidated").english == "not validated yet")
        #expect(ValidationStatus.valid.counted(2).french == "2 validées")
        #expect(NumberKind.user.counted(1).french == "1 numéro d'utilisateur")
        #expect(NumberKind.tollFree.counted(2).english == "2 toll-free service numbers")
    }
}
